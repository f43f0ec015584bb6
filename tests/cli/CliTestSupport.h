#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

namespace peerdesk::test::cli_support {

constexpr auto Passphrase = "violet harbour lantern 42 quietly";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const; // the output parsed as JSON; fails the test when it is not
};

// A command line from literal words: words({ "requests", "list", "--json" }).
QStringList words(std::initializer_list<const char*> items);

// Runs peerdesk-cli detached from any terminal (setsid), as in CI and scripts.
Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& home = {});

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);
// The whole file (the test fails when it cannot be read).
QByteArray readFile(const QString& path);

// A vault created through `peerdesk-cli init` with the fast KDF, and the arguments to act in it as its
// administrator.
struct CliVault
{
    QTemporaryDir dir;
    QString vault;
    QString passphraseFile;
    QString recoveryKey;

    explicit CliVault(const QString& displayName = QStringLiteral("Alex Administrator"));

    QStringList as(const QString& user, const QString& file) const;
    QStringList admin() const { return as(QStringLiteral("admin"), passphraseFile); }
    // The arguments to act as a person of another role ("coordinator" or "reporting"): an account the
    // administrator adds with `user add` on first use, its initial passphrase replaced with `passwd`.
    QStringList account(const QString& role);
    // Runs a command as the administrator: admin() + arguments.
    Run run(const QStringList& arguments) const;
};

} // namespace peerdesk::test::cli_support
