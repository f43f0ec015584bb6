#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace peerdesk {

class Database;

struct RosterChanges
{
    qint64 latest = 0; // the newest change's number; 0 when the roster never changed
    bool complete = true; // false when the log no longer reaches back to `after`: read the whole roster
    QList<qint64> supporterIds; // who changed after `after`, each once (when complete)
};

// The roster's tables: supporters with their attributes, availability, training and debriefs. Lists load every
// table once and assemble in memory (no query per supporter), which keeps 10 000 supporters fast.
class SupporterRepository final
{
public:
    explicit SupporterRepository(Database& database) : m_database(database) { }

    Result<qint64> insert(const Supporter& supporter, const QDateTime& now);
    // Profile, attributes and availability; not status, training or debriefs.
    Result<void> update(const Supporter& supporter, const QDateTime& now);
    Result<void> setStatus(qint64 id, const QString& status, const QDateTime& retiredAt, const QDateTime& now);
    Result<void> setPausedUntil(qint64 id, const QDate& until, const QDateTime& now);
    Result<void> setCooldownUntil(qint64 id, const QDate& until, const QDateTime& now);
    Result<qint64> insertTraining(qint64 supporterId, const TrainingRecord& record);
    Result<qint64> insertDebrief(qint64 supporterId, const DebriefRecord& record);

    Result<std::optional<Supporter>> find(qint64 id);
    Result<QList<Supporter>> list(const std::optional<QString>& status = std::nullopt);
    Result<qint64> count();
    // What changed in the roster as matching sees it after change number `after` (0: from the start), from the
    // change log that triggers write for every change to a supporter or their attributes, availability or
    // training. Debriefs are not logged: matching does not read them.
    Result<RosterChanges> changesAfter(qint64 after);
    // The change log's newest number; 0 when the roster never changed.
    Result<qint64> latestChange();
    // The roster as matching reads it, in id order: every supporter with only the latest record of each training
    // course, and without their debriefs, which are the roster's longest table (one per active supporter every few
    // months, for years) and play no part in ranking. Fields ranking never reads stay at their defaults: pronouns,
    // practice setting, cooldown days, and the retirement, purge, creation and update times.
    Result<QList<Supporter>> listForMatching();
    // These supporters as listForMatching() reads them, in id order; ids that do not exist are left out.
    Result<QList<Supporter>> listForMatching(const QList<qint64>& ids);
    // Another supporter (not excludeId) already uses this email, compared case-insensitively.
    Result<bool> emailInUse(const QString& email, qint64 excludeId = 0);

    // Retired supporters retired before the cut-off whose contact details are still there.
    Result<int> countContactsToPurge(const QDateTime& retiredBefore);
    Result<int> purgeContacts(const QDateTime& retiredBefore, const QDateTime& now);

private:
    Result<void> writeDetails(const Supporter& supporter);
    // The contact details as identity cells, with the keyed hashes of e-mail and phone.
    Result<void> writeContact(const Supporter& supporter);
    QVariant emailIndex(const QString& email) const;
    QVariant phoneIndex(const QString& phone) const;
    enum class Parts
    {
        Everything, // ordered by name
        ForMatching // as listForMatching() describes; ordered by id
    };
    Result<QList<Supporter>> load(const QString& where, const QVariantList& values, Parts parts = Parts::Everything);

    Database& m_database;
};

} // namespace peerdesk
