#include "core/storage/MatchCardRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

namespace peerdesk {

namespace {

QDateTime momentOf(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

MatchCardRow cardFrom(const QSqlQuery& query, int first)
{
    MatchCardRow card;
    card.matchId = query.value(first).toLongLong();
    card.supporterId = query.value(first + 1).toLongLong();
    card.boxKey = query.value(first + 2).toByteArray();
    card.sealedKey = query.value(first + 3).toByteArray();
    card.cardCell = query.value(first + 4).toByteArray();
    card.createdAt = momentOf(query.value(first + 5));
    return card;
}

constexpr auto CardColumns = "c.match_id, c.supporter_id, c.box_key, c.sealed_key, c.card_ct, c.created_at";

} // namespace

Result<void> MatchCardRepository::put(const MatchCardRow& card)
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO match_cards (match_id, supporter_id, box_key, sealed_key, card_ct, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (match_id) DO UPDATE SET supporter_id = "
                       "excluded.supporter_id, box_key = excluded.box_key, sealed_key = excluded.sealed_key, card_ct = "
                       "excluded.card_ct, created_at = excluded.created_at"),
        { card.matchId, card.supporterId, card.boxKey, card.sealedKey, card.cardCell,
          sql_values::moment(card.createdAt) });
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<QString>> MatchCardRepository::accountOf(qint64 supporterId)
{
    auto query = m_database.exec(QStringLiteral("SELECT login FROM users WHERE supporter_id = ? AND role = "
                                                "'supporter' AND active = 1 AND removed_at IS NULL"),
                                 { supporterId });
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<QString>();
    return std::optional<QString>(query->value(0).toString());
}

Result<QList<OwnMatchRow>> MatchCardRepository::ownMatches()
{
    auto query
        = m_database.exec(QStringLiteral("SELECT m.id, m.request_id, m.status, m.proposed_at, m.answered_at, "
                                         "r.status, r.first_contact_at, c.match_id, ")
                          + QLatin1String(CardColumns)
                          + QStringLiteral(" FROM matches m JOIN requests r ON r.id = m.request_id "
                                           "LEFT JOIN match_cards c ON c.match_id = m.id ORDER BY m.proposed_at, "
                                           "m.id"));
    if (!query)
        return query.error();
    QList<OwnMatchRow> rows;
    while (query->next()) {
        OwnMatchRow row;
        row.matchId = query->value(0).toLongLong();
        row.requestId = query->value(1).toLongLong();
        row.matchStatus = query->value(2).toString();
        row.proposedAt = momentOf(query->value(3));
        row.answeredAt = momentOf(query->value(4));
        row.requestStatus = query->value(5).toString();
        row.firstContactAt = momentOf(query->value(6));
        if (!query->value(7).isNull())
            row.card = cardFrom(*query, 8);
        rows.append(row);
    }
    return rows;
}

Result<QList<OwnConversationRow>> MatchCardRepository::ownConversations()
{
    auto query = m_database.exec(QStringLiteral("SELECT id, match_id, starts_at, duration_minutes, modality, status "
                                                "FROM conversations ORDER BY starts_at, id"));
    if (!query)
        return query.error();
    QList<OwnConversationRow> rows;
    while (query->next()) {
        OwnConversationRow row;
        row.id = query->value(0).toLongLong();
        row.matchId = query->value(1).toLongLong();
        row.startsAt = momentOf(query->value(2));
        row.durationMinutes = query->value(3).toInt();
        row.modality = query->value(4).toString();
        row.status = query->value(5).toString();
        rows.append(row);
    }
    return rows;
}

Result<QList<MatchCardRow>> MatchCardRepository::ownCards()
{
    auto query = m_database.exec(QStringLiteral("SELECT ") + QLatin1String(CardColumns)
                                 + QStringLiteral(" FROM match_cards c ORDER BY c.match_id"));
    if (!query)
        return query.error();
    QList<MatchCardRow> cards;
    while (query->next())
        cards.append(cardFrom(*query, 0));
    return cards;
}

Result<void> MatchCardRepository::reseal(qint64 matchId, const QByteArray& boxKey, const QByteArray& sealedKey)
{
    auto query
        = m_database.exec(QStringLiteral("UPDATE match_cards SET box_key = ?, sealed_key = ? WHERE match_id = ?"),
                          { boxKey, sealedKey, matchId });
    if (!query)
        return query.error();
    return {};
}

Result<void> MatchCardRepository::call(const QString& sql, const QVariantList& values)
{
    auto query = m_database.exec(sql, values);
    if (!query)
        return query.error();
    return {};
}

Result<void> MatchCardRepository::answer(qint64 matchId, bool accepted, const QDateTime& at)
{
    return call(QStringLiteral("SELECT supporter_answer(CAST(? AS bigint), CAST(? AS boolean), CAST(? AS text))"),
                { matchId, accepted, sql_values::moment(at) });
}

Result<void> MatchCardRepository::recordFirstContact(qint64 matchId, const QDateTime& at)
{
    return call(QStringLiteral("SELECT supporter_first_contact(CAST(? AS bigint), CAST(? AS text))"),
                { matchId, sql_values::moment(at) });
}

Result<qint64> MatchCardRepository::book(qint64 matchId, const QDateTime& startsAt, int minutes,
                                         const QString& modality, const QDateTime& at)
{
    auto query = m_database.exec(
        QStringLiteral("SELECT supporter_book(CAST(? AS bigint), CAST(? AS text), CAST(? AS bigint), CAST(? AS "
                       "text), CAST(? AS text))"),
        { matchId, sql_values::moment(startsAt), minutes, modality, sql_values::moment(at) });
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::Damaged, QStringLiteral("supporter_book returned no row"));
    return query->value(0).toLongLong();
}

Result<void> MatchCardRepository::recordHeld(qint64 conversationId, const QDateTime& at)
{
    return call(QStringLiteral("SELECT supporter_held(CAST(? AS bigint), CAST(? AS text))"),
                { conversationId, sql_values::moment(at) });
}

Result<void> MatchCardRepository::stepAway(qint64 matchId, const QString& reason, const QDateTime& at)
{
    return call(QStringLiteral("SELECT supporter_step_away(CAST(? AS bigint), CAST(? AS text), CAST(? AS text))"),
                { matchId, reason, sql_values::moment(at) });
}

} // namespace peerdesk
