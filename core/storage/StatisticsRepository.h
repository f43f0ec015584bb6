#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace peerdesk {

class Database;

// A category key and its count; the margin over all categories under "*". Categories nobody fell into are
// absent: the service lists the vocabulary.
using StatCounts = QHash<QString, qint64>;

// [from, until) in UTC: a period's local calendar bounds, converted by the service.
// One group's held sessions in a range, for the per-group tables.
struct GroupHeld
{
    QString group; // its name
    qint64 sessions = 0;
    qint64 attendance = 0;
    qint64 positive = 0; // feedback: helpful
    qint64 neutral = 0;
    qint64 negative = 0; // not helpful
};

struct StatRange
{
    QDateTime from;
    QDateTime until;
};

struct StatMonthRange
{
    QString month; // "2026-03"
    StatRange range;
};

struct FirstContactTiming
{
    QDateTime clockStartedAt; // receipt, or a colleague's referral's consent
    QDateTime firstContactAt;
};

// The grouped queries behind the statistics tables: one statement per table, each a range over an indexed
// moment. None selects an identity column: the physician is the keyed repeat hash (or the request itself when
// there is none), so a reporting user's session never loads a name, contact detail, institution or best time.
// Where a physician may have several requests in a period, "per physician" tables count each physician once,
// under their first request (or first triage, first closure) in the period, so categories add up to the margin.
class StatisticsRepository final
{
public:
    // The request columns a table may be broken down by. Our own constants: never a caller's text in SQL.
    enum class RequestColumn
    {
        CareerStage,
        Channel,
        ReferralType,
    };

    explicit StatisticsRepository(Database& database) : m_database(database) { }
    // The same queries for one site's part of the program (a release by site): requests and supporters of
    // that site, and what hangs from them. Split so that the sites add up to the program: a "per physician" table
    // counts each physician once in the program, at the site of the request it counts them under, so a physician
    // who asked at two sites is counted at one.
    //
    // Only the queries of the tables a release by site carries are split: the group tables and the tables that are
    // not additive (requestsByAttribute, requestsByMonth, groupActivity, groupsHeld, groupEscalations, the members)
    // refuse a site (InvalidInput) rather than answer for the whole program.
    StatisticsRepository(Database& database, qint64 siteId) : m_database(database), m_site(siteId) { }

    const std::optional<qint64>& site() const { return m_site; }

    // Distinct physicians with a request received in the range, by the column's value on their first request
    // ("" for an unknown career stage).
    Result<StatCounts> requestsBy(RequestColumn column, const StatRange& range);
    // Distinct physicians with a request received in the range carrying each value of a multi-valued attribute
    // ("reason", "modality"); the margin is every physician who made a request, whatever it carries.
    Result<StatCounts> requestsByAttribute(const QString& kind, const StatRange& range);
    // Distinct physicians triaged in the range, by how their first triage in the range ended: "escalated"
    // (immediate risk recorded at triage), "referred_elsewhere" (closed as out of scope at triage), "in_scope".
    Result<StatCounts> triageOutcomes(const StatRange& range);
    // Distinct physicians whose supporter accepted a match in the range (margin only).
    Result<StatCounts> matchesAccepted(const StatRange& range);
    // Matches a supporter declined in the range: events (margin only).
    Result<StatCounts> supporterDeclines(const StatRange& range);
    // Requests whose first contact falls in the range, with their receipt: the service measures business days.
    Result<QList<FirstContactTiming>> firstContacts(const StatRange& range);
    // Conversations held that started in the range, by modality: events.
    Result<StatCounts> conversationsHeld(const StatRange& range);
    // Accepted matches that ended in the range, by conversations held: "0", "1", "2", "3", "4_or_more".
    Result<StatCounts> conversationsPerClosedMatch(const StatRange& range);
    // Distinct physicians with a request closed in the range, by the outcome of their first closure in it.
    Result<StatCounts> closureOutcomes(const StatRange& range);
    // Matches ended early for a new supporter in the range, by end reason: events.
    Result<StatCounts> matchesEndedEarly(const StatRange& range);
    // Referrals given in the range, by resource name: events.
    Result<StatCounts> referralsGiven(const StatRange& range);
    // Escalation actions recorded in the range, by action: events.
    Result<StatCounts> escalations(const StatRange& range);
    // Group occurrences starting in the range by status (with "*"), plus "attendance" (the sum over held
    // occurrences) and "debriefs" (held occurrences with a debrief).
    Result<StatCounts> groupActivity(const StatRange& range);
    // The names of the groups created before `until`, by name: the categories of the per-group tables (a group's
    // name is program data, never a person's).
    Result<QStringList> groupNames(const QDateTime& until);
    // Per group, the sessions held that started in the range: how many, attendance summed, feedback tallies.
    Result<QList<GroupHeld>> groupsHeld(const StatRange& range);
    // Escalations recorded on group sessions in the range, by action: events.
    Result<StatCounts> groupEscalations(const StatRange& range);
    // Group members who joined (or left: removed, or the group ended) in the range, by group name: events.
    Result<StatCounts> groupMembersJoined(const StatRange& range);
    Result<StatCounts> groupMembersLeft(const StatRange& range);
    // Supporters on the roster by their current status, among those added before `until` (the roster keeps
    // no history of statuses).
    Result<StatCounts> rosterByStatus(const QDateTime& until);
    // Supporters whose first training record was completed in [first, last] (margin only).
    Result<StatCounts> newlyTrained(const QDate& first, const QDate& last);
    // Distinct physicians with a request received in each month; the margin is over all the months together.
    Result<StatCounts> requestsByMonth(const QList<StatMonthRange>& months);

private:
    Result<StatCounts> counts(const QString& sql, const QVariantList& values);
    // Events whose `moment` falls in the range (values: its two bounds, then the conditions' own), by `category`, and
    // their total. Every argument is our own SQL, never input: `conditions` starts with " AND".
    Result<StatCounts> eventsBy(const QString& category, const QString& from, const QString& moment,
                                const QString& conditions, const QVariantList& values);
    // Members by group name whose `moment` column (joined_at or left_at) falls in the range.
    Result<StatCounts> groupMembersBy(const QString& moment, const StatRange& range);
    // " AND EXISTS (<owner> AND site.site_id = ?)" with the site appended to values, or nothing for the whole
    // program: `owner` selects the row's request, group or supporter as "site" (our own SQL, never input).
    QString onSite(const QString& owner, QVariantList& values) const;
    // " AND <column> = ?" with the site appended, or nothing: a site column of the query's own rows.
    QString onSiteColumn(const QString& column, QVariantList& values) const;
    // The refusal of a query that is the whole program's only (see the site constructor).
    static Error wholeProgramOnly();
    QString onSiteRequest(const QString& requestColumn, QVariantList& values) const;

    Database& m_database;
    std::optional<qint64> m_site;
};

} // namespace peerdesk
