#pragma once

#include "core/domain/WeeklyWindow.h"

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
    // Keyed hashes of the e-mail and phone (contactEmailKey/contactPhoneKey under the identity key; file-format.md,
    // "Identity cells"). Matching reads these instead of the contact details to recognise a requester on the roster.
    QByteArray emailIndex;
    QByteArray phoneIndex;
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
    qint64 siteId = 1; // the site they work from (sites table): matched within it unless the program crosses sites
    QList<WeeklyWindow> availability;
    QList<TrainingRecord> training;
    QList<DebriefRecord> debriefs;
    QDateTime createdAt;
    QDateTime updatedAt;
    // How many times the row was changed (storage/RowVersion.h): an edit made from this reading is refused if someone
    // else has changed the supporter since. Read with the whole record only.
    qint64 version = 1;
};

// What a supporter's e-mail and phone are compared as, to recognise the same person: the e-mail trimmed and in lower
// case; the phone's last ten ASCII digits (country and trunk prefixes are written either way), none when fewer than
// seven (they identify nobody). Empty when there is nothing to compare.
QString contactEmailKey(const QString& email);
QString contactPhoneKey(const QString& phone);

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

// The required courses (a program's setting) that the supporter has no training record of, in the setting's order.
// Course names compare without regard to case or surrounding spaces.
QStringList missingCourses(const Supporter& supporter, const QStringList& requiredCourses);

} // namespace peerdesk
