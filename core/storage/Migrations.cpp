#include "core/storage/Migrations.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <vector>

namespace peerdesk::migrations {

namespace {

using Step = std::vector<const char*>;

// Append new steps at the end; never edit a step that has shipped. docs/architecture.md describes the tables.
const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        // 1: the vault itself: metadata, staff accounts, settings and the tamper-evident audit log.
        {
            R"(CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE users (
                id                     INTEGER PRIMARY KEY,
                login                  TEXT NOT NULL UNIQUE,
                display_name           TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
                role                   TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'reporting')),
                slot_id                TEXT NOT NULL UNIQUE,
                active                 INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                must_change_passphrase INTEGER NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
                created_at             TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE settings (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE audit_log (
                id          INTEGER PRIMARY KEY,
                at          TEXT NOT NULL,
                actor       TEXT NOT NULL,
                action      TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                entity_id   INTEGER,
                hash        TEXT NOT NULL CHECK (length(hash) = 64)
            ) STRICT)",
            "CREATE INDEX audit_log_at ON audit_log (at)",
            "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)",
        },
        // 2: the program's work: roster, requests, matches, conversations, groups. Identity columns (names,
        // contact details, institutions, best time) are nullable because retention purges them; everything
        // categorical stays for the statistics. Multi-valued categories live in *_attributes tables.
        {
            R"(CREATE TABLE supporters (
                id                INTEGER PRIMARY KEY,
                name              TEXT CHECK (name IS NULL OR length(name) BETWEEN 1 AND 200),
                email             TEXT,
                phone             TEXT,
                pronouns          TEXT,
                gender            TEXT,
                specialty         TEXT NOT NULL,
                practice_setting  TEXT NOT NULL DEFAULT '',
                region            TEXT NOT NULL DEFAULT '',
                career_stage      TEXT NOT NULL,
                max_active        INTEGER NOT NULL DEFAULT 2 CHECK (max_active BETWEEN 0 AND 50),
                status            TEXT NOT NULL CHECK (status IN ('nominated', 'in_training', 'active', 'paused',
                                                                  'retired')),
                paused_until      TEXT,
                cooldown_days     INTEGER NOT NULL DEFAULT 14 CHECK (cooldown_days BETWEEN 0 AND 365),
                cooldown_until    TEXT,
                retired_at        TEXT,
                contact_purged_at TEXT,
                created_at        TEXT NOT NULL,
                updated_at        TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX supporters_status ON supporters (status)",
            "CREATE UNIQUE INDEX supporters_email ON supporters (lower(email)) WHERE email IS NOT NULL",
            // kind: language | modality | affinity | institution
            R"(CREATE TABLE supporter_attributes (
                supporter_id INTEGER NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                kind         TEXT NOT NULL CHECK (kind IN ('language', 'modality', 'affinity', 'institution')),
                value        TEXT NOT NULL,
                PRIMARY KEY (supporter_id, kind, value)
            ) STRICT, WITHOUT ROWID)",
            R"(CREATE TABLE supporter_availability (
                id           INTEGER PRIMARY KEY,
                supporter_id INTEGER NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
            ) STRICT)",
            "CREATE INDEX supporter_availability_supporter ON supporter_availability (supporter_id)",
            R"(CREATE TABLE supporter_training (
                id            INTEGER PRIMARY KEY,
                supporter_id  INTEGER NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                course        TEXT NOT NULL CHECK (length(course) BETWEEN 1 AND 100),
                required      INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
                completed_on  TEXT NOT NULL,
                refresher_due TEXT
            ) STRICT)",
            "CREATE INDEX supporter_training_supporter ON supporter_training (supporter_id)",
            R"(CREATE TABLE supporter_debriefs (
                id           INTEGER PRIMARY KEY,
                supporter_id INTEGER NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                kind         TEXT NOT NULL CHECK (kind IN ('debrief', 'supervision')),
                held_on      TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX supporter_debriefs_supporter ON supporter_debriefs (supporter_id)",
            R"(CREATE TABLE requests (
                id                    INTEGER PRIMARY KEY,
                received_at           TEXT NOT NULL,
                channel               TEXT NOT NULL,
                referral_type         TEXT NOT NULL CHECK (referral_type IN ('self', 'colleague')),
                status                TEXT NOT NULL,
                close_outcome         TEXT,
                urgency               TEXT NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine', 'priority')),
                career_stage          TEXT NOT NULL DEFAULT '',
                specialty             TEXT NOT NULL DEFAULT '',
                region                TEXT NOT NULL DEFAULT '',
                specialty_preference  TEXT NOT NULL DEFAULT 'any'
                                      CHECK (specialty_preference IN ('same', 'different', 'any')),
                affinity_preference   TEXT,
                gender_preference     TEXT,
                allow_same_institution INTEGER NOT NULL DEFAULT 0 CHECK (allow_same_institution IN (0, 1)),
                name                  TEXT,
                email                 TEXT,
                phone                 TEXT,
                best_time             TEXT,
                institution           TEXT,
                repeat_key_email      TEXT,
                repeat_key_phone      TEXT,
                consent_recorded_at   TEXT,
                triaged_at            TEXT,
                first_contact_at      TEXT,
                closed_at             TEXT,
                referred_resource     TEXT,
                escalated             INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
                legal_hold            INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1)),
                identity_purged_at    TEXT,
                created_at            TEXT NOT NULL,
                updated_at            TEXT NOT NULL,
                CHECK ((status = 'closed') = (close_outcome IS NOT NULL AND closed_at IS NOT NULL))
            ) STRICT)",
            "CREATE INDEX requests_status ON requests (status, received_at)",
            "CREATE INDEX requests_received ON requests (received_at)",
            "CREATE INDEX requests_purge ON requests (closed_at) WHERE identity_purged_at IS NULL",
            "CREATE INDEX requests_repeat_email ON requests (repeat_key_email) WHERE repeat_key_email IS NOT NULL",
            "CREATE INDEX requests_repeat_phone ON requests (repeat_key_phone) WHERE repeat_key_phone IS NOT NULL",
            // kind: language | modality | reason
            R"(CREATE TABLE request_attributes (
                request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
                kind       TEXT NOT NULL CHECK (kind IN ('language', 'modality', 'reason')),
                value      TEXT NOT NULL,
                PRIMARY KEY (request_id, kind, value)
            ) STRICT, WITHOUT ROWID)",
            "CREATE INDEX request_attributes_kind ON request_attributes (kind, value)",
            R"(CREATE TABLE request_availability (
                id           INTEGER PRIMARY KEY,
                request_id   INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
                weekday      INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute   INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
            ) STRICT)",
            "CREATE INDEX request_availability_request ON request_availability (request_id)",
            R"(CREATE TABLE escalations (
                id         INTEGER PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests (id),
                at         TEXT NOT NULL,
                user_id    INTEGER NOT NULL REFERENCES users (id),
                action     TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX escalations_request ON escalations (request_id)",
            R"(CREATE TABLE matches (
                id           INTEGER PRIMARY KEY,
                request_id   INTEGER NOT NULL REFERENCES requests (id),
                supporter_id INTEGER NOT NULL REFERENCES supporters (id),
                status       TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'ended')),
                score        REAL NOT NULL DEFAULT 0,
                proposed_at  TEXT NOT NULL,
                answered_at  TEXT,
                ended_at     TEXT,
                difficult    INTEGER NOT NULL DEFAULT 0 CHECK (difficult IN (0, 1))
            ) STRICT)",
            // At most one live match per request.
            "CREATE UNIQUE INDEX matches_live ON matches (request_id) WHERE status IN ('proposed', 'accepted')",
            "CREATE INDEX matches_supporter ON matches (supporter_id, status)",
            R"(CREATE TABLE conversations (
                id               INTEGER PRIMARY KEY,
                match_id         INTEGER NOT NULL REFERENCES matches (id),
                starts_at        TEXT NOT NULL,
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 45),
                modality         TEXT NOT NULL CHECK (modality IN ('in_person', 'phone', 'video')),
                status           TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
                created_at       TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX conversations_match ON conversations (match_id)",
            "CREATE INDEX conversations_starts ON conversations (starts_at)",
            R"(CREATE TABLE peer_groups (
                id                 INTEGER PRIMARY KEY,
                name               TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
                modality           TEXT NOT NULL CHECK (modality IN ('in_person', 'phone', 'video')),
                weekday            INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute       INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
                interval_weeks     INTEGER NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 8),
                first_date         TEXT NOT NULL,
                last_date          TEXT,
                capacity           INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100),
                max_facilitators   INTEGER NOT NULL DEFAULT 2 CHECK (max_facilitators BETWEEN 1 AND 10),
                active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at         TEXT NOT NULL
            ) STRICT)",
            R"(CREATE TABLE group_facilitators (
                group_id     INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
                supporter_id INTEGER NOT NULL REFERENCES supporters (id),
                PRIMARY KEY (group_id, supporter_id)
            ) STRICT, WITHOUT ROWID)",
            R"(CREATE TABLE group_occurrences (
                id                INTEGER PRIMARY KEY,
                group_id          INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
                starts_at         TEXT NOT NULL,
                ends_at           TEXT NOT NULL,
                status            TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
                attendance        INTEGER CHECK (attendance IS NULL OR attendance >= 0),
                feedback_positive INTEGER NOT NULL DEFAULT 0 CHECK (feedback_positive >= 0),
                feedback_neutral  INTEGER NOT NULL DEFAULT 0 CHECK (feedback_neutral >= 0),
                feedback_negative INTEGER NOT NULL DEFAULT 0 CHECK (feedback_negative >= 0),
                debrief_held      INTEGER NOT NULL DEFAULT 0 CHECK (debrief_held IN (0, 1)),
                UNIQUE (group_id, starts_at)
            ) STRICT)",
            "CREATE INDEX group_occurrences_starts ON group_occurrences (starts_at)",
            R"(CREATE TABLE group_registrations (
                id            INTEGER PRIMARY KEY,
                occurrence_id INTEGER NOT NULL REFERENCES group_occurrences (id) ON DELETE CASCADE,
                name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                contact       TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 200),
                province      TEXT NOT NULL DEFAULT '',
                verified_at   TEXT,
                link_sent_at  TEXT,
                created_at    TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX group_registrations_occurrence ON group_registrations (occurrence_id)",
        },
        // 3: the requests list sorts and filters 100 000 requests page by page in SQL. One index per sort order,
        // each ending with the receipt time and the id (the tie-breakers) and then carrying every filtered column,
        // so that paging and counting read only the index. The status order is lifecycle order: the expression is
        // RequestRepository::StatusOrderSql, character for character, or SQLite will not use the index.
        {
            "CREATE INDEX requests_list_received ON requests (received_at, id, status, channel, urgency, "
            "first_contact_at)",
            "CREATE INDEX requests_list_reference ON requests (id, received_at, status, channel, urgency, "
            "first_contact_at)",
            "CREATE INDEX requests_list_status ON requests ((CASE status WHEN 'new' THEN 0 WHEN 'awaiting_consent' "
            "THEN 1 WHEN 'triaged' THEN 2 WHEN 'matched' THEN 3 WHEN 'accepted' THEN 4 WHEN 'first_contact_made' "
            "THEN 5 WHEN 'in_progress' THEN 6 ELSE 7 END), received_at, id, status, channel, urgency, "
            "first_contact_at)",
            "CREATE INDEX requests_list_channel ON requests (channel, received_at, id, status, urgency, "
            "first_contact_at)",
            "CREATE INDEX requests_list_urgency ON requests (urgency, received_at, id, status, channel, "
            "first_contact_at)",
            // The due filter: open requests without first contact, the few that have a due date.
            "CREATE INDEX requests_list_due ON requests (received_at, id, channel, urgency, status) "
            "WHERE status <> 'closed' AND first_contact_at IS NULL",
        },
        // 4: statistics. The ledger of published releases (each frozen as the canonical JSON that was published,
        // so later releases can be audited against every earlier one), and the moments the monthly tables range
        // over, so each table is one range scan at any vault size.
        {
            R"(CREATE TABLE stat_releases (
                id             INTEGER PRIMARY KEY,
                period         TEXT NOT NULL,
                revision       INTEGER NOT NULL CHECK (revision >= 0),
                generated_at   TEXT NOT NULL,
                k              INTEGER NOT NULL CHECK (k >= 1),
                content        TEXT NOT NULL,
                content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
                UNIQUE (period, revision)
            ) STRICT)",
            "CREATE INDEX requests_triaged ON requests (triaged_at) WHERE triaged_at IS NOT NULL",
            "CREATE INDEX requests_first_contact ON requests (first_contact_at) WHERE first_contact_at IS NOT NULL",
            "CREATE INDEX requests_closed ON requests (closed_at) WHERE closed_at IS NOT NULL",
            "CREATE INDEX matches_answered ON matches (answered_at) WHERE answered_at IS NOT NULL",
            "CREATE INDEX matches_ended ON matches (ended_at) WHERE ended_at IS NOT NULL",
            "CREATE INDEX escalations_at ON escalations (at)",
        },
        // 5: staff accounts that end. A deactivated account (active = 0) can be given a new initial passphrase;
        // a removed one (removed_at set) is gone for good but keeps its row, which escalations and the audit
        // log's actors refer to. Either way its key slot has left keyring.json.
        {
            "ALTER TABLE users ADD COLUMN removed_at TEXT",
        },
        // 6: a counter that every change to the roster moves on, whoever makes it and on whichever connection.
        // Match ranking reads the whole roster; with the counter a session keeps its roster in memory and reads
        // it again only when it changed (10 000 supporters take a few hundred milliseconds to load).
        {
            R"(CREATE TABLE roster_revision (
                id       INTEGER PRIMARY KEY CHECK (id = 1),
                revision INTEGER NOT NULL
            ) STRICT)",
            "INSERT INTO roster_revision (id, revision) VALUES (1, 0)",
            // Every ranking reads each supporter's load (live matches, latest proposal) from the whole matches
            // table: with proposed_at in the index that is one pass over the index, not a table lookup per match.
            "DROP INDEX matches_supporter",
            "CREATE INDEX matches_supporter ON matches (supporter_id, status, proposed_at)",
            "CREATE TRIGGER supporters_insert_revision AFTER INSERT ON supporters BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporters_update_revision AFTER UPDATE ON supporters BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporters_delete_revision AFTER DELETE ON supporters BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_attributes_insert_revision AFTER INSERT ON supporter_attributes BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_attributes_update_revision AFTER UPDATE ON supporter_attributes BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_attributes_delete_revision AFTER DELETE ON supporter_attributes BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_availability_insert_revision AFTER INSERT ON supporter_availability BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_availability_update_revision AFTER UPDATE ON supporter_availability BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_availability_delete_revision AFTER DELETE ON supporter_availability BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_training_insert_revision AFTER INSERT ON supporter_training BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_training_update_revision AFTER UPDATE ON supporter_training BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_training_delete_revision AFTER DELETE ON supporter_training BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_debriefs_insert_revision AFTER INSERT ON supporter_debriefs BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_debriefs_update_revision AFTER UPDATE ON supporter_debriefs BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
            "CREATE TRIGGER supporter_debriefs_delete_revision AFTER DELETE ON supporter_debriefs BEGIN "
            "UPDATE roster_revision SET revision = revision + 1; END",
        },
        // 7: which supporters changed, not only that the roster did. A session's roster cache reads the change log
        // since its last look and reloads those supporters alone; one debrief no longer costs a whole roster read.
        // The log keeps its newest 10 000 entries: a cache that fell further behind reads the whole roster again.
        // AUTOINCREMENT: a number is never given twice, even after the newest entries were deleted.
        {
            "DROP TRIGGER supporters_insert_revision",
            "DROP TRIGGER supporters_update_revision",
            "DROP TRIGGER supporters_delete_revision",
            "DROP TRIGGER supporter_attributes_insert_revision",
            "DROP TRIGGER supporter_attributes_update_revision",
            "DROP TRIGGER supporter_attributes_delete_revision",
            "DROP TRIGGER supporter_availability_insert_revision",
            "DROP TRIGGER supporter_availability_update_revision",
            "DROP TRIGGER supporter_availability_delete_revision",
            "DROP TRIGGER supporter_training_insert_revision",
            "DROP TRIGGER supporter_training_update_revision",
            "DROP TRIGGER supporter_training_delete_revision",
            "DROP TRIGGER supporter_debriefs_insert_revision",
            "DROP TRIGGER supporter_debriefs_update_revision",
            "DROP TRIGGER supporter_debriefs_delete_revision",
            "DROP TABLE roster_revision",
            R"(CREATE TABLE roster_changes (
                seq          INTEGER PRIMARY KEY AUTOINCREMENT,
                supporter_id INTEGER NOT NULL
            ) STRICT)",
            "CREATE TRIGGER roster_changes_keep_newest AFTER INSERT ON roster_changes BEGIN "
            "DELETE FROM roster_changes WHERE seq <= NEW.seq - 10000; END",
            "CREATE TRIGGER supporters_insert_change AFTER INSERT ON supporters BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.id); END",
            "CREATE TRIGGER supporters_update_change AFTER UPDATE ON supporters BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.id); "
            "INSERT INTO roster_changes (supporter_id) SELECT OLD.id WHERE OLD.id <> NEW.id; END",
            "CREATE TRIGGER supporters_delete_change AFTER DELETE ON supporters BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (OLD.id); END",
            "CREATE TRIGGER supporter_attributes_insert_change AFTER INSERT ON supporter_attributes BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); END",
            "CREATE TRIGGER supporter_attributes_update_change AFTER UPDATE ON supporter_attributes BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); "
            "INSERT INTO roster_changes (supporter_id) SELECT OLD.supporter_id WHERE OLD.supporter_id <> "
            "NEW.supporter_id; END",
            "CREATE TRIGGER supporter_attributes_delete_change AFTER DELETE ON supporter_attributes BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id); END",
            "CREATE TRIGGER supporter_availability_insert_change AFTER INSERT ON supporter_availability BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); END",
            "CREATE TRIGGER supporter_availability_update_change AFTER UPDATE ON supporter_availability BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); "
            "INSERT INTO roster_changes (supporter_id) SELECT OLD.supporter_id WHERE OLD.supporter_id <> "
            "NEW.supporter_id; END",
            "CREATE TRIGGER supporter_availability_delete_change AFTER DELETE ON supporter_availability BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id); END",
            "CREATE TRIGGER supporter_training_insert_change AFTER INSERT ON supporter_training BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); END",
            "CREATE TRIGGER supporter_training_update_change AFTER UPDATE ON supporter_training BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); "
            "INSERT INTO roster_changes (supporter_id) SELECT OLD.supporter_id WHERE OLD.supporter_id <> "
            "NEW.supporter_id; END",
            "CREATE TRIGGER supporter_training_delete_change AFTER DELETE ON supporter_training BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id); END",
            "CREATE TRIGGER supporter_debriefs_insert_change AFTER INSERT ON supporter_debriefs BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); END",
            "CREATE TRIGGER supporter_debriefs_update_change AFTER UPDATE ON supporter_debriefs BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id); "
            "INSERT INTO roster_changes (supporter_id) SELECT OLD.supporter_id WHERE OLD.supporter_id <> "
            "NEW.supporter_id; END",
            "CREATE TRIGGER supporter_debriefs_delete_change AFTER DELETE ON supporter_debriefs BEGIN "
            "INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id); END",
            // Each supporter's load for ranking, kept by triggers in the same transaction as the match that changes
            // it: reading 10 000 rows instead of aggregating every match ever made (100 000 and more) per ranking.
            // Each trigger recounts the one supporter from the matches_supporter index. Declined proposals are not
            // matches the supporter worked on, so they do not count for rotation.
            R"(CREATE TABLE supporter_loads (
                supporter_id    INTEGER PRIMARY KEY REFERENCES supporters (id) ON DELETE CASCADE,
                live            INTEGER NOT NULL,
                last_matched_at TEXT
            ) STRICT)",
            "INSERT INTO supporter_loads (supporter_id, live, last_matched_at) "
            "SELECT supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
            "max(proposed_at) FILTER (WHERE status <> 'declined') FROM matches GROUP BY supporter_id",
            "CREATE TRIGGER matches_insert_load AFTER INSERT ON matches BEGIN "
            "INSERT INTO supporter_loads (supporter_id, live, last_matched_at) "
            "SELECT NEW.supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
            "max(proposed_at) FILTER (WHERE status <> 'declined') FROM matches WHERE supporter_id = NEW.supporter_id "
            "ON CONFLICT (supporter_id) DO UPDATE SET live = excluded.live, last_matched_at = "
            "excluded.last_matched_at; "
            "END",
            "CREATE TRIGGER matches_update_load AFTER UPDATE OF supporter_id, status, proposed_at ON matches BEGIN "
            "INSERT INTO supporter_loads (supporter_id, live, last_matched_at) "
            "SELECT NEW.supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
            "max(proposed_at) FILTER (WHERE status <> 'declined') FROM matches WHERE supporter_id = NEW.supporter_id "
            "ON CONFLICT (supporter_id) DO UPDATE SET live = excluded.live, last_matched_at = "
            "excluded.last_matched_at; "
            "END",
            "CREATE TRIGGER matches_move_load AFTER UPDATE OF supporter_id ON matches "
            "WHEN OLD.supporter_id <> NEW.supporter_id BEGIN "
            "INSERT INTO supporter_loads (supporter_id, live, last_matched_at) "
            "SELECT OLD.supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
            "max(proposed_at) FILTER (WHERE status <> 'declined') FROM matches WHERE supporter_id = OLD.supporter_id "
            "ON CONFLICT (supporter_id) DO UPDATE SET live = excluded.live, last_matched_at = "
            "excluded.last_matched_at; "
            "END",
            "CREATE TRIGGER matches_delete_load AFTER DELETE ON matches BEGIN "
            "INSERT INTO supporter_loads (supporter_id, live, last_matched_at) "
            "SELECT OLD.supporter_id, count(*) FILTER (WHERE status IN ('proposed', 'accepted')), "
            "max(proposed_at) FILTER (WHERE status <> 'declined') FROM matches WHERE supporter_id = OLD.supporter_id "
            "ON CONFLICT (supporter_id) DO UPDATE SET live = excluded.live, last_matched_at = "
            "excluded.last_matched_at; "
            "END",
        },
        // Version 8: every foreign key's child column leads an index, and debriefs leave the roster change log.
        // Without one, SQLite scans the child table for each parent row deleted and for each lookup by that column: a
        // purge of 10 000 requests scanned every match ever made 20 000 times, and each ranking scanned them again
        // for the request's declined proposals.
        {
            "CREATE INDEX matches_request ON matches (request_id, status)",
            "CREATE INDEX escalations_user ON escalations (user_id)",
            "CREATE INDEX group_facilitators_supporter ON group_facilitators (supporter_id)",
            // Matching no longer reads debriefs, so they are not roster changes: at the stress scale one active
            // supporter or another has a debrief nearly every day, and each sent the roster cache back to the vault.
            "DROP TRIGGER supporter_debriefs_insert_change",
            "DROP TRIGGER supporter_debriefs_update_change",
            "DROP TRIGGER supporter_debriefs_delete_change",
            // A refresher is recorded as a new record of the same course, so only the latest record of each course
            // counts. The Dashboard's training list found those by grouping every record ever made (100 000 at the
            // stress scale); `latest` is kept by triggers instead, for the one course of the one supporter a change
            // touches, and the partial index holds just the latest records with a refresher date.
            "ALTER TABLE supporter_training ADD COLUMN latest INTEGER NOT NULL DEFAULT 1 CHECK (latest IN (0, 1))",
            "CREATE INDEX supporter_training_course ON supporter_training (supporter_id, course, completed_on, id)",
            "DROP INDEX supporter_training_supporter", // the new index leads with supporter_id too
            "UPDATE supporter_training SET latest = NOT EXISTS (SELECT 1 FROM supporter_training n "
            "WHERE n.supporter_id = supporter_training.supporter_id AND n.course = supporter_training.course "
            "AND (n.completed_on > supporter_training.completed_on "
            "OR (n.completed_on = supporter_training.completed_on AND n.id > supporter_training.id)))",
            "CREATE INDEX supporter_training_due ON supporter_training (refresher_due) "
            "WHERE latest = 1 AND refresher_due IS NOT NULL",
            "CREATE TRIGGER supporter_training_insert_latest AFTER INSERT ON supporter_training BEGIN "
            "UPDATE supporter_training SET latest = (id = (SELECT l.id FROM supporter_training l "
            "WHERE l.supporter_id = NEW.supporter_id AND l.course = NEW.course ORDER BY l.completed_on DESC, l.id DESC "
            "LIMIT 1)) WHERE supporter_id = NEW.supporter_id AND course = NEW.course; END",
            "CREATE TRIGGER supporter_training_update_latest AFTER UPDATE OF supporter_id, course, completed_on "
            "ON supporter_training BEGIN "
            "UPDATE supporter_training SET latest = (id = (SELECT l.id FROM supporter_training l "
            "WHERE l.supporter_id = NEW.supporter_id AND l.course = NEW.course ORDER BY l.completed_on DESC, l.id DESC "
            "LIMIT 1)) WHERE supporter_id = NEW.supporter_id AND course = NEW.course; "
            "UPDATE supporter_training SET latest = (id = (SELECT l.id FROM supporter_training l "
            "WHERE l.supporter_id = OLD.supporter_id AND l.course = OLD.course ORDER BY l.completed_on DESC, l.id DESC "
            "LIMIT 1)) WHERE supporter_id = OLD.supporter_id AND course = OLD.course; END",
            "CREATE TRIGGER supporter_training_delete_latest AFTER DELETE ON supporter_training BEGIN "
            "UPDATE supporter_training SET latest = (id = (SELECT l.id FROM supporter_training l "
            "WHERE l.supporter_id = OLD.supporter_id AND l.course = OLD.course ORDER BY l.completed_on DESC, l.id DESC "
            "LIMIT 1)) WHERE supporter_id = OLD.supporter_id AND course = OLD.course; END",
        },
        // Version 9: matching reads every supporter's availability and current training in supporter order.
        // Through indexes led by supporter_id, each row cost a seek into its table, whose rows lie wherever they
        // were written (a record added years later is pages away from the first): at the stress scale the training
        // query alone took 114 ms of the 200 ms roster read. These indexes hold every column the roster read wants,
        // in the order it wants them, so it reads one index from end to end and sorts nothing; the training one
        // holds only each course's latest record, the only one matching checks.
        {
            "CREATE INDEX supporter_availability_roster "
            "ON supporter_availability (supporter_id, weekday, start_minute, end_minute)",
            "DROP INDEX supporter_availability_supporter", // the new index leads with supporter_id too
            "CREATE INDEX supporter_training_roster "
            "ON supporter_training (supporter_id, completed_on, id, course, required, refresher_due) WHERE latest = 1",
        },
        // Version 10: what the keys that enforce roles need (docs/file-format.md). Every key a staff member's slot
        // had after its first, with the signature of the key before it (or the recovery key's) that vouches for it;
        // audit rows signed by their actor's key; identity columns encrypted per cell under the identity key, which
        // reporting users do not receive, beside the plaintext ones that version 11 encrypts into them and drops;
        // supporters' e-mail and phone as keyed hashes for uniqueness and for recognising a requester on the roster;
        // and the phone numbers several physicians share (a switchboard), which do not make them one person.
        {
            R"(CREATE TABLE staff_keys (
                slot_id        TEXT NOT NULL,
                seq            INTEGER NOT NULL CHECK (seq >= 1),
                box_key        BLOB NOT NULL CHECK (length(box_key) = 32),
                signing_key    BLOB NOT NULL CHECK (length(signing_key) = 32),
                endorser       TEXT NOT NULL CHECK (endorser IN ('previous', 'recovery', 'legacy')),
                endorser_key   BLOB CHECK (endorser_key IS NULL OR length(endorser_key) = 32),
                endorsement    BLOB NOT NULL CHECK (length(endorsement) = 64),
                since_audit_id INTEGER NOT NULL CHECK (since_audit_id >= 1),
                created_at     TEXT NOT NULL,
                PRIMARY KEY (slot_id, seq)
            ) STRICT, WITHOUT ROWID)",
            "ALTER TABLE audit_log ADD COLUMN signing_key BLOB CHECK (signing_key IS NULL OR length(signing_key) = 32)",
            "ALTER TABLE audit_log ADD COLUMN signature BLOB CHECK (signature IS NULL OR length(signature) = 64)",
            "ALTER TABLE requests ADD COLUMN name_ct BLOB",
            "ALTER TABLE requests ADD COLUMN email_ct BLOB",
            "ALTER TABLE requests ADD COLUMN phone_ct BLOB",
            "ALTER TABLE requests ADD COLUMN best_time_ct BLOB",
            "ALTER TABLE requests ADD COLUMN institution_ct BLOB",
            "ALTER TABLE supporters ADD COLUMN name_ct BLOB",
            "ALTER TABLE supporters ADD COLUMN email_ct BLOB",
            "ALTER TABLE supporters ADD COLUMN phone_ct BLOB",
            "ALTER TABLE supporters ADD COLUMN pronouns_ct BLOB",
            "ALTER TABLE supporters ADD COLUMN email_bidx BLOB CHECK (email_bidx IS NULL OR length(email_bidx) = 32)",
            "ALTER TABLE supporters ADD COLUMN phone_bidx BLOB CHECK (phone_bidx IS NULL OR length(phone_bidx) = 32)",
            "ALTER TABLE group_registrations ADD COLUMN name_ct BLOB",
            "ALTER TABLE group_registrations ADD COLUMN contact_ct BLOB",
            "ALTER TABLE group_registrations ADD COLUMN province_ct BLOB",
            R"(CREATE TABLE shared_phone_keys (
                repeat_key TEXT PRIMARY KEY
            ) STRICT, WITHOUT ROWID)",
            "CREATE INDEX requests_repeat_pair ON requests (repeat_key_phone, repeat_key_email) "
            "WHERE repeat_key_phone IS NOT NULL",
            // A request's earlier requests are counted in receipt order: the order is in the index.
            "DROP INDEX requests_repeat_email",
            "DROP INDEX requests_repeat_phone",
            "CREATE INDEX requests_repeat_email ON requests (repeat_key_email, received_at, id) "
            "WHERE repeat_key_email IS NOT NULL",
            "CREATE INDEX requests_repeat_phone ON requests (repeat_key_phone, received_at, id) "
            "WHERE repeat_key_phone IS NOT NULL",
            // The key that marks a backup's snapshot folder as this vault's (core/services/Backup.cpp). It lives
            // in the database rather than being derived from the data key so that a folder left by a backup
            // killed before a rotation is still recognised, and removed, after it. SQLite's randomblob draws
            // from its ChaCha20 generator seeded by the operating system.
            "INSERT INTO meta (key, value) VALUES ('snapshot_mark_key', lower(hex(randomblob(32))))",
        },
    };
    return all;
}

// The steps after IdentityCellsVersion, which apply() takes once a vault has reached it: steps()[0] is version 12.
const std::vector<std::vector<const char*>>& laterSteps()
{
    static const std::vector<std::vector<const char*>> all = {
        // Version 12: closing a request cancels its conversations booked from the close on (RequestService::close).
        // Before, they stayed scheduled, on the calendar and in the supporter's time, after the request had
        // closed and its identity was purged; they never took place, so they are cancelled here once. The ones
        // before the close are left as they are: they may have been held and not yet recorded.
        {
            "UPDATE conversations SET status = 'cancelled' WHERE status = 'scheduled' AND starts_at >= ("
            "SELECT r.closed_at FROM matches m JOIN requests r ON r.id = m.request_id "
            "WHERE m.id = conversations.match_id AND r.status = 'closed')",
        },
        // Version 13: a colleague's referral has its first-contact clock start at the person's consent, not at
        // receipt (RequestRepository::ContactClockSql, whose text these indexes repeat exactly). The due filter
        // reads the open requests without first contact in the clock's order, and sorting by due date is sorting
        // by the clock, each through an index as the other orders are.
        {
            "DROP INDEX requests_list_due",
            "CREATE INDEX requests_list_due ON requests ((CASE WHEN referral_type = 'colleague' AND "
            "consent_recorded_at IS NOT NULL THEN consent_recorded_at ELSE received_at END), id, channel, urgency, "
            "status) WHERE status <> 'closed' AND first_contact_at IS NULL",
            "CREATE INDEX requests_list_clock ON requests ((CASE WHEN referral_type = 'colleague' AND "
            "consent_recorded_at IS NOT NULL THEN consent_recorded_at ELSE received_at END), id, status, channel, "
            "urgency, first_contact_at)",
        },
        // Version 14: the weeks after the first match (issue 22). A match ended early for a new supporter keeps
        // the category it ended for (MatchingService::end); a request records the referrals given to other
        // services, at any point of its support (RequestService::refer). Closures already referred elsewhere with a
        // resource become that request's referral given, at its closure, so the statistics count them too.
        {
            "ALTER TABLE matches ADD COLUMN end_reason TEXT CHECK (end_reason IS NULL OR (status = 'ended' AND "
            "length(end_reason) BETWEEN 1 AND 100))",
            "CREATE INDEX matches_ended_early ON matches (ended_at, end_reason) WHERE end_reason IS NOT NULL",
            R"(CREATE TABLE referrals_given (
                id         INTEGER PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests (id),
                resource   TEXT NOT NULL CHECK (length(resource) BETWEEN 1 AND 200),
                given_at   TEXT NOT NULL,
                created_at TEXT NOT NULL
            ) STRICT)",
            "CREATE INDEX referrals_given_request ON referrals_given (request_id)",
            "CREATE INDEX referrals_given_at ON referrals_given (given_at, resource)",
            // The Dashboard's lists of what happened and was not recorded read only what is still scheduled.
            "CREATE INDEX conversations_unrecorded ON conversations (starts_at) WHERE status = 'scheduled'",
            "CREATE INDEX group_occurrences_unrecorded ON group_occurrences (ends_at) WHERE status = 'scheduled'",
            "INSERT INTO referrals_given (request_id, resource, given_at, created_at) SELECT id, referred_resource, "
            "closed_at, closed_at FROM requests WHERE status = 'closed' AND referred_resource IS NOT NULL AND "
            "referred_resource <> '' AND closed_at IS NOT NULL ORDER BY id",
        },
        // Version 15: a new request half typed when the window locks is kept, one per person, as one identity cell
        // (RequestService::keepDraft), and given back after the next unlock; never kept longer than a week.
        {
            R"(CREATE TABLE request_drafts (
                user_id    INTEGER PRIMARY KEY REFERENCES users (id),
                content_ct BLOB NOT NULL,
                saved_at   TEXT NOT NULL
            ) STRICT)",
        },
        // Version 16: groups meet daily, on several weekdays, every N weeks or monthly on the n-th weekday (an
        // RRULE subset, GroupRecurrence; '' for the weekly rhythm of weekday and interval_weeks), may skip the
        // statutory holidays, and a session not held because of a closure day, a holiday or the group's end says so.
        {
            "ALTER TABLE peer_groups ADD COLUMN recurrence TEXT NOT NULL DEFAULT '' "
            "CHECK (recurrence = '' OR recurrence GLOB 'FREQ=*')",
            "ALTER TABLE peer_groups ADD COLUMN skip_holidays INTEGER NOT NULL DEFAULT 0 CHECK (skip_holidays IN (0, "
            "1))",
            "ALTER TABLE group_occurrences ADD COLUMN skipped_for TEXT "
            "CHECK (skipped_for IS NULL OR (skipped_for IN ('closure', 'holiday', 'ended') AND status = 'cancelled'))",
        },
        // Version 17: standing members of a group, verified once (GroupMemberService::add), instead of a
        // registration for every session. Their name, contact and province are identity cells, NULL once purged
        // (the retention period after they left); the row stays for the counts of members who joined and left.
        // returning_key: the repeat key of their contact, only where the program recognises returning members.
        {
            "ALTER TABLE peer_groups ADD COLUMN enrolment TEXT NOT NULL DEFAULT 'session' "
            "CHECK (enrolment IN ('session', 'members'))",
            R"(CREATE TABLE group_members (
                id            INTEGER PRIMARY KEY,
                group_id      INTEGER NOT NULL REFERENCES peer_groups (id),
                name_ct       BLOB,
                contact_ct    BLOB,
                province_ct   BLOB,
                returning_key TEXT CHECK (returning_key IS NULL OR length(returning_key) BETWEEN 1 AND 16),
                returning_member INTEGER NOT NULL DEFAULT 0 CHECK (returning_member IN (0, 1)),
                joined_at     TEXT NOT NULL,
                verified_at   TEXT,
                link_sent_at  TEXT CHECK (link_sent_at IS NULL OR verified_at IS NOT NULL),
                left_at       TEXT CHECK (left_at IS NULL OR left_at >= joined_at),
                left_reason   TEXT CHECK ((left_at IS NULL AND left_reason IS NULL)
                                          OR (left_at IS NOT NULL AND left_reason IN ('removed', 'group_ended'))),
                legal_hold    INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1)),
                purged_at     TEXT CHECK (purged_at IS NULL OR (left_at IS NOT NULL AND legal_hold = 0
                                          AND name_ct IS NULL AND contact_ct IS NULL AND province_ct IS NULL))
            ) STRICT)",
            "CREATE INDEX group_members_group ON group_members (group_id, left_at, id)",
            "CREATE INDEX group_members_to_purge ON group_members (left_at) WHERE purged_at IS NULL AND left_at IS "
            "NOT NULL",
            "CREATE INDEX group_members_returning ON group_members (group_id, returning_key) "
            "WHERE returning_key IS NOT NULL",
            "CREATE INDEX group_members_joined ON group_members (joined_at, group_id)",
            "CREATE INDEX group_members_left ON group_members (left_at, group_id) WHERE left_at IS NOT NULL",
            // A group's resources for participants (';'-separated, shown with its sessions), and escalations
            // recorded on a session (GroupService::escalate): time, who recorded it and the action category, never
            // a narrative or a participant.
            "ALTER TABLE peer_groups ADD COLUMN resources TEXT NOT NULL DEFAULT '' CHECK (length(resources) <= 2200)",
            R"(CREATE TABLE group_escalations (
                id            INTEGER PRIMARY KEY,
                occurrence_id INTEGER NOT NULL REFERENCES group_occurrences (id),
                at            TEXT NOT NULL,
                user_id       INTEGER NOT NULL REFERENCES users (id),
                action        TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 100)
            ) STRICT)",
            "CREATE INDEX group_escalations_occurrence ON group_escalations (occurrence_id)",
            "CREATE INDEX group_escalations_at ON group_escalations (at, action)",
            "CREATE INDEX group_escalations_user ON group_escalations (user_id)",
        },
        // Version 18: row versions (storage/RowVersion.h, issue 27). Every row people change carries one; every UPDATE
        // statement moves it on by one, whoever runs it: a change that claimed the row moved it itself, any other is
        // moved by the trigger (recursive triggers are off, so the trigger's own UPDATE does not fire it again). And a
        // colleague's referral is never triaged before the person's consent is recorded, whoever writes the row.
        {
            "ALTER TABLE requests ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER requests_row_version AFTER UPDATE ON requests WHEN NEW.row_version <> OLD.row_version + 1 "
            "BEGIN UPDATE requests SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE supporters ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER supporters_row_version AFTER UPDATE ON supporters WHEN NEW.row_version <> OLD.row_version "
            "+ 1 "
            "BEGIN UPDATE supporters SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE matches ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER matches_row_version AFTER UPDATE ON matches WHEN NEW.row_version <> OLD.row_version + 1 "
            "BEGIN UPDATE matches SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE conversations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER conversations_row_version AFTER UPDATE ON conversations WHEN NEW.row_version <> "
            "OLD.row_version + 1 "
            "BEGIN UPDATE conversations SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE peer_groups ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER peer_groups_row_version AFTER UPDATE ON peer_groups WHEN NEW.row_version <> "
            "OLD.row_version + 1 "
            "BEGIN UPDATE peer_groups SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE group_occurrences ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER group_occurrences_row_version AFTER UPDATE ON group_occurrences WHEN NEW.row_version <> "
            "OLD.row_version + 1 "
            "BEGIN UPDATE group_occurrences SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE group_members ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER group_members_row_version AFTER UPDATE ON group_members WHEN NEW.row_version <> "
            "OLD.row_version + 1 "
            "BEGIN UPDATE group_members SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE group_registrations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= "
            "1)",
            "CREATE TRIGGER group_registrations_row_version AFTER UPDATE ON group_registrations WHEN NEW.row_version "
            "<> OLD.row_version + 1 "
            "BEGIN UPDATE group_registrations SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "ALTER TABLE users ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER users_row_version AFTER UPDATE ON users WHEN NEW.row_version <> OLD.row_version + 1 "
            "BEGIN UPDATE users SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END",
            "CREATE TRIGGER requests_consent_before_triage BEFORE UPDATE OF triaged_at, consent_recorded_at ON "
            "requests "
            "WHEN NEW.triaged_at IS NOT NULL AND NEW.referral_type = 'colleague' AND NEW.consent_recorded_at IS NULL "
            "BEGIN SELECT RAISE(ABORT, 'a colleague''s referral is triaged only after consent'); END",
            "CREATE TRIGGER requests_consent_before_triage_insert BEFORE INSERT ON requests "
            "WHEN NEW.triaged_at IS NOT NULL AND NEW.referral_type = 'colleague' AND NEW.consent_recorded_at IS NULL "
            "BEGIN SELECT RAISE(ABORT, 'a colleague''s referral is triaged only after consent'); END",
        },
        // 19: sites (issue 28). A program run from several places gives each request, supporter and group a site;
        // a program with one site has site 1 and notices nothing. staff_sites says which sites a coordinator of a
        // program server works: there row-level security holds them to those (server_schema step 7); a local
        // vault's accounts all open the same file, so it keeps the assignments only to carry them to a server.
        // SQLite cannot add a column with a foreign key and a default: triggers check the site exists, and a site
        // is never deleted.
        {
            R"(CREATE TABLE sites (
                id   INTEGER PRIMARY KEY,
                code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32 AND code NOT GLOB '*[^a-z0-9-]*'),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80)
            ) STRICT)",
            "INSERT INTO sites (id, code, name) VALUES (1, 'main', 'Main')",
            "CREATE TRIGGER sites_kept BEFORE DELETE ON sites "
            "BEGIN SELECT RAISE(ABORT, 'a site is never deleted'); END",
            "CREATE TRIGGER sites_id_kept BEFORE UPDATE OF id ON sites "
            "BEGIN SELECT RAISE(ABORT, 'a site keeps its number'); END",
            R"(CREATE TABLE staff_sites (
                login   TEXT NOT NULL, -- a login, as the server's (no foreign key there: server_schema step 7)
                site_id INTEGER NOT NULL REFERENCES sites (id),
                PRIMARY KEY (login, site_id)
            ) STRICT, WITHOUT ROWID)",
            // Everyone who works the program today works its one site.
            "INSERT INTO staff_sites (login, site_id) SELECT login, 1 FROM users",
            "ALTER TABLE requests ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1",
            "CREATE INDEX requests_site ON requests (site_id, received_at)",
            "ALTER TABLE supporters ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1",
            "ALTER TABLE peer_groups ADD COLUMN site_id INTEGER NOT NULL DEFAULT 1",
            "CREATE INDEX supporters_site ON supporters (site_id)",
            "CREATE INDEX peer_groups_site ON peer_groups (site_id)",
            "CREATE INDEX staff_sites_site ON staff_sites (site_id)",
            "CREATE TRIGGER requests_site_known BEFORE INSERT ON requests "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            "CREATE TRIGGER requests_site_known_update BEFORE UPDATE OF site_id ON requests "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            "CREATE TRIGGER supporters_site_known BEFORE INSERT ON supporters "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            "CREATE TRIGGER supporters_site_known_update BEFORE UPDATE OF site_id ON supporters "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            "CREATE TRIGGER peer_groups_site_known BEFORE INSERT ON peer_groups "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            "CREATE TRIGGER peer_groups_site_known_update BEFORE UPDATE OF site_id ON peer_groups "
            "WHEN NOT EXISTS (SELECT 1 FROM sites WHERE id = NEW.site_id) "
            "BEGIN SELECT RAISE(ABORT, 'no such site'); END",
            // A supporter is matched within the request's site unless the program allows crossing sites (setting
            // cross_site_matching): the services rank only those, and this refuses any other path.
            "CREATE TRIGGER matches_within_site BEFORE INSERT ON matches "
            "WHEN (SELECT site_id FROM supporters WHERE id = NEW.supporter_id) "
            "IS NOT (SELECT site_id FROM requests WHERE id = NEW.request_id) "
            "AND coalesce((SELECT value FROM settings WHERE key = 'cross_site_matching'), '0') <> '1' "
            "BEGIN SELECT RAISE(ABORT, 'the supporter works another site'); END",
            "CREATE TRIGGER matches_within_site_update BEFORE UPDATE OF request_id, supporter_id ON matches "
            "WHEN (SELECT site_id FROM supporters WHERE id = NEW.supporter_id) "
            "IS NOT (SELECT site_id FROM requests WHERE id = NEW.request_id) "
            "AND coalesce((SELECT value FROM settings WHERE key = 'cross_site_matching'), '0') <> '1' "
            "BEGIN SELECT RAISE(ABORT, 'the supporter works another site'); END",
        },
        // 20: a supporter's account names the roster entry whose matches it works (server_schema step 8). Supporters
        // sign in to program servers only: every account of a vault opens the same file, so the role check above
        // admits none here; the column is kept so that a program's accounts move between a vault and a server.
        {
            "ALTER TABLE users ADD COLUMN supporter_id INTEGER REFERENCES supporters (id)",
            "CREATE UNIQUE INDEX users_supporter ON users (supporter_id) WHERE supporter_id IS NOT NULL AND removed_at "
            "IS NULL",
            "CREATE INDEX users_supporter_link ON users (supporter_id)", // the foreign key's own
        },
    };
    return all;
}

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Database)
};

} // namespace

int latestVersion()
{
    return IdentityCellsVersion + static_cast<int>(laterSteps().size());
}

int plainVersion()
{
    return static_cast<int>(steps().size());
}

Result<void> apply(Database& database)
{
    const int current = database.schemaVersion();
    const QString fileName = QFileInfo(database.path()).fileName();
    if (current < 0)
        return makeError(ErrorCode::Damaged,
                         Text::tr("%1 is damaged: its schema version cannot be read.").arg(fileName));
    if (current > latestVersion()) {
        return makeError(
            ErrorCode::Damaged,
            Text::tr("%1 was written by a newer PeerDesk (schema %2; this program knows up to %3). Install "
                     "the newer PeerDesk to open it.")
                .arg(fileName)
                .arg(current)
                .arg(latestVersion()));
    }
    auto stepsOf = [](int version) -> const std::vector<const char*>& {
        return version <= plainVersion() ? steps()[static_cast<std::size_t>(version - 1)]
                                         : laterSteps()[static_cast<std::size_t>(version - IdentityCellsVersion - 1)];
    };
    // Up to plainVersion() from an older vault; from IdentityCellsVersion on once the identity step is done.
    const int last = current >= IdentityCellsVersion ? latestVersion() : plainVersion();
    for (int version = current + 1; version <= last; ++version) {
        auto applied = database.transaction([&]() -> Result<void> {
            for (const char* statement : stepsOf(version)) {
                if (auto done = database.exec(QString::fromUtf8(statement)); !done)
                    return done.error();
            }
            // PRAGMA takes no bound parameters; version is our own integer.
            if (auto done = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !done)
                return done.error();
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

} // namespace peerdesk::migrations
