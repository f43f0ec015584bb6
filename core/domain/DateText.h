#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// Dates and times as the window and the messages write them, in the current locale. The month is a word:
// "11/10/26" is three different days to Canadian readers (day-month, month-day, year first), "10 Nov 2026"
// and "10 nov. 2026" are one. Times are the locale's short form without seconds.
namespace peerdesk::date_text {

QString day(const QDate& date); // "10 Nov 2026"
QString time(const QTime& time); // "6:00 PM", "18 h 00"
QString moment(const QDateTime& at); // in local time: "10 Nov 2026, 6:00 PM"; empty when invalid

} // namespace peerdesk::date_text
