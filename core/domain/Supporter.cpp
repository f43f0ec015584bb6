#include "domain/Supporter.h"

#include <algorithm>

namespace peerdesk {

QList<TrainingRecord> currentTraining(const Supporter& supporter)
{
    QList<TrainingRecord> current;
    for (const TrainingRecord& record : supporter.training) {
        const bool superseded = std::any_of(supporter.training.cbegin(), supporter.training.cend(),
                                            [&record](const TrainingRecord& other) {
                                                return other.course.compare(record.course, Qt::CaseInsensitive) == 0
                                                    && other.completedOn > record.completedOn;
                                            });
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

} // namespace peerdesk
