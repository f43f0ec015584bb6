#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace peerdesk {

class BoxKeyPair;
class Database;
class SecureBuffer;
class VaultSession;
struct Match;
struct MatchCardRow;

// What a supporter is told of the physician they were matched with, and nothing else (issue 28): how to address and
// reach them, and by when the program wants the first contact made.
struct MatchCard
{
    QString firstName;
    QString email;
    QString phone;
    QString bestTime;
    QDate contactBy;
};

// A live match's card, sealed to its supporter on a program server (docs/server.md, "Supporters"). The card is one
// cell (CellCipher, bound to the program, match_cards.card_ct and the match) under a key made for that match alone;
// the key is sealed to the X25519 key of the supporter's slot, so the program's identity key never reaches a
// supporter and one match's key opens nothing else. The server deletes the card when the match stops being live.
namespace match_cards {

// The card of a match, made by someone who holds the identity key (a coordinator matching, an administrator
// starting a supporter's account); nothing when the supporter has no active account or the program is a vault.
// The caller's transaction.
Result<void> issue(VaultSession& session, const Match& match);
// Every live match of a supporter whose account starts now (or again, with a new slot), sealed to that slot's key.
// The caller's transaction.
Result<void> issueForSupporter(VaultSession& session, qint64 supporterId, const QByteArray& boxKey);

// What the signed-in supporter reads; nullopt when the card does not open with their slot's key (sealed to a key
// of theirs they no longer hold, or altered).
std::optional<MatchCard> open(const VaultSession& session, const MatchCardRow& row);

// A supporter's passphrase change gives their slot a new key pair: their cards' keys are sealed again to the new
// one, in the change's transaction, so they keep their live matches. Cards that do not open with `from` are left.
Result<void> resealOwn(Database& database, const BoxKeyPair& from, const QByteArray& toPublicKey);

// The card's plaintext, and back (exposed for the tests of the format).
QString encode(const MatchCard& card);
std::optional<MatchCard> decode(const QString& text);

} // namespace match_cards

} // namespace peerdesk
