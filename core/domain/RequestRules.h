#pragma once

#include "core/Result.h"
#include "core/domain/Request.h"

#include <QDateTime>
#include <QStringList>

// A new request's value checks, apart from the code that reads and writes the vault: RequestService applies them
// at intake, the CSV import and the request form before any vault is involved.
namespace peerdesk::request_rules {

// A moment "now" may be a little ahead of the clock that checks it (another machine's clock, a slow form).
constexpr qint64 FutureToleranceSeconds = 120;

// InvalidInput naming the first wrong field. Checks values only. `now` bounds the received time.
Result<void> validate(const NewRequest& request, const QStringList& affinityGroups, const QDateTime& now);

} // namespace peerdesk::request_rules
