#pragma once

#include <QString>

namespace peerdesk {

// A place a program is run from (issue 28): each request, supporter and group belongs to one. A program with one
// site has site 1, "main", made with the vault.
struct Site
{
    static constexpr qint64 First = 1;

    qint64 id = 0;
    QString code; // a-z, 0-9 and '-', 1 to 32 characters: what the CLI and exports name it by
    QString name; // what people call it, 1 to 80 characters
};

} // namespace peerdesk
