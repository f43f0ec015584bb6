#pragma once

#include "core/Result.h"
#include "core/domain/Conversation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace peerdesk {

// One conversation as an iCalendar file (RFC 5545), for the supporter's or coordinator's own calendar. The
// event names the conversation by its reference code only: no name, no description of the person, so a
// calendar synchronised to a phone or a shared server learns nothing about who is being supported.
class ICalendarExport final
{
public:
    ICalendarExport() = delete;

    // "C-12".
    static QString referenceCode(qint64 conversationId);
    // "conversation-C-12.ics": a file name that names no one.
    static QString defaultFileName(qint64 conversationId);
    // Stable for the conversation within its vault, so a calendar updates the event when it is exported again.
    static QString uid(qint64 conversationId, const QString& vaultId);

    // VCALENDAR (VERSION 2.0, PRODID, METHOD:PUBLISH) holding one VEVENT: UID, DTSTAMP (stamp), DTSTART and
    // DTEND in UTC, SUMMARY with the reference code, CLASS:CONFIDENTIAL and STATUS (CANCELLED for a cancelled
    // conversation, CONFIRMED otherwise). UTF-8 with CRLF line endings.
    static QByteArray render(const Conversation& conversation, const QString& vaultId, const QDateTime& stamp);

    // Writes the file atomically (QSaveFile): a failure leaves any earlier file as it was. Io with the reason.
    static Result<void> write(const QString& path, const QByteArray& content);
};

} // namespace peerdesk
