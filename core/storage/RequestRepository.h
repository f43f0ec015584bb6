#pragma once

#include "core/Result.h"
#include "core/domain/Request.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace peerdesk {

class Database;

// Keyed hashes of a requester's normalised email and phone, kept after the identity is purged so that a
// repeat request is still recognised (RequestService computes them with RepeatKeyHasher).
struct RepeatKeys
{
    QString email;
    QString phone;
};

enum class RequestSortColumn
{
    Reference, // id
    Received,
    ContactClock, // the order of the first-contact due date, which grows with the clock's start (ContactClockSql)
    Status, // lifecycle order
    Channel,
    Urgency,
};

// Which requests a list shows and in what order. Every filter is optional; all of them are applied in SQL.
struct RequestSelection
{
    QList<RequestStatus> statuses; // empty: every status
    QString reason; // a Vocab::Reason key, or empty
    QString channel; // a Vocab::Channel key, or empty
    QDateTime receivedFrom; // inclusive; invalid: no bound
    QDateTime receivedBefore; // exclusive; invalid: no bound
    // Open, no first contact yet and not awaiting consent: the requests that have a due date.
    bool awaitingFirstContact = false;
    QDateTime clockFrom; // the first-contact clock started at or after this (ContactClockSql); invalid: no bound
    QDateTime clockBefore; // ... before this; invalid: no bound
    std::optional<qint64> id; // one reference
    std::optional<qint64> siteId; // one site's requests
    RequestSortColumn sort = RequestSortColumn::Received;
    bool descending = true;
    int offset = 0;
    int limit = 200;
};

// One line of the requests list: categories and dates only, never identity.
struct RequestSummary
{
    qint64 id = 0;
    QDateTime receivedAt;
    RequestStatus status = RequestStatus::New;
    std::optional<CloseOutcome> outcome;
    QString channel;
    QString referralType;
    QString urgency;
    QStringList reasons;
    bool escalated = false;
    QDateTime firstContactAt;
    QDateTime closedAt;
    QDateTime contactClockAt; // when the first-contact clock started (ContactClockSql)
    qint64 siteId = 0;
};

class RequestRepository final
{
public:
    // A phone number given with this many different e-mail keys is shared by several people (a switchboard): it no
    // longer makes requests one person's.
    static constexpr int SharedPhoneEmails = 3;

    explicit RequestRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const SupportRequest& request, const RepeatKeys& keys, const QDateTime& now);
    // Status, outcome, timestamps, flags, urgency and reasons: everything a transition may change.
    Result<void> saveState(const SupportRequest& request, const QDateTime& now);
    // Channel, urgency, reasons, matching profile, identity and repeat keys: what an edit of an open request changes.
    Result<void> saveDetails(const SupportRequest& request, const RepeatKeys& keys, const QDateTime& now);
    Result<void> setLegalHold(qint64 id, qint64 version, bool hold, const QDateTime& now);
    Result<qint64> insertEscalation(const EscalationRecord& record);
    Result<QList<EscalationRecord>> escalations(qint64 requestId);
    Result<qint64> insertReferral(const ReferralGiven& referral, const QDateTime& now);
    Result<QList<ReferralGiven>> referrals(qint64 requestId); // by date given
    // A person's draft of a new request: its text sealed as one identity cell (row: the user's id).
    Result<void> storeDraft(qint64 userId, const QString& content, const QDateTime& savedAt);
    // The draft's text and when it was kept; nullopt when there is none.
    Result<std::optional<std::pair<QString, QDateTime>>> draft(qint64 userId);
    Result<void> removeDraft(qint64 userId);
    // Removes every draft kept before `before`; how many.
    Result<int> purgeDrafts(const QDateTime& before);

    Result<std::optional<SupportRequest>> find(qint64 id);
    // When the request was received (nullopt: no such request), without reading anything else of it.
    Result<std::optional<QDateTime>> receivedAt(qint64 id);
    // Newest first; earlierRequests is filled from the repeat keys in the same pass.
    Result<QList<SupportRequest>> list(const std::optional<RequestStatus>& status = std::nullopt);
    Result<qint64> count();

    // The requests list, filtered, sorted and paged in SQL (indexes from migration 3), with the reasons of the
    // whole page read in one more query.
    Result<qint64> count(const RequestSelection& selection);
    Result<QList<RequestSummary>> page(const RequestSelection& selection);

    // The lifecycle order of the status keys as an SQL expression; migration 3 indexes exactly this text, so it
    // never changes (a new status would need a new index).
    static constexpr auto StatusOrderSql
        = "(CASE status WHEN 'new' THEN 0 WHEN 'awaiting_consent' THEN 1 WHEN 'triaged' THEN 2 WHEN 'matched' THEN 3 "
          "WHEN 'accepted' THEN 4 WHEN 'first_contact_made' THEN 5 WHEN 'in_progress' THEN 6 ELSE 7 END)";

    // When a request's first-contact clock starts: at receipt, or for a colleague's referral at the person's
    // consent, before which nobody may call. While a referral awaits consent this reads its receipt, and the
    // request has no due date (RequestService). Migration 13 indexes exactly this text.
    static constexpr auto ContactClockSql
        = "(CASE WHEN referral_type = 'colleague' AND consent_recorded_at IS NOT NULL THEN consent_recorded_at "
          "ELSE received_at END)";

    // Closed before the cut-off, identity still present: how many will be purged and how many are held.
    struct PurgeCounts
    {
        int purgeable = 0;
        int held = 0;
    };
    Result<PurgeCounts> countIdentitiesToPurge(const QDateTime& closedBefore);
    Result<int> purgeIdentities(const QDateTime& closedBefore, const QDateTime& now);

    // The stored key among candidates that some request already has; empty when none does (RequestService keeps a
    // person's requests under one key when an old-format key is theirs).
    enum class KeyKind
    {
        Email,
        Phone
    };
    Result<QString> existingKey(KeyKind kind, const QStringList& candidates);

private:
    // One request's repeat count is read through the indexes; a list's in one pass (RequestRepository.cpp).
    enum class Count
    {
        One,
        Many
    };
    Result<QList<SupportRequest>> load(const QString& where, const QVariantList& values, Count count);

    Database& m_database;
};

} // namespace peerdesk
