#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace peerdesk {

class Database;

// One row of a Dashboard list: an id and the few columns its line shows. Never a physician's name.
struct DashboardRow
{
    qint64 id = 0;
    QDateTime at; // received, starts, closed: what the list is ordered by
    QString text; // a supporter or group name, a course, a status key: depends on the list
    QString extra; // a second key (urgency, status, course, ...)
    QDate date; // a due or purge date where the list has one
    bool flag = false; // escalated, required course, ...
};

// The first-run checklist: what a new program has done so far.
struct FirstSteps
{
    bool settingsSaved = false;
    bool supportersAdded = false;
    bool requestsEntered = false;

    bool done() const { return settingsSaved && supportersAdded && requestsEntered; }
};

struct DashboardRows
{
    int count = 0; // all that match, not only the rows returned
    QList<DashboardRow> rows;
};

// The Dashboard's queries beyond the request lists (those are RequestService's): each is a count plus the first
// `limit` rows, served by an index, so the page costs the same at 100 000 requests as at 100.
class DashboardRepository final
{
public:
    explicit DashboardRepository(Database& database) : m_database(database) { }

    // Conversations starting in [from, until), by start (text: supporter name, extra: status key).
    Result<DashboardRows> conversationsBetween(const QDateTime& from, const QDateTime& until, int limit);
    // Group occurrences starting in [from, until), by start (text: group name, extra: status key).
    Result<DashboardRows> groupSessionsBetween(const QDateTime& from, const QDateTime& until, int limit);
    // Supporters not retired whose latest record of a course has its refresher due on or before `by`
    // (text: supporter name, extra: course, date: refresher due, flag: required), earliest first.
    Result<DashboardRows> trainingDueBy(const QDate& by, int limit);
    // Closed requests whose identity is still kept, not under legal hold, closed before `closedBefore`
    // (at: closed), earliest first.
    Result<DashboardRows> identitiesClosedBefore(const QDateTime& closedBefore, int limit);

    // Open requests flagged at immediate risk that have no supporter yet (new, awaiting consent or triaged), by
    // receipt (text: status key, extra: urgency, flag: set).
    Result<DashboardRows> escalatedWithoutSupporter(int limit);
    // Proposals made before `proposedBefore` still waiting for the supporter's answer (id: the request, at:
    // proposed, text: supporter name), oldest first.
    Result<DashboardRows> proposalsUnansweredSince(const QDateTime& proposedBefore, int limit);
    // Accepted matches whose latest conversation held (or, with none, the acceptance) is before `quietSince` (id: the
    // request, at: that moment, text: supporter name), quietest first.
    Result<DashboardRows> matchesQuietSince(const QDateTime& quietSince, int limit);
    // Live matches whose supporter is no longer active or is paused through `today` (id: the request, at:
    // proposed, text: supporter name, extra: supporter status key, date: paused until), by request.
    Result<DashboardRows> matchesNeedingNewSupporter(const QDate& today, int limit);
    // Conversations still scheduled that ended by `before` (at: start, text: supporter name).
    Result<DashboardRows> conversationsNotRecorded(const QDateTime& before, int limit);
    // Group sessions still scheduled that ended before `before` (at: start, text: group name).
    Result<DashboardRows> groupSessionsNotRecorded(const QDateTime& before, int limit);
    // Active groups whose series has no scheduled session after `horizon` although it has not reached its last
    // date (id: the group, at: its last scheduled session or none, text: group name, date: its last date),
    // soonest first.
    // Active groups whose next session has a facilitator listed who cannot lead it (not active, or paused that
    // day), or none listed (at: the next session; extra: "able/listed").
    Result<DashboardRows> groupsShortOfFacilitators(const QDateTime& now, int limit);
    Result<DashboardRows> groupSeriesEndingBefore(const QDateTime& now, const QDateTime& horizon, const QDate& today,
                                                  int limit);

    // Whether the program has been set up at all: a setting saved, a supporter added, a request entered.
    Result<FirstSteps> firstSteps();

private:
    Result<DashboardRows> collect(const QString& countSql, const QString& rowsSql, QVariantList values, int limit);

    Database& m_database;
};

} // namespace peerdesk
