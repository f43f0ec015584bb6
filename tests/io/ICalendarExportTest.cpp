#include "core/io/ICalendarExport.h"

#include "CatchCompat.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <libical/ical.h>
#include <memory>

using namespace peerdesk;

namespace {

Conversation sampleConversation()
{
    Conversation conversation;
    conversation.id = 12;
    conversation.requestId = 5;
    conversation.supporterId = 3;
    conversation.startsAt = QDateTime(QDate(2026, 3, 5), QTime(19, 0), Qt::UTC);
    conversation.durationMinutes = 45;
    conversation.modality = QStringLiteral("video");
    return conversation;
}

struct Parsed
{
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

QString text(const char* value)
{
    return value ? QString::fromUtf8(value) : QString();
}

QDateTime moment(icaltimetype time)
{
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, icaltimezone_get_utc_timezone()), Qt::UTC);
}

} // namespace

TEST_CASE("A conversation exports as an iCalendar event that names no one", "[ical]")
{
    const QDateTime stamp(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const QByteArray content = ICalendarExport::render(sampleConversation(), QStringLiteral("vault-abc"), stamp);

    CHECK(content.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(content.endsWith("END:VCALENDAR\r\n"));
    CHECK(content.count('\n') == content.count("\r\n"));
    CHECK(content.contains("DTSTART:20260305T190000Z\r\n"));
    CHECK(content.contains("DTEND:20260305T194500Z\r\n"));

    std::unique_ptr<icalcomponent, Parsed> calendar(icalparser_parse_string(content.constData()));
    REQUIRE(calendar);
    CHECK(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
    CHECK(text(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY)
                   ? icalproperty_get_version(icalcomponent_get_first_property(calendar.get(), ICAL_VERSION_PROPERTY))
                   : nullptr)
          == QStringLiteral("2.0"));
    icalproperty* prodid = icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY);
    REQUIRE(prodid);
    CHECK(text(icalproperty_get_prodid(prodid)).startsWith(QStringLiteral("-//PeerDesk//PeerDesk ")));
    CHECK(icalcomponent_get_method(calendar.get()) == ICAL_METHOD_PUBLISH);

    icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    REQUIRE(event);
    CHECK(text(icalcomponent_get_uid(event)) == QStringLiteral("conversation-12-vault-abc@peerdesk.invalid"));
    CHECK(text(icalcomponent_get_summary(event)) == QStringLiteral("Peer support conversation C-12"));
    CHECK(moment(icalcomponent_get_dtstart(event)) == sampleConversation().startsAt);
    CHECK(moment(icalcomponent_get_dtend(event)) == sampleConversation().endsAt());
    CHECK(moment(icalcomponent_get_dtstamp(event)) == stamp);
    CHECK(icalcomponent_get_status(event) == ICAL_STATUS_CONFIRMED);
    CHECK(icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY) == nullptr);
    CHECK(icalcomponent_get_first_property(event, ICAL_ATTENDEE_PROPERTY) == nullptr);
    CHECK(icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY) == nullptr);
}

TEST_CASE("A cancelled conversation exports as a cancelled event with the same UID", "[ical]")
{
    Conversation conversation = sampleConversation();
    const QDateTime stamp(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    const QByteArray before = ICalendarExport::render(conversation, QStringLiteral("v1"), stamp);
    conversation.status = QStringLiteral("cancelled");
    const QByteArray after = ICalendarExport::render(conversation, QStringLiteral("v1"), stamp);
    CHECK(after.contains("STATUS:CANCELLED\r\n"));
    CHECK(before.contains("UID:conversation-12-v1@peerdesk.invalid\r\n"));
    CHECK(after.contains("UID:conversation-12-v1@peerdesk.invalid\r\n"));
}

TEST_CASE("The calendar file is written whole under a name that names no one", "[ical]")
{
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    CHECK(ICalendarExport::defaultFileName(12) == QStringLiteral("conversation-C-12.ics"));
    const QString path = directory.filePath(ICalendarExport::defaultFileName(12));
    const QByteArray content
        = ICalendarExport::render(sampleConversation(), QStringLiteral("v"), QDateTime::currentDateTimeUtc());
    REQUIRE(ICalendarExport::write(path, content));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == content);

    auto failed = ICalendarExport::write(directory.filePath(QStringLiteral("missing/x.ics")), content);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
}
