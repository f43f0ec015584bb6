// Supporters who record their own work on a program server (issue 28; docs/server.md, "Supporters";
// docs/security.md): a supporter sees their own live matches' cards and nothing else, records each step, and with a
// SQL shell under their own login reads or changes nothing more.
#include "CatchCompat.h"
#include "DomainFixtures.h"
#include "ServerSupport.h"
#include "TimeLimits.h"
#include "core/security/CellCipher.h"
#include "core/services/MatchCards.h"
#include "core/services/MatchingService.h"
#include "core/services/ProgramSettings.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/services/SupporterWorkService.h"
#include "core/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <latch>
#include <sodium.h>
#include <thread>

using namespace peerdesk;
using namespace peerdesk::test;

namespace {

QByteArray bytesOf(Database& database, const QString& sql, const QVariantList& values)
{
    auto query = database.exec(sql, values);
    REQUIRE(query);
    REQUIRE(query->next());
    return query->value(0).toByteArray();
}

// A program with Alex (administrator), Dana (coordinator), two supporters on the roster, Jordan and Kim, and two
// triaged requests. Jordan has an account; Kim does not.
struct SupporterProgram
{
    TwoCoordinators program;
    std::unique_ptr<VaultSession> alex = signIn(QStringLiteral("alex"), program.alexPassphrase);
    std::unique_ptr<VaultSession> dana = signIn(QStringLiteral("dana"), program.danaPassphrase);
    const QString jordanPassphrase = QStringLiteral("birch canoe 73 paddle jordan");
    qint64 jordan = 0;
    qint64 kim = 0;
    qint64 robin = 0; // a request, matched with Jordan
    qint64 morgan = 0; // a request, matched with Kim

    SupporterProgram()
    {
        auto jordanId = SupporterService(*alex).add(
            sampleSupporter(QStringLiteral("Jordan Lee"), QStringLiteral("jordan@example.org")));
        REQUIRE(jordanId);
        jordan = *jordanId;
        auto kimId = SupporterService(*alex).add(
            sampleSupporter(QStringLiteral("Kim Roy"), QStringLiteral("kim@example.org")));
        REQUIRE(kimId);
        kim = *kimId;
        const QDateTime now = program.clock.nowUtc().addSecs(-3600);
        robin = triaged(sampleRequest(now, QStringLiteral("Robin Tremblay"), QStringLiteral("robin@example.org")));
        morgan = triaged(sampleRequest(now, QStringLiteral("Morgan Gagnon"), QStringLiteral("morgan@example.org")));
    }

    qint64 triaged(const NewRequest& request) const
    {
        auto id = RequestService(*dana).intake(request);
        REQUIRE(id);
        REQUIRE(RequestService(*dana).triage(*id, {}));
        return *id;
    }

    // Jordan's account: Alex gives an initial passphrase, Jordan signs in once and chooses their own.
    void enrolJordan() const { program.enrol(QStringLiteral("jordan"), Role::Supporter, jordanPassphrase, {}, jordan); }

    std::unique_ptr<VaultSession> signIn(const QString& login, const QString& passphrase) const
    {
        auto session = program.signIn(login, passphrase);
        if (!session)
            FAIL(session.error().message.toStdString());
        return std::move(*session);
    }
};

} // namespace

TEST_CASE("A supporter signs in, reads their own match's card and records each step, which the coordinators see",
          "[server][supporters]")
{
    SupporterProgram p;
    // Matched before Jordan had an account: the card is made when the account starts, then sealed again to the key
    // of the passphrase Jordan chooses.
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    REQUIRE(MatchingService(*p.dana).assign(p.morgan, p.kim));
    p.enrolJordan();
    auto jordan = p.signIn(QStringLiteral("jordan"), p.jordanPassphrase);
    CHECK(jordan->user().role == Role::Supporter);
    CHECK_FALSE(jordan->holdsIdentityKey());

    SupporterWorkService work(*jordan);
    auto mine = work.myMatches();
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    const SupporterMatch match = mine->constFirst();
    CHECK(match.requestId == p.robin);
    CHECK(match.status == MatchStatus::Proposed);
    REQUIRE(match.card);
    CHECK(match.card->firstName == QStringLiteral("Robin"));
    CHECK(match.card->email == QStringLiteral("robin@example.org"));
    CHECK(match.card->phone == QStringLiteral("(613) 555-0199"));
    CHECK(match.card->bestTime == QStringLiteral("weekday evenings"));
    auto target = RequestService(*p.dana).contactTarget();
    REQUIRE(target);
    auto robin = RequestService(*p.dana).get(p.robin);
    REQUIRE(robin);
    CHECK(match.card->contactBy == target->dueDate(robin->contactClockStart()));
    // Opening it is on record, with the match's number.
    Database& owner = p.program.server.owner();
    CHECK(countOf(owner,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'jordan' AND action = "
                                 "'identity.viewed' AND entity_type = 'match' AND entity_id = ?"),
                  { match.matchId })
          == 1);

    // Each step reaches the coordinators' reading of the request at once.
    REQUIRE(work.accept(match.matchId));
    auto live = MatchingService(*p.dana).liveMatch(p.robin);
    REQUIRE(live);
    REQUIRE(*live);
    CHECK((*live)->status == MatchStatus::Accepted);
    CHECK(RequestService(*p.dana).get(p.robin)->status == RequestStatus::Accepted);
    // The server refuses a moment in the future, whoever calls (the service refuses it first).
    CHECK_FALSE(jordan->database().exec(QStringLiteral("SELECT supporter_first_contact(?, '2099-01-01T00:00:00.000Z')"),
                                        { match.matchId }));
    CHECK(RequestService(*p.dana).get(p.robin)->status == RequestStatus::Accepted);
    const QDateTime contacted = p.program.clock.nowUtc();
    REQUIRE(work.recordFirstContact(match.matchId, contacted));
    CHECK(RequestService(*p.dana).get(p.robin)->status == RequestStatus::FirstContactMade);
    CHECK(RequestService(*p.dana).get(p.robin)->firstContactAt == contacted);
    auto refused = work.recordFirstContact(match.matchId);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);

    const QDateTime startsAt = p.program.clock.nowUtc();
    auto booked = work.book(match.matchId, startsAt, 30, QStringLiteral("phone"));
    REQUIRE(booked);
    CHECK(booked->number == 1);
    CHECK_FALSE(booked->referralSuggested);
    auto overlapping = work.book(match.matchId, startsAt.addSecs(600), 30, QStringLiteral("phone"));
    REQUIRE_FALSE(overlapping);
    CHECK(overlapping.error().code == ErrorCode::InvalidInput);
    auto conversations = SchedulingService(*p.dana).list(p.robin);
    REQUIRE(conversations);
    REQUIRE(conversations->size() == 1);
    CHECK(conversations->constFirst().status == QStringLiteral("scheduled"));
    REQUIRE(work.recordHeld(booked->id));
    CHECK(SchedulingService(*p.dana).list(p.robin)->constFirst().status == QStringLiteral("held"));
    CHECK(RequestService(*p.dana).get(p.robin)->status == RequestStatus::InProgress);
    CHECK_FALSE(work.recordHeld(booked->id)); // recorded once

    // Asking for a new supporter: the match ends, the request goes back to be matched, the card goes with it.
    CHECK_FALSE(work.stepAway(match.matchId, QStringLiteral("Dr. Smith is rude"))); // no free text
    // Past the program's cap the supporter is the one told to suggest an onward referral, with the program's
    // resources, as a coordinator's booking would be.
    REQUIRE(ProgramSettings(owner).set(QLatin1String(ProgramSettings::ConversationCap), QStringLiteral("1")));
    auto second = work.book(match.matchId, p.program.clock.nowUtc().addDays(2), 30, QStringLiteral("video"));
    REQUIRE(second);
    CHECK(second->number == 2);
    CHECK(second->cap == 1);
    CHECK(second->referralSuggested);
    CHECK(second->referralPrompt.contains(QStringLiteral("onward referral")));
    CHECK(second->resources.contains(QStringLiteral("Physician Health Program")));
    const qint64 later = second->id;
    REQUIRE(work.stepAway(match.matchId, QStringLiteral("poor_fit")));
    CHECK(RequestService(*p.dana).get(p.robin)->status == RequestStatus::Triaged);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards WHERE match_id = ?"), { match.matchId })
          == 0);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM conversations WHERE id = ? AND status = 'cancelled'"),
                  { later })
          == 1);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM matches WHERE id = ? AND end_reason = 'poor_fit'"),
                  { match.matchId })
          == 1);
    auto after = work.myMatches();
    REQUIRE(after);
    CHECK(after->isEmpty());
    // Every step was audited under Jordan's own name and key.
    CHECK(countOf(owner,
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'jordan' AND action IN "
                                 "('match.accepted', 'request.record_first_contact', 'conversation.scheduled', "
                                 "'conversation.held', 'match.ended_early')"))
          == 6);
    auto report = p.alex->verify();
    REQUIRE(report);
    CHECK(report->problems.join(QLatin1Char('\n')).toStdString() == "");

    // A new match with Jordan carries its card from the start; declining it takes the card away.
    const qint64 sasha = p.triaged(sampleRequest(p.program.clock.nowUtc().addSecs(-60), QStringLiteral("Sasha Roy"),
                                                 QStringLiteral("sasha@example.org")));
    REQUIRE(MatchingService(*p.dana).assign(sasha, p.jordan));
    auto again = work.myMatches();
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    REQUIRE(again->constFirst().card);
    CHECK(again->constFirst().card->firstName == QStringLiteral("Sasha"));
    REQUIRE(work.decline(again->constFirst().matchId));
    CHECK(RequestService(*p.dana).get(sasha)->status == RequestStatus::Triaged);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
}

TEST_CASE("A supporter's own SQL login reads nothing of another match or request and writes only through their steps",
          "[server][supporters]")
{
    SupporterProgram p;
    p.enrolJordan();
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    REQUIRE(MatchingService(*p.dana).assign(p.morgan, p.kim));
    auto jordan = p.signIn(QStringLiteral("jordan"), p.jordanPassphrase);
    Database& owner = p.program.server.owner();
    Database& sql = jordan->database(); // Jordan's own database login
    auto idOf = [&](qint64 request) {
        return countOf(owner, QStringLiteral("SELECT id FROM matches WHERE request_id = ?"), { request });
    };
    const qint64 own = idOf(p.robin);
    const qint64 kims = idOf(p.morgan);

    // Rows: their own live match, its card and its request's progress; nothing else.
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM matches")) == 2);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM matches")) == 1);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM matches WHERE id = ?"), { kims }) == 0);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM match_cards")) == 1);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM requests")) == 1);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM requests WHERE id = ?"), { p.morgan }) == 0);
    // No row of the audit log (the program's record of its staff's work): only what chaining and witnesses need.
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM audit_log")) > 10);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM audit_head()")) == 1);
    CHECK(countOf(sql, QStringLiteral("SELECT audit_row_state(1, 'not the hash')")) == 1);
    // Columns: no identity cell, category or reason, even of their own physician; no roster, group or statistics.
    for (const char* denied : { "SELECT name_ct FROM requests",
                                "SELECT email_ct FROM requests",
                                "SELECT specialty FROM requests",
                                "SELECT received_at FROM requests",
                                "SELECT value FROM request_attributes",
                                "SELECT * FROM supporters",
                                "SELECT * FROM supporter_availability",
                                "SELECT * FROM escalations",
                                "SELECT * FROM peer_groups",
                                "SELECT * FROM group_members",
                                "SELECT * FROM stat_releases",
                                "SELECT * FROM request_drafts",
                                "SELECT * FROM staff_sites",
                                "SELECT score FROM matches",
                                "SELECT end_reason FROM matches",
                                "SELECT * FROM identity_keys_earlier",
                                "SELECT count(*) FROM audit_log",
                                "SELECT action FROM audit_log",
                                "SELECT supporter_id FROM users",
                                "SELECT * FROM referrals_given" }) {
        INFO(denied);
        auto read = sql.exec(QString::fromLatin1(denied));
        REQUIRE_FALSE(read);
        CHECK(read.error().code == ErrorCode::NotPermitted);
    }
    // Writes: nothing directly; Kim's match refused through the functions too.
    const QString now = sql_values::moment(p.program.clock.nowUtc()).toString();
    for (const QString& statement :
         { QStringLiteral("UPDATE matches SET status = 'accepted' WHERE id = %1").arg(own),
           QStringLiteral("UPDATE requests SET status = 'closed' WHERE id = %1").arg(p.robin),
           QStringLiteral("INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, "
                          "created_at) VALUES (%1, '%2', 30, 'phone', 'held', '%2')")
               .arg(own)
               .arg(now),
           QStringLiteral("DELETE FROM match_cards WHERE match_id = %1").arg(own),
           QStringLiteral("UPDATE users SET supporter_id = %1 WHERE login = 'jordan'").arg(p.kim),
           QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'cross_site_matching'"),
           QStringLiteral("SELECT supporter_answer(%1, true, '%2')").arg(kims).arg(now),
           QStringLiteral("SELECT supporter_step_away(%1, 'poor_fit', '%2')").arg(kims).arg(now),
           QStringLiteral("SELECT supporter_match(%1, ARRAY['proposed'])").arg(own) }) {
        INFO(statement.toStdString());
        auto written = sql.exec(statement);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::NotPermitted);
    }
    // Nor another person's account row or slot: a reporting user's or supporter's writes there are their own.
    auto flag = sql.exec(QStringLiteral("UPDATE users SET must_change_passphrase = 1 WHERE login = 'dana'"));
    REQUIRE(flag);
    CHECK(flag->numRowsAffected() == 0);
    flag->finish();
    auto planted = sql.exec(QStringLiteral(
        "INSERT INTO staff_keys (slot_id, seq, box_key, signing_key, endorser, endorsement, since_audit_id, "
        "created_at) SELECT slot_id, 99, decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex'), "
        "'previous', decode(repeat('00', 64), 'hex'), 1, 'x' FROM users WHERE login = 'dana'"));
    REQUIRE_FALSE(planted);
    CHECK(planted.error().code == ErrorCode::NotPermitted);
    // Their own match's step, from psql without the audit row the window or CLI appends: refused at commit, and
    // nothing changed. (The services' steps, each audited, go through: the first case.)
    auto unaudited = sql.transaction([&]() -> Result<void> {
        auto answered = sql.exec(QStringLiteral("SELECT supporter_answer(%1, true, '%2')").arg(own).arg(now));
        return answered ? Result<void>() : Result<void>(answered.error());
    });
    REQUIRE_FALSE(unaudited); // at COMMIT
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM matches WHERE id = ? AND status = 'proposed'"), { own })
          == 1);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM supporter_steps")) == 0);
    // A step the match's state does not allow is refused by the server too (first contact before accepting).
    CHECK_FALSE(sql.exec(QStringLiteral("SELECT supporter_first_contact(%1, '%2')").arg(own).arg(now)));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM matches WHERE status = 'proposed'")) == 2);

    // Relinking Jordan's account to Kim is the administrators' alone: a coordinator's SQL is refused.
    auto relinked = p.dana->database().exec(QStringLiteral("UPDATE users SET supporter_id = ? WHERE login = 'jordan'"),
                                            { p.kim });
    REQUIRE_FALSE(relinked);
    CHECK(relinked.error().code == ErrorCode::NotPermitted);

    // Kim's card, read by the owner, does not open with Jordan's slot key: the match key is sealed to Kim alone
    // (here Kim has no account, so there is no card at all), and Jordan's own card is bound to its match.
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards WHERE match_id = ?"), { kims }) == 0);
    const QByteArray cell
        = bytesOf(owner, QStringLiteral("SELECT card_ct FROM match_cards WHERE match_id = ?"), { own });
    const QByteArray sealed
        = bytesOf(owner, QStringLiteral("SELECT sealed_key FROM match_cards WHERE match_id = ?"), { own });
    CHECK_FALSE(cell.contains("Robin"));
    CHECK_FALSE(cell.contains("robin@example.org"));
    auto matchKey = jordan->openSealedToOwnSlot(sealed, CellCipher::KeyBytes);
    REQUIRE(matchKey);
    const CellCipher cipher(jordan->vaultId(), *matchKey);
    CHECK(cipher.decrypt("match_cards", "card_ct", own, cell)); // the control: it opens where it belongs
    CHECK_FALSE(cipher.decrypt("match_cards", "card_ct", kims, cell)); // moved to another match, it does not
    CHECK_FALSE(cipher.decrypt("requests", "name_ct", p.robin, cell));
    // The match key opens no identity cell of the program: it is not the identity key.
    const QByteArray name = bytesOf(owner, QStringLiteral("SELECT name_ct FROM requests WHERE id = ?"), { p.robin });
    CHECK_FALSE(cipher.decrypt("requests", "name_ct", p.robin, name));
    // The owner, who has the whole database, has no slot key: the sealed box does not open with a key pair of theirs.
    unsigned char ownerPublic[crypto_box_PUBLICKEYBYTES];
    unsigned char ownerSecret[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(ownerPublic, ownerSecret);
    unsigned char opened[32];
    CHECK(crypto_box_seal_open(opened, reinterpret_cast<const unsigned char*>(sealed.constData()),
                               static_cast<unsigned long long>(sealed.size()), ownerPublic, ownerSecret)
          != 0);

    // When the match is no longer live, its rows leave Jordan's reach at once, card and all.
    REQUIRE(SupporterWorkService(*jordan).decline(own));
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM matches")) == 0);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
    CHECK(countOf(sql, QStringLiteral("SELECT count(*) FROM requests")) == 0);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
}

TEST_CASE("A supporter's account ends with their cards, and names a supporter who exists", "[server][supporters]")
{
    SupporterProgram p;
    p.enrolJordan();
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    Database& owner = p.program.server.owner();
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 1);

    // One account per supporter, a supporter who exists, and only supporters' accounts name one.
    NewUser second;
    second.login = QStringLiteral("jordan2");
    second.role = Role::Supporter;
    second.supporterId = p.jordan;
    second.initialPassphrase = TempVault::secret(QStringLiteral("another initial 5521 words here"));
    CHECK_FALSE(UserService(*p.alex).add(second));
    second.supporterId = 999;
    CHECK_FALSE(UserService(*p.alex).add(second));
    second.supporterId = 0;
    CHECK_FALSE(UserService(*p.alex).add(second));
    second.role = Role::Coordinator;
    second.supporterId = p.kim;
    CHECK_FALSE(UserService(*p.alex).add(second));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM users WHERE login = 'jordan2'")) == 0);

    // Deactivated, the account's cards go; reactivated, the live match's card comes back sealed to the new slot.
    REQUIRE(UserService(*p.alex).deactivate(QStringLiteral("jordan")));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
    CHECK_FALSE(p.program.signIn(QStringLiteral("jordan"), p.jordanPassphrase));
    const QString initial = QStringLiteral("reactivated words 7734 for jordan");
    REQUIRE(UserService(*p.alex).reactivate(QStringLiteral("jordan"), TempVault::secret(initial)));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 1);
    auto first = p.signIn(QStringLiteral("jordan"), initial);
    REQUIRE(first->changePassphrase(TempVault::secret(p.jordanPassphrase)));
    auto jordan = p.signIn(QStringLiteral("jordan"), p.jordanPassphrase);
    auto mine = SupporterWorkService(*jordan).myMatches();
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    REQUIRE(mine->constFirst().card);
    CHECK(mine->constFirst().card->firstName == QStringLiteral("Robin"));

    // A coordinator's correction of the request reaches the card.
    auto robin = RequestService(*p.dana).get(p.robin);
    REQUIRE(robin);
    RequestEdit edit = RequestEdit::of(*robin);
    edit.identity.phone = QStringLiteral("(613) 555-0142");
    REQUIRE(RequestService(*p.dana).update(p.robin, edit));
    CHECK(SupporterWorkService(*jordan).myMatches()->constFirst().card->phone == QStringLiteral("(613) 555-0142"));

    // verify is the staff's: a supporter reads no audit row.
    auto verified = jordan->verify();
    REQUIRE_FALSE(verified);
    CHECK(verified.error().code == ErrorCode::NotPermitted);
    // Supporters are the staff of none of the services: the coordinators' reading is refused to them.
    auto requests = RequestService(*jordan).count({});
    REQUIRE_FALSE(requests);
    CHECK(requests.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("A card a coordinator makes while its supporter changes their passphrase is sealed again with it",
          "[server][supporters][race]")
{
    SupporterProgram p;
    p.enrolJordan();
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    Database& owner = p.program.server.owner();
    auto live = MatchingService(*p.dana).liveMatch(p.robin);
    REQUIRE(live);
    REQUIRE(*live);
    const Match match = **live;
    const QString second = p.jordanPassphrase;

    // Dana's client makes the card again (a new key for the match) and has not committed when Jordan changes their
    // passphrase. Jordan's change waits for it, then seals that card to the new key: Jordan still reads the match's
    // details. (Without the lock it read the old card, waited on its row, then wrote the old card's key over the new
    // card, which then opened for nobody.)
    const QString third = QStringLiteral("third words 9043 for jordan here");
    std::latch signedIn(1);
    std::latch go(1);
    bool released = false;
    Result<void> changed;
    // A connection belongs to the thread that opened it: Jordan signs in on theirs, then waits for the word.
    std::thread change([&] {
        auto jordan = p.program.signIn(QStringLiteral("jordan"), second);
        signedIn.count_down();
        if (!jordan) {
            changed = jordan.error();
            return;
        }
        go.wait();
        changed = (*jordan)->changePassphrase(TempVault::secret(third));
    });
    signedIn.wait();
    auto remade = p.dana->database().transaction([&]() -> Result<void> {
        if (auto issued = match_cards::issue(*p.dana, match); !issued)
            return issued;
        released = true;
        go.count_down();
        // Until Jordan's change waits for the lock this transaction holds (the roster's, an advisory lock).
        const bool waiting = QTest::qWaitFor(
            [&] {
                return countOf(owner,
                               QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                                              "NOT granted AND database = (SELECT oid FROM pg_database WHERE "
                                              "datname = current_database())"))
                    == 1;
            },
            int(timeLimitMs(10000)));
        CHECK(waiting);
        return {};
    });
    if (!released)
        go.count_down();
    change.join();
    REQUIRE(remade);
    INFO((changed ? QString() : changed.error().message).toStdString());
    REQUIRE(changed);
    auto mine = SupporterWorkService(*p.signIn(QStringLiteral("jordan"), third)).myMatches();
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    REQUIRE(mine->constFirst().card);
    CHECK(mine->constFirst().card->firstName == QStringLiteral("Robin"));
}

TEST_CASE("A keyring recorded by anyone but its administrators gets no card sealed, and a supporter records their own "
          "slot only",
          "[server][supporters]")
{
    SupporterProgram p;
    p.enrolJordan();
    auto jordan = p.signIn(QStringLiteral("jordan"), p.jordanPassphrase);
    Database& owner = p.program.server.owner();
    auto read = owner.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'keyring'"));
    REQUIRE(read);
    REQUIRE(read->next());
    const QString original = read->value(0).toString();
    read->finish();
    // Jordan's login changes the keyring's record only through record_own_keyring, and only their own slot (their
    // witness, their passphrase change: enrolJordan's first passphrase change went through it). A record whose
    // authority is a key of Jordan's own (a membership signed with it could name any key as Kim's) is refused.
    QJsonObject keyring = QJsonDocument::fromJson(original.toUtf8()).object();
    QJsonArray chain = keyring.value(QStringLiteral("authority")).toArray();
    REQUIRE_FALSE(chain.isEmpty());
    unsigned char forgedPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char forgedSecret[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(forgedPublic, forgedSecret);
    QJsonObject root = chain.at(0).toObject();
    root.insert(
        QStringLiteral("public_key"),
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(forgedPublic), sizeof forgedPublic).toBase64()));
    chain.replace(0, root);
    keyring.insert(QStringLiteral("authority"), chain);
    const QString forgedText = QString::fromUtf8(QJsonDocument(keyring).toJson(QJsonDocument::Compact));
    auto direct
        = jordan->database().exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'keyring'"), { forgedText });
    REQUIRE_FALSE(direct);
    CHECK(direct.error().code == ErrorCode::NotPermitted);
    auto throughFunction = jordan->database().exec(QStringLiteral("SELECT record_own_keyring(?)"), { forgedText });
    REQUIRE_FALSE(throughFunction);
    CHECK(throughFunction.error().code == ErrorCode::NotPermitted);
    // Nor may they change someone else's slot, or take one out.
    QJsonObject withoutDana = QJsonDocument::fromJson(original.toUtf8()).object();
    QJsonArray slots;
    for (const auto& slot : withoutDana.value(QStringLiteral("slots")).toArray()) {
        if (slot.toObject().value(QStringLiteral("user")).toString() != QStringLiteral("dana"))
            slots.append(slot);
    }
    withoutDana.insert(QStringLiteral("slots"), slots);
    CHECK_FALSE(jordan->database().exec(QStringLiteral("SELECT record_own_keyring(?)"),
                                        { QString::fromUtf8(QJsonDocument(withoutDana).toJson()) }));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'keyring' AND value = ?"), { original })
          == 1);
    // The server's operator can write the record: their forged authority fools no client either.
    auto forged = owner.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'keyring'"), { forgedText });
    REQUIRE(forged);
    REQUIRE(forged->numRowsAffected() == 1);
    forged->finish();

    // The coordinator's client trusts the keyring only from the authority it checked at sign-in: the match is refused
    // whole, nothing sealed.
    auto refused = MatchingService(*p.dana).assign(p.robin, p.jordan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Damaged);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM matches WHERE request_id = ?"), { p.robin }) == 0);

    // The administrators' keyring back: the match and its card go through.
    REQUIRE(owner.exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'keyring'"), { original }));
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 1);
}

TEST_CASE("Which supporter an account works for is signed: a link rewritten on the server seals no card and is "
          "noticed at sign-in",
          "[server][supporters]")
{
    SupporterProgram p;
    p.enrolJordan();
    Database& owner = p.program.server.owner();
    // The server's operator (the owner, whom no grant or trigger of staff binds) links Jordan's account to Kim, so
    // that Kim's matches' cards would be sealed to Jordan.
    REQUIRE(owner.exec(QStringLiteral("UPDATE users SET supporter_id = ? WHERE login = 'jordan'"), { p.kim }));
    REQUIRE(MatchingService(*p.dana).assign(p.morgan, p.kim));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 0);
    // Every administrator's and coordinator's next sign-in says so, and opens nothing.
    auto refused = p.program.signIn(QStringLiteral("dana"), p.program.danaPassphrase);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("another supporter")));
    // Put back, Jordan's own match gets its card as before (the control).
    REQUIRE(owner.exec(QStringLiteral("UPDATE users SET supporter_id = ? WHERE login = 'jordan'"), { p.jordan }));
    REQUIRE(p.program.signIn(QStringLiteral("dana"), p.program.danaPassphrase));
    REQUIRE(MatchingService(*p.dana).assign(p.robin, p.jordan));
    CHECK(countOf(owner, QStringLiteral("SELECT count(*) FROM match_cards")) == 1);
}
