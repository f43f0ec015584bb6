#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/domain/HolidayCalendar.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace peerdesk {

enum class ContactStatus
{
    OnTrack, // no contact yet, due date still ahead
    DueToday, // no contact yet, today (program's local date) is the due date
    Overdue, // no contact yet, the due date has passed
    MetTarget, // first contact made on or before the due date
    MissedTarget, // first contact made after the due date
};

// Time to first contact for the monthly statistics.
enum class ContactTimeBin
{
    UpToOneBusinessDay,
    TwoBusinessDays,
    ThreeBusinessDays,
    MoreThanThreeBusinessDays,
};

ContactTimeBin contactTimeBin(int businessDaysTaken);

struct ContactAssessment
{
    ContactStatus status = ContactStatus::OnTrack;
    QDate receivedOn; // the receipt day in the program's time zone
    QDate dueDate; // the last local day on which first contact meets the target
    QDateTime deadlineUtc; // the end of dueDate (the next local midnight), in UTC
    int businessDaysLeft = 0; // OnTrack: business days after today up to and including the due date
    int businessDaysOverdue = 0; // Overdue: business days after the due date up to and including today
    int businessDaysTaken = 0; // Met/MissedTarget: business days after the receipt day up to the contact day
};

// The first-contact target: contact within N business days of receipt. Pure logic over a clock, a time zone
// and a holiday calendar; docs/contact-targets.md states the rule.
//
// The receipt day never counts: the due date is the N-th business day after the local receipt day, whatever
// the hour and whether or not that day was a business day. So a request received on Friday evening, Saturday
// or Sunday with N = 2 is due by the end of Tuesday.
class ContactTarget final
{
public:
    static constexpr int DefaultBusinessDays = 2;
    static constexpr int MinBusinessDays = 1;
    static constexpr int MaxBusinessDays = 10;

    // InvalidInput when businessDays is outside 1..10 or the zone is invalid.
    static Result<ContactTarget> create(HolidayCalendar calendar, int businessDays = DefaultBusinessDays,
                                        QTimeZone zone = QTimeZone::systemTimeZone());

    const HolidayCalendar& calendar() const { return m_calendar; }
    int businessDays() const { return m_businessDays; }
    const QTimeZone& timeZone() const { return m_zone; }

    QDate localDate(const QDateTime& moment) const; // the program's calendar day of a moment
    QDate dueDate(const QDateTime& receivedUtc) const;
    QDateTime deadlineUtc(const QDateTime& receivedUtc) const; // start of the day after the due date

    // The status now (from the clock), or the outcome once first contact is recorded. InvalidInput for an
    // invalid receipt time or a first contact before receipt.
    Result<ContactAssessment> assess(const QDateTime& receivedUtc, const Clock& clock,
                                     const std::optional<QDateTime>& firstContactUtc = std::nullopt) const;

private:
    ContactTarget(HolidayCalendar calendar, int businessDays, QTimeZone zone);

    HolidayCalendar m_calendar;
    int m_businessDays;
    QTimeZone m_zone;
};

} // namespace peerdesk
