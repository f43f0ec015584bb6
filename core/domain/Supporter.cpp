#include "core/domain/Supporter.h"

#include <algorithm>

namespace peerdesk {

bool supersedes(const TrainingRecord& later, const TrainingRecord& earlier)
{
    // Dates first: they are cheap to compare, and ranking asks this for every pair of a supporter's records.
    const bool after = later.completedOn > earlier.completedOn
        || (later.completedOn == earlier.completedOn && later.id > earlier.id);
    return after && later.course.compare(earlier.course, Qt::CaseInsensitive) == 0;
}

QList<TrainingRecord> currentTraining(const Supporter& supporter)
{
    QList<TrainingRecord> current;
    for (const TrainingRecord& record : supporter.training) {
        const bool superseded
            = std::any_of(supporter.training.cbegin(), supporter.training.cend(),
                          [&record](const TrainingRecord& other) { return supersedes(other, record); });
        if (!superseded)
            current.append(record);
    }
    return current;
}

QDate nextRefresherDue(const Supporter& supporter)
{
    QDate next;
    for (const TrainingRecord& record : currentTraining(supporter)) {
        if (record.refresherDue.isValid() && (!next.isValid() || record.refresherDue < next))
            next = record.refresherDue;
    }
    return next;
}

QString contactEmailKey(const QString& email)
{
    return email.trimmed().toLower();
}

QString contactPhoneKey(const QString& phone)
{
    constexpr qsizetype Compared = 10;
    constexpr qsizetype Needed = 7;
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    if (digits.size() < Needed)
        return {};
    return digits.size() > Compared ? digits.right(Compared) : digits;
}

QStringList missingCourses(const Supporter& supporter, const QStringList& requiredCourses)
{
    QStringList missing;
    for (const QString& course : requiredCourses) {
        const QString wanted = course.trimmed();
        const bool done = std::any_of(supporter.training.cbegin(), supporter.training.cend(),
                                      [&wanted](const TrainingRecord& record) {
                                          return record.completedOn.isValid()
                                              && record.course.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
                                      });
        if (!done && !wanted.isEmpty())
            missing.append(wanted);
    }
    return missing;
}

} // namespace peerdesk
