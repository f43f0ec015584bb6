#include "core/domain/PeerGroup.h"

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::PeerGroup)
};

} // namespace

QString PeerGroup::enrolmentKey(Enrolment enrolment)
{
    return enrolment == Enrolment::Members ? QStringLiteral("members") : QStringLiteral("session");
}

std::optional<PeerGroup::Enrolment> PeerGroup::enrolmentFromKey(const QString& key)
{
    if (key == QLatin1String("members"))
        return Enrolment::Members;
    if (key == QLatin1String("session"))
        return Enrolment::PerSession;
    return std::nullopt;
}

QString GroupOccurrence::statusText() const
{
    if (skippedFor == QLatin1String("closure"))
        return Text::tr("Not held: closure day");
    if (skippedFor == QLatin1String("holiday"))
        return Text::tr("Not held: statutory holiday");
    if (skippedFor == QLatin1String("ended"))
        return Text::tr("Not held: the group ended");
    return Vocabulary::displayName(Vocab::OccurrenceStatus, status);
}

} // namespace peerdesk
