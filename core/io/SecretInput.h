#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QString>

namespace peerdesk::secret_input {

// Reads a passphrase from a file or a descriptor straight into locked memory. One trailing newline ("\n" or
// "\r\n") is not part of the passphrase; everything else is, spaces included.
Result<SecureBuffer> readFile(const QString& path);
Result<SecureBuffer> readDescriptor(int fd);

// Asks on the controlling terminal with echo off. Usage error when there is no terminal (e.g. in a script),
// naming the options to use instead.
Result<SecureBuffer> promptOnTerminal(const QString& prompt);

} // namespace peerdesk::secret_input
