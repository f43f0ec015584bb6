#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace peerdesk {

// A recurring weekly time window in the program's local time, e.g. Monday 18:00-20:00.
struct WeeklyWindow
{
    int weekday = 1; // 1 = Monday ... 7 = Sunday (Qt's numbering)
    int startMinute = 0; // minutes after midnight
    int endMinute = 0; // exclusive; 1440 = midnight at the end of the day

    bool operator==(const WeeklyWindow&) const = default;
    bool isValid() const;
    // Minutes two windows share (0 when they are on different days or do not meet).
    int overlapMinutes(const WeeklyWindow& other) const;
    bool contains(int weekday, int startMinute, int endMinute) const;

    // "mon 18:00-20:00" (the CLI and CSV form); parse() is case-insensitive and accepts English and French
    // day abbreviations. nullopt for anything else.
    QString toText() const;
    static std::optional<WeeklyWindow> parse(const QString& text);
};

// Day abbreviations as the command line and CSV files write them.
namespace weekday_text {
// "mon" ... "sun" for 1 ... 7.
QString abbreviation(int weekday);
// 1 ... 7 for an English or French day, abbreviated or not ("mon", "Monday", "lun", "lundi"); 0 for anything else.
int parse(const QString& word);
} // namespace weekday_text

// Total minutes shared by two sets of windows.
int overlapMinutes(const QList<WeeklyWindow>& a, const QList<WeeklyWindow>& b);
int totalMinutes(const QList<WeeklyWindow>& windows);

} // namespace peerdesk
