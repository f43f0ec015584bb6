#include "core/ThirdParty.h"

#include "core/storage/SqlCipherDriver.h"

#include <QtGlobal>

#include <libical/ical.h>
#include <openssl/crypto.h>
#include <sodium.h>
#include <xlsxwriter.h>

namespace peerdesk {

QList<ThirdPartyComponent> thirdPartyComponents()
{
    return {
        { QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"), false },
        // The library answers for itself; SQLite inside it is in the public domain.
        { QStringLiteral("SQLCipher"), SqlCipherDriver::libraryVersion(), QStringLiteral("BSD-3-Clause"), true },
        { QStringLiteral("OpenSSL"),
          QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).section(QLatin1Char(' '), 1, 1),
          QStringLiteral("Apache-2.0"), false },
        { QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"), false },
        // zxcvbn-c has no version call.
        { QStringLiteral("zxcvbn-c"), QString(), QStringLiteral("MIT"), false },
        // libical's header gives only its series.
        { QStringLiteral("libical"), QString::fromLatin1(ICAL_VERSION), QStringLiteral("MPL-2.0 OR LGPL-2.1-only"),
          false },
        { QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause"), false },
    };
}

QString peerdeskLicence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace peerdesk
