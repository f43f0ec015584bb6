#pragma once

#include "domain/WeeklyWindow.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

struct TrainingRecord
{
    qint64 id = 0;
    QString course;
    bool required = true; // an expired required course blocks new matches
    QDate completedOn;
    QDate refresherDue; // invalid: no refresher needed

    bool isExpiredOn(const QDate& today) const { return refresherDue.isValid() && refresherDue < today; }
};

struct DebriefRecord
{
    qint64 id = 0;
    QString kind; // Vocab::DebriefKind
    QDate heldOn;
};

// A trained peer supporter. Holds no notes about the physicians they support, by design.
struct Supporter
{
    qint64 id = 0;
    QString name; // empty once a retired supporter's contact details were purged
    QString email;
    QString phone;
    QString pronouns;
    QString gender; // Vocab::Gender key or empty
    QString specialty; // free text, compared case-insensitively
    QString practiceSetting;
    QString region;
    QStringList institutions; // for conflict-of-interest checks
    QString careerStage; // Vocab::CareerStage
    QStringList languages; // ISO 639-1
    QStringList modalities; // Vocab::Modality
    QStringList affinities; // keys from the affinity_groups setting
    int maxActive = 2; // 0 = not taking new peers
    QString status = QStringLiteral("nominated"); // Vocab::SupporterStatus
    QDate pausedUntil; // invalid: not paused by date
    int cooldownDays = 14; // rest after a match closed as difficult
    QDate cooldownUntil; // invalid: no cooldown
    QDateTime retiredAt;
    QDateTime contactPurgedAt;
    QList<WeeklyWindow> availability;
    QList<TrainingRecord> training;
    QList<DebriefRecord> debriefs;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What matching needs to know about a supporter's current work, computed in one query for all supporters.
struct SupporterLoad
{
    int activeMatches = 0; // proposed or accepted
    QDateTime lastMatchedAt; // invalid: never matched
};

// Whether `later` replaces `earlier`: the same course (compared case-insensitively), completed later, or the same
// day and recorded after it (a higher id), the order the vault's `latest` flag keeps (schema 8).
bool supersedes(const TrainingRecord& later, const TrainingRecord& earlier);
// The training records that count: the latest of each course (course names compared case-insensitively), since
// a refresher is recorded as a new record of the same course. In the order of the supporter's records.
QList<TrainingRecord> currentTraining(const Supporter& supporter);

// The earliest refresher date among the current records; invalid when no current record needs one.
QDate nextRefresherDue(const Supporter& supporter);

} // namespace peerdesk
