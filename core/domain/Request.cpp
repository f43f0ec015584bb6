#include "domain/Request.h"

#include "domain/EnumKeys.h"

#include <initializer_list>

namespace peerdesk {

QString matchStatusKey(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Proposed:
        return QStringLiteral("proposed");
    case MatchStatus::Accepted:
        return QStringLiteral("accepted");
    case MatchStatus::Declined:
        return QStringLiteral("declined");
    case MatchStatus::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

std::optional<MatchStatus> matchStatusFromKey(const QString& key)
{
    return enumFromKey(std::initializer_list<MatchStatus>{ MatchStatus::Proposed, MatchStatus::Accepted,
                                                           MatchStatus::Declined, MatchStatus::Ended },
                       matchStatusKey, key);
}

QDateTime SupportRequest::contactClockStart() const
{
    if (status == RequestStatus::AwaitingConsent)
        return {};
    if (referralType == QLatin1String("colleague") && consentRecordedAt.isValid())
        return consentRecordedAt;
    return receivedAt;
}

} // namespace peerdesk
