#include "CliTestSupport.h"

#include "CatchCompat.h"
#include "TimeLimits.h"

#include <QDir>
#include <QFile>
#include <QJsonParseError>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

namespace peerdesk::test::cli_support {

QJsonDocument Run::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

QStringList words(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

Run cli(const QStringList& arguments, const QByteArray& input, const QString& home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([] { ::setsid(); });
    process.start(QStringLiteral(PEERDESK_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(int(timeLimitMs(120000))));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    // Readable by its owner only, as a passphrase file must be (and harmless for any other file).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    return path;
}

CliVault::CliVault(const QString& displayName)
{
    REQUIRE(dir.isValid());
    vault = QDir(dir.path()).filePath(QStringLiteral("vault"));
    passphraseFile = writeFile(dir, QStringLiteral("passphrase.txt"), QByteArray(Passphrase) + '\n');
    const Run init = cli({ QStringLiteral("--vault"), vault, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--passphrase-file"), passphraseFile, QStringLiteral("init"),
                           QStringLiteral("--display-name"), displayName, QStringLiteral("--kdf-ops"),
                           QStringLiteral("1"), QStringLiteral("--kdf-mem-mib"), QStringLiteral("8") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const auto match = QRegularExpression(QStringLiteral("^Recovery key: (\\S+)$"), QRegularExpression::MultilineOption)
                           .match(init.out);
    REQUIRE(match.hasMatch());
    recoveryKey = match.captured(1);
}

QStringList CliVault::as(const QString& user, const QString& file) const
{
    return {
        QStringLiteral("--vault"), vault, QStringLiteral("--user"), user, QStringLiteral("--passphrase-file"), file
    };
}

QStringList CliVault::account(const QString& role)
{
    const QString own = QDir(dir.path()).filePath(role + QStringLiteral("-passphrase.txt"));
    if (!QFile::exists(own)) {
        const QString initial = writeFile(dir, role + QStringLiteral("-initial.txt"),
                                          QByteArrayLiteral("initial orchard compass 17 slowly\n"));
        const Run added = run({ QStringLiteral("user"), QStringLiteral("add"), role, QStringLiteral("--role"), role,
                                QStringLiteral("--initial-passphrase-file"), initial });
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        writeFile(dir, role + QStringLiteral("-passphrase.txt"),
                  role == QLatin1String("reporting") ? QByteArrayLiteral("pewter meadow lantern 85 quietly\n")
                                                     : QByteArrayLiteral("saffron lighthouse kettle 64 warmly\n"));
        const Run changed = cli(
            as(role, initial) + QStringList{ QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), own });
        INFO(changed.err.toStdString());
        REQUIRE(changed.exitCode == 0);
    }
    return as(role, own);
}

Run CliVault::run(const QStringList& arguments) const
{
    return cli(admin() + arguments);
}

} // namespace peerdesk::test::cli_support
