#pragma once

// Rows for the scheduling and group tests, written with SQL so these tests depend only on the schema, not on
// the roster, intake and matching rules (tested on their own).

#include "CatchCompat.h"
#include "core/domain/WeeklyWindow.h"
#include "core/storage/Database.h"
#include "core/storage/IdentityCells.h"
#include "core/vault/VaultSession.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace peerdesk::test::scheduling {

// Names that must never appear in a message or the audit log.
constexpr auto SupporterName = "Dr Imogen Quill";
constexpr auto RequesterName = "Dr Bartholomew Knoll";

inline QTimeZone toronto()
{
    return QTimeZone(QByteArrayLiteral("America/Toronto"));
}

// A moment given in Toronto wall-clock time.
inline QDateTime torontoTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), toronto());
}

inline void exec(Database& database, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto done = database.exec(sql, values);
    if (!done)
        FAIL("test setup failed: " << done.error().message.toStdString());
}

inline qint64 scalar(Database& database, const QString& sql, std::initializer_list<QVariant> values = {})
{
    auto query = database.exec(sql, values);
    if (!query || !query->next())
        FAIL("test query failed: " << sql.toStdString());
    return query->value(0).toLongLong();
}

inline QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

inline qint64 addSupporter(VaultSession& session, const QStringList& modalities,
                           const QList<WeeklyWindow>& availability = {},
                           const QString& status = QStringLiteral("active"))
{
    Database& database = session.database();
    const QString now = stamp(session.clock().nowUtc());
    exec(database,
         // Places for every match a test gives them (a program server refuses a live match beyond them).
         QStringLiteral("INSERT INTO supporters (specialty, career_stage, status, max_active, created_at, updated_at) "
                        "VALUES ('psychiatry', 'mid_career', ?, 50, ?, ?)"),
         { status, now, now });
    const qint64 id = scalar(database, QStringLiteral("SELECT max(id) FROM supporters"));
    auto name = identity_cells::seal(database, "supporters", "name_ct", id, QLatin1String(SupporterName));
    REQUIRE(name);
    exec(database, QStringLiteral("UPDATE supporters SET name_ct = ? WHERE id = ?"), { *name, id });
    for (const QString& modality : modalities) {
        exec(database,
             QStringLiteral("INSERT INTO supporter_attributes (supporter_id, kind, value) VALUES (?, 'modality', ?)"),
             { id, modality });
    }
    for (const WeeklyWindow& window : availability) {
        exec(database,
             QStringLiteral("INSERT INTO supporter_availability (supporter_id, weekday, start_minute, end_minute) "
                            "VALUES (?, ?, ?, ?)"),
             { id, window.weekday, window.startMinute, window.endMinute });
    }
    return id;
}

// A request with status `status` and a match with `matchStatus` to the supporter. Returns the request id.
inline qint64 addMatchedRequest(VaultSession& session, qint64 supporterId,
                                const QString& status = QStringLiteral("accepted"),
                                const QString& matchStatus = QStringLiteral("accepted"),
                                const QDateTime& receivedAt = {})
{
    Database& database = session.database();
    const QDateTime now = session.clock().nowUtc();
    const QString received = stamp(receivedAt.isValid() ? receivedAt : now.addDays(-10));
    const QVariant firstContact
        = status == QLatin1String("accepted") ? QVariant(QMetaType(QMetaType::QString)) : QVariant(received);
    exec(database,
         QStringLiteral("INSERT INTO requests (received_at, channel, referral_type, status, triaged_at, "
                        "first_contact_at, created_at, updated_at) VALUES (?, 'phone', 'self', ?, ?, ?, ?, ?)"),
         { received, status, received, firstContact, received, received });
    const qint64 requestId = scalar(database, QStringLiteral("SELECT max(id) FROM requests"));
    auto name = identity_cells::seal(database, "requests", "name_ct", requestId, QLatin1String(RequesterName));
    REQUIRE(name);
    exec(database, QStringLiteral("UPDATE requests SET name_ct = ? WHERE id = ?"), { *name, requestId });
    exec(database,
         QStringLiteral("INSERT INTO matches (request_id, supporter_id, status, proposed_at, answered_at) "
                        "VALUES (?, ?, ?, ?, ?)"),
         { requestId, supporterId, matchStatus, received, received });
    return requestId;
}

// What a refused call must leave exactly as it was (a role refusal adds its own access.refused audit row,
// and nothing else).
inline QStringList snapshot(VaultSession& session)
{
    QStringList rows;
    // string_agg and coalesce: SQL both engines read (the service suite also runs on a program server); each table's
    // rows in id order. A cell's bytes are compared whole, read out of the row rather than hex-encoded in SQL.
    for (const char* sql :
         { "SELECT count(*) FROM audit_log WHERE action <> 'access.refused'",
           "SELECT string_agg(id || status, ',' ORDER BY id) FROM conversations",
           "SELECT string_agg(id || status || coalesce(CAST(attendance AS TEXT), '-') || feedback_positive || "
           "feedback_neutral || "
           "feedback_negative || debrief_held, ',' ORDER BY id) FROM group_occurrences",
           "SELECT count(*) FROM peer_groups", "SELECT count(*) FROM group_facilitators",
           "SELECT string_agg(id || coalesce(verified_at, '-') || coalesce(link_sent_at, '-'), ',' ORDER BY id) FROM "
           "group_registrations",
           "SELECT string_agg(id || status || coalesce(first_contact_at, '-'), ',' ORDER BY id) FROM requests",
           "SELECT string_agg(id || enrolment || active, ',' ORDER BY id) FROM peer_groups",
           "SELECT string_agg(id || coalesce(verified_at, '-') || coalesce(link_sent_at, '-') || coalesce(left_at, "
           "'-') || legal_hold || coalesce(purged_at, '-'), ',' ORDER BY id) FROM group_members" }) {
        auto query = session.database().exec(QLatin1String(sql));
        INFO(sql << (query ? "" : query.error().message.toStdString()));
        REQUIRE(query);
        REQUIRE(query->next());
        rows.append(query->value(0).toString());
    }
    // On a program server the cells are closed to a reporting login, as their key is locally.
    if (!session.holdsIdentityKey() && session.database().isServer())
        return rows;
    auto cells = session.database().exec(QStringLiteral("SELECT name_ct FROM group_members ORDER BY id"));
    REQUIRE(cells);
    QStringList names;
    while (cells->next())
        names.append(QString::fromLatin1(cells->value(0).toByteArray().toHex()));
    rows.append(names.join(QLatin1Char(',')));
    return rows;
}

inline bool mentionsAName(const QString& text)
{
    return text.contains(QLatin1String(SupporterName)) || text.contains(QLatin1String(RequesterName))
        || text.contains(QStringLiteral("Imogen")) || text.contains(QStringLiteral("Knoll"));
}

} // namespace peerdesk::test::scheduling
