#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

class Database;

// A live match's card as the server keeps it (server_schema step 8): the card's cell under the match's own key, and
// that key sealed to the supporter's slot. Program servers only; a vault has no supporter accounts.
struct MatchCardRow
{
    qint64 matchId = 0;
    qint64 supporterId = 0;
    QByteArray boxKey; // the supporter's X25519 public key the match key is sealed to
    QByteArray sealedKey;
    QByteArray cardCell;
    QDateTime createdAt;
};

// One of the signed-in supporter's live matches, as row-level security lets them read it: its state, the request's
// progress, and the card when one was made for them.
struct OwnMatchRow
{
    qint64 matchId = 0;
    qint64 requestId = 0;
    QString matchStatus;
    QDateTime proposedAt;
    QDateTime answeredAt;
    QString requestStatus;
    QDateTime firstContactAt;
    std::optional<MatchCardRow> card;
};

struct OwnConversationRow
{
    qint64 id = 0;
    qint64 matchId = 0;
    QDateTime startsAt;
    int durationMinutes = 0;
    QString modality;
    QString status;
};

class MatchCardRepository final
{
public:
    explicit MatchCardRepository(Database& database) : m_database(database) { }

    // Coordinators and administrators.
    Result<void> put(const MatchCardRow& card); // made again when there is one
    // The login of the active supporter account that works for this supporter, if any (a vault has none).
    Result<std::optional<QString>> accountOf(qint64 supporterId);

    // The signed-in supporter (row-level security chooses the rows).
    Result<QList<OwnMatchRow>> ownMatches();
    Result<QList<OwnConversationRow>> ownConversations();
    Result<QList<MatchCardRow>> ownCards();
    Result<void> reseal(qint64 matchId, const QByteArray& boxKey, const QByteArray& sealedKey);

    // The supporter's steps, through the server's functions (each refuses a match that is not the caller's and
    // live, or a step its state does not allow).
    Result<void> answer(qint64 matchId, bool accepted, const QDateTime& at);
    Result<void> recordFirstContact(qint64 matchId, const QDateTime& at);
    Result<qint64> book(qint64 matchId, const QDateTime& startsAt, int minutes, const QString& modality,
                        const QDateTime& at);
    Result<void> recordHeld(qint64 conversationId, const QDateTime& at);
    Result<void> stepAway(qint64 matchId, const QString& reason, const QDateTime& at);

private:
    Result<void> call(const QString& sql, const QVariantList& values);

    Database& m_database;
};

} // namespace peerdesk
