#include "CatchCompat.h"
#include "FileSnapshot.h"
#include "TempVault.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace peerdesk;
using peerdesk::test::FileSnapshot;
using peerdesk::test::TempVault;

// A name that appears nowhere else, so finding it in any file means it leaked there in plaintext.
static const QString Marker = QStringLiteral("Zebediah Quillfeather-Marker");

TEST_CASE("No file written by PeerDesk holds a person's name in plaintext", "[local-only][leak]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.path() + QStringLiteral("/cache")));
    qputenv("TMPDIR", QFile::encodeName(home.path() + QStringLiteral("/tmp")));
    QDir(home.path()).mkpath(QStringLiteral("tmp"));

    QString vaultRoot;
    {
        TempVault vault(Marker);
        vaultRoot = vault.root();
        auto session = vault.unlock();
        CHECK(session->user().displayName == Marker);
        REQUIRE(session->changePassphrase(TempVault::secret(QStringLiteral("marble orchard compass 7 slowly"))));
        auto report = session->verify();
        REQUIRE(report);
        CHECK(report->ok);
        session.reset();

        const FileSnapshot everything = FileSnapshot::of(vault.root());
        REQUIRE_FALSE(everything.files().isEmpty());
        for (const QByteArray& needle :
             { Marker.toUtf8(), QByteArray(reinterpret_cast<const char*>(Marker.utf16()), Marker.size() * 2),
               QByteArrayLiteral("Quillfeather") }) {
            CHECK(everything.filesContaining(needle).isEmpty());
        }
    }
    const FileSnapshot homeFiles = FileSnapshot::of(home.path());
    CHECK(homeFiles.filesContaining(QByteArrayLiteral("Quillfeather")).isEmpty());
}
