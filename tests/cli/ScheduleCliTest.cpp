#include "../services/SchedulingFixture.h"
#include "CatchCompat.h"
#include "CliTestSupport.h"
#include "TempVault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace peerdesk;
using namespace peerdesk::test::cli_support;
using namespace peerdesk::test::scheduling;

namespace {

// Opens the CLI's vault in this process to add what the scheduling commands need (the roster, intake and
// matching commands are tested on their own).
class DirectAccess final
{
public:
    explicit DirectAccess(const CliVault& vault)
    {
        auto key = vault::unwrapWithPassphrase(vault.vault, QStringLiteral("admin"),
                                               peerdesk::test::TempVault::secret(QLatin1String(Passphrase)));
        REQUIRE(key);
        auto opened = vault::open(std::move(*key), m_clock);
        REQUIRE(opened);
        m_session = std::move(*opened);
    }

    VaultSession& session() { return *m_session; }

private:
    SystemClock m_clock;
    std::unique_ptr<VaultSession> m_session;
};

QString localAt(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute)).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

Run sessionsAdd(const CliVault& vault, const QString& at, QStringList extra = {})
{
    return vault.run(QStringList{ QStringLiteral("sessions"), QStringLiteral("add"), QStringLiteral("1"),
                                  QStringLiteral("--at"), at, QStringLiteral("--minutes"), QStringLiteral("30"),
                                  QStringLiteral("--modality"), QStringLiteral("video") }
                     + extra);
}

} // namespace

TEST_CASE("peerdesk-cli sessions: add with availability and cap prompts, list as JSON, mark held", "[cli][schedule]")
{
    CliVault vault;
    // Next week, same weekday as today, 09:00-12:00 local time: the supporter's only window.
    const QDate day = QDate::currentDate().addDays(7);
    {
        DirectAccess direct(vault);
        const qint64 supporter
            = addSupporter(direct.session(), { QStringLiteral("video") }, { { day.dayOfWeek(), 9 * 60, 12 * 60 } });
        REQUIRE(addMatchedRequest(direct.session(), supporter) == 1);
    }

    const Run outside = sessionsAdd(vault, localAt(day, 15, 0));
    CHECK(outside.exitCode == 3);
    CHECK(outside.err.contains(QStringLiteral("outside the supporter's availability")));
    CHECK_FALSE(mentionsAName(outside.err));
    const Run confirmed = sessionsAdd(vault, localAt(day, 15, 0), { QStringLiteral("--outside-availability") });
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);
    CHECK(confirmed.out.contains(QStringLiteral("Conversation #1 scheduled for %1")
                                     .arg(localAt(day, 15, 0).replace(QLatin1Char('T'), QLatin1Char(' ')))));
    CHECK(sessionsAdd(vault, localAt(day, 10, 0)).exitCode == 0);
    const Run overlap = sessionsAdd(vault, localAt(day, 10, 15));
    CHECK(overlap.exitCode == 3);
    CHECK(overlap.err.contains(QStringLiteral("already has conversation #2")));
    const Run third = sessionsAdd(vault, localAt(day, 10, 30));
    CHECK(third.exitCode == 0);
    CHECK_FALSE(third.out.contains(QStringLiteral("onward referral")));
    // Fourth by date as well (a week later): past the cap of 3.
    const Run fourth = sessionsAdd(vault, localAt(day.addDays(7), 11, 0));
    CHECK(fourth.exitCode == 0);
    CHECK(fourth.out.contains(QStringLiteral("onward referral")));
    CHECK(fourth.out.contains(QStringLiteral("Physician Health Program")));

    // One that already happened: yesterday, outside the window. Booked fifth, it is the first by date.
    const QDate yesterday = QDate::currentDate().addDays(-1);
    const Run past = sessionsAdd(vault, localAt(yesterday, 8, 0),
                                 { QStringLiteral("--outside-availability"), QStringLiteral("--json") });
    INFO(past.err.toStdString());
    REQUIRE(past.exitCode == 0);
    const QJsonObject added = past.json().object();
    CHECK(added.value(QStringLiteral("id")).toInt() == 5);
    CHECK(added.value(QStringLiteral("number")).toInt() == 1);
    CHECK(added.value(QStringLiteral("cap")).toInt() == 3);
    // ... and the match's fifth, more than the model plans.
    CHECK(added.value(QStringLiteral("referral_suggested")).toBool());
    CHECK(added.value(QStringLiteral("referral_prompt"))
              .toString()
              .startsWith(QStringLiteral("This makes 5 conversations with this peer")));

    CHECK(vault
              .run({ QStringLiteral("sessions"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("--status"),
                     QStringLiteral("held") })
              .exitCode
          == 3); // not started yet
    const Run held = vault.run({ QStringLiteral("sessions"), QStringLiteral("set"), QStringLiteral("5"),
                                 QStringLiteral("--status"), QStringLiteral("held") });
    INFO(held.err.toStdString());
    CHECK(held.exitCode == 0);

    const Run list = vault.run(
        { QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray conversations = list.json().array();
    REQUIRE(conversations.size() == 5);
    const QJsonObject first = conversations.at(0).toObject(); // ordered by start: yesterday's comes first
    CHECK(first.value(QStringLiteral("id")).toInt() == 5);
    CHECK(first.value(QStringLiteral("request_id")).toInt() == 1);
    CHECK(first.value(QStringLiteral("supporter_id")).toInt() == 1);
    CHECK(first.value(QStringLiteral("minutes")).toInt() == 30);
    CHECK(first.value(QStringLiteral("modality")).toString() == QStringLiteral("video"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("held"));
    CHECK(QDateTime::fromString(first.value(QStringLiteral("starts_at")).toString(), Qt::ISODateWithMs)
          == QDateTime(yesterday, QTime(8, 0)).toUTC());
    for (const QJsonValue& value : conversations) {
        CHECK(value.toObject().keys()
              == QStringList{ QStringLiteral("ends_at"), QStringLiteral("id"), QStringLiteral("match_id"),
                              QStringLiteral("minutes"), QStringLiteral("modality"), QStringLiteral("request_id"),
                              QStringLiteral("starts_at"), QStringLiteral("status"), QStringLiteral("supporter_id") });
    }
    const Run text = vault.run({ QStringLiteral("sessions"), QStringLiteral("list") });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("#5")));
    CHECK_FALSE(mentionsAName(text.out));
    {
        DirectAccess direct(vault);
        auto status = direct.session().database().exec(QStringLiteral("SELECT status FROM requests WHERE id = 1"));
        REQUIRE(status);
        REQUIRE(status->next());
        CHECK(status->value(0).toString() == QStringLiteral("in_progress"));
    }
}

TEST_CASE("peerdesk-cli requests close cancels the conversations booked from then on and says how many",
          "[cli][schedule][close]")
{
    CliVault vault;
    const QDate day = QDate::currentDate().addDays(7);
    {
        DirectAccess direct(vault);
        const qint64 supporter = addSupporter(direct.session(), { QStringLiteral("video") });
        REQUIRE(addMatchedRequest(direct.session(), supporter) == 1);
    }
    REQUIRE(sessionsAdd(vault, localAt(day, 10, 0)).exitCode == 0);
    REQUIRE(sessionsAdd(vault, localAt(day.addDays(7), 10, 0)).exitCode == 0);
    const Run closed = vault.run({ QStringLiteral("requests"), QStringLiteral("close"), QStringLiteral("1"),
                                   QStringLiteral("--outcome"), QStringLiteral("withdrawn") });
    INFO(closed.err.toStdString());
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.out.contains(QStringLiteral("2 conversations booked from then on cancelled.")));
    const Run list = vault.run(
        { QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.json().array().size() == 2);
    for (const QJsonValue& value : list.json().array())
        CHECK(value.toObject().value(QStringLiteral("status")).toString() == QLatin1String("cancelled"));
    CHECK(vault.run({ QStringLiteral("verify") }).exitCode == 0);
}

TEST_CASE("peerdesk-cli match handoff prints the introduction and sessions ics writes the calendar file",
          "[cli][schedule][handoff]")
{
    CliVault vault;
    const QDate day = QDate::currentDate().addDays(7);
    {
        DirectAccess direct(vault);
        const qint64 supporter = addSupporter(direct.session(), { QStringLiteral("video") });
        REQUIRE(addMatchedRequest(direct.session(), supporter) == 1);
    }
    const Run handoff = vault.run({ QStringLiteral("match"), QStringLiteral("handoff"), QStringLiteral("1") });
    INFO(handoff.err.toStdString());
    REQUIRE(handoff.exitCode == 0);
    CHECK(handoff.out.contains(QStringLiteral("Subject: PeerDesk request R-1")));
    CHECK(handoff.out.contains(QStringLiteral("First name: Bartholomew")));
    CHECK_FALSE(handoff.out.contains(QStringLiteral("Knoll"))); // the first name only
    CHECK_FALSE(handoff.out.contains(QStringLiteral("What they would like to talk about")));
    const Run withReasons = vault.run({ QStringLiteral("match"), QStringLiteral("handoff"), QStringLiteral("1"),
                                        QStringLiteral("--include-reasons") });
    CHECK(withReasons.exitCode == 0);
    CHECK(vault
              .run({ QStringLiteral("match"), QStringLiteral("accept"), QStringLiteral("1"),
                     QStringLiteral("--include-reasons") })
              .exitCode
          == 1);
    CHECK(vault.run({ QStringLiteral("match"), QStringLiteral("handoff") }).exitCode == 1);
    CHECK(vault.run({ QStringLiteral("match"), QStringLiteral("handoff"), QStringLiteral("99") }).exitCode == 3);
    {
        // Showing the introduction is a view of the person's identity, recorded once for this unlock each time.
        DirectAccess direct(vault);
        auto views = direct.session().database().exec(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'identity.viewed' AND entity_id = 1"));
        REQUIRE(views);
        REQUIRE(views->next());
        CHECK(views->value(0).toInt() == 2);
    }

    REQUIRE(sessionsAdd(vault, localAt(day, 10, 0)).exitCode == 0);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString file = out.filePath(QStringLiteral("conversation.ics"));
    const Run ics = vault.run(
        { QStringLiteral("sessions"), QStringLiteral("ics"), QStringLiteral("1"), QStringLiteral("--out"), file });
    INFO(ics.err.toStdString());
    REQUIRE(ics.exitCode == 0);
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray calendar = written.readAll();
    CHECK(calendar.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(calendar.contains("C-1"));
    CHECK_FALSE(calendar.contains("Knoll"));
    CHECK_FALSE(calendar.contains("Bartholomew"));
    CHECK(vault.run({ QStringLiteral("sessions"), QStringLiteral("ics"), QStringLiteral("1") }).exitCode == 1);
    CHECK(vault
              .run({ QStringLiteral("sessions"), QStringLiteral("ics"), QStringLiteral("7"), QStringLiteral("--out"),
                     file })
              .exitCode
          == 3);
    CHECK(vault
              .run({ QStringLiteral("sessions"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--out"),
                     file })
              .exitCode
          == 1);
}

TEST_CASE("peerdesk-cli groups: add, list, occurrences, register, verify before link", "[cli][schedule]")
{
    CliVault vault;
    {
        DirectAccess direct(vault);
        addSupporter(direct.session(), { QStringLiteral("video") });
    }
    const Run add = vault.run({ QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Monday evening group"), QStringLiteral("--when"),
                                QStringLiteral("mon 19:15-20:30"), QStringLiteral("--modality"),
                                QStringLiteral("video"), QStringLiteral("--capacity"), QStringLiteral("6"),
                                QStringLiteral("--facilitators"), QStringLiteral("1") });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(QStringLiteral("Group #1 added")));

    const Run list = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray groups = list.json().array();
    REQUIRE(groups.size() == 1);
    const QJsonObject group = groups.at(0).toObject();
    CHECK(group.value(QStringLiteral("name")).toString() == QStringLiteral("Monday evening group"));
    CHECK(group.value(QStringLiteral("when")).toString() == QStringLiteral("mon 19:15-20:30"));
    CHECK(group.value(QStringLiteral("every_weeks")).toInt() == 1);
    CHECK(group.value(QStringLiteral("capacity")).toInt() == 6);
    CHECK(group.value(QStringLiteral("max_facilitators")).toInt() == 2);
    CHECK(group.value(QStringLiteral("facilitators")).toArray() == QJsonArray{ 1 });
    CHECK(group.value(QStringLiteral("last_date")).isNull());

    const Run occurrences = vault.run(
        { QStringLiteral("groups"), QStringLiteral("occurrences"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(occurrences.exitCode == 0);
    const QJsonArray sessions = occurrences.json().array();
    REQUIRE(sessions.size() == 12);
    const QJsonObject next = sessions.at(1).toObject(); // a week or more ahead: certainly not started
    CHECK(next.value(QStringLiteral("status")).toString() == QStringLiteral("scheduled"));
    CHECK(next.value(QStringLiteral("attendance")).isNull());
    CHECK(next.value(QStringLiteral("feedback")).toObject().value(QStringLiteral("positive")).toInt() == 0);
    CHECK(next.value(QStringLiteral("debrief_held")).toBool() == false);
    CHECK(next.value(QStringLiteral("registrations")).toInt() == 0);
    const QDateTime start
        = QDateTime::fromString(next.value(QStringLiteral("starts_at")).toString(), Qt::ISODateWithMs).toLocalTime();
    CHECK(start.date().dayOfWeek() == 1);
    CHECK(start.time() == QTime(19, 15));
    const QString occurrence = QString::number(next.value(QStringLiteral("id")).toInt());

    const Run scheduleAgain = vault.run({ QStringLiteral("groups"), QStringLiteral("schedule"), QStringLiteral("1"),
                                          QStringLiteral("--weeks"), QStringLiteral("14") });
    CHECK(scheduleAgain.exitCode == 0);
    CHECK(scheduleAgain.out.contains(QStringLiteral("group #1")));

    // Identity never on the command line: refused there, read from a file or standard input.
    const Run onCommandLine
        = vault.run({ QStringLiteral("groups"), QStringLiteral("register"), occurrence, QStringLiteral("--name"),
                      QStringLiteral("Dr Perpetua Vale"), QStringLiteral("--contact"),
                      QStringLiteral("perpetua@example.org"), QStringLiteral("--province"), QStringLiteral("ON") });
    CHECK(onCommandLine.exitCode == 1);
    CHECK(onCommandLine.err.contains(QStringLiteral("never taken on the command line")));
    const Run registration = cli(vault.admin()
                                     + QStringList{ QStringLiteral("groups"), QStringLiteral("register"), occurrence,
                                                    QStringLiteral("--province"), QStringLiteral("ON"),
                                                    QStringLiteral("--participant-stdin") },
                                 QByteArrayLiteral("name: Dr Perpetua Vale\ncontact: perpetua@example.org\n"));
    INFO(registration.err.toStdString());
    REQUIRE(registration.exitCode == 0);
    const QString file = writeFile(vault.dir, QStringLiteral("participant.txt"),
                                   QByteArrayLiteral("contact: +1 613 555 0142\nname: Dr Quill Abernathy\n"));
    CHECK(cli(vault.admin()
              + QStringList{ QStringLiteral("groups"), QStringLiteral("register"), occurrence,
                             QStringLiteral("--province"), QStringLiteral("ON"), QStringLiteral("--participant-file"),
                             file })
              .exitCode
          == 0);
    const QString bad = writeFile(vault.dir, QStringLiteral("bad.txt"),
                                  QByteArrayLiteral("name: Dr \x1b]0;owned\x07Vale\ncontact: x@example.org\n"));
    const Run escaped = cli(vault.admin()
                            + QStringList{ QStringLiteral("groups"), QStringLiteral("register"), occurrence,
                                           QStringLiteral("--province"), QStringLiteral("ON"),
                                           QStringLiteral("--participant-file"), bad });
    CHECK(escaped.exitCode == 3);
    CHECK_FALSE(escaped.err.contains(QStringLiteral("owned")));
    CHECK_FALSE(registration.out.contains(QStringLiteral("Perpetua")));
    const Run early = vault.run({ QStringLiteral("groups"), QStringLiteral("link-sent"), QStringLiteral("1") });
    CHECK(early.exitCode == 3);
    CHECK_FALSE(early.err.contains(QStringLiteral("Perpetua")));
    CHECK(vault.run({ QStringLiteral("groups"), QStringLiteral("verify"), QStringLiteral("1") }).exitCode == 0);
    CHECK(vault.run({ QStringLiteral("groups"), QStringLiteral("link-sent"), QStringLiteral("1") }).exitCode == 0);
    const Run registrations = vault.run(
        { QStringLiteral("groups"), QStringLiteral("registrations"), occurrence, QStringLiteral("--json") });
    REQUIRE(registrations.exitCode == 0);
    const QJsonObject registered = registrations.json().array().at(0).toObject();
    CHECK(registered.value(QStringLiteral("name")).toString() == QStringLiteral("Dr Perpetua Vale"));
    CHECK(registered.value(QStringLiteral("province")).toString() == QStringLiteral("ON"));
    CHECK(registered.value(QStringLiteral("verified_at")).isString());
    CHECK(registered.value(QStringLiteral("link_sent_at")).isString());

    const Run future
        = vault.run({ QStringLiteral("groups"), QStringLiteral("record"), occurrence, QStringLiteral("--status"),
                      QStringLiteral("held"), QStringLiteral("--attendance"), QStringLiteral("4") });
    CHECK(future.exitCode == 3);
    const Run cancel = vault.run({ QStringLiteral("groups"), QStringLiteral("record"), occurrence,
                                   QStringLiteral("--status"), QStringLiteral("cancelled") });
    CHECK(cancel.exitCode == 0);
}

TEST_CASE("peerdesk-cli sessions and groups: usage errors exit 1, bad values 3, reporting users 5", "[cli][schedule]")
{
    CliVault vault;
    const auto run = [&](const QStringList& arguments) {
        const Run result = vault.run(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        return result.exitCode;
    };
    const QString s = QStringLiteral("sessions");
    const QString g = QStringLiteral("groups");
    CHECK(run({ s }) == 1);
    CHECK(run({ s, QStringLiteral("frobnicate") }) == 1);
    CHECK(run({ s, QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--minutes"), QStringLiteral("30"),
                QStringLiteral("--modality"), QStringLiteral("video") })
          == 1);
    CHECK(run({ s, QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--at"),
                QStringLiteral("2030-01-01T10:00"), QStringLiteral("--minutes"), QStringLiteral("30"),
                QStringLiteral("--modality"), QStringLiteral("video") })
          == 1);
    CHECK(run({ s, QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--at"), QStringLiteral("soon"),
                QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--modality"),
                QStringLiteral("video") })
          == 3);
    CHECK(run({ s, QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--at"),
                QStringLiteral("2030-01-01T10:00"), QStringLiteral("--minutes"), QStringLiteral("60"),
                QStringLiteral("--modality"), QStringLiteral("video") })
          == 3);
    CHECK(run({ s, QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("held") }) == 1);
    CHECK(run({ s, QStringLiteral("set"), QStringLiteral("1") }) == 1);
    CHECK(run({ g, QStringLiteral("record"), QStringLiteral("1") }) == 1);
    CHECK(
        run({ g, QStringLiteral("record"), QStringLiteral("1"), QStringLiteral("--debrief"), QStringLiteral("maybe") })
        == 1);
    CHECK(run({ g, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X") }) == 1);
    CHECK(run({ g, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--when"),
                QStringLiteral("someday"), QStringLiteral("--modality"), QStringLiteral("video"),
                QStringLiteral("--capacity"), QStringLiteral("6") })
          == 3);
    CHECK(run({ g, QStringLiteral("list"), QStringLiteral("--weeks"), QStringLiteral("3") }) == 1);
    CHECK(run({ g, QStringLiteral("verify"), QStringLiteral("1") }) == 3); // no such registration
    CHECK(run({ s, QStringLiteral("list") }) == 0);

    const QStringList reporting = vault.account(QStringLiteral("reporting"));
    const auto asReporting = [&](const QStringList& arguments) {
        const Run result = cli(reporting + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << " -> " << result.err.toStdString());
        return result.exitCode;
    };
    CHECK(asReporting({ s, QStringLiteral("list") }) == 5);
    CHECK(asReporting({ g, QStringLiteral("list") }) == 5);
    CHECK(asReporting({ g, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--when"), QStringLiteral("mon 19:15-20:30"), QStringLiteral("--modality"),
                        QStringLiteral("video"), QStringLiteral("--capacity"), QStringLiteral("6") })
          == 5);
}

TEST_CASE("peerdesk-cli groups add takes daily, weekday, several-day and monthly rhythms",
          "[cli][schedule][recurrence]")
{
    CliVault vault;
    {
        DirectAccess direct(vault);
        addSupporter(direct.session(), { QStringLiteral("video") });
    }
    auto add = [&](const QString& name, const QString& when, const QStringList& more = {}) {
        QStringList arguments{ QStringLiteral("groups"),     QStringLiteral("add"),
                               QStringLiteral("--name"),     name,
                               QStringLiteral("--when"),     when,
                               QStringLiteral("--modality"), QStringLiteral("video"),
                               QStringLiteral("--capacity"), QStringLiteral("8") };
        arguments << more;
        return vault.run(arguments);
    };
    const std::tuple<const char*, const char*, QStringList, const char*> rhythms[] = {
        { "Noon drop-in",
          "daily 12:00-13:00",
          { QStringLiteral("--sessions"), QStringLiteral("60") },
          "FREQ=DAILY;COUNT=60" },
        { "Weekday drop-in", "mon-fri 12:00-13:00", {}, "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR" },
        { "BIPOC group",
          "mon,thu 19:15-20:30",
          { QStringLiteral("--every-weeks"), QStringLiteral("2") },
          "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH" },
        { "Cohort",
          "2nd tue 18:00-18:45",
          { QStringLiteral("--skip-holidays"), QStringLiteral("yes") },
          "FREQ=MONTHLY;BYDAY=2TU" },
    };
    for (const auto& [name, when, more, rule] : rhythms) {
        INFO(when);
        const Run run = add(QLatin1String(name), QLatin1String(when), more);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
    const Run list = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& value : list.json().array())
        byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    for (const auto& [name, when, more, rule] : rhythms) {
        INFO(name);
        const QJsonObject group = byName.value(QLatin1String(name));
        CHECK(group.value(QStringLiteral("when")).toString() == QLatin1String(when));
        CHECK(group.value(QStringLiteral("recurrence")).toString() == QLatin1String(rule));
    }
    CHECK(byName.value(QStringLiteral("Noon drop-in")).value(QStringLiteral("sessions")).toInt() == 60);
    CHECK(byName.value(QStringLiteral("Cohort")).value(QStringLiteral("skip_holidays")).toBool());
    CHECK(byName.value(QStringLiteral("BIPOC group")).value(QStringLiteral("every_weeks")).toInt() == 2);

    // An interval on a daily group, an unknown day and a fifth Tuesday are refused (exit 3) and add nothing.
    for (const auto& [when, more] : { std::pair{ QStringLiteral("daily 12:00-13:00"),
                                                 QStringList{ QStringLiteral("--every-weeks"), QStringLiteral("2") } },
                                      std::pair{ QStringLiteral("funday 12:00-13:00"), QStringList{} },
                                      std::pair{ QStringLiteral("5th tue 12:00-13:00"), QStringList{} } }) {
        INFO(when.toStdString());
        const Run refused = add(QStringLiteral("Refused"), when, more);
        CHECK(refused.exitCode == 3);
        CHECK_FALSE(refused.err.isEmpty());
    }
    const Run after = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(after.json().array().size() == 4);

    // Edit what is given, keep the rest; end and reopen.
    const QString cohort = QString::number(byName.value(QStringLiteral("Cohort")).value(QStringLiteral("id")).toInt());
    const Run edit = vault.run({ QStringLiteral("groups"), QStringLiteral("edit"), cohort, QStringLiteral("--when"),
                                 QStringLiteral("last fri 08:00-09:00"), QStringLiteral("--sessions"),
                                 QStringLiteral("10"), QStringLiteral("--skip-holidays"), QStringLiteral("no") });
    INFO(edit.err.toStdString());
    REQUIRE(edit.exitCode == 0);
    CHECK(edit.out.contains(QStringLiteral("changed")));
    const Run edited = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QJsonValue& value : edited.json().array()) {
        const QJsonObject group = value.toObject();
        if (group.value(QStringLiteral("name")).toString() != QLatin1String("Cohort"))
            continue;
        CHECK(group.value(QStringLiteral("recurrence")).toString()
              == QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=10"));
        CHECK(group.value(QStringLiteral("capacity")).toInt() == 8);
        CHECK_FALSE(group.value(QStringLiteral("skip_holidays")).toBool());
    }
    const Run end = vault.run({ QStringLiteral("groups"), QStringLiteral("end"), cohort });
    CHECK(end.exitCode == 0);
    CHECK(vault.run({ QStringLiteral("groups"), QStringLiteral("end"), cohort }).exitCode == 3);
    CHECK(vault
              .run({ QStringLiteral("groups"), QStringLiteral("edit"), cohort, QStringLiteral("--capacity"),
                     QStringLiteral("9") })
              .exitCode
          == 3);
    const Run reopen = vault.run({ QStringLiteral("groups"), QStringLiteral("reopen"), cohort });
    CHECK(reopen.exitCode == 0);
    CHECK(reopen.out.contains(QStringLiteral("reopened")));
}

TEST_CASE("peerdesk-cli groups members: a standing member added from a file, verified once, removed", "[cli][members]")
{
    CliVault vault;
    const Run add = vault.run({ QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Daily virtual group"), QStringLiteral("--when"),
                                QStringLiteral("daily 12:00-13:00"), QStringLiteral("--modality"),
                                QStringLiteral("video"), QStringLiteral("--capacity"), QStringLiteral("50"),
                                QStringLiteral("--enrolment"), QStringLiteral("members") });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject group = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") })
                                  .json()
                                  .array()
                                  .at(0)
                                  .toObject();
    CHECK(group.value(QStringLiteral("enrolment")).toString() == QStringLiteral("members"));
    CHECK(group.value(QStringLiteral("members")).toInt() == 0);
    CHECK(vault
              .run({ QStringLiteral("groups"), QStringLiteral("edit"), QStringLiteral("1"),
                     QStringLiteral("--enrolment"), QStringLiteral("weekly") })
              .exitCode
          == 3);

    // The name on the first line, the contact on the second; never on the command line.
    const QString file = writeFile(vault.dir, QStringLiteral("member.txt"),
                                   QByteArrayLiteral("Dr Perpetua Vale\nperpetua@example.org\n"));
    const auto member = [&](QStringList words) {
        return vault.run(QStringList{ QStringLiteral("groups"), QStringLiteral("member") } + words);
    };
    CHECK(member({ QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--province"), QStringLiteral("ON"),
                   QStringLiteral("--name"), QStringLiteral("Dr Perpetua Vale") })
              .exitCode
          == 1);
    CHECK(member({ QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--identity-file"), file }).exitCode
          == 1);
    const Run added = member({ QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--province"),
                               QStringLiteral("on"), QStringLiteral("--identity-file"), file });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("Member #1 added to group #1")));
    CHECK_FALSE(added.out.contains(QStringLiteral("Perpetua")));
    const Run keyed = cli(vault.admin()
                              + QStringList{ QStringLiteral("groups"), QStringLiteral("member"), QStringLiteral("add"),
                                             QStringLiteral("1"), QStringLiteral("--province"), QStringLiteral("QC"),
                                             QStringLiteral("--identity-stdin") },
                          QByteArrayLiteral("contact: +1 514 555 0100\nname: Dr Quill Abernathy\n"));
    CHECK(keyed.exitCode == 0);

    CHECK(member({ QStringLiteral("link-sent"), QStringLiteral("1") }).exitCode == 3);
    CHECK(member({ QStringLiteral("verify"), QStringLiteral("1") }).exitCode == 0);
    CHECK(member({ QStringLiteral("verify"), QStringLiteral("1") }).exitCode == 3); // once
    CHECK(member({ QStringLiteral("link-sent"), QStringLiteral("1") }).exitCode == 0);
    CHECK(member({ QStringLiteral("frobnicate"), QStringLiteral("1") }).exitCode == 1);
    CHECK(member({ QStringLiteral("verify"), QStringLiteral("99") }).exitCode == 3);

    const Run listed = vault.run(
        { QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray members = listed.json().array();
    REQUIRE(members.size() == 2);
    const QJsonObject first = members.at(0).toObject();
    CHECK(first.value(QStringLiteral("name")).toString() == QStringLiteral("Dr Perpetua Vale"));
    CHECK(first.value(QStringLiteral("contact")).toString() == QStringLiteral("perpetua@example.org"));
    CHECK(first.value(QStringLiteral("province")).toString() == QStringLiteral("ON"));
    CHECK(first.value(QStringLiteral("verified_at")).isString());
    CHECK(first.value(QStringLiteral("link_sent_at")).isString());
    CHECK(first.value(QStringLiteral("returning")).toBool() == false);
    CHECK(members.at(1).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Dr Quill Abernathy"));

    // A drop-in registration is refused on a group of members.
    const Run sessions = vault.run(
        { QStringLiteral("groups"), QStringLiteral("occurrences"), QStringLiteral("1"), QStringLiteral("--json") });
    const QString later = QString::number(sessions.json().array().at(3).toObject().value(QStringLiteral("id")).toInt());
    CHECK(cli(vault.admin()
              + QStringList{ QStringLiteral("groups"), QStringLiteral("register"), later, QStringLiteral("--province"),
                             QStringLiteral("ON"), QStringLiteral("--participant-file"), file })
              .exitCode
          == 3);

    CHECK(member({ QStringLiteral("hold"), QStringLiteral("2") }).exitCode == 0);
    CHECK(member({ QStringLiteral("release"), QStringLiteral("2") }).exitCode == 0);
    CHECK(member({ QStringLiteral("remove"), QStringLiteral("1") }).exitCode == 0);
    CHECK(member({ QStringLiteral("remove"), QStringLiteral("1") }).exitCode == 3);
    CHECK(
        vault
            .run({ QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("1"), QStringLiteral("--json") })
            .json()
            .array()
            .size()
        == 1);
    const Run purge = vault.run({ QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
    REQUIRE(purge.exitCode == 0);
    CHECK(purge.json().object().value(QStringLiteral("group_members")).toInt() == 0); // not yet past retention

    // A reporting user sees no member.
    CHECK(cli(vault.account(QStringLiteral("reporting"))
              << QStringLiteral("groups") << QStringLiteral("members") << QStringLiteral("1"))
              .exitCode
          == 5);
}

TEST_CASE("peerdesk-cli groups escalate records an escalation on a session and prints the crisis resources",
          "[cli][escalation]")
{
    CliVault vault;
    const QDate today = QDate::currentDate();
    const QString yesterday = today.addDays(-1).toString(Qt::ISODate);
    const Run add = vault.run({ QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Daily virtual group"), QStringLiteral("--when"),
                                QStringLiteral("daily 00:00-01:00"), QStringLiteral("--modality"),
                                QStringLiteral("video"), QStringLiteral("--capacity"), QStringLiteral("50"),
                                QStringLiteral("--first-date"), today.addDays(-10).toString(Qt::ISODate),
                                QStringLiteral("--resources"), QStringLiteral("Physician health program; Peer line") });
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const QJsonObject group = vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") })
                                  .json()
                                  .array()
                                  .at(0)
                                  .toObject();
    CHECK(group.value(QStringLiteral("resources")).toArray()
          == QJsonArray{ QStringLiteral("Physician health program"), QStringLiteral("Peer line") });
    const Run listed = vault.run({ QStringLiteral("groups"), QStringLiteral("occurrences"), QStringLiteral("1") });
    CHECK(listed.out.contains(QStringLiteral("Resources for participants: Physician health program; Peer line")));

    // A program entering the series it already ran: yesterday's session is entered, then escalated at the time it
    // happened; tomorrow's cannot be.
    CHECK(vault
              .run({ QStringLiteral("groups"), QStringLiteral("schedule"), QStringLiteral("1"),
                     QStringLiteral("--from"), today.addDays(-800).toString(Qt::ISODate) })
              .exitCode
          == 3);
    const Run past = vault.run({ QStringLiteral("groups"), QStringLiteral("schedule"), QStringLiteral("1"),
                                 QStringLiteral("--from"), yesterday });
    INFO(past.err.toStdString());
    REQUIRE(past.exitCode == 0);
    CHECK(past.out.contains(QStringLiteral("1 new session")));
    const QJsonArray sessions = vault
                                    .run({ QStringLiteral("groups"), QStringLiteral("occurrences"), QStringLiteral("1"),
                                           QStringLiteral("--json") })
                                    .json()
                                    .array();
    const QString pastId = QString::number(sessions.at(0).toObject().value(QStringLiteral("id")).toInt());
    const QString tomorrow = QString::number(sessions.at(2).toObject().value(QStringLiteral("id")).toInt());
    // With a space, as every --at accepts.
    const QStringList during{ QStringLiteral("--at"), yesterday + QStringLiteral(" 00:30") };
    const auto escalate = [&](const QString& id, QStringList extra) {
        return vault.run(QStringList{ QStringLiteral("groups"), QStringLiteral("escalate"), id } + extra);
    };
    CHECK(escalate(pastId, during).exitCode == 1); // --action is required
    CHECK(escalate(pastId, QStringList{ QStringLiteral("--action"), QStringLiteral("narrative") } + during).exitCode
          == 3);
    CHECK(escalate(tomorrow, { QStringLiteral("--action"), QStringLiteral("crisis_resources_given") }).exitCode == 3);
    const Run done = escalate(
        pastId, QStringList{ QStringLiteral("--action"), QStringLiteral("crisis_resources_given") } + during);
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("Crisis resources")));
    CHECK(done.out.contains(QStringLiteral("988")));
    const QJsonArray after = vault
                                 .run({ QStringLiteral("groups"), QStringLiteral("occurrences"), QStringLiteral("1"),
                                        QStringLiteral("--json") })
                                 .json()
                                 .array();
    CHECK(after.at(0).toObject().value(QStringLiteral("escalations")).toInt() == 1);
    CHECK(vault
              .run({ QStringLiteral("groups"), QStringLiteral("edit"), QStringLiteral("1"),
                     QStringLiteral("--resources"), QStringLiteral("none") })
              .exitCode
          == 0);
    CHECK(vault.run({ QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") })
              .json()
              .array()
              .at(0)
              .toObject()
              .value(QStringLiteral("resources"))
              .toArray()
              .isEmpty());
}
