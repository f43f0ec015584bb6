#include "core/domain/ContactTarget.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ContactTarget)
};

} // namespace

ContactTimeBin contactTimeBin(int businessDaysTaken)
{
    if (businessDaysTaken <= 1)
        return ContactTimeBin::UpToOneBusinessDay;
    if (businessDaysTaken == 2)
        return ContactTimeBin::TwoBusinessDays;
    if (businessDaysTaken == 3)
        return ContactTimeBin::ThreeBusinessDays;
    return ContactTimeBin::MoreThanThreeBusinessDays;
}

Result<ContactTarget> ContactTarget::create(HolidayCalendar calendar, int businessDays, QTimeZone zone)
{
    if (businessDays < MinBusinessDays || businessDays > MaxBusinessDays) {
        return makeError(
            ErrorCode::InvalidInput,
            Text::tr("The contact target is %1 to %2 business days.").arg(MinBusinessDays).arg(MaxBusinessDays));
    }
    if (!zone.isValid())
        return makeError(ErrorCode::InvalidInput, Text::tr("The program's time zone is not valid."));
    return ContactTarget(std::move(calendar), businessDays, zone); // QTimeZone has no move in Qt 6.4
}

ContactTarget::ContactTarget(HolidayCalendar calendar, int businessDays, QTimeZone zone)
    : m_calendar(std::move(calendar)), m_businessDays(businessDays), m_zone(zone)
{
}

QDate ContactTarget::localDate(const QDateTime& moment) const
{
    // The zone's rules (DST, half-hour offsets) decide the day, never the machine's own zone.
    return moment.toTimeZone(m_zone).date();
}

QDate ContactTarget::dueDate(const QDateTime& receivedUtc) const
{
    if (!receivedUtc.isValid())
        return {};
    return m_calendar.addBusinessDays(localDate(receivedUtc), m_businessDays);
}

QDateTime ContactTarget::deadlineUtc(const QDateTime& receivedUtc) const
{
    const QDate due = dueDate(receivedUtc);
    if (!due.isValid())
        return {};
    // Canadian zones switch at 02:00 local, so midnight exists; were it ever skipped, Qt moves past the gap.
    return QDateTime(due.addDays(1), QTime(0, 0), m_zone).toUTC();
}

Result<ContactAssessment> ContactTarget::assess(const QDateTime& receivedUtc, const Clock& clock,
                                                const std::optional<QDateTime>& firstContactUtc) const
{
    if (!receivedUtc.isValid())
        return makeError(ErrorCode::InvalidInput, Text::tr("The request has no valid receipt time."));
    if (firstContactUtc && (!firstContactUtc->isValid() || *firstContactUtc < receivedUtc))
        return makeError(ErrorCode::InvalidInput, Text::tr("First contact cannot precede the request's receipt."));

    ContactAssessment assessment;
    assessment.receivedOn = localDate(receivedUtc);
    assessment.dueDate = m_calendar.addBusinessDays(assessment.receivedOn, m_businessDays);
    assessment.deadlineUtc = deadlineUtc(receivedUtc);

    if (firstContactUtc) {
        const QDate contactedOn = localDate(*firstContactUtc);
        assessment.businessDaysTaken = m_calendar.businessDaysBetween(assessment.receivedOn, contactedOn);
        assessment.status = contactedOn <= assessment.dueDate ? ContactStatus::MetTarget : ContactStatus::MissedTarget;
        return assessment;
    }

    const QDate today = localDate(clock.nowUtc());
    if (today < assessment.dueDate) {
        assessment.status = ContactStatus::OnTrack;
        assessment.businessDaysLeft = m_calendar.businessDaysBetween(today, assessment.dueDate);
    } else if (today == assessment.dueDate) {
        assessment.status = ContactStatus::DueToday;
    } else {
        // On the weekend after a Friday due date this is 0: overdue, but no business day lost yet.
        assessment.status = ContactStatus::Overdue;
        assessment.businessDaysOverdue = m_calendar.businessDaysBetween(assessment.dueDate, today);
    }
    return assessment;
}

} // namespace peerdesk
