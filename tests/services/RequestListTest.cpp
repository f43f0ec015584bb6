// The requests list as the Requests page reads it: filters, sort orders, pages and counts in SQL, the due
// filter at its edges, and editing an open request.

#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "TempVault.h"
#include "core/services/RequestService.h"
#include "core/storage/AuditRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RequestRepository.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <map>

using namespace peerdesk;
using peerdesk::test::sampleRequest;
using peerdesk::test::TempVault;

namespace {

const QStringList Channels{ QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("web_form") };
const QStringList Reasons{ QStringLiteral("burnout"), QStringLiteral("conflict"), QStringLiteral("complaint"),
                           QStringLiteral("other") };

// `total` requests received every 97 minutes back from now (about 13 days for 200), with rotating channels,
// reasons and urgencies; then a share closed and a share contacted, straight in SQL to keep the test fast.
void seed(VaultSession& session, const QDateTime& now, int total)
{
    QList<NewRequest> requests;
    for (int i = 0; i < total; ++i) {
        NewRequest r
            = sampleRequest(now, QStringLiteral("Person %1").arg(i), QStringLiteral("person%1@example.org").arg(i));
        r.receivedAt = now.addSecs(-60 - qint64(i) * 97 * 60);
        r.channel = Channels.at(i % Channels.size());
        r.reasons = { Reasons.at(i % Reasons.size()) };
        if (i % 3 == 0)
            r.reasons.append(QStringLiteral("life_stressor"));
        r.urgency = i % 2 ? QStringLiteral("priority") : QStringLiteral("routine");
        // Every 11th is a colleague's referral awaiting consent; every other one of those gets it 36 hours later.
        if (i % 11 == 4) {
            r.referralType = QStringLiteral("colleague");
            r.consentConfirmed = false;
        }
        requests.append(r);
    }
    auto ids = RequestService(session).intakeAll(requests);
    REQUIRE(ids);
    for (int i = 4; i < total; i += 22) {
        const QDateTime consent = requests.at(i).receivedAt.addSecs(36 * 3600);
        if (consent < now)
            REQUIRE(RequestService(session).recordConsent(ids->at(i), consent));
    }
    REQUIRE(session.database().exec(
        QStringLiteral("UPDATE requests SET status = 'closed', close_outcome = 'withdrawn', closed_at = received_at "
                       "WHERE id % 5 = 0")));
    REQUIRE(session.database().exec(QStringLiteral(
        "UPDATE requests SET status = 'first_contact_made', first_contact_at = received_at WHERE id % 7 = 1 "
        "AND status <> 'closed' AND referral_type = 'self'")));
    REQUIRE(session.database().exec(
        QStringLiteral("UPDATE requests SET status = 'triaged', triaged_at = received_at WHERE id % 7 = 2 AND status "
                       "<> 'closed' AND referral_type = 'self'")));
}

QList<RequestListRow> allRows(RequestService& service, RequestListQuery query, int pageSize = 64)
{
    QList<RequestListRow> rows;
    query.limit = pageSize;
    for (query.offset = 0;; query.offset += pageSize) {
        auto page = service.page(query);
        REQUIRE(page);
        rows.append(*page);
        if (page->size() < pageSize)
            break;
    }
    return rows;
}

int statusRank(RequestStatus status)
{
    return static_cast<int>(std::find(allRequestStatuses.begin(), allRequestStatuses.end(), status)
                            - allRequestStatuses.begin());
}

QString planOf(VaultSession& session, const QString& sql)
{
    auto plan = session.database().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    REQUIRE(plan);
    QStringList lines;
    while (plan->next())
        lines.append(plan->value(3).toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("The requests list pages through every request in a stable order", "[requests][list]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    seed(*session, now, 600);
    RequestService service(*session);

    RequestListQuery query;
    auto total = service.count(query);
    REQUIRE(total);
    CHECK(*total == 600);
    const auto rows = allRows(service, query);
    REQUIRE(rows.size() == 600);
    for (qsizetype i = 1; i < rows.size(); ++i)
        CHECK(rows.at(i - 1).summary.receivedAt > rows.at(i).summary.receivedAt);
    // A page carries its reasons, read in one query, and never the identity.
    // The oldest is the 600th request: reasons[599 % 4] and, as 599 is not a multiple of 3, nothing else.
    CHECK(rows.constLast().summary.reasons == QStringList{ QStringLiteral("other") });
    CHECK(rows.constFirst().summary.reasons
          == QStringList{ QStringLiteral("burnout"), QStringLiteral("life_stressor") });

    query.descending = false;
    query.offset = 0;
    query.limit = 10;
    auto oldest = service.page(query);
    REQUIRE(oldest);
    REQUIRE(oldest->size() == 10);
    CHECK(oldest->constFirst().summary.id == rows.constLast().summary.id);

    query.sort = RequestSortKey::Status;
    const auto byStatus = allRows(service, query, 100);
    REQUIRE(byStatus.size() == 600);
    for (qsizetype i = 1; i < byStatus.size(); ++i)
        CHECK(statusRank(byStatus.at(i - 1).summary.status) <= statusRank(byStatus.at(i).summary.status));

    query.sort = RequestSortKey::Reference;
    query.descending = true;
    const auto byId = allRows(service, query, 100);
    for (qsizetype i = 1; i < byId.size(); ++i)
        CHECK(byId.at(i - 1).summary.id > byId.at(i).summary.id);
}

TEST_CASE("The requests list filters by status, reason, channel, receipt and reference", "[requests][list]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    seed(*session, now, 300);
    RequestService service(*session);
    const auto everything = allRows(service, {});
    REQUIRE(everything.size() == 300);

    auto expectSame = [&](const RequestListQuery& query, const std::function<bool(const RequestSummary&)>& keep) {
        qsizetype expected = 0;
        for (const RequestListRow& row : everything)
            expected += keep(row.summary) ? 1 : 0;
        auto counted = service.count(query);
        REQUIRE(counted);
        CHECK(*counted == expected);
        const auto rows = allRows(service, query, 50);
        CHECK(rows.size() == expected);
        for (const RequestListRow& row : rows)
            CHECK(keep(row.summary));
        return expected;
    };

    RequestListQuery query;
    query.statuses = { RequestStatus::Closed, RequestStatus::Triaged };
    CHECK(expectSame(query,
                     [](const RequestSummary& r) {
                         return r.status == RequestStatus::Closed || r.status == RequestStatus::Triaged;
                     })
          > 0);

    query = {};
    query.reason = QStringLiteral("life_stressor");
    CHECK(expectSame(query, [](const RequestSummary& r) { return r.reasons.contains(QStringLiteral("life_stressor")); })
          == 100);

    query = {};
    query.channel = QStringLiteral("email");
    query.reason = QStringLiteral("conflict");
    query.sort = RequestSortKey::Urgency;
    CHECK(expectSame(query,
                     [](const RequestSummary& r) {
                         return r.channel == QLatin1String("email") && r.reasons.contains(QStringLiteral("conflict"));
                     })
          > 0);

    query = {};
    query.receivedFrom = now.addDays(-7);
    query.receivedBefore = now.addDays(-1);
    CHECK(expectSame(query,
                     [&](const RequestSummary& r) {
                         return r.receivedAt >= now.addDays(-7) && r.receivedAt < now.addDays(-1);
                     })
          > 0);

    query = {};
    query.id = everything.at(17).summary.id;
    CHECK(expectSame(query, [&](const RequestSummary& r) { return r.id == everything.at(17).summary.id; }) == 1);
    query.id = 999999;
    CHECK(expectSame(query, [](const RequestSummary&) { return false; }) == 0);
}

TEST_CASE("The due filter matches the first-contact target at its edges", "[requests][list]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QDateTime now = vault.clock().nowUtc();
    seed(*session, now, 250);
    RequestService service(*session);
    auto target = service.contactTarget();
    REQUIRE(target);

    const auto everything = allRows(service, {});
    std::map<ContactStatus, qsizetype> expected;
    int referralsWithClock = 0;
    for (const RequestListRow& row : everything) {
        const RequestSummary& r = row.summary;
        if ((r.status == RequestStatus::Closed && !r.firstContactAt.isValid())
            || r.status == RequestStatus::AwaitingConsent) {
            CHECK_FALSE(row.contact.has_value());
            continue;
        }
        REQUIRE(row.contact.has_value());
        // The clock starts at receipt, or at a colleague's referral's consent.
        auto request = service.get(r.id);
        REQUIRE(request);
        const QDateTime start = request->contactClockStart();
        if (r.referralType == QLatin1String("colleague")) {
            CHECK(start == request->consentRecordedAt);
            CHECK(start > r.receivedAt);
            ++referralsWithClock;
        }
        auto assessed
            = target->assess(start, vault.clock(),
                             r.firstContactAt.isValid() ? std::optional<QDateTime>(r.firstContactAt) : std::nullopt);
        REQUIRE(assessed);
        CHECK(row.contact->status == assessed->status);
        CHECK(row.contact->dueDate == assessed->dueDate);
        ++expected[assessed->status];
    }
    REQUIRE(expected[ContactStatus::Overdue] > 0);
    REQUIRE(expected[ContactStatus::DueToday] > 0);
    REQUIRE(expected[ContactStatus::OnTrack] > 0);
    CHECK(referralsWithClock > 0);

    const std::pair<DueFilter, ContactStatus> filters[] = { { DueFilter::Overdue, ContactStatus::Overdue },
                                                            { DueFilter::DueToday, ContactStatus::DueToday },
                                                            { DueFilter::NotYetDue, ContactStatus::OnTrack } };
    for (const auto& [filter, status] : filters) {
        RequestListQuery query;
        query.due = filter;
        auto counted = service.count(query);
        REQUIRE(counted);
        CHECK(*counted == expected[status]);
        const auto rows = allRows(service, query, 40);
        CHECK(rows.size() == expected[status]);
        for (const RequestListRow& row : rows) {
            REQUIRE(row.contact.has_value());
            CHECK(row.contact->status == status);
        }
        // Sorted by due date, the same rows come in due order.
        query.sort = RequestSortKey::Due;
        query.descending = false;
        const auto byDue = allRows(service, query, 40);
        CHECK(byDue.size() == expected[status]);
        for (qsizetype i = 1; i < byDue.size(); ++i)
            CHECK(byDue.at(i - 1).contact->dueDate <= byDue.at(i).contact->dueDate);
    }

    // Sorting the whole list by due date follows the clock's start, not the receipt.
    RequestListQuery byDue;
    byDue.sort = RequestSortKey::Due;
    byDue.descending = false;
    const auto sorted = allRows(service, byDue, 64);
    REQUIRE(sorted.size() == everything.size());
    for (qsizetype i = 1; i < sorted.size(); ++i)
        CHECK(sorted.at(i - 1).summary.contactClockAt <= sorted.at(i).summary.contactClockAt);

    // A due filter combines with a receipt window that already excludes everything.
    RequestListQuery none;
    none.due = DueFilter::NotYetDue;
    none.receivedBefore = now.addDays(-30);
    auto counted = service.count(none);
    REQUIRE(counted);
    CHECK(*counted == 0);
}

TEST_CASE("The requests list sorts with indexes, never a temporary sort", "[local-only][requests][list]")
{
    TempVault vault;
    auto session = vault.unlock();
    const QString statusOrder = QString::fromLatin1(RequestRepository::StatusOrderSql);
    CHECK_FALSE(planOf(*session,
                       QStringLiteral("SELECT id FROM requests r ORDER BY ") + statusOrder
                           + QStringLiteral(" DESC, received_at DESC, r.id DESC LIMIT 200"))
                    .contains(QStringLiteral("TEMP B-TREE")));
    CHECK_FALSE(planOf(*session,
                       QStringLiteral("SELECT id FROM requests r WHERE r.status <> 'closed' AND "
                                      "r.first_contact_at IS NULL AND r.received_at < '2026-03-01' ORDER BY "
                                      "received_at DESC, r.id DESC LIMIT 200"))
                    .contains(QStringLiteral("TEMP B-TREE")));
    CHECK_FALSE(planOf(*session,
                       QStringLiteral("SELECT id FROM requests r ORDER BY channel ASC, received_at ASC, "
                                      "r.id ASC LIMIT 200"))
                    .contains(QStringLiteral("TEMP B-TREE")));
    // The due filter and the due order go by the first-contact clock, through their own indexes.
    const QString clock = QString::fromLatin1(RequestRepository::ContactClockSql);
    const QString duePlan = planOf(*session,
                                   QStringLiteral("SELECT id FROM requests r INDEXED BY requests_list_due WHERE "
                                                  "r.status <> 'closed' AND r.first_contact_at IS NULL AND r.status "
                                                  "<> 'awaiting_consent' AND ")
                                       + clock + QStringLiteral(" < '2026-03-01' ORDER BY ") + clock
                                       + QStringLiteral(" ASC, r.id ASC LIMIT 200"));
    INFO(duePlan.toStdString());
    CHECK(duePlan.contains(QStringLiteral("requests_list_due")));
    CHECK_FALSE(duePlan.contains(QStringLiteral("TEMP B-TREE")));
    const QString sortPlan = planOf(*session,
                                    QStringLiteral("SELECT id FROM requests r ORDER BY ") + clock
                                        + QStringLiteral(" DESC, r.id DESC LIMIT 200"));
    INFO(sortPlan.toStdString());
    CHECK_FALSE(sortPlan.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("Editing an open request changes its details and audits the id only", "[requests][edit]")
{
    TempVault vault;
    auto session = vault.unlock();
    RequestService service(*session);
    auto id = service.intake(sampleRequest(vault.clock().nowUtc()));
    REQUIRE(id);
    auto before = service.get(*id);
    REQUIRE(before);

    RequestEdit edit = RequestEdit::of(*before);
    CHECK(edit == RequestEdit::of(*before));
    edit.identity.name = QStringLiteral("  Robin T. Tremblay ");
    edit.identity.email = QStringLiteral("robin.t@example.org");
    edit.reasons = { QStringLiteral("conflict"), QStringLiteral("other") };
    edit.urgency = QStringLiteral("priority");
    edit.channel = QStringLiteral("email");
    edit.profile.languages = { QStringLiteral("fr") };
    edit.profile.availability = { { 2, 18 * 60, 20 * 60 } };
    REQUIRE(service.update(*id, edit, RequestStatus::New));

    auto after = service.get(*id);
    REQUIRE(after);
    CHECK(after->identity.name == QStringLiteral("Robin T. Tremblay"));
    CHECK(after->identity.email == QStringLiteral("robin.t@example.org"));
    CHECK(after->reasons == QStringList{ QStringLiteral("conflict"), QStringLiteral("other") });
    CHECK(after->urgency == QStringLiteral("priority"));
    CHECK(after->channel == QStringLiteral("email"));
    CHECK(after->profile.languages == QStringList{ QStringLiteral("fr") });
    CHECK(after->profile.availability.size() == 1);
    CHECK(after->status == RequestStatus::New);

    bool audited = false;
    REQUIRE(AuditRepository(session->database()).forEach([&](const AuditEntry& entry) {
        if (entry.action == QLatin1String("request.edited")) {
            audited = true;
            CHECK(entry.entityId == *id);
        }
        return true;
    }));
    CHECK(audited);
    auto rows = session->database().exec(QStringLiteral("SELECT actor || action || entity_type FROM audit_log"));
    REQUIRE(rows);
    while (rows->next())
        CHECK_FALSE(rows->value(0).toString().contains(QStringLiteral("Robin")));

    // Undoing an edit after the request moved on is refused, and nothing changes.
    RequestEdit back = RequestEdit::of(*before);
    TriageDecision decision;
    REQUIRE(service.triage(*id, decision));
    auto refused = service.update(*id, back, RequestStatus::New);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(service.get(*id)->identity.name == QStringLiteral("Robin T. Tremblay"));

    // A triaged request keeps a reason; invalid input names the problem and writes nothing.
    RequestEdit noReason = RequestEdit::of(*service.get(*id));
    noReason.reasons.clear();
    CHECK_FALSE(service.update(*id, noReason));
    RequestEdit badEmail = RequestEdit::of(*service.get(*id));
    badEmail.identity.email = QStringLiteral("not an address");
    CHECK_FALSE(service.update(*id, badEmail));
    CHECK(service.get(*id)->identity.email == QStringLiteral("robin.t@example.org"));

    REQUIRE(service.close(*id, CloseOutcome::Withdrawn));
    auto closed = service.update(*id, RequestEdit::of(*service.get(*id)));
    REQUIRE_FALSE(closed);
    CHECK(closed.error().code == ErrorCode::InvalidInput);
}

// Hidden (run by hand: test_services "[.bench]"): 100 000 requests, then the list's count and first, middle and
// last pages for each order and filter, with the time each took.
TEST_CASE("The requests list stays fast at 100 000 requests", "[local-only][.bench]")
{
    TempVault vault;
    auto session = vault.unlock();
    REQUIRE(session->database().transaction([&]() -> Result<void> {
        auto rows = session->database().exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO requests (received_at, channel, referral_type, status, close_outcome, closed_at, urgency, "
            "first_contact_at, created_at, updated_at) SELECT strftime('%Y-%m-%dT%H:%M:%fZ', '2026-03-02 09:00', "
            "'-' || (i * 7) || ' minutes'), CASE i % 3 WHEN 0 THEN 'phone' WHEN 1 THEN 'email' ELSE 'web_form' END, "
            "'self', CASE WHEN i > 2000 THEN 'closed' WHEN i % 4 = 0 THEN 'triaged' ELSE 'new' END, CASE WHEN i > 2000 "
            "THEN 'completed' END, CASE WHEN i > 2000 THEN '2026-01-01T00:00:00.000Z' END, CASE i % 2 WHEN 0 THEN "
            "'routine' ELSE 'priority' END, CASE WHEN i > 2000 THEN '2025-01-01T00:00:00.000Z' END, "
            "'2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z' FROM n"));
        if (!rows)
            return rows.error();
        auto reasons = session->database().exec(QStringLiteral(
            "INSERT INTO request_attributes (request_id, kind, value) SELECT id, 'reason', CASE id % 4 WHEN 0 THEN "
            "'burnout' WHEN 1 THEN 'conflict' WHEN 2 THEN 'complaint' ELSE 'other' END FROM requests"));
        if (!reasons)
            return reasons.error();
        return {};
    }));
    REQUIRE(session->database().exec(QStringLiteral("ANALYZE")));
    RequestService service(*session);
    const RequestSortKey sorts[] = { RequestSortKey::Received, RequestSortKey::Reference, RequestSortKey::Status,
                                     RequestSortKey::Channel, RequestSortKey::Urgency };
    QElapsedTimer timer;
    for (const RequestSortKey sort : sorts) {
        for (int filter = 0; filter < 5; ++filter) {
            RequestListQuery query;
            query.sort = sort;
            if (filter == 1)
                query.statuses = { RequestStatus::New, RequestStatus::Triaged };
            if (filter == 2)
                query.reason = QStringLiteral("burnout");
            if (filter == 3)
                query.due = DueFilter::Overdue;
            if (filter == 4)
                query.channel = QStringLiteral("email");
            timer.start();
            auto counted = service.count(query);
            REQUIRE(counted);
            const qint64 countMs = timer.elapsed();
            qint64 worstPageMs = 0;
            for (const qint64 offset : { qint64(0), *counted / 2, std::max<qint64>(0, *counted - 200) }) {
                query.offset = static_cast<int>(offset);
                timer.start();
                auto page = service.page(query);
                REQUIRE(page);
                worstPageMs = std::max(worstPageMs, timer.elapsed());
            }
            RequestSelection selection;
            selection.statuses = query.statuses;
            selection.reason = query.reason;
            selection.channel = query.channel;
            selection.awaitingFirstContact = query.due != DueFilter::Any;
            selection.sort = static_cast<RequestSortColumn>(std::min(int(sort), 4));
            selection.offset = static_cast<int>(*counted / 2);
            timer.start();
            REQUIRE(RequestRepository(session->database()).page(selection));
            const qint64 repositoryMs = timer.elapsed();
            WARN("sort " << int(sort) << " filter " << filter << ": " << *counted << " rows, count " << countMs
                         << " ms, slowest page " << worstPageMs << " ms, middle page in SQL only " << repositoryMs
                         << " ms");
        }
    }
}
