#pragma once

#include "Clock.h"
#include "Result.h"
#include "security/SecureBuffer.h"
#include "services/Vault.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace peerdesk {

// peerdesk-cli: parses the command line, asks for secrets the safe way, calls the core services and turns
// their results into output and exit codes (docs/cli.md). No rule of the program lives here.
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication(QStringList arguments, QTextStream& out, QTextStream& err, const Clock& clock);
    int run();

private:
    int runInit();
    int runVerify();
    int runPasswd();

    QString vaultDirectory() const;
    Result<QString> requireUser() const;
    Result<SecureBuffer> readPassphrase(const QString& prompt) const;
    Result<SecureBuffer> readNewPassphrase(const QString& fileOption) const;
    Result<std::unique_ptr<VaultSession>> unlock();
    int fail(const Error& error);
    int usage(const QString& message);
    QString helpText() const;

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    QCommandLineParser m_parser;
    QString m_command;
};

} // namespace peerdesk
