#include "core/services/MatchCards.h"

#include "core/security/CellCipher.h"
#include "core/security/KeyPairs.h"
#include "core/security/SecureBuffer.h"
#include "core/services/RequestService.h"
#include "core/storage/AdvisoryLock.h"
#include "core/storage/Database.h"
#include "core/storage/MatchCardRepository.h"
#include "core/storage/MatchRepository.h"
#include "core/vault/VaultSession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace peerdesk::match_cards {

namespace {

constexpr auto Table = "match_cards";
constexpr auto Column = "card_ct";

// The name a supporter greets the physician by: what the coordinator recorded up to its first space.
QString firstNameOf(const QString& name)
{
    const QString trimmed = name.simplified();
    const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
    return space < 0 ? trimmed : trimmed.left(space);
}

} // namespace

QString encode(const MatchCard& card)
{
    QJsonObject object;
    object.insert(QStringLiteral("first_name"), card.firstName);
    object.insert(QStringLiteral("email"), card.email);
    object.insert(QStringLiteral("phone"), card.phone);
    object.insert(QStringLiteral("best_time"), card.bestTime);
    object.insert(QStringLiteral("contact_by"), card.contactBy.toString(Qt::ISODate));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<MatchCard> decode(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    MatchCard card;
    card.firstName = object.value(QStringLiteral("first_name")).toString();
    card.email = object.value(QStringLiteral("email")).toString();
    card.phone = object.value(QStringLiteral("phone")).toString();
    card.bestTime = object.value(QStringLiteral("best_time")).toString();
    card.contactBy = QDate::fromString(object.value(QStringLiteral("contact_by")).toString(), Qt::ISODate);
    return card;
}

namespace {

Result<void> issueSealedTo(VaultSession& session, const Match& match, const QByteArray& boxKey)
{
    RequestService requests(session);
    auto request = requests.get(match.requestId);
    if (!request)
        return request.error();
    auto target = requests.contactTarget();
    if (!target)
        return target.error();
    MatchCard card;
    card.firstName = firstNameOf(request->identity.name);
    card.email = request->identity.email;
    card.phone = request->identity.phone;
    card.bestTime = request->identity.bestTime;
    const QDateTime clock = request->contactClockStart();
    if (clock.isValid())
        card.contactBy = target->dueDate(clock);

    const SecureBuffer matchKey = SecureBuffer::random(CellCipher::KeyBytes);
    MatchCardRow row;
    row.matchId = match.id;
    row.supporterId = match.supporterId;
    row.boxKey = boxKey;
    row.sealedKey = key_pairs::seal(matchKey, boxKey);
    row.cardCell = CellCipher(session.vaultId(), matchKey).encrypt(Table, Column, match.id, encode(card));
    row.createdAt = session.clock().nowUtc();
    return MatchCardRepository(session.database()).put(row);
}

} // namespace

Result<void> issue(VaultSession& session, const Match& match)
{
    if (!session.database().isServer())
        return {};
    // Most supporters have no account: the table says so cheaply. Which account it is, and its key, only the signed
    // membership says (the table's link is the server's to rewrite).
    auto login = MatchCardRepository(session.database()).accountOf(match.supporterId);
    if (!login)
        return login.error();
    if (!*login)
        return {};
    auto boxKey = session.currentBoxKeyOfSupporter(match.supporterId);
    if (!boxKey)
        return boxKey.error();
    if (!*boxKey)
        return {}; // no active account the signed membership links to this supporter: nothing is sealed
    return issueSealedTo(session, match, **boxKey);
}

Result<void> issueForSupporter(VaultSession& session, qint64 supporterId, const QByteArray& boxKey)
{
    MatchRepository matches(session.database());
    auto requests = matches.liveRequestsOf(supporterId);
    if (!requests)
        return requests.error();
    for (const qint64 requestId : std::as_const(*requests)) {
        auto live = matches.live(requestId);
        if (!live)
            return live.error();
        if (!*live || (*live)->supporterId != supporterId)
            continue;
        if (auto issued = issueSealedTo(session, **live, boxKey); !issued)
            return issued;
    }
    return {};
}

std::optional<MatchCard> open(const VaultSession& session, const MatchCardRow& row)
{
    const auto matchKey = session.openSealedToOwnSlot(row.sealedKey, CellCipher::KeyBytes);
    if (!matchKey)
        return std::nullopt;
    const auto text = CellCipher(session.vaultId(), *matchKey).decrypt(Table, Column, row.matchId, row.cardCell);
    if (!text)
        return std::nullopt;
    return decode(*text);
}

Result<void> resealOwn(Database& database, const BoxKeyPair& from, const QByteArray& toPublicKey)
{
    // Before reading the cards, as every card written takes it (server schema step 9): a coordinator's card being
    // written meanwhile commits first and is read here, instead of being overwritten with the old card's key.
    if (auto locked = advisory_lock::holdForTransaction(database, AdvisoryLock::Roster); !locked)
        return locked;
    MatchCardRepository cards(database);
    auto own = cards.ownCards();
    if (!own)
        return own.error();
    for (const MatchCardRow& card : std::as_const(*own)) {
        const auto matchKey = from.open(card.sealedKey, CellCipher::KeyBytes);
        if (!matchKey)
            continue;
        if (auto resealed = cards.reseal(card.matchId, toPublicKey, key_pairs::seal(*matchKey, toPublicKey)); !resealed)
            return resealed;
    }
    return {};
}

} // namespace peerdesk::match_cards
