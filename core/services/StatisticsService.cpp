#include "core/services/StatisticsService.h"

#include "core/domain/ReferralResource.h"
#include "core/domain/Vocabulary.h"
#include "core/services/Permissions.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"
#include "core/storage/StatisticsLedger.h"
#include "core/storage/StatisticsRepository.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>

#include <algorithm>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::StatisticsService)
};

constexpr auto Unknown = "unknown";

// Whether a release by site carries the table (splitBySite says why not).
bool splitsBySite(const StatTable& table)
{
    return table.additive && !table.id.startsWith(QLatin1String("group_"));
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<void> requireStatistics(VaultSession& session, std::source_location where = std::source_location::current())
{
    return requireRole(session, { Role::Administrator, Role::Coordinator, Role::Reporting }, where);
}

StatRange rangeOf(const QDate& first, const QDate& last, const QTimeZone& zone)
{
    return { first.startOfDay(zone).toUTC(), last.addDays(1).startOfDay(zone).toUTC() };
}

QString monthKey(const QDate& day)
{
    return QStringLiteral("%1-%2").arg(day.year()).arg(day.month(), 2, 10, QLatin1Char('0'));
}

// A count table over one dimension: every category (zeros included, so the shape never depends on the data),
// then the "*" margin. A key outside the list (an unknown career stage, stored as "") goes under `fallback`
// when the table has one.
StatTable countTable(const QString& id, const QString& title, const QString& dimension, const QStringList& categories,
                     const StatCounts& counts, const QString& note, bool additive = true, const QString& fallback = {})
{
    StatTable table;
    table.id = id;
    table.title = title;
    table.kind = StatKind::Count;
    table.dimensions = { dimension };
    table.note = note;
    table.additive = additive;
    QHash<QString, qint64> values;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() == QLatin1String(StatCell::Margin))
            continue;
        const QString key = categories.contains(it.key()) || fallback.isEmpty() ? it.key() : fallback;
        values[key] += it.value();
    }
    for (const QString& category : categories)
        table.cells.append({ { category }, static_cast<double>(values.value(category, 0)), false });
    table.cells.append({ { QLatin1String(StatCell::Margin) },
                         static_cast<double>(counts.value(QLatin1String(StatCell::Margin), 0)),
                         false });
    return table;
}

// A table of one value and no dimension: its single cell has an empty key.
StatTable singleValue(const QString& id, const QString& title, StatKind kind, std::optional<double> value,
                      const QString& note)
{
    StatTable table;
    table.id = id;
    table.title = title;
    table.kind = kind;
    table.note = note;
    table.cells.append({ {}, value, false });
    return table;
}

std::optional<double> median(QList<int> values)
{
    if (values.size() < StatisticsService::MinimumForSummary)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QString contactBinKey(ContactTimeBin bin)
{
    switch (bin) {
    case ContactTimeBin::UpToOneBusinessDay:
        return QStringLiteral("up_to_1");
    case ContactTimeBin::TwoBusinessDays:
        return QStringLiteral("2");
    case ContactTimeBin::ThreeBusinessDays:
        return QStringLiteral("3");
    case ContactTimeBin::MoreThanThreeBusinessDays:
        return QStringLiteral("more_than_3");
    }
    return {};
}

QStringList closeOutcomeKeys()
{
    QStringList keys;
    for (CloseOutcome outcome : allCloseOutcomes)
        keys << closeOutcomeKey(outcome);
    return keys;
}

// The program's own categories (a setting), then any the period's data holds that the setting no longer lists,
// sorted: a category taken out of the setting still shows what was recorded under it.
QStringList withFound(const QStringList& configured, const StatCounts& counts)
{
    QStringList found;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != QLatin1String(StatCell::Margin) && !configured.contains(it.key()))
            found << it.key();
    }
    found.sort();
    return configured + found;
}

// Runs the queries in order, stopping at the first failure, and collects the tables they build.
struct TableCollector
{
    std::optional<Error> error;
    QList<StatTable> tables;

    template <typename T, typename Build> void add(Result<T> fetched, Build build)
    {
        if (!error && !fetched)
            error = fetched.error();
        if (!error)
            build(*fetched);
    }
};

// The feedback answers of a group's sessions as shares, per group and for all groups ("*"): published only over
// StatisticsService::MinimumForSummary answers.
StatTable feedbackShares(const QStringList& groups, const QList<GroupHeld>& held)
{
    StatTable table;
    table.id = QStringLiteral("group_feedback");
    table.title = Text::tr("Group feedback");
    table.kind = StatKind::Share;
    table.dimensions = { QStringLiteral("group"), QStringLiteral("answer") };
    table.note = Text::tr("Shares of the anonymous feedback answers given after sessions held in the period, per group "
                          "and for all groups; published only over at least %n answers.",
                          nullptr, StatisticsService::MinimumForSummary);
    table.additive = false;
    QHash<QString, GroupHeld> byGroup;
    GroupHeld all;
    for (const GroupHeld& row : held) {
        byGroup.insert(row.group, row);
        all.positive += row.positive;
        all.neutral += row.neutral;
        all.negative += row.negative;
    }
    const auto addShares = [&table](const QString& group, const GroupHeld& row) {
        const qint64 answers = row.positive + row.neutral + row.negative;
        const std::pair<const char*, qint64> parts[]
            = { { "helpful", row.positive }, { "neutral", row.neutral }, { "not_helpful", row.negative } };
        for (const auto& [answer, count] : parts) {
            const std::optional<double> share = answers >= StatisticsService::MinimumForSummary
                ? std::optional<double>(static_cast<double>(count) / static_cast<double>(answers))
                : std::nullopt;
            table.cells.append({ { group, QLatin1String(answer) }, share, false });
        }
    };
    for (const QString& group : groups)
        addShares(group, byGroup.value(group));
    addShares(QLatin1String(StatCell::Margin), all);
    return table;
}

// The per-group tables (issue 24): sessions held and attendance per group, feedback shares, escalations during
// sessions, members who joined and left. A group's name is program data; every group created by the period's end
// is listed, zeros included.
void addGroupTables(StatisticsRepository& repository, const StatRange& range, TableCollector& b)
{
    QList<StatTable>& t = b.tables;
    QStringList groups;
    b.add(repository.groupNames(range.until), [&](const QStringList& names) { groups = names; });
    b.add(repository.groupsHeld(range), [&](const QList<GroupHeld>& held) {
        StatCounts sessions;
        StatCounts attendance;
        for (const GroupHeld& row : held) {
            sessions[row.group] += row.sessions;
            sessions[QLatin1String(StatCell::Margin)] += row.sessions;
            attendance[row.group] += row.attendance;
            attendance[QLatin1String(StatCell::Margin)] += row.attendance;
        }
        const QStringList categories = withFound(groups, sessions);
        t << countTable(QStringLiteral("group_sessions_by_group"), Text::tr("Group sessions held, by group"),
                        QStringLiteral("group"), categories, sessions,
                        Text::tr("Events: sessions held that started in the period, per group."));
        t << countTable(QStringLiteral("group_attendance_by_group"), Text::tr("Group attendance, by group"),
                        QStringLiteral("group"), categories, attendance,
                        Text::tr("Events: attendances at sessions held, summed per group; a person who came twice "
                                 "counts twice, and who came is never recorded."));
        t << feedbackShares(categories, held);
    });
    b.add(repository.groupEscalations(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("group_escalations"), Text::tr("Escalations during group sessions"),
                        QStringLiteral("escalation_action"), Vocabulary::keys(Vocab::EscalationAction), counts,
                        Text::tr("Events: escalation actions recorded during group sessions in the period (not in "
                                 "the table of escalations on requests)."));
    });
    b.add(repository.groupMembersJoined(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("group_members_joined"), Text::tr("Group members who joined"),
                        QStringLiteral("group"), withFound(groups, counts), counts,
                        Text::tr("Events: standing members who joined a group in the period."));
    });
    b.add(repository.groupMembersLeft(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("group_members_left"), Text::tr("Group members who left"),
                        QStringLiteral("group"), withFound(groups, counts), counts,
                        Text::tr("Events: standing members who left a group in the period (removed, or the group "
                                 "ended)."));
    });
}

// The program's tables with a last dimension, the site: every cell of the program's table once for each site (by
// its code) and once as the margin "*", the program's own figure. The sites' tables were built by the same code
// over the same categories, split so that they add up to the program's; a category a site's table lacks is zero
// there (a count) or not published (a median or a share).
//
// Left out (docs/statistics.md, "Statistics by site"):
// - the group tables. A group meets at one site, and the program's release gives each group's figures: a site's
//   group totals would be sums of those figures for whoever knows where each group meets, which the audit cannot
//   know, and the per-group tables split by site would add only zeros a reader knows;
// - the tables that are not additive (reasons, modalities, the twelve months). Their sites would add up to the
//   program's figure but for the few physicians who asked at two sites: nearly sums the audit would not see.
Result<QList<StatTable>> splitBySite(const QList<StatTable>& program, const QList<Site>& sites,
                                     const QList<QList<StatTable>>& bySite)
{
    const QString margin = QLatin1String(StatCell::Margin);
    QList<StatTable> split;
    for (const StatTable& whole : program) {
        if (!splitsBySite(whole))
            continue;
        StatTable table = whole;
        table.dimensions.append(QLatin1String(StatTable::SiteDimension));
        table.cells.clear();
        for (const StatCell& cell : whole.cells) {
            for (qsizetype s = 0; s < sites.size(); ++s) {
                const QList<StatTable>& own = bySite[s];
                const auto part = std::find_if(own.cbegin(), own.cend(), [&whole](const StatTable& candidate) {
                    return candidate.id == whole.id;
                });
                if (part == own.cend())
                    return makeError(ErrorCode::Damaged,
                                     Text::tr("A site's statistics do not have the program's tables."));
                const StatCell* found = part->cell(cell.key);
                std::optional<double> value = found ? found->value : std::nullopt;
                if (!found && whole.kind == StatKind::Count)
                    value = 0;
                table.cells.append({ QStringList(cell.key) << sites[s].code, value, false });
            }
            table.cells.append({ QStringList(cell.key) << margin, cell.value, false });
        }
        table.note = Text::tr("%1 By site: each site's part, and the whole program under Total.").arg(whole.note);
        split.append(std::move(table));
    }
    return split;
}

} // namespace

Result<void> StatisticsService::checkRequest(const StatPeriod& period)
{
    if (auto allowed = requireStatistics(m_session); !allowed)
        return allowed.error();
    if (auto whole = SiteService(m_session).requireWholeProgram(); !whole)
        return whole.error();
    if (!StatPeriod::parse(period.key()) || *StatPeriod::parse(period.key()) != period)
        return invalid(Text::tr("Statistics cover a month, a quarter or a year between 2000 and 2999."));
    return {};
}

Result<QList<StatTable>> StatisticsService::tables(const StatPeriod& period)
{
    if (auto checked = checkRequest(period); !checked)
        return checked.error();
    // One snapshot, so that the tables agree with each other: the audit links the totals that count the same thing.
    QList<StatTable> tables;
    auto read = m_session.database().transaction([&]() -> Result<void> {
        if (auto snapshot = m_session.database().readOneSnapshot(); !snapshot)
            return snapshot;
        StatisticsRepository repository(m_session.database());
        auto built = build(period, repository);
        if (!built)
            return built.error();
        tables = std::move(*built);
        return {};
    });
    if (!read)
        return read.error();
    return tables;
}

Result<QList<StatTable>> StatisticsService::tablesBySite(const StatPeriod& period)
{
    if (auto checked = checkRequest(period); !checked)
        return checked.error();
    auto sites = SiteService(m_session).list();
    if (!sites)
        return sites.error();
    if (sites->size() < 2)
        return invalid(Text::tr("The program has one site: its statistics are the program's."));
    // One reading of the whole program and of each site, in one transaction so that they agree with each other.
    QList<StatTable> program;
    QList<QList<StatTable>> bySite;
    auto read = m_session.database().transaction([&]() -> Result<void> {
        program.clear();
        bySite.clear();
        if (auto snapshot = m_session.database().readOneSnapshot(); !snapshot)
            return snapshot;
        StatisticsRepository whole(m_session.database());
        auto tables = build(period, whole);
        if (!tables)
            return tables.error();
        program = std::move(*tables);
        for (const Site& site : std::as_const(*sites)) {
            StatisticsRepository part(m_session.database(), site.id);
            auto own = build(period, part);
            if (!own)
                return own.error();
            bySite.append(std::move(*own));
        }
        return {};
    });
    if (!read)
        return read.error();
    return splitBySite(program, *sites, bySite);
}

Result<QList<StatTable>> StatisticsService::build(const StatPeriod& period, StatisticsRepository& repository)
{
    auto target = RequestService(m_session).contactTarget();
    if (!target)
        return target.error();
    const QTimeZone& zone = target->timeZone();
    const StatRange range = rangeOf(period.firstDay(), period.lastDay(), zone);
    ProgramSettings settings(m_session.database());
    auto endReasons = settings.list(QLatin1String(ProgramSettings::MatchEndReasons));
    if (!endReasons)
        return endReasons.error();
    auto resourceItems = settings.list(QLatin1String(ProgramSettings::Resources));
    if (!resourceItems)
        return resourceItems.error();
    const QStringList resources = ReferralResource::names(ReferralResource::parseAll(*resourceItems));
    TableCollector b;
    QList<StatTable>& t = b.tables;
    const QString physicians = Text::tr("Distinct physicians: several requests from the same person count once.");
    const QString firstRequest = Text::tr("Distinct physicians, each counted under their first request in the period.");

    // The channel query's margin is the total: one query serves both tables.
    StatCounts byChannel;
    b.add(repository.requestsBy(StatisticsRepository::RequestColumn::Channel, range), [&](const StatCounts& counts) {
        byChannel = counts;
        t << singleValue(QStringLiteral("requests_total"), Text::tr("Requests received"), StatKind::Count,
                         static_cast<double>(counts.value(QLatin1String(StatCell::Margin), 0)), physicians);
    });
    // A site's part is built for the tables a release by site carries only (splitsBySite): the others' queries would
    // run for nothing.
    const bool wholeProgram = !repository.site();
    if (wholeProgram)
        b.add(repository.requestsByAttribute(QStringLiteral("reason"), range), [&](const StatCounts& counts) {
            t << countTable(QStringLiteral("requests_by_reason"), Text::tr("Requests received by reason"),
                            QStringLiteral("reason"), Vocabulary::keys(Vocab::Reason), counts,
                            Text::tr("Distinct physicians. A request with several reasons counts under each, "
                                     "so the categories do not add up to the total."),
                            false);
        });
    b.add(repository.requestsBy(StatisticsRepository::RequestColumn::CareerStage, range),
          [&](const StatCounts& counts) {
              t << countTable(QStringLiteral("requests_by_career_stage"), Text::tr("Requests received by career stage"),
                              QStringLiteral("career_stage"),
                              Vocabulary::keys(Vocab::CareerStage) << QLatin1String(Unknown), counts, firstRequest,
                              true, QLatin1String(Unknown));
          });
    if (!b.error)
        t << countTable(QStringLiteral("requests_by_channel"), Text::tr("Requests received by channel"),
                        QStringLiteral("channel"), Vocabulary::keys(Vocab::Channel), byChannel, firstRequest);
    b.add(repository.requestsBy(StatisticsRepository::RequestColumn::ReferralType, range),
          [&](const StatCounts& counts) {
              t << countTable(QStringLiteral("requests_by_referral_type"),
                              Text::tr("Requests received by referral type"), QStringLiteral("referral_type"),
                              Vocabulary::keys(Vocab::ReferralType), counts, firstRequest);
          });
    if (wholeProgram)
        b.add(repository.requestsByAttribute(QStringLiteral("modality"), range), [&](const StatCounts& counts) {
            t << countTable(QStringLiteral("requests_by_modality"), Text::tr("Requests received by preferred modality"),
                            QStringLiteral("modality"), Vocabulary::keys(Vocab::Modality), counts,
                            Text::tr("Distinct physicians. A request may prefer several modalities and counts under "
                                     "each, so the categories do not add up to the total."),
                            false);
        });
    b.add(repository.triageOutcomes(range), [&](const StatCounts& counts) {
        t << countTable(
            QStringLiteral("triage_outcomes"), Text::tr("Triage outcomes"), QStringLiteral("triage_outcome"),
            { QStringLiteral("in_scope"), QStringLiteral("referred_elsewhere"), QStringLiteral("escalated") }, counts,
            Text::tr("Distinct physicians triaged in the period, by their first triage in it: escalated "
                     "when immediate risk was recorded at triage, referred elsewhere when triage found "
                     "the request out of scope, in scope otherwise."));
    });
    b.add(repository.matchesAccepted(range), [&](const StatCounts& counts) {
        t << singleValue(QStringLiteral("matches_made"), Text::tr("Matches made"), StatKind::Count,
                         static_cast<double>(counts.value(QLatin1String(StatCell::Margin), 0)),
                         Text::tr("Distinct physicians whose supporter accepted the match in the period."));
    });
    b.add(repository.supporterDeclines(range), [&](const StatCounts& counts) {
        t << singleValue(QStringLiteral("supporter_declines"), Text::tr("Supporter declines"), StatKind::Count,
                         static_cast<double>(counts.value(QLatin1String(StatCell::Margin), 0)),
                         Text::tr("Events: matches a supporter declined in the period."));
    });
    b.add(repository.firstContacts(range), [&](const QList<FirstContactTiming>& timings) {
        StatCounts withinTarget;
        StatCounts bins;
        QList<int> days;
        for (const FirstContactTiming& timing : timings) {
            auto assessed = target->assess(timing.clockStartedAt, m_session.clock(), timing.firstContactAt);
            if (!assessed)
                continue; // a first contact recorded before receipt cannot be measured
            withinTarget[assessed->status == ContactStatus::MetTarget ? QStringLiteral("met")
                                                                      : QStringLiteral("missed")]
                += 1;
            bins[contactBinKey(contactTimeBin(assessed->businessDaysTaken))] += 1;
            days << assessed->businessDaysTaken;
        }
        withinTarget[QLatin1String(StatCell::Margin)] = days.size();
        bins[QLatin1String(StatCell::Margin)] = days.size();
        const QString requests = Text::tr("Requests whose first contact was made in the period (events).");
        t << countTable(QStringLiteral("first_contact_within_target"), Text::tr("First contact within target"),
                        QStringLiteral("contact_target"), { QStringLiteral("met"), QStringLiteral("missed") },
                        withinTarget, requests);
        const std::optional<double> share = days.size() >= MinimumForSummary
            ? std::optional<double>(static_cast<double>(withinTarget.value(QStringLiteral("met"))) / days.size())
            : std::nullopt;
        t << singleValue(QStringLiteral("first_contact_within_target_share"),
                         Text::tr("Share of first contacts within target"), StatKind::Share, share,
                         Text::tr("Published only over at least %n first contacts.", nullptr, MinimumForSummary));
        t << countTable(
            QStringLiteral("time_to_first_contact"), Text::tr("Time to first contact"), QStringLiteral("business_days"),
            { QStringLiteral("up_to_1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("more_than_3") },
            bins,
            Text::tr("Requests whose first contact was made in the period (events), by business days "
                     "after the day of receipt."));
        t << singleValue(QStringLiteral("time_to_first_contact_median"),
                         Text::tr("Median time to first contact (business days)"), StatKind::Median, median(days),
                         Text::tr("Published only over at least %n first contacts.", nullptr, MinimumForSummary));
    });
    b.add(repository.conversationsHeld(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("conversations_held"), Text::tr("Conversations held"),
                        QStringLiteral("modality"), Vocabulary::keys(Vocab::Modality), counts,
                        Text::tr("Events: conversations held that started in the period."));
    });
    b.add(repository.conversationsPerClosedMatch(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("conversations_per_closed_match"), Text::tr("Conversations per closed match"),
                        QStringLiteral("conversations"),
                        { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                          QStringLiteral("4_or_more") },
                        counts,
                        Text::tr("Matches a supporter had accepted that ended in the period, by conversations "
                                 "held."));
    });
    b.add(repository.closureOutcomes(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("closure_outcomes"), Text::tr("Outcomes at closure"), QStringLiteral("outcome"),
                        closeOutcomeKeys(), counts,
                        Text::tr("Distinct physicians with a request closed in the period, each counted under their "
                                 "first closure in it."));
    });
    b.add(repository.matchesEndedEarly(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("matches_ended_early"), Text::tr("Matches ended early for a new supporter"),
                        QStringLiteral("end_reason"), withFound(*endReasons, counts), counts,
                        Text::tr("Events: accepted matches ended in the period so that the physician could have a new "
                                 "supporter, by reason."));
    });
    b.add(repository.referralsGiven(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("referrals_given"), Text::tr("Referrals given"), QStringLiteral("resource"),
                        withFound(resources, counts), counts,
                        Text::tr("Events: referrals to other services recorded in the period, by resource; a "
                                 "physician referred to two resources counts under each."));
    });
    b.add(repository.escalations(range), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("escalations"), Text::tr("Escalations"), QStringLiteral("escalation_action"),
                        Vocabulary::keys(Vocab::EscalationAction), counts,
                        Text::tr("Events: escalation actions recorded in the period."));
    });
    if (wholeProgram)
        b.add(repository.groupActivity(range), [&](StatCounts counts) {
            const double attendance = static_cast<double>(counts.take(QStringLiteral("attendance")));
            const double debriefs = static_cast<double>(counts.take(QStringLiteral("debriefs")));
            t << countTable(QStringLiteral("group_occurrences"), Text::tr("Group sessions"),
                            QStringLiteral("occurrence_status"), Vocabulary::keys(Vocab::OccurrenceStatus), counts,
                            Text::tr("Events: group sessions that started in the period."));
            t << singleValue(QStringLiteral("group_attendance"), Text::tr("Group attendance"), StatKind::Count,
                             attendance,
                             Text::tr("Events: attendances at sessions held, summed; a person who came twice counts "
                                      "twice."));
            t << singleValue(QStringLiteral("group_debriefs"), Text::tr("Group debriefs held"), StatKind::Count,
                             debriefs, Text::tr("Events: sessions held that were followed by a debrief."));
        });
    if (wholeProgram)
        addGroupTables(repository, range, b);
    b.add(repository.rosterByStatus(range.until), [&](const StatCounts& counts) {
        t << countTable(QStringLiteral("roster_by_status"), Text::tr("Supporters by status"),
                        QStringLiteral("supporter_status"), Vocabulary::keys(Vocab::SupporterStatus), counts,
                        Text::tr("Supporters added by the end of the period, by their status when the statistics "
                                 "were computed: the roster keeps no history of statuses."));
    });
    b.add(repository.newlyTrained(period.firstDay(), period.lastDay()), [&](const StatCounts& counts) {
        t << singleValue(QStringLiteral("roster_newly_trained"), Text::tr("Supporters newly trained"), StatKind::Count,
                         static_cast<double>(counts.value(QLatin1String(StatCell::Margin), 0)),
                         Text::tr("Supporters whose first training was completed in the period."));
    });
    QList<StatMonthRange> months;
    const QDate lastMonth(period.lastDay().year(), period.lastDay().month(), 1);
    for (int back = TrendMonths - 1; back >= 0; --back) {
        const QDate first = lastMonth.addMonths(-back);
        months.append({ monthKey(first), rangeOf(first, first.addMonths(1).addDays(-1), zone) });
    }
    if (wholeProgram)
        b.add(repository.requestsByMonth(months), [&](const StatCounts& counts) {
            QStringList keys;
            for (const StatMonthRange& month : std::as_const(months))
                keys << month.month;
            t << countTable(QStringLiteral("trend_12_months"), Text::tr("Requests received over twelve months"),
                            QStringLiteral("month"), keys, counts,
                            Text::tr("Distinct physicians each month; the total counts each physician once over the "
                                     "twelve months, so the months do not add up to it."),
                            false);
        });
    if (b.error)
        return *b.error;
    return t;
}

Result<std::optional<QByteArray>> StatisticsService::latest(const QString& periodKey)
{
    if (auto allowed = requireStatistics(m_session); !allowed)
        return allowed.error();
    if (!StatRelease::periodOfLedgerKey(periodKey))
        return invalid(Text::tr("Statistics cover a month, a quarter or a year between 2000 and 2999."));
    auto entry = StatisticsLedger(m_session.database()).latest(periodKey);
    if (!entry)
        return entry.error();
    if (!*entry)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>((*entry)->content);
}

Result<int> StatisticsService::record(const QString& periodKey, int k, const QDateTime& generatedAt,
                                      const QByteArray& content)
{
    if (auto allowed = requireStatistics(m_session); !allowed)
        return allowed.error();
    if (!StatRelease::periodOfLedgerKey(periodKey))
        return invalid(Text::tr("Statistics cover a month, a quarter or a year between 2000 and 2999."));
    if (k < 1)
        return invalid(Text::tr("The suppression threshold must be at least 1."));
    if (!generatedAt.isValid() || content.isEmpty())
        return invalid(Text::tr("A release needs its generation time and its content."));
    int revision = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        auto entry = StatisticsLedger(m_session.database()).append(periodKey, k, generatedAt, content);
        if (!entry)
            return entry.error();
        revision = entry->revision;
        return m_session.recordAudit(QStringLiteral("statistics.released"), QStringLiteral("stat_release"), entry->id);
    });
    if (!done)
        return done.error();
    return revision;
}

Result<QList<QByteArray>> StatisticsService::all()
{
    if (auto allowed = requireStatistics(m_session); !allowed)
        return allowed.error();
    auto entries = StatisticsLedger(m_session.database()).latestOfEach();
    if (!entries)
        return entries.error();
    QList<QByteArray> contents;
    for (const LedgerEntry& entry : std::as_const(*entries))
        contents << entry.content;
    return contents;
}

} // namespace peerdesk
