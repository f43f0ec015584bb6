#pragma once

#include "core/Result.h"
#include "core/domain/Supporter.h"

#include <QStringList>

// The roster's value checks, apart from the code that reads and writes it: SupporterService applies them before
// every write, the CSV import and the editor before any vault is involved.
namespace peerdesk::supporter_rules {

// InvalidInput naming the first field that is wrong (unknown category, missing specialty, capacity out of range,
// ...). Checks values only; nothing is read or written. affinityGroups: the configured list.
Result<void> validate(const Supporter& supporter, const QStringList& affinityGroups);
// A training record: a course name (at most 100 characters), a completion date, no refresher due before it.
Result<void> validateTraining(const TrainingRecord& record);

} // namespace peerdesk::supporter_rules
