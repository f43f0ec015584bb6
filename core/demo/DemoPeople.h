#pragma once

// The demo's fictional people and its seeded random choices, for DemoSimulation.cpp: names from short lists combined
// freely, contact details from the reserved example domains and fiction's phone numbers, and the dates they use.
#include "core/vault/VaultSession.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <random>
#include <utility>

namespace peerdesk::demo {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

// Fictional people: first and last names from short lists, combined freely. Contact details use the reserved
// example domains (RFC 2606) and the 555-0100..0199 numbers set aside for fiction.
const char* const FirstNames[]
    = { "Amélie",  "Olivier", "Priya",   "Wei",   "Fatima", "Jonah", "Chloé",   "Mateo", "Aisha",  "Liam", "Nadia",
        "Étienne", "Grace",   "Hiroshi", "Sofia", "Noah",   "Mei",   "Gabriel", "Zoé",   "Arjun",  "Léa",  "Samuel",
        "Yasmin",  "Daniel",  "Ingrid",  "Kwame", "Maëlle", "Tomás", "Farah",   "Rowan", "Sinéad", "Malik" };
const char* const LastNames[]
    = { "Ashdown",     "Beaulieu",  "Castellan", "Dufresne",  "Eastwick",   "Fairbairn", "Gauthier",  "Halvorsen",
        "Ibarra",      "Jarvinen",  "Kowalczyk", "Lachance",  "Marchetti",  "Nakamura",  "Okonkwo",   "Pelletier",
        "Quenneville", "Rasmussen", "Sauvé",     "Thibodeau", "Underhill",  "Vasquez",   "Whitcombe", "Xu",
        "Yellowhorn",  "Zielinski", "Çelik",     "Müller",    "Desrosiers", "Ouellet" };
const char* const Specialties[]
    = { "Family medicine", "Emergency medicine", "Internal medicine", "Pediatrics",
        "Psychiatry",      "General surgery",    "Anesthesiology",    "Obstetrics and gynecology",
        "Radiology",       "Critical care",      "Oncology",          "Cardiology" };
const char* const Regions[] = { "Metro", "North", "East", "West", "South" };
const char* const Institutions[] = { "Northgate Community Hospital", "Harbourview University Health Centre",
                                     "Maple Valley Clinic",          "Cedar Ridge Regional Hospital",
                                     "Westbrook Family Practice",    "Pinecrest Children's Hospital",
                                     "Lakeshore Medical Group" };
const char* const PracticeSettings[] = { "Hospital", "Community clinic", "Academic centre", "Rural practice" };
const char* const BestTimes[] = { "Weekday evenings", "Lunch time", "Before 8 in the morning", "Weekends" };
const char* const OtherLanguages[] = { "es", "zh", "pa", "ar" };

template <typename T, std::size_t N> constexpr int countOf(const T (&)[N])
{
    return static_cast<int>(N);
}

// std::uniform_int_distribution differs between standard libraries; mt19937's output does not, so the same seed
// gives the same demo everywhere.
class Random final
{
public:
    explicit Random(quint32 seed) : m_engine(seed) { }

    int between(int low, int high) // inclusive
    {
        return low + static_cast<int>(m_engine() % static_cast<quint32>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T, std::size_t N> QString pick(const T (&items)[N])
    {
        return QString::fromUtf8(items[between(0, static_cast<int>(N) - 1)]);
    }
    template <typename T> const T& pick(const QList<T>& items) { return items.at(between(0, int(items.size()) - 1)); }
    // Picks a key by weight, e.g. {{"en", 70}, {"fr", 30}}.
    QString weighted(std::initializer_list<std::pair<const char*, int>> choices)
    {
        int total = 0;
        for (const auto& choice : choices)
            total += choice.second;
        int roll = between(1, total);
        for (const auto& choice : choices) {
            roll -= choice.second;
            if (roll <= 0)
                return QLatin1String(choice.first);
        }
        return QLatin1String(choices.begin()->first);
    }

private:
    std::mt19937 m_engine;
};

inline QString nameOf(int first, int last, const QString& marker)
{
    const QString suffix = marker.isEmpty() ? QString() : QStringLiteral("-") + marker;
    return QString::fromUtf8(FirstNames[first]) + suffix + u' ' + QString::fromUtf8(LastNames[last]) + suffix;
}

// "amelie.beaulieu": accents dropped so the address is plain ASCII.
inline QString emailLocalPart(const QString& name)
{
    QString folded = name.normalized(QString::NormalizationForm_D).toLower();
    QString local;
    for (const QChar ch : folded) {
        if (ch.isLetter() && ch.unicode() < 128)
            local.append(ch);
        else if (ch == u' ')
            local.append(u'.');
    }
    return local;
}

inline QString fictionalPhone(Random& random)
{
    static const char* const areaCodes[] = { "613", "514", "416", "604", "902" };
    return QStringLiteral("+1 %1 555 01%2")
        .arg(random.pick(areaCodes))
        .arg(random.between(0, 99), 2, 10, QLatin1Char('0'));
}

// A local wall-clock moment in the program's time zone (the system's); a time skipped by DST moves an hour on.
inline QDateTime localMoment(const QDate& date, int minuteOfDay)
{
    QDateTime moment(date, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::LocalTime);
    if (!moment.isValid())
        moment = QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60).addSecs(Hour), Qt::LocalTime);
    return moment.toUTC();
}

inline bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

inline QDate addBusinessDays(QDate date, int days)
{
    while (days > 0) {
        date = date.addDays(1);
        if (!isWeekend(date))
            --days;
    }
    return date;
}

// How a request's story ends. Open requests are those whose next step lies after "now", or that stop at a

} // namespace peerdesk::demo
