#pragma once

#include <QDateTime>

namespace peerdesk {

// Everything that depends on the date or time asks a Clock, so tests can fix and move time without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayLocal() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace peerdesk
