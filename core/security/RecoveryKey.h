#pragma once

#include "core/Result.h"
#include "core/security/SecureBuffer.h"

#include <QString>

namespace peerdesk::recovery_key {

// 32 symbols of Crockford's base32 alphabet (160 random bits) in eight groups of four, e.g.
// "7K2M-Q9XD-...": no I, L, O or U, so it survives being copied by hand.
QString generate();

// The slot secret: separators and spaces removed, upper-cased (docs/file-format.md). InvalidInput when what is
// left is not 32 symbols of the alphabet.
Result<SecureBuffer> normalise(const QString& typed);

} // namespace peerdesk::recovery_key
