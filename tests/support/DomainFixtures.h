#pragma once

#include "core/domain/Supporter.h"
#include "core/services/RequestService.h"

#include <QDateTime>

namespace peerdesk::test {

// An active, trained supporter who speaks English and French and offers phone and video, with room for two
// peers: every hard rule passes for sampleRequest() until a test changes one field.
Supporter sampleSupporter(const QString& name, const QString& email);

// A self-referral received an hour before `now`, English, phone, reason burnout, no preferences.
NewRequest sampleRequest(const QDateTime& now, const QString& name = QStringLiteral("Robin Tremblay"),
                         const QString& email = QStringLiteral("robin.tremblay@example.org"));

} // namespace peerdesk::test
