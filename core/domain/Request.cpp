#include "core/domain/Request.h"

#include "core/domain/EnumKeys.h"

#include <QCoreApplication>

#include <initializer_list>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Match)
};

} // namespace

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

QString matchEndReasonDisplayName(const QString& key)
{
    if (key == QLatin1String("supporter_unavailable"))
        return Text::tr("Supporter unavailable (leave, illness, retirement)");
    if (key == QLatin1String("supporter_withdrew"))
        return Text::tr("Supporter withdrew");
    if (key == QLatin1String("poor_fit"))
        return Text::tr("Poor fit");
    if (key == QLatin1String("requester_asked"))
        return Text::tr("The physician asked for someone else");
    return key;
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
