#include "core/io/ICalendarExport.h"

#include "core/domain/ReferenceCode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <libical/ical.h>
#include <memory>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ICalendarExport)
};

icaltimetype utcTime(const QDateTime& moment)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(moment.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

struct ComponentDeleter
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

} // namespace

QString ICalendarExport::referenceCode(qint64 conversationId)
{
    return conversationReference(conversationId);
}

QString ICalendarExport::defaultFileName(qint64 conversationId)
{
    return QStringLiteral("conversation-%1.ics").arg(referenceCode(conversationId));
}

QString ICalendarExport::uid(qint64 conversationId, const QString& vaultId)
{
    QString vault = vaultId;
    vault.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")));
    if (vault.isEmpty())
        vault = QStringLiteral("vault");
    return QStringLiteral("conversation-%1-%2@peerdesk.invalid").arg(conversationId).arg(vault);
}

QByteArray ICalendarExport::render(const Conversation& conversation, const QString& vaultId, const QDateTime& stamp)
{
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    const QByteArray productId = QByteArrayLiteral("-//PeerDesk//PeerDesk " PEERDESK_VERSION "//EN");
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(productId.constData()));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));

    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(uid(conversation.id, vaultId).toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(conversation.startsAt)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(conversation.endsAt())));
    const QString summary = Text::tr("Peer support conversation %1").arg(referenceCode(conversation.id));
    icalcomponent_add_property(event, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_CONFIDENTIAL));
    const bool cancelled = conversation.status == QLatin1String("cancelled");
    icalcomponent_add_property(event,
                               icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_component(calendar.get(), event);

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray content(text);
    icalmemory_free_buffer(text);
    // RFC 5545 section 3.1: every content line ends in CRLF, whatever the library produced.
    content.replace("\r\n", "\n");
    content.replace("\n", "\r\n");
    return content;
}

Result<void> ICalendarExport::write(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io,
                         Text::tr("Could not write the calendar file %1: %2").arg(path, file.errorString()));
    }
    if (file.write(content) != content.size() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         Text::tr("Could not write the calendar file %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace peerdesk
