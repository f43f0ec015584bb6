#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace peerdesk::identity_input {

// A person's identity (a participant's name and contact) for the CLI, never from its command line, where shell
// history and the process list (/proc/PID/cmdline) would keep it: from a file or standard input holding one
// "field: value" line per field, or the fields' values one per line in the order given (the name on the first line,
// the contact on the second), or typed at the terminal's prompts. Each of `fields` is required once; InvalidInput
// for a missing, repeated or unknown field, a control character, or far too much text. Messages name the field and
// line, never what was written.
Result<QMap<QString, QString>> fromFile(const QString& path, const QStringList& fields);
Result<QMap<QString, QString>> fromDescriptor(int fd, const QStringList& fields);
// prompts: what to ask for each field, in order. Usage error when there is no terminal.
Result<QMap<QString, QString>> fromTerminal(const QStringList& fields, const QStringList& prompts);

} // namespace peerdesk::identity_input
