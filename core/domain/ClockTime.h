#pragma once

#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace peerdesk {

// A time of day as people type it, read without guessing: "18:00", "18h00", "18 h", "6pm", "6 PM", "6:30 p.m.",
// "6.30pm", with any kind of space (a typed space, a no-break space as the locale writes it). A bare hour
// without minutes or AM/PM ("6") is refused as ambiguous rather than taken as 6 AM. A conversation booked at the
// wrong hour with a physician in distress is the worst mistake a scheduling form can make.
struct ClockTime
{
    // nullopt when the text is not a time (or is ambiguous); *problem (translated) says what to write instead.
    static std::optional<QTime> parse(QStringView text, QString* problem = nullptr);
};

} // namespace peerdesk
