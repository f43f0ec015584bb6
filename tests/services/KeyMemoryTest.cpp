// Keys leave no copy in the process's memory once the vault is locked (docs/security.md, "Keys in memory"): the test
// reads its own memory (/proc/self/maps and /proc/self/mem) after a session that used every key — queries, an
// identity cell, a backup and a data-key rotation — and looks for the data key and the identity key, as raw bytes and
// as hexadecimal text.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/RequestService.h"
#include "core/storage/Database.h"
#include "core/vault/Backup.h"

#include <QFile>
#include <QTemporaryDir>

#include <fcntl.h>
#include <unistd.h>

using namespace peerdesk;
using peerdesk::test::TempVault;

namespace {

constexpr unsigned char Mask = 0x5a;

// A key kept masked, so that the needle itself is not a copy of the key for the scan to find.
struct Needle
{
    QByteArray masked;

    explicit Needle(const SecureBuffer& key)
    {
        for (std::size_t i = 0; i < key.size(); ++i)
            masked.append(static_cast<char>(key.data()[i] ^ Mask));
    }
    bool matches(const unsigned char* bytes) const
    {
        for (qsizetype i = 0; i < masked.size(); ++i) {
            if ((bytes[i] ^ Mask) != static_cast<unsigned char>(masked.at(i)))
                return false;
        }
        return true;
    }
    // The key as hexadecimal text (either case) at text.
    bool matchesHex(const unsigned char* text) const
    {
        for (qsizetype i = 0; i < masked.size(); ++i) {
            int value = 0;
            for (int half = 0; half < 2; ++half) {
                const unsigned char c = text[2 * i + half];
                const int digit = c >= '0' && c <= '9' ? c - '0'
                    : c >= 'a' && c <= 'f'             ? c - 'a' + 10
                    : c >= 'A' && c <= 'F'             ? c - 'A' + 10
                                                       : -1;
                if (digit < 0)
                    return false;
                value = value * 16 + digit;
            }
            if ((value ^ Mask) != static_cast<unsigned char>(masked.at(i)))
                return false;
        }
        return true;
    }
};

// Where in this process's readable memory the needles are found (region and offset), as text for the report.
QStringList findInOwnMemory(const QList<const Needle*>& needles)
{
    QStringList found;
    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const int mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    REQUIRE(mem >= 0);
    QByteArray buffer;
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith('r'))
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        const quint64 start = range.at(0).toULongLong(nullptr, 16);
        const quint64 end = range.at(1).toULongLong(nullptr, 16);
        const QByteArray name = fields.size() > 5 ? fields.at(5) : QByteArray();
        if (end <= start || name == "[vvar]" || name == "[vsyscall]" || end - start > (1ull << 31))
            continue;
        buffer.resize(static_cast<qsizetype>(end - start));
        const ssize_t got
            = ::pread(mem, buffer.data(), static_cast<std::size_t>(buffer.size()), static_cast<off_t>(start));
        if (got <= 0)
            continue;
        const auto* bytes = reinterpret_cast<const unsigned char*>(buffer.constData());
        for (const Needle* needle : needles) {
            const qsizetype size = needle->masked.size();
            for (qsizetype i = 0; i + size <= got; ++i) {
                if (needle->matches(bytes + i))
                    found << QStringLiteral("raw bytes in %1 at +%2").arg(QString::fromLatin1(name)).arg(i);
                if (i + 2 * size <= got && needle->matchesHex(bytes + i))
                    found << QStringLiteral("hex text in %1 at +%2").arg(QString::fromLatin1(name)).arg(i);
            }
        }
    }
    ::close(mem);
    return found;
}

// The heap's locked kilobytes, as /proc/self/smaps reports them.
qint64 lockedHeapKiB()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly));
    bool inHeap = false;
    qint64 locked = 0;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        if (line.contains('-') && line.split(' ').size() >= 5 && !line.startsWith(' '))
            inHeap = line.trimmed().endsWith("[heap]");
        else if (inHeap && line.startsWith("Locked:"))
            locked += line.simplified().split(' ').value(1).toLongLong();
    }
    return locked;
}

} // namespace

TEST_CASE("Once the vault is locked, no copy of its keys is left in the process's memory",
          "[local-only][security][memory]")
{
    TempVault vault;
    QTemporaryDir backups;
    std::optional<Needle> dataKey;
    std::optional<Needle> identityKey;
    {
        auto key = vault::unwrapWithPassphrase(vault.directory(), QStringLiteral("admin"),
                                               TempVault::secret(QLatin1String(TempVault::Passphrase)));
        REQUIRE(key);
        auto session = vault::open(std::move(*key), vault.clock());
        REQUIRE(session);
        auto id = RequestService(**session).intake(test::sampleRequest(vault.clock().nowUtc()));
        REQUIRE(id);
        REQUIRE(RequestService(**session).get(*id)->identity.name == QLatin1String("Robin Tremblay"));
        REQUIRE(backup::create(**session, backups.path()));
        REQUIRE((*session)->rotateDataKey());
        // The keys as they are now, after the rotation: taken masked from a fresh worker ticket, then wiped.
        WorkerTicket ticket = (*session)->workerTicket();
        dataKey.emplace(ticket.keys.data);
        identityKey.emplace(*ticket.keys.identity);
        REQUIRE(RequestService(**session).list());
        // While the vault is open the scan finds them: it sees where keys live. SQLCipher's copies are in memory it
        // locks (cipher_memory_security), and the process holds locked memory in its heap.
        const QStringList open = findInOwnMemory({ &*dataKey, &*identityKey });
        INFO(open.join(QStringLiteral("; ")).toStdString());
        CHECK(open.size() >= 2);
        auto security = (*session)->database().exec(QStringLiteral("PRAGMA cipher_memory_security"));
        REQUIRE(security);
        REQUIRE(security->next());
        CHECK(security->value(0).toInt() == 1);
        CHECK(lockedHeapKiB() > 0);
    }
    // Locked: the session, its connections and every ticket are gone.
    const QStringList found = findInOwnMemory({ &*dataKey, &*identityKey });
    INFO(found.join(QStringLiteral("; ")).toStdString());
    CHECK(found.isEmpty());
}
