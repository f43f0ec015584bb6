#pragma once

#include "core/Clock.h"
#include "core/Result.h"

namespace peerdesk {

class Database;
struct UnlockedKey;

namespace vault_upgrade {

// A vault written before roles were enforced by keys (keyring format 2, schema 10 or older) becomes a current one at
// the first unlock of one of its administrators (docs/security.md, "Upgrading a vault"): an identity key and an
// authority key are made; the administrator's slot gets its signing key; every other account's slot is kept as it
// is (its owner's first unlock gives it a signing key) and is sealed the keys its role receives; a slot that no
// active account has is dropped; the identity columns are encrypted into cells (identity_migration); and the
// membership is signed, with the audit rows from here on. Anyone else gets NotPermitted until then. key becomes
// the upgraded vault's. Returns true when a data-key rotation must follow (the format-2 vault was left in the
// middle of one that had not yet swapped its database).
Result<bool> run(Database& database, UnlockedKey& key, bool openedWithNextKey, const Clock& clock);
// Whether key may upgrade the vault (its administrator's passphrase slot), before anything is written: NotPermitted
// for anyone else, Damaged for a current keyring beside an older database (an older copy put back).
Result<void> check(Database& database, const UnlockedKey& key);

} // namespace vault_upgrade

} // namespace peerdesk
