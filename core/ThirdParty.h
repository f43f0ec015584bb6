#pragma once

#include <QList>
#include <QString>

namespace peerdesk {

// A library PeerDesk is built on, for the About box: its name, the version this process runs with (the
// linked library's own answer where it gives one), its licence (SPDX) and how PeerDesk carries it.
struct ThirdPartyComponent
{
    QString name;
    QString version; // empty when the library does not say
    QString licence;
    bool bundled = false; // statically linked into PeerDesk's programs, rather than a system library
};

// Qt, SQLCipher, OpenSSL, libsodium, zxcvbn, libical and libxlsxwriter, in that order.
QList<ThirdPartyComponent> thirdPartyComponents();

// PeerDesk's own licence (SPDX).
QString peerdeskLicence();

} // namespace peerdesk
