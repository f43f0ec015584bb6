#pragma once

#include "core/domain/RequestLifecycle.h"
#include "core/domain/WeeklyWindow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// The only physician identity PeerDesk keeps, and only until retention purges it after closure.
struct RequesterIdentity
{
    QString name;
    QString email;
    QString phone;
    QString bestTime; // "weekday evenings": free text kept as short as the coordinator can
    QString institution;

    bool isEmpty() const
    {
        return name.isEmpty() && email.isEmpty() && phone.isEmpty() && bestTime.isEmpty() && institution.isEmpty();
    }
};

// Everything matching needs; categories only.
struct MatchingProfile
{
    QString careerStage; // Vocab::CareerStage or empty when unknown
    QString specialty;
    QString region;
    QStringList languages; // ISO 639-1
    QStringList modalities; // Vocab::Modality
    QString specialtyPreference = QStringLiteral("any"); // Vocab::SpecialtyPreference
    QString affinityPreference; // an affinity group key or empty
    QString genderPreference; // Vocab::Gender key or empty
    bool allowSameInstitution = false;
    QList<WeeklyWindow> availability;
};

// A request for support. Reasons are categories (Vocab::Reason), never a description.
struct SupportRequest
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString channel; // Vocab::Channel
    QString referralType = QStringLiteral("self"); // Vocab::ReferralType
    RequestStatus status = RequestStatus::New;
    std::optional<CloseOutcome> outcome;
    QString urgency = QStringLiteral("routine"); // Vocab::Urgency
    QStringList reasons;
    MatchingProfile profile;
    RequesterIdentity identity;
    QDateTime consentRecordedAt;
    QDateTime triagedAt;
    QDateTime firstContactAt;
    QDateTime closedAt;
    QString referredResource; // set when closed as referred elsewhere
    bool escalated = false;
    bool legalHold = false;
    QDateTime identityPurgedAt;
    int earlierRequests = 0; // requests recognised as from the same person (keyed hash), filled by the service
    QDateTime createdAt;
    QDateTime updatedAt;
    // How many times the row was changed (storage/RowVersion.h): a change decided from this reading is refused if
    // someone else has changed the row since.
    qint64 version = 1;
    qint64 siteId = 1; // the site that works the request (sites table); site 1 in a program with one

    // When the first-contact target's clock started: at receipt, or for a colleague's referral at the person's
    // consent (nobody may call before it). Invalid while a referral awaits consent: it has no due date yet.
    // RequestRepository::ContactClockSql is the same rule in SQL.
    QDateTime contactClockStart() const;
};

// A supporter proposed for a request, and what became of it.
enum class MatchStatus
{
    Proposed, // waiting for the supporter's answer
    Accepted,
    Declined,
    Ended, // the request closed, or the match was ended early (with an end reason) for a new supporter
};

QString matchStatusKey(MatchStatus status);
std::optional<MatchStatus> matchStatusFromKey(const QString& key);
// A reason a match ended early (the match_end_reasons setting): the default categories in words, translated; a
// program's own as it wrote them.
QString matchEndReasonDisplayName(const QString& key);

struct Match
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 supporterId = 0;
    MatchStatus status = MatchStatus::Proposed;
    double score = 0;
    QDateTime proposedAt;
    QDateTime answeredAt;
    QDateTime endedAt;
    bool difficult = false;
    QString endReason; // ended early: a key of the match_end_reasons setting; empty otherwise
    qint64 version = 1; // storage/RowVersion.h
};

// A service the physician was connected to (the resources setting's name), during or at the end of support.
struct ReferralGiven
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString resource;
    QDateTime givenAt;
};

struct EscalationRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    QDateTime at;
    qint64 userId = 0;
    QString action; // Vocab::EscalationAction
};

// A request as it arrives.
struct NewRequest
{
    QDateTime receivedAt; // must not be in the future
    QString channel; // Vocab::Channel
    QString referralType = QStringLiteral("self");
    bool consentConfirmed = false; // a colleague's referral: the person already agreed to be contacted
    QString urgency = QStringLiteral("routine");
    QStringList reasons; // may be empty at intake; triage needs at least one
    MatchingProfile profile;
    RequesterIdentity identity;
    qint64 siteId = 0; // the site that takes it in; 0: the person's own site, when they work only one
};

} // namespace peerdesk
