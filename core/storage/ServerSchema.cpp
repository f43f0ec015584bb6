#include "core/storage/ServerSchema.h"

#include <QtGlobal>

#include <string>

namespace peerdesk::server_schema {

namespace {

using Step = std::vector<const char*>;

// Staff logins are added by administrators through this function (step 1; step 8 admits supporters' logins). A
// login is the program's database name, "_u_" and the person's login, so an administrator can reach no role of
// another program, no group role and not the owner; a password arrives only as its SCRAM verifier.
constexpr const char* AddStaffFunction =
    R"(CREATE FUNCTION add_staff(login text, staff_role text, verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
    DECLARE
        program text := current_database();
        person text := substr(login, length(current_database()) + 4);
        other text;
        parts text[];
    BEGIN
        IF NOT pg_has_role(session_user, program || '_administrator', 'MEMBER') THEN
            RAISE EXCEPTION 'only the program''s administrators add staff' USING ERRCODE = '42501';
        END IF;
        IF left(login, length(program) + 3) <> program || '_u_' OR person !~ '^[a-z0-9][a-z0-9._-]{0,63}$'
           OR octet_length(login) > 63 THEN
            RAISE EXCEPTION 'a staff login is the program''s name, _u_ and the person''s login'
                USING ERRCODE = '22023';
        END IF;
        IF staff_role IS NULL OR staff_role NOT IN ('administrator', 'coordinator', 'reporting') THEN
            RAISE EXCEPTION 'a staff role is administrator, coordinator or reporting' USING ERRCODE = '22023';
        END IF;
        -- PostgreSQL takes a text it cannot read as a verifier for a password and hashes it, so the shape
        -- alone proves nothing: the salt (16 bytes or more) and both keys (32 bytes) must decode, at no fewer
        -- iterations than PostgreSQL's own default.
        parts := regexp_match(coalesce(verifier, ''),
            '^SCRAM-SHA-256\$([0-9]{4,9}):([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+):([A-Za-z0-9+/=]+)$');
        IF parts IS NULL OR parts[1]::integer < 4096 OR octet_length(decode(parts[2], 'base64')) < 16
           OR octet_length(decode(parts[3], 'base64')) <> 32 OR octet_length(decode(parts[4], 'base64')) <> 32 THEN
            RAISE EXCEPTION 'a staff password is given as its SCRAM verifier, never in plain text'
                USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
            -- Someone removed earlier and added again: back in with the new verifier, in this role only. Only
            -- a login this program made (its comment says so: role names are the cluster's, and another
            -- program's roles may share this prefix), and only a removed one: an active person's password is
            -- theirs to change.
            IF coalesce(shobj_description((SELECT oid FROM pg_roles WHERE rolname = login), 'pg_authid'), '')
                   <> 'PeerDesk staff login of ' || program THEN
                RAISE EXCEPTION 'not a staff login of this program' USING ERRCODE = '22023';
            END IF;
            IF (SELECT rolcanlogin FROM pg_roles WHERE rolname = login) THEN
                RAISE EXCEPTION 'this person already has a login' USING ERRCODE = '23505';
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, verifier);
            FOR other IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                         JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = login LOOP
                EXECUTE format('REVOKE %I FROM %I', other, login);
            END LOOP;
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, verifier);
            EXECUTE format('COMMENT ON ROLE %I IS %L', login, 'PeerDesk staff login of ' || program);
        END IF;
        EXECUTE format('GRANT %I TO %I', program || '_' || staff_role, login);
    END
    $$)";

// Step 8's version of it: the same text, admitting the supporter role too.
const char* addStaffWithSupporters()
{
    static const std::string text = [] {
        std::string sql = AddStaffFunction;
        const auto replaceOnce = [&sql](const std::string& from, const std::string& to) {
            const auto at = sql.find(from);
            Q_ASSERT(at != std::string::npos);
            sql.replace(at, from.size(), to);
        };
        replaceOnce("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION");
        replaceOnce("NOT IN ('administrator', 'coordinator', 'reporting')",
                    "NOT IN ('administrator', 'coordinator', 'reporting', 'supporter')");
        replaceOnce("a staff role is administrator, coordinator or reporting",
                    "a staff role is administrator, coordinator, reporting or supporter");
        return sql;
    }();
    return text.c_str();
}

// How SQLite's types and forms are written here (the local schema is in Migrations.cpp and IdentityMigration.cpp):
// - INTEGER is bigint everywhere, flags included, so that a bound integer compares and stores as it does in SQLite;
//   each 0/1 flag keeps its CHECK (x IN (0, 1)). TEXT is text, BLOB bytea (length() of a blob is octet_length()),
//   REAL double precision.
// - INTEGER PRIMARY KEY is an identity column GENERATED BY DEFAULT, so an explicit id (audit_log's, an id allocated
//   before its ciphertext is made) can still be inserted. A key that is also a foreign key (supporter_loads,
//   request_drafts) stays a plain bigint key: SQLite would only number it when it is left out, which nothing does.
// - STRICT and WITHOUT ROWID have no equivalent and need none: PostgreSQL's columns are always typed.
// - Text compares and sorts byte by byte, as SQLite's BINARY does, because the database is created with
//   LC_COLLATE 'C': moments (ISO-8601 text) and the CHECKs comparing them behave alike.
// - SQLite fires a trigger once per row as each row changes; PostgreSQL's AFTER ... FOR EACH ROW triggers fire once
//   per row at the end of the statement. Each trigger here recomputes from the table as it is then, so the outcome
//   is the same.
// - Each trigger function runs with the invoker's rights and a fixed search_path, so that nothing in a schema the
//   session put first can stand in for one of these tables.
const std::vector<Step>& all()
{
    static const std::vector<Step> versions = {
        // 1: the local vault's tables at its version 17, and the audit log made append-only.
        {
            // The vault's metadata; also holds this schema's version ('schema_version'), as user_version does locally.
            R"(CREATE TABLE meta (
                key   text PRIMARY KEY,
                value text NOT NULL
            ))",
            R"(CREATE TABLE users (
                id                     bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                login                  text NOT NULL UNIQUE,
                display_name           text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
                role                   text NOT NULL CHECK (role IN ('administrator', 'coordinator', 'reporting')),
                slot_id                text NOT NULL UNIQUE,
                active                 bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                must_change_passphrase bigint NOT NULL DEFAULT 0 CHECK (must_change_passphrase IN (0, 1)),
                created_at             text NOT NULL,
                removed_at             text
            ))",
            R"(CREATE TABLE settings (
                key   text PRIMARY KEY,
                value text NOT NULL
            ))",
            R"(CREATE TABLE audit_log (
                id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                at          text NOT NULL,
                actor       text NOT NULL,
                action      text NOT NULL,
                entity_type text NOT NULL,
                entity_id   bigint,
                hash        text NOT NULL CHECK (length(hash) = 64),
                signing_key bytea CHECK (signing_key IS NULL OR octet_length(signing_key) = 32),
                signature   bytea CHECK (signature IS NULL OR octet_length(signature) = 64)
            ))",
            "CREATE INDEX audit_log_at ON audit_log (at)",
            "CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)",
            // The chain is verified row by row, so a row changed or removed after the fact breaks it; on a server
            // it is also refused outright, for every role including the owner (who can still drop the trigger:
            // the signatures and the chain are what prove the log whole). SQLSTATE 42501: Database reports
            // NotPermitted.
            R"(CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'insufficient_privilege';
            END
            $$)",
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
            // TRUNCATE fires no row trigger.
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",

            // The roster. The identity cells (*_ct) are ciphertext made by the client; email_bidx and phone_bidx
            // are blind indexes of the e-mail and phone, for uniqueness and for recognising a requester.
            R"(CREATE TABLE supporters (
                id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                gender            text,
                specialty         text NOT NULL,
                practice_setting  text NOT NULL DEFAULT '',
                region            text NOT NULL DEFAULT '',
                career_stage      text NOT NULL,
                max_active        bigint NOT NULL DEFAULT 2 CHECK (max_active BETWEEN 0 AND 50),
                status            text NOT NULL CHECK (status IN ('nominated', 'in_training', 'active', 'paused',
                                                                  'retired')),
                paused_until      text,
                cooldown_days     bigint NOT NULL DEFAULT 14 CHECK (cooldown_days BETWEEN 0 AND 365),
                cooldown_until    text,
                retired_at        text,
                contact_purged_at text,
                created_at        text NOT NULL,
                updated_at        text NOT NULL,
                name_ct           bytea,
                email_ct          bytea,
                phone_ct          bytea,
                pronouns_ct       bytea,
                email_bidx        bytea CHECK (email_bidx IS NULL OR octet_length(email_bidx) = 32),
                phone_bidx        bytea CHECK (phone_bidx IS NULL OR octet_length(phone_bidx) = 32)
            ))",
            "CREATE INDEX supporters_status ON supporters (status)",
            "CREATE UNIQUE INDEX supporters_email ON supporters (email_bidx) WHERE email_bidx IS NOT NULL",
            R"(CREATE TABLE supporter_attributes (
                supporter_id bigint NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                kind         text NOT NULL CHECK (kind IN ('language', 'modality', 'affinity', 'institution')),
                value        text NOT NULL,
                PRIMARY KEY (supporter_id, kind, value)
            ))",
            R"(CREATE TABLE supporter_availability (
                id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                supporter_id bigint NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                weekday      bigint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute bigint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute   bigint NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
            ))",
            "CREATE INDEX supporter_availability_roster "
            "ON supporter_availability (supporter_id, weekday, start_minute, end_minute)",
            R"(CREATE TABLE supporter_training (
                id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                supporter_id  bigint NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                course        text NOT NULL CHECK (length(course) BETWEEN 1 AND 100),
                required      bigint NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
                completed_on  text NOT NULL,
                refresher_due text,
                latest        bigint NOT NULL DEFAULT 1 CHECK (latest IN (0, 1))
            ))",
            "CREATE INDEX supporter_training_course ON supporter_training (supporter_id, course, completed_on, id)",
            "CREATE INDEX supporter_training_due ON supporter_training (refresher_due) "
            "WHERE latest = 1 AND refresher_due IS NOT NULL",
            "CREATE INDEX supporter_training_roster "
            "ON supporter_training (supporter_id, completed_on, id, course, required, refresher_due) WHERE latest = 1",
            R"(CREATE TABLE supporter_debriefs (
                id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                supporter_id bigint NOT NULL REFERENCES supporters (id) ON DELETE CASCADE,
                kind         text NOT NULL CHECK (kind IN ('debrief', 'supervision')),
                held_on      text NOT NULL
            ))",
            "CREATE INDEX supporter_debriefs_supporter ON supporter_debriefs (supporter_id)",

            // Requests. The identity cells (*_ct) are ciphertext; repeat_key_* are keyed hashes of the contact.
            R"(CREATE TABLE requests (
                id                     bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                received_at            text NOT NULL,
                channel                text NOT NULL,
                referral_type          text NOT NULL CHECK (referral_type IN ('self', 'colleague')),
                status                 text NOT NULL,
                close_outcome          text,
                urgency                text NOT NULL DEFAULT 'routine' CHECK (urgency IN ('routine', 'priority')),
                career_stage           text NOT NULL DEFAULT '',
                specialty              text NOT NULL DEFAULT '',
                region                 text NOT NULL DEFAULT '',
                specialty_preference   text NOT NULL DEFAULT 'any'
                                       CHECK (specialty_preference IN ('same', 'different', 'any')),
                affinity_preference    text,
                gender_preference      text,
                allow_same_institution bigint NOT NULL DEFAULT 0 CHECK (allow_same_institution IN (0, 1)),
                repeat_key_email       text,
                repeat_key_phone       text,
                consent_recorded_at    text,
                triaged_at             text,
                first_contact_at       text,
                closed_at              text,
                referred_resource      text,
                escalated              bigint NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
                legal_hold             bigint NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1)),
                identity_purged_at     text,
                created_at             text NOT NULL,
                updated_at             text NOT NULL,
                name_ct                bytea,
                email_ct               bytea,
                phone_ct               bytea,
                best_time_ct           bytea,
                institution_ct         bytea,
                CHECK ((status = 'closed') = (close_outcome IS NOT NULL AND closed_at IS NOT NULL))
            ))",
            "CREATE INDEX requests_status ON requests (status, received_at)",
            "CREATE INDEX requests_received ON requests (received_at)",
            "CREATE INDEX requests_purge ON requests (closed_at) WHERE identity_purged_at IS NULL",
            "CREATE INDEX requests_repeat_email ON requests (repeat_key_email, received_at, id) "
            "WHERE repeat_key_email IS NOT NULL",
            "CREATE INDEX requests_repeat_phone ON requests (repeat_key_phone, received_at, id) "
            "WHERE repeat_key_phone IS NOT NULL",
            "CREATE INDEX requests_repeat_pair ON requests (repeat_key_phone, repeat_key_email) "
            "WHERE repeat_key_phone IS NOT NULL",
            // The requests list's sort orders (RequestRepository::StatusOrderSql and ContactClockSql, character for
            // character, as in the local schema).
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
            "CREATE INDEX requests_list_due ON requests ((CASE WHEN referral_type = 'colleague' AND "
            "consent_recorded_at IS NOT NULL THEN consent_recorded_at ELSE received_at END), id, channel, urgency, "
            "status) WHERE status <> 'closed' AND first_contact_at IS NULL",
            "CREATE INDEX requests_list_clock ON requests ((CASE WHEN referral_type = 'colleague' AND "
            "consent_recorded_at IS NOT NULL THEN consent_recorded_at ELSE received_at END), id, status, channel, "
            "urgency, first_contact_at)",
            "CREATE INDEX requests_triaged ON requests (triaged_at) WHERE triaged_at IS NOT NULL",
            "CREATE INDEX requests_first_contact ON requests (first_contact_at) WHERE first_contact_at IS NOT NULL",
            "CREATE INDEX requests_closed ON requests (closed_at) WHERE closed_at IS NOT NULL",
            R"(CREATE TABLE request_attributes (
                request_id bigint NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
                kind       text NOT NULL CHECK (kind IN ('language', 'modality', 'reason')),
                value      text NOT NULL,
                PRIMARY KEY (request_id, kind, value)
            ))",
            "CREATE INDEX request_attributes_kind ON request_attributes (kind, value)",
            R"(CREATE TABLE request_availability (
                id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                request_id   bigint NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
                weekday      bigint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute bigint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                end_minute   bigint NOT NULL CHECK (end_minute BETWEEN 1 AND 1440 AND end_minute > start_minute)
            ))",
            "CREATE INDEX request_availability_request ON request_availability (request_id)",
            R"(CREATE TABLE escalations (
                id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                request_id bigint NOT NULL REFERENCES requests (id),
                at         text NOT NULL,
                user_id    bigint NOT NULL REFERENCES users (id),
                action     text NOT NULL
            ))",
            "CREATE INDEX escalations_request ON escalations (request_id)",
            "CREATE INDEX escalations_at ON escalations (at)",
            "CREATE INDEX escalations_user ON escalations (user_id)",
            R"(CREATE TABLE matches (
                id           bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                request_id   bigint NOT NULL REFERENCES requests (id),
                supporter_id bigint NOT NULL REFERENCES supporters (id),
                status       text NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'ended')),
                score        double precision NOT NULL DEFAULT 0,
                proposed_at  text NOT NULL,
                answered_at  text,
                ended_at     text,
                difficult    bigint NOT NULL DEFAULT 0 CHECK (difficult IN (0, 1)),
                end_reason   text CHECK (end_reason IS NULL OR (status = 'ended' AND length(end_reason) BETWEEN 1
                                                                 AND 100))
            ))",
            // At most one live match per request.
            "CREATE UNIQUE INDEX matches_live ON matches (request_id) WHERE status IN ('proposed', 'accepted')",
            "CREATE INDEX matches_supporter ON matches (supporter_id, status, proposed_at)",
            "CREATE INDEX matches_request ON matches (request_id, status)",
            "CREATE INDEX matches_answered ON matches (answered_at) WHERE answered_at IS NOT NULL",
            "CREATE INDEX matches_ended ON matches (ended_at) WHERE ended_at IS NOT NULL",
            "CREATE INDEX matches_ended_early ON matches (ended_at, end_reason) WHERE end_reason IS NOT NULL",
            R"(CREATE TABLE conversations (
                id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                match_id         bigint NOT NULL REFERENCES matches (id),
                starts_at        text NOT NULL,
                duration_minutes bigint NOT NULL CHECK (duration_minutes BETWEEN 15 AND 45),
                modality         text NOT NULL CHECK (modality IN ('in_person', 'phone', 'video')),
                status           text NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no_show')),
                created_at       text NOT NULL
            ))",
            "CREATE INDEX conversations_match ON conversations (match_id)",
            "CREATE INDEX conversations_starts ON conversations (starts_at)",
            "CREATE INDEX conversations_unrecorded ON conversations (starts_at) WHERE status = 'scheduled'",
            R"(CREATE TABLE referrals_given (
                id         bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                request_id bigint NOT NULL REFERENCES requests (id),
                resource   text NOT NULL CHECK (length(resource) BETWEEN 1 AND 200),
                given_at   text NOT NULL,
                created_at text NOT NULL
            ))",
            "CREATE INDEX referrals_given_request ON referrals_given (request_id)",
            "CREATE INDEX referrals_given_at ON referrals_given (given_at, resource)",

            // Groups. recurrence: '' or an RRULE subset; SQLite's GLOB 'FREQ=*' is a case-sensitive prefix test,
            // as LIKE 'FREQ=%' is here (neither pattern has a character the other treats specially).
            R"(CREATE TABLE peer_groups (
                id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                name             text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
                modality         text NOT NULL CHECK (modality IN ('in_person', 'phone', 'video')),
                weekday          bigint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute     bigint NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                duration_minutes bigint NOT NULL CHECK (duration_minutes BETWEEN 15 AND 240),
                interval_weeks   bigint NOT NULL DEFAULT 1 CHECK (interval_weeks BETWEEN 1 AND 8),
                first_date       text NOT NULL,
                last_date        text,
                capacity         bigint NOT NULL CHECK (capacity BETWEEN 1 AND 100),
                max_facilitators bigint NOT NULL DEFAULT 2 CHECK (max_facilitators BETWEEN 1 AND 10),
                active           bigint NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at       text NOT NULL,
                recurrence       text NOT NULL DEFAULT '' CHECK (recurrence = '' OR recurrence LIKE 'FREQ=%'),
                skip_holidays    bigint NOT NULL DEFAULT 0 CHECK (skip_holidays IN (0, 1)),
                enrolment        text NOT NULL DEFAULT 'session' CHECK (enrolment IN ('session', 'members')),
                resources        text NOT NULL DEFAULT '' CHECK (length(resources) <= 2200)
            ))",
            R"(CREATE TABLE group_facilitators (
                group_id     bigint NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
                supporter_id bigint NOT NULL REFERENCES supporters (id),
                PRIMARY KEY (group_id, supporter_id)
            ))",
            "CREATE INDEX group_facilitators_supporter ON group_facilitators (supporter_id)",
            R"(CREATE TABLE group_occurrences (
                id                bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                group_id          bigint NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
                starts_at         text NOT NULL,
                ends_at           text NOT NULL,
                status            text NOT NULL DEFAULT 'scheduled'
                                  CHECK (status IN ('scheduled', 'held', 'cancelled')),
                attendance        bigint CHECK (attendance IS NULL OR attendance >= 0),
                feedback_positive bigint NOT NULL DEFAULT 0 CHECK (feedback_positive >= 0),
                feedback_neutral  bigint NOT NULL DEFAULT 0 CHECK (feedback_neutral >= 0),
                feedback_negative bigint NOT NULL DEFAULT 0 CHECK (feedback_negative >= 0),
                debrief_held      bigint NOT NULL DEFAULT 0 CHECK (debrief_held IN (0, 1)),
                skipped_for       text CHECK (skipped_for IS NULL OR (skipped_for IN ('closure', 'holiday', 'ended')
                                                                     AND status = 'cancelled')),
                UNIQUE (group_id, starts_at)
            ))",
            "CREATE INDEX group_occurrences_starts ON group_occurrences (starts_at)",
            "CREATE INDEX group_occurrences_unrecorded ON group_occurrences (ends_at) WHERE status = 'scheduled'",
            R"(CREATE TABLE group_registrations (
                id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                occurrence_id bigint NOT NULL REFERENCES group_occurrences (id) ON DELETE CASCADE,
                verified_at   text,
                link_sent_at  text,
                created_at    text NOT NULL,
                name_ct       bytea,
                contact_ct    bytea,
                province_ct   bytea
            ))",
            "CREATE INDEX group_registrations_occurrence ON group_registrations (occurrence_id)",
            R"(CREATE TABLE group_members (
                id               bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                group_id         bigint NOT NULL REFERENCES peer_groups (id),
                name_ct          bytea,
                contact_ct       bytea,
                province_ct      bytea,
                returning_key    text CHECK (returning_key IS NULL OR length(returning_key) BETWEEN 1 AND 16),
                returning_member bigint NOT NULL DEFAULT 0 CHECK (returning_member IN (0, 1)),
                joined_at        text NOT NULL,
                verified_at      text,
                link_sent_at     text CHECK (link_sent_at IS NULL OR verified_at IS NOT NULL),
                left_at          text CHECK (left_at IS NULL OR left_at >= joined_at),
                left_reason      text CHECK ((left_at IS NULL AND left_reason IS NULL)
                                             OR (left_at IS NOT NULL AND left_reason IN ('removed', 'group_ended'))),
                legal_hold       bigint NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1)),
                purged_at        text CHECK (purged_at IS NULL OR (left_at IS NOT NULL AND legal_hold = 0
                                             AND name_ct IS NULL AND contact_ct IS NULL AND province_ct IS NULL))
            ))",
            "CREATE INDEX group_members_group ON group_members (group_id, left_at, id)",
            "CREATE INDEX group_members_to_purge ON group_members (left_at) WHERE purged_at IS NULL AND left_at IS "
            "NOT NULL",
            "CREATE INDEX group_members_returning ON group_members (group_id, returning_key) "
            "WHERE returning_key IS NOT NULL",
            "CREATE INDEX group_members_joined ON group_members (joined_at, group_id)",
            "CREATE INDEX group_members_left ON group_members (left_at, group_id) WHERE left_at IS NOT NULL",
            R"(CREATE TABLE group_escalations (
                id            bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                occurrence_id bigint NOT NULL REFERENCES group_occurrences (id),
                at            text NOT NULL,
                user_id       bigint NOT NULL REFERENCES users (id),
                action        text NOT NULL CHECK (length(action) BETWEEN 1 AND 100)
            ))",
            "CREATE INDEX group_escalations_occurrence ON group_escalations (occurrence_id)",
            "CREATE INDEX group_escalations_at ON group_escalations (at, action)",
            "CREATE INDEX group_escalations_user ON group_escalations (user_id)",

            // The statistics ledger: each published release, frozen.
            R"(CREATE TABLE stat_releases (
                id             bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                period         text NOT NULL,
                revision       bigint NOT NULL CHECK (revision >= 0),
                generated_at   text NOT NULL,
                k              bigint NOT NULL CHECK (k >= 1),
                content        text NOT NULL,
                content_sha256 text NOT NULL CHECK (length(content_sha256) = 64),
                UNIQUE (period, revision)
            ))",

            // Staff members' keys after their first, each vouched for by the key before it (or the recovery key).
            R"(CREATE TABLE staff_keys (
                slot_id        text NOT NULL,
                seq            bigint NOT NULL CHECK (seq >= 1),
                box_key        bytea NOT NULL CHECK (octet_length(box_key) = 32),
                signing_key    bytea NOT NULL CHECK (octet_length(signing_key) = 32),
                endorser       text NOT NULL CHECK (endorser IN ('previous', 'recovery', 'legacy')),
                endorser_key   bytea CHECK (endorser_key IS NULL OR octet_length(endorser_key) = 32),
                endorsement    bytea NOT NULL CHECK (octet_length(endorsement) = 64),
                since_audit_id bigint NOT NULL CHECK (since_audit_id >= 1),
                created_at     text NOT NULL,
                PRIMARY KEY (slot_id, seq)
            ))",
            // Phone numbers several physicians share (a switchboard): their repeat key does not make them one person.
            R"(CREATE TABLE shared_phone_keys (
                repeat_key text PRIMARY KEY
            ))",
            // A new request half typed when the window locked, one per person, as one identity cell.
            R"(CREATE TABLE request_drafts (
                user_id    bigint PRIMARY KEY REFERENCES users (id),
                content_ct bytea NOT NULL,
                saved_at   text NOT NULL
            ))",

            // Which supporters changed, for the roster caches; the newest 10 000 entries are kept. Like SQLite's
            // AUTOINCREMENT, an identity never gives a number twice, even after the newest entries were deleted.
            R"(CREATE TABLE roster_changes (
                seq          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                supporter_id bigint NOT NULL
            ))",
            R"(CREATE FUNCTION roster_changes_keep_newest() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                DELETE FROM roster_changes WHERE seq <= NEW.seq - 10000;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER roster_changes_keep_newest AFTER INSERT ON roster_changes "
            "FOR EACH ROW EXECUTE FUNCTION roster_changes_keep_newest()",
            // A supporter's row changed: its id, and on an update that changed the id the old one too.
            R"(CREATE FUNCTION supporters_change() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    INSERT INTO roster_changes (supporter_id) VALUES (OLD.id);
                    RETURN NULL;
                END IF;
                INSERT INTO roster_changes (supporter_id) VALUES (NEW.id);
                IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
                    INSERT INTO roster_changes (supporter_id) VALUES (OLD.id);
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER supporters_insert_change AFTER INSERT ON supporters "
            "FOR EACH ROW EXECUTE FUNCTION supporters_change()",
            "CREATE TRIGGER supporters_update_change AFTER UPDATE ON supporters "
            "FOR EACH ROW EXECUTE FUNCTION supporters_change()",
            "CREATE TRIGGER supporters_delete_change AFTER DELETE ON supporters "
            "FOR EACH ROW EXECUTE FUNCTION supporters_change()",
            // The same for the tables that hang off a supporter by supporter_id (debriefs are not roster changes).
            R"(CREATE FUNCTION supporter_detail_change() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id);
                    RETURN NULL;
                END IF;
                INSERT INTO roster_changes (supporter_id) VALUES (NEW.supporter_id);
                IF TG_OP = 'UPDATE' AND OLD.supporter_id <> NEW.supporter_id THEN
                    INSERT INTO roster_changes (supporter_id) VALUES (OLD.supporter_id);
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER supporter_attributes_insert_change AFTER INSERT ON supporter_attributes "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_attributes_update_change AFTER UPDATE ON supporter_attributes "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_attributes_delete_change AFTER DELETE ON supporter_attributes "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_availability_insert_change AFTER INSERT ON supporter_availability "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_availability_update_change AFTER UPDATE ON supporter_availability "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_availability_delete_change AFTER DELETE ON supporter_availability "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_training_insert_change AFTER INSERT ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_training_update_change AFTER UPDATE ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",
            "CREATE TRIGGER supporter_training_delete_change AFTER DELETE ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION supporter_detail_change()",

            // Only the latest record of each course counts. SQLite stores the boolean (id = (...)) into latest;
            // here it is spelled as the 0/1 it stores. TG_ARGV[0] says whose course to recompute: the new row's,
            // the old row's, or both (an update may move a record from one course to another).
            R"(CREATE FUNCTION supporter_training_mark_latest() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF TG_ARGV[0] IN ('new', 'both') THEN
                    UPDATE supporter_training SET latest = CASE WHEN id = (SELECT l.id FROM supporter_training l
                        WHERE l.supporter_id = NEW.supporter_id AND l.course = NEW.course
                        ORDER BY l.completed_on DESC, l.id DESC LIMIT 1) THEN 1 ELSE 0 END
                    WHERE supporter_id = NEW.supporter_id AND course = NEW.course;
                END IF;
                IF TG_ARGV[0] IN ('old', 'both') THEN
                    UPDATE supporter_training SET latest = CASE WHEN id = (SELECT l.id FROM supporter_training l
                        WHERE l.supporter_id = OLD.supporter_id AND l.course = OLD.course
                        ORDER BY l.completed_on DESC, l.id DESC LIMIT 1) THEN 1 ELSE 0 END
                    WHERE supporter_id = OLD.supporter_id AND course = OLD.course;
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER supporter_training_insert_latest AFTER INSERT ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION supporter_training_mark_latest('new')",
            "CREATE TRIGGER supporter_training_update_latest AFTER UPDATE OF supporter_id, course, completed_on "
            "ON supporter_training FOR EACH ROW EXECUTE FUNCTION supporter_training_mark_latest('both')",
            "CREATE TRIGGER supporter_training_delete_latest AFTER DELETE ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION supporter_training_mark_latest('old')",

            // Each supporter's load for ranking, recounted for the one supporter a change to matches touches.
            // TG_ARGV[0] says which: the new row's supporter or the old row's.
            R"(CREATE TABLE supporter_loads (
                supporter_id    bigint PRIMARY KEY REFERENCES supporters (id) ON DELETE CASCADE,
                live            bigint NOT NULL,
                last_matched_at text
            ))",
            R"(CREATE FUNCTION matches_recount_load() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                counted bigint;
            BEGIN
                IF TG_ARGV[0] = 'new' THEN
                    counted := NEW.supporter_id;
                ELSE
                    counted := OLD.supporter_id;
                END IF;
                INSERT INTO supporter_loads (supporter_id, live, last_matched_at)
                SELECT counted, count(*) FILTER (WHERE status IN ('proposed', 'accepted')),
                       max(proposed_at) FILTER (WHERE status <> 'declined')
                FROM matches WHERE supporter_id = counted
                ON CONFLICT (supporter_id) DO UPDATE SET live = excluded.live,
                                                         last_matched_at = excluded.last_matched_at;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER matches_insert_load AFTER INSERT ON matches "
            "FOR EACH ROW EXECUTE FUNCTION matches_recount_load('new')",
            "CREATE TRIGGER matches_update_load AFTER UPDATE OF supporter_id, status, proposed_at ON matches "
            "FOR EACH ROW EXECUTE FUNCTION matches_recount_load('new')",
            "CREATE TRIGGER matches_move_load AFTER UPDATE OF supporter_id ON matches "
            "FOR EACH ROW WHEN (OLD.supporter_id <> NEW.supporter_id) EXECUTE FUNCTION matches_recount_load('old')",
            "CREATE TRIGGER matches_delete_load AFTER DELETE ON matches "
            "FOR EACH ROW EXECUTE FUNCTION matches_recount_load('old')",

            // The key of backup snapshot marks (core/vault/Backup.cpp), made as the local step 10 makes it: 32 random
            // bytes in lower-case hex, drawn on the server. gen_random_uuid() is the strong generator in core
            // PostgreSQL 15 (pgcrypto's gen_random_bytes may not be installed); two version-4 UUIDs carry 244 random
            // bits, hashed into 32 evenly spread bytes.
            "INSERT INTO meta (key, value) VALUES ('snapshot_mark_key', "
            "encode(sha256(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())), 'hex'))",
            // Staff logins are added and removed by the program's administrators through these two functions, which
            // run with the schema owner's rights (CREATEROLE, and pg_signal_backend to end a removed person's
            // sessions), so that no administrator needs the owner's password or CREATEROLE. A login is the program's
            // database name, "_u_" and the person's login, so an administrator can reach no role of another program,
            // no group role and not the owner; a password arrives only as its SCRAM verifier, computed in the client
            // (core/security/ScramVerifier), so the server never sees one.
            AddStaffFunction,
            R"(CREATE FUNCTION remove_staff(login text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                program text := current_database();
                other text;
            BEGIN
                IF NOT pg_has_role(session_user, program || '_administrator', 'MEMBER') THEN
                    RAISE EXCEPTION 'only the program''s administrators remove staff' USING ERRCODE = '42501';
                END IF;
                IF left(login, length(program) + 3) <> program || '_u_'
                   OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login)
                   OR coalesce(shobj_description((SELECT oid FROM pg_roles WHERE rolname = login), 'pg_authid'), '')
                          <> 'PeerDesk staff login of ' || program THEN
                    RAISE EXCEPTION 'not a staff login of this program' USING ERRCODE = '22023';
                END IF;
                IF login = session_user THEN
                    RAISE EXCEPTION 'an administrator does not remove their own login' USING ERRCODE = '42501';
                END IF;
                -- The login stays, unable to sign in, so that its audit rows keep naming someone who existed.
                EXECUTE format('ALTER ROLE %I NOLOGIN PASSWORD NULL', login);
                FOR other IN SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                             JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = login LOOP
                    EXECUTE format('REVOKE %I FROM %I', other, login);
                END LOOP;
                PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = login;
            END
            $$)",
            // The version the local vault keeps in PRAGMA user_version; ServerMigrations updates it after each step.
            "INSERT INTO meta (key, value) VALUES ('schema_version', '1')",
        },
        // 2. Several people at once (issue 27). The audit chain vouched for by the server, and the roster change
        // log's writers serialised. Lock keys: AdvisoryLock.h.
        {
            // When the server accepted the row, beside the client's `at` (which the hash covers, so a test's fake
            // clock still chains).
            "ALTER TABLE audit_log ADD COLUMN server_at timestamptz",
            // Every row a client appends is checked before it is written, under the audit chain's lock (the client
            // takes it first, so that the id and hash it computed are still the next ones): its actor is the
            // signed-in login's person, its id the next, and its hash chains onto the newest row's, over the eight
            // lines of docs/file-format.md, "The audit chain". SECURITY DEFINER: the check reads the whole log
            // whatever the login may read. The program copy (server import) sets it aside with the other triggers.
            R"(CREATE FUNCTION audit_log_guard() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                newest_id bigint;
                newest_hash text;
                content text;
            BEGIN
                PERFORM pg_advisory_xact_lock(1346633730);
                IF session_user::text <> current_database() || '_u_' || NEW.actor THEN
                    RAISE EXCEPTION 'an audit row names the signed-in person as its actor'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                SELECT id, hash INTO newest_id, newest_hash FROM audit_log ORDER BY id DESC LIMIT 1;
                IF NEW.id IS DISTINCT FROM coalesce(newest_id, 0) + 1 THEN
                    RAISE EXCEPTION 'an audit row takes the next id' USING ERRCODE = 'insufficient_privilege';
                END IF;
                content := coalesce(newest_hash, repeat('0', 64)) || E'\n' || 'peerdesk-audit-v1' || E'\n'
                    || NEW.id::text || E'\n' || NEW.at || E'\n' || NEW.actor || E'\n' || NEW.action || E'\n'
                    || NEW.entity_type || E'\n' || coalesce(NEW.entity_id::text, '');
                IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(content, 'UTF8')), 'hex') THEN
                    RAISE EXCEPTION 'an audit row chains onto the newest one' USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.server_at := clock_timestamp();
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER audit_log_guard BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard()",
            // A sequence hands out numbers at INSERT, not at COMMIT: without one writer at a time a roster cache could
            // read change 10 before change 9 commits and skip 9 for good. So every statement that writes a table
            // whose changes are logged first takes the roster's lock, held until its transaction ends. Writes to the
            // roster are rare.
            R"(CREATE FUNCTION roster_writer() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(1346633731);
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER supporters_roster_writer BEFORE INSERT OR UPDATE OR DELETE ON supporters "
            "FOR EACH STATEMENT EXECUTE FUNCTION roster_writer()",
            "CREATE TRIGGER supporter_attributes_roster_writer BEFORE INSERT OR UPDATE OR DELETE ON "
            "supporter_attributes FOR EACH STATEMENT EXECUTE FUNCTION roster_writer()",
            "CREATE TRIGGER supporter_availability_roster_writer BEFORE INSERT OR UPDATE OR DELETE ON "
            "supporter_availability FOR EACH STATEMENT EXECUTE FUNCTION roster_writer()",
            "CREATE TRIGGER supporter_training_roster_writer BEFORE INSERT OR UPDATE OR DELETE ON supporter_training "
            "FOR EACH STATEMENT EXECUTE FUNCTION roster_writer()",
        },
        // 3. Live changes (ChangeFeed.h): every committed change to what the window shows is announced on the channel
        // peerdesk_changes as "<table>:<id>", a detail row's as its parent's (the same payload twice in a transaction
        // is announced once). Every login of the database can listen (NOTIFY has no grants), so the
        // payload names a table and a row number, never a value: no status, site, name or reason.
        {
            R"(CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                announced text := TG_TABLE_NAME;
                id_column text := 'id';
                row_id text;
            BEGIN
                -- A detail row announces its parent (the trigger's arguments: the parent's table, the column).
                IF TG_NARGS = 2 THEN
                    announced := TG_ARGV[0];
                    id_column := TG_ARGV[1];
                END IF;
                IF TG_OP = 'DELETE' THEN
                    row_id := to_jsonb(OLD) ->> id_column;
                ELSE
                    row_id := to_jsonb(NEW) ->> id_column;
                END IF;
                PERFORM pg_notify('peerdesk_changes', announced || ':' || coalesce(row_id, ''));
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE ON users "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER supporters_notify AFTER INSERT OR UPDATE OR DELETE ON supporters "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER supporter_attributes_notify AFTER INSERT OR UPDATE OR DELETE ON supporter_attributes "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('supporters', 'supporter_id')",
            "CREATE TRIGGER supporter_availability_notify AFTER INSERT OR UPDATE OR DELETE ON supporter_availability "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('supporters', 'supporter_id')",
            "CREATE TRIGGER supporter_training_notify AFTER INSERT OR UPDATE OR DELETE ON supporter_training "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('supporters', 'supporter_id')",
            "CREATE TRIGGER requests_notify AFTER INSERT OR UPDATE OR DELETE ON requests "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER request_attributes_notify AFTER INSERT OR UPDATE OR DELETE ON request_attributes "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('requests', 'request_id')",
            "CREATE TRIGGER request_availability_notify AFTER INSERT OR UPDATE OR DELETE ON request_availability "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('requests', 'request_id')",
            "CREATE TRIGGER escalations_notify AFTER INSERT OR UPDATE OR DELETE ON escalations "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('requests', 'request_id')",
            "CREATE TRIGGER matches_notify AFTER INSERT OR UPDATE OR DELETE ON matches "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER conversations_notify AFTER INSERT OR UPDATE OR DELETE ON conversations "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER referrals_given_notify AFTER INSERT OR UPDATE OR DELETE ON referrals_given "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('requests', 'request_id')",
            "CREATE TRIGGER peer_groups_notify AFTER INSERT OR UPDATE OR DELETE ON peer_groups "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER group_facilitators_notify AFTER INSERT OR UPDATE OR DELETE ON group_facilitators "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('peer_groups', 'group_id')",
            "CREATE TRIGGER group_occurrences_notify AFTER INSERT OR UPDATE OR DELETE ON group_occurrences "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
            "CREATE TRIGGER group_registrations_notify AFTER INSERT OR UPDATE OR DELETE ON group_registrations "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('group_occurrences', 'occurrence_id')",
            "CREATE TRIGGER group_members_notify AFTER INSERT OR UPDATE OR DELETE ON group_members "
            "FOR EACH ROW EXECUTE FUNCTION notify_change('peer_groups', 'group_id')",
            "CREATE TRIGGER stat_releases_notify AFTER INSERT OR UPDATE OR DELETE ON stat_releases "
            "FOR EACH ROW EXECUTE FUNCTION notify_change()",
        },
        // 4. What holds however many people write at once (issue 27), checked where every writer passes: a supporter's
        // live matches never exceed the places they take, and a supporter is never booked for two conversations at
        // once. The services check both first and say why; these triggers decide a race between two clients that both
        // checked before either committed. Each takes the roster's advisory lock (AdvisoryLock.h: the supporters and
        // what is counted against them), so the second waits for the first to commit, then counts it. SQLSTATE 23P01.
        {
            R"(CREATE FUNCTION matches_within_capacity() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                places bigint;
                taken bigint;
            BEGIN
                IF NEW.status NOT IN ('proposed', 'accepted') THEN
                    RETURN NEW;
                END IF;
                IF TG_OP = 'UPDATE' AND OLD.status IN ('proposed', 'accepted')
                   AND OLD.supporter_id = NEW.supporter_id THEN
                    RETURN NEW; -- counted already (a proposal accepted)
                END IF;
                PERFORM pg_advisory_xact_lock(1346633731);
                SELECT max_active INTO places FROM supporters WHERE id = NEW.supporter_id;
                SELECT count(*) INTO taken FROM matches
                WHERE supporter_id = NEW.supporter_id AND status IN ('proposed', 'accepted') AND id <> NEW.id;
                IF taken >= coalesce(places, 0) THEN
                    RAISE EXCEPTION 'the supporter has no place left' USING ERRCODE = 'exclusion_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER matches_capacity BEFORE INSERT OR UPDATE OF status, supporter_id ON matches "
            "FOR EACH ROW EXECUTE FUNCTION matches_within_capacity()",
            // Moments are UTC ISO-8601 text; as timestamptz they compare exactly. Held conversations count, cancelled
            // and missed ones do not (ConversationRepository::overlapping). The sessions a supporter facilitates are
            // checked by the services only (step 5 adds them to this check).
            R"(CREATE FUNCTION conversations_not_double_booked() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                booked bigint;
                starts timestamptz := NEW.starts_at::timestamptz;
                ends timestamptz := NEW.starts_at::timestamptz + make_interval(mins => NEW.duration_minutes::integer);
            BEGIN
                IF NEW.status NOT IN ('scheduled', 'held') THEN
                    RETURN NEW;
                END IF;
                IF TG_OP = 'UPDATE' AND OLD.status IN ('scheduled', 'held') AND OLD.starts_at = NEW.starts_at
                   AND OLD.duration_minutes = NEW.duration_minutes AND OLD.match_id = NEW.match_id THEN
                    RETURN NEW; -- the same booking, recorded as held
                END IF;
                PERFORM pg_advisory_xact_lock(1346633731);
                SELECT c.id INTO booked FROM conversations c
                JOIN matches m ON m.id = c.match_id
                WHERE m.supporter_id = (SELECT supporter_id FROM matches WHERE id = NEW.match_id)
                  AND c.id <> NEW.id AND c.status IN ('scheduled', 'held')
                  AND c.starts_at::timestamptz < ends
                  AND c.starts_at::timestamptz + make_interval(mins => c.duration_minutes::integer) > starts
                LIMIT 1;
                IF booked IS NOT NULL THEN
                    RAISE EXCEPTION 'the supporter is booked at that time' USING ERRCODE = 'exclusion_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER conversations_booking BEFORE INSERT OR UPDATE OF starts_at, duration_minutes, status, "
            "match_id ON conversations FOR EACH ROW EXECUTE FUNCTION conversations_not_double_booked()",
        },
        // 5. Row versions (storage/RowVersion.h, issue 27), as the local step 18 adds them: every UPDATE statement
        // moves a row's version on by exactly one, whoever runs it, so a claim (UPDATE ... WHERE row_version = the
        // one read) refuses a change decided from what someone else has changed since. And a colleague's referral is
        // never triaged before the person's consent is recorded, whoever writes the row (SQLSTATE 23514).
        {
            R"(CREATE FUNCTION next_row_version() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                NEW.row_version := OLD.row_version + 1;
                RETURN NEW;
            END
            $$)",
            "ALTER TABLE requests ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER requests_row_version BEFORE UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE supporters ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER supporters_row_version BEFORE UPDATE ON supporters FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE matches ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER matches_row_version BEFORE UPDATE ON matches FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE conversations ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER conversations_row_version BEFORE UPDATE ON conversations FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE peer_groups ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER peer_groups_row_version BEFORE UPDATE ON peer_groups FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE group_occurrences ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER group_occurrences_row_version BEFORE UPDATE ON group_occurrences FOR EACH ROW EXECUTE "
            "FUNCTION next_row_version()",
            "ALTER TABLE group_members ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER group_members_row_version BEFORE UPDATE ON group_members FOR EACH ROW EXECUTE FUNCTION "
            "next_row_version()",
            "ALTER TABLE group_registrations ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER group_registrations_row_version BEFORE UPDATE ON group_registrations FOR EACH ROW EXECUTE "
            "FUNCTION next_row_version()",
            "ALTER TABLE users ADD COLUMN row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1)",
            "CREATE TRIGGER users_row_version BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION next_row_version()",
            R"(CREATE FUNCTION consent_before_triage() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF NEW.triaged_at IS NOT NULL AND NEW.referral_type = 'colleague' AND NEW.consent_recorded_at IS NULL THEN
                    RAISE EXCEPTION 'a colleague''s referral is triaged only after consent'
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER requests_consent_before_triage BEFORE INSERT OR UPDATE OF triaged_at, consent_recorded_at "
            "ON requests FOR EACH ROW EXECUTE FUNCTION consent_before_triage()",
            // A conversation is refused over a group session its supporter facilitates, as over another conversation
            // (the services check both; this decides a race). Under the roster's lock, like step 4's check.
            R"(CREATE OR REPLACE FUNCTION conversations_not_double_booked() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                booked bigint;
                supporter bigint;
                starts timestamptz := NEW.starts_at::timestamptz;
                ends timestamptz := NEW.starts_at::timestamptz + make_interval(mins => NEW.duration_minutes::integer);
            BEGIN
                IF NEW.status NOT IN ('scheduled', 'held') THEN
                    RETURN NEW;
                END IF;
                IF TG_OP = 'UPDATE' AND OLD.status IN ('scheduled', 'held') AND OLD.starts_at = NEW.starts_at
                   AND OLD.duration_minutes = NEW.duration_minutes AND OLD.match_id = NEW.match_id THEN
                    RETURN NEW; -- the same booking, recorded as held
                END IF;
                PERFORM pg_advisory_xact_lock(1346633731);
                SELECT supporter_id INTO supporter FROM matches WHERE id = NEW.match_id;
                SELECT c.id INTO booked FROM conversations c
                JOIN matches m ON m.id = c.match_id
                WHERE m.supporter_id = supporter
                  AND c.id <> NEW.id AND c.status IN ('scheduled', 'held')
                  AND c.starts_at::timestamptz < ends
                  AND c.starts_at::timestamptz + make_interval(mins => c.duration_minutes::integer) > starts
                LIMIT 1;
                IF booked IS NULL THEN
                    SELECT o.id INTO booked FROM group_occurrences o
                    JOIN group_facilitators f ON f.group_id = o.group_id
                    WHERE f.supporter_id = supporter AND o.status IN ('scheduled', 'held')
                      AND o.starts_at::timestamptz < ends AND o.ends_at::timestamptz > starts
                    LIMIT 1;
                END IF;
                IF booked IS NOT NULL THEN
                    RAISE EXCEPTION 'the supporter is booked at that time' USING ERRCODE = 'exclusion_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
        },
        // 6. Changing the identity key online (storage/IdentityKeys.h, issue 27), and a facilitator's bookings. A
        // cell's header names the generation
        // of the key that sealed it (byte 0 the format, bytes 1-4 the generation, big-endian). Once an administrator
        // has made a new key, the server refuses a new or changed identity cell of any other generation (SQLSTATE
        // PDK01), so a client still holding the old key fetches the new one and writes again, and the re-encryption
        // ends. The earlier keys wait in identity_keys_earlier, each an identity cell under the newest key.
        {
            R"(CREATE FUNCTION cell_epoch(cell bytea) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
               SET search_path = pd, pg_temp AS $$
                SELECT CASE WHEN octet_length(cell) < 5 THEN -1
                            ELSE (get_byte(cell, 1)::bigint << 24) | (get_byte(cell, 2) << 16)
                                 | (get_byte(cell, 3) << 8) | get_byte(cell, 4) END
            $$)",
            R"(CREATE TABLE identity_keys_earlier (
                epoch  bigint PRIMARY KEY CHECK (epoch >= 1),
                key_ct bytea NOT NULL
            ))",
            R"(CREATE FUNCTION cells_under_current_key() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                fresh jsonb := to_jsonb(NEW);
                before jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE '{}'::jsonb END;
                current_epoch bigint;
                cell text;
            BEGIN
                FOREACH cell IN ARRAY TG_ARGV LOOP
                    IF fresh ->> cell IS NOT NULL AND (fresh ->> cell) IS DISTINCT FROM (before ->> cell) THEN
                        IF current_epoch IS NULL THEN
                            -- Shared with other writers; a change of the key takes it alone, so it never commits
                            -- between this reading of the generation and this transaction's end.
                            PERFORM pg_advisory_xact_lock_shared(1346633734);
                            SELECT coalesce((SELECT value::bigint FROM meta WHERE key = 'identity_epoch'), 1)
                            INTO current_epoch;
                        END IF;
                        -- The text is bytea's output (hex, or escape as Qt's driver asks): bytea's input reads both.
                        IF cell_epoch(CAST(fresh ->> cell AS bytea)) IS DISTINCT FROM current_epoch THEN
                            RAISE EXCEPTION 'an identity cell sealed under an earlier key' USING ERRCODE = 'PDK01';
                        END IF;
                    END IF;
                END LOOP;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER requests_cells_current BEFORE INSERT OR UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION "
            "cells_under_current_key('name_ct', 'email_ct', 'phone_ct', 'best_time_ct', 'institution_ct')",
            "CREATE TRIGGER supporters_cells_current BEFORE INSERT OR UPDATE ON supporters FOR EACH ROW EXECUTE "
            "FUNCTION cells_under_current_key('name_ct', 'email_ct', 'phone_ct', 'pronouns_ct')",
            "CREATE TRIGGER group_members_cells_current BEFORE INSERT OR UPDATE ON group_members FOR EACH ROW EXECUTE "
            "FUNCTION cells_under_current_key('name_ct', 'contact_ct', 'province_ct')",
            "CREATE TRIGGER group_registrations_cells_current BEFORE INSERT OR UPDATE ON group_registrations FOR EACH "
            "ROW EXECUTE FUNCTION cells_under_current_key('name_ct', 'contact_ct', 'province_ct')",
            "CREATE TRIGGER request_drafts_cells_current BEFORE INSERT OR UPDATE ON request_drafts FOR EACH ROW "
            "EXECUTE FUNCTION cells_under_current_key('content_ct')",
            // The other direction of step 5's booking check: a facilitator added to a group is refused while they
            // have a scheduled conversation during one of its scheduled sessions. Checked at commit (a new group's
            // sessions are inserted after its facilitators, a changed group's after its new ones), under the roster's
            // lock, as the booking check, so that of a booking and a facilitator added at the same moment the second
            // sees the first (SQLSTATE 23P01). Sessions already over, never recorded, do not count.
            R"(CREATE FUNCTION facilitator_not_booked() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            DECLARE
                booked bigint;
            BEGIN
                PERFORM pg_advisory_xact_lock(1346633731);
                SELECT c.id INTO booked FROM conversations c
                JOIN matches m ON m.id = c.match_id
                JOIN group_occurrences o ON o.group_id = NEW.group_id AND o.status = 'scheduled'
                                         AND o.ends_at::timestamptz > now()
                WHERE m.supporter_id = NEW.supporter_id AND c.status = 'scheduled'
                  AND c.starts_at::timestamptz < o.ends_at::timestamptz
                  AND c.starts_at::timestamptz + make_interval(mins => c.duration_minutes::integer)
                      > o.starts_at::timestamptz
                LIMIT 1;
                IF booked IS NOT NULL THEN
                    RAISE EXCEPTION 'the supporter is booked during a session of the group'
                        USING ERRCODE = 'exclusion_violation';
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE CONSTRAINT TRIGGER group_facilitators_not_booked AFTER INSERT OR UPDATE ON group_facilitators "
            "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION facilitator_not_booked()",
        },
        // 7. Sites (issue 28), as the local step 19 adds them, with the database holding each coordinator to the
        // sites staff_sites gives them: row-level security on requests and groups and every row that hangs from
        // them (the policies are in grants(), made again on every upgrade).
        {
            R"(CREATE TABLE sites (
                id   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                code text NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32 AND code !~ '[^a-z0-9-]'),
                name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80)
            ))",
            "INSERT INTO sites (id, code, name) VALUES (1, 'main', 'Main')",
            "ALTER TABLE sites ALTER COLUMN id RESTART WITH 2",
            R"(CREATE FUNCTION sites_kept() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                RAISE EXCEPTION 'a site is never deleted and keeps its number' USING ERRCODE = 'integrity_constraint_violation';
            END
            $$)",
            "CREATE TRIGGER sites_kept BEFORE DELETE OR UPDATE OF id ON sites FOR EACH ROW EXECUTE FUNCTION "
            "sites_kept()",
            // By PeerDesk login, which row-level security compares with the database login's own part. Not a foreign
            // key to users: the database holds the login to these sites whatever the services did with its account
            // (a login made by hand, a users row rewritten), and one with no row here reaches no site's records.
            R"(CREATE TABLE staff_sites (
                login   text NOT NULL,
                site_id bigint NOT NULL REFERENCES sites (id),
                PRIMARY KEY (login, site_id)
            ))",
            "ALTER TABLE requests ADD COLUMN site_id bigint NOT NULL DEFAULT 1 REFERENCES sites (id)",
            "CREATE INDEX requests_site ON requests (site_id, received_at)",
            "ALTER TABLE supporters ADD COLUMN site_id bigint NOT NULL DEFAULT 1 REFERENCES sites (id)",
            "ALTER TABLE peer_groups ADD COLUMN site_id bigint NOT NULL DEFAULT 1 REFERENCES sites (id)",
            "CREATE INDEX supporters_site ON supporters (site_id)",
            "CREATE INDEX peer_groups_site ON peer_groups (site_id)",
            "CREATE INDEX staff_sites_site ON staff_sites (site_id)",
            // The sites of the person signed in: their login is the program's name, "_u_" and their PeerDesk login
            // (add_staff). With the owner's rights, so that staff_sites needs no grant to coordinators, who could
            // otherwise read who works where.
            R"(CREATE FUNCTION session_sites() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
                SELECT site_id FROM staff_sites
                WHERE left(session_user, length(current_database()) + 3) = current_database() || '_u_'
                  AND login = substr(session_user, length(current_database()) + 4)
            $$)",
            // The checks that count across the program (a supporter's places and bookings, a facilitator's
            // sessions) read rows of every site, whoever writes: with the owner's rights, which row-level security
            // does not bind, or a coordinator of one site would book a supporter over another site's conversation.
            "ALTER FUNCTION matches_recount_load() SECURITY DEFINER",
            "ALTER FUNCTION matches_within_capacity() SECURITY DEFINER",
            "ALTER FUNCTION conversations_not_double_booked() SECURITY DEFINER",
            "ALTER FUNCTION facilitator_not_booked() SECURITY DEFINER",
            // A supporter is matched within the request's site unless the program allows crossing sites (setting
            // cross_site_matching), as the local step 19's trigger; SQLSTATE 23514.
            R"(CREATE FUNCTION matches_within_site() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF (SELECT site_id FROM supporters WHERE id = NEW.supporter_id)
                   IS DISTINCT FROM (SELECT site_id FROM requests WHERE id = NEW.request_id)
                   AND coalesce((SELECT value FROM settings WHERE key = 'cross_site_matching'), '0') <> '1' THEN
                    RAISE EXCEPTION 'the supporter works another site' USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
            // After the row: row-level security refuses a match on a request the writer cannot see before this
            // check could say anything about that request's site.
            "CREATE TRIGGER matches_within_site AFTER INSERT OR UPDATE OF request_id, supporter_id ON matches "
            "FOR EACH ROW EXECUTE FUNCTION matches_within_site()",
            // The booking check (steps 4 and 5) after the row too, for the same reason: a conversation written on
            // a match the writer cannot see is refused by row-level security, never answered with whether that
            // supporter is booked then.
            "DROP TRIGGER conversations_booking ON conversations",
            "CREATE TRIGGER conversations_booking AFTER INSERT OR UPDATE OF starts_at, duration_minutes, status, "
            "match_id ON conversations FOR EACH ROW EXECUTE FUNCTION conversations_not_double_booked()",
            // A supporter's site is the administrators' to change: a coordinator moving one would take them from
            // another site's ranking. SQLSTATE 42501.
            R"(CREATE FUNCTION supporter_site_by_administrators() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF NEW.site_id IS DISTINCT FROM OLD.site_id
                   AND NOT pg_has_role(session_user, current_database() || '_administrator', 'MEMBER') THEN
                    RAISE EXCEPTION 'a supporter''s site is changed by an administrator'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER supporters_site_by_administrators BEFORE UPDATE OF site_id ON supporters FOR EACH ROW "
            "EXECUTE FUNCTION supporter_site_by_administrators()",
            // A session moved, lengthened or set back to scheduled is checked against its facilitators'
            // conversations at commit, as a facilitator added is (step 6), with the owner's rights so that every
            // site's conversations count. SQLSTATE 23P01. Not sessions inserted: those generated ahead at sign-in
            // must never stop a sign-in (the services check the ones people add).
            R"(CREATE FUNCTION occurrence_facilitators_not_booked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            DECLARE
                booked bigint;
            BEGIN
                IF NEW.status <> 'scheduled' OR NEW.ends_at::timestamptz <= now() THEN
                    RETURN NULL;
                END IF;
                PERFORM pg_advisory_xact_lock(1346633731);
                SELECT c.id INTO booked FROM conversations c
                JOIN matches m ON m.id = c.match_id
                JOIN group_facilitators f ON f.supporter_id = m.supporter_id AND f.group_id = NEW.group_id
                WHERE c.status = 'scheduled'
                  AND c.starts_at::timestamptz < NEW.ends_at::timestamptz
                  AND c.starts_at::timestamptz + make_interval(mins => c.duration_minutes::integer)
                      > NEW.starts_at::timestamptz
                LIMIT 1;
                IF booked IS NOT NULL THEN
                    RAISE EXCEPTION 'a facilitator is booked during the session' USING ERRCODE = 'exclusion_violation';
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE CONSTRAINT TRIGGER group_occurrences_facilitators_free AFTER UPDATE OF starts_at, ends_at, "
            "status ON group_occurrences DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
            "occurrence_facilitators_not_booked()",
            // The services' check of a group's sessions against its facilitators' conversations
            // (GroupRepository::bookedDuringSessions) on a server: the first clash over every site's conversations,
            // for a group the caller may see, answered with the two times only.
            R"(CREATE FUNCTION facilitator_booked_during(wanted_group bigint, after_moment text, supporter_list text)
               RETURNS TABLE (supporter_id bigint, conversation_starts text, session_starts text)
               LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pd, pg_temp AS $$
                SELECT m.supporter_id, c.starts_at, o.starts_at FROM conversations c
                JOIN matches m ON m.id = c.match_id
                JOIN group_occurrences o ON o.group_id = wanted_group AND o.status = 'scheduled'
                                         AND o.ends_at::timestamptz > after_moment::timestamptz
                WHERE m.supporter_id IN (SELECT CAST(value AS bigint)
                                         FROM json_array_elements_text(CAST(supporter_list AS json)))
                  AND c.status = 'scheduled'
                  AND c.starts_at::timestamptz < o.ends_at::timestamptz
                  AND c.starts_at::timestamptz + make_interval(mins => c.duration_minutes::integer)
                      > o.starts_at::timestamptz
                  AND (pg_has_role(session_user, current_database() || '_administrator', 'MEMBER')
                       OR (SELECT g.site_id FROM peer_groups g WHERE g.id = wanted_group) IN (SELECT session_sites()))
                ORDER BY c.starts_at LIMIT 1
            $$)",
            "INSERT INTO staff_sites (login, site_id) SELECT login, 1 FROM users",
        },
        // 8. Supporters who record their own work (issue 28, docs/server.md "Supporters"). A supporter's account names
        // the roster entry whose matches it works; what they may read of a match is its card, sealed to them by the
        // coordinator who made the match (MatchCards), and what they may write is a step of their own live
        // matches, through the functions below. Nothing else of the program is theirs: their group role is granted
        // only what grants() lists for it.
        {
            addStaffWithSupporters(),
            "ALTER TABLE users DROP CONSTRAINT users_role_check",
            "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('administrator', 'coordinator', "
            "'reporting', 'supporter'))",
            "ALTER TABLE users ADD COLUMN supporter_id bigint REFERENCES supporters (id)",
            "ALTER TABLE users ADD CONSTRAINT users_supporter_link CHECK ((role = 'supporter') = (supporter_id IS NOT "
            "NULL))",
            // One account per supporter, a removed one aside (its row stays for the audit log's sake).
            "CREATE UNIQUE INDEX users_supporter ON users (supporter_id) WHERE supporter_id IS NOT NULL AND "
            "removed_at IS NULL",
            // Which supporter an account works for is the administrators': the membership the authority signs names
            // the account's role, not this link, so a coordinator relinking a supporter's account would hand it
            // another supporter's matches. SQLSTATE 42501.
            R"(CREATE FUNCTION users_supporter_by_administrators() RETURNS trigger LANGUAGE plpgsql
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF (TG_OP = 'INSERT' AND NEW.supporter_id IS NOT NULL
                    OR TG_OP = 'UPDATE' AND NEW.supporter_id IS DISTINCT FROM OLD.supporter_id)
                   AND pg_has_role(session_user, current_database() || '_staff', 'MEMBER')
                   AND NOT pg_has_role(session_user, current_database() || '_administrator', 'MEMBER') THEN
                    RAISE EXCEPTION 'a supporter''s account is linked by an administrator'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER users_supporter_by_administrators BEFORE INSERT OR UPDATE OF supporter_id ON users "
            "FOR EACH ROW EXECUTE FUNCTION users_supporter_by_administrators()",
            // A live match's card: the first name, how to reach the person and the contact target, as one cell under
            // a key of its own (card_ct, an identity cell of this table and column under the match's key), that key
            // sealed to the supporter's slot (box_key names which of their keys). Made by whoever holds the identity
            // key; gone as soon as the match is not live or the account not active.
            R"(CREATE TABLE match_cards (
                match_id     bigint PRIMARY KEY REFERENCES matches (id) ON DELETE CASCADE,
                supporter_id bigint NOT NULL REFERENCES supporters (id),
                box_key      bytea NOT NULL CHECK (octet_length(box_key) = 32),
                sealed_key   bytea NOT NULL CHECK (octet_length(sealed_key) = 80),
                card_ct      bytea NOT NULL CHECK (octet_length(card_ct) BETWEEN 1 AND 4096),
                created_at   text NOT NULL
            ))",
            "CREATE INDEX match_cards_supporter ON match_cards (supporter_id)",
            // The supporter of the person signed in: their login is the program's name, "_u_" and their PeerDesk
            // login, and only an active supporter's account has one. With the owner's rights, so that supporters
            // need no grant on users' links.
            R"(CREATE FUNCTION session_supporter() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
                SELECT supporter_id FROM users
                WHERE role = 'supporter' AND active = 1 AND removed_at IS NULL
                  AND left(session_user, length(current_database()) + 3) = current_database() || '_u_'
                  AND login = substr(session_user, length(current_database()) + 4)
            $$)",
            // The requests of the signed-in supporter's live matches, for their row-level security on requests (read
            // with the owner's rights: a policy's subquery runs with the caller's).
            R"(CREATE FUNCTION supporter_live_requests() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
                SELECT request_id FROM matches
                WHERE supporter_id = session_supporter() AND status IN ('proposed', 'accepted')
            $$)",
            // What appending, anchoring and witnessing need of the audit log (AuditRepository::head and stateOf):
            // the newest row's number and hash, and whether a row is as someone saw it. Supporters read no row of the
            // log (it is the program's record of its staff's work), yet append their own and keep a witness.
            R"(CREATE FUNCTION audit_head() RETURNS TABLE (id bigint, hash text) LANGUAGE sql STABLE SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
                SELECT a.id, a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1
            $$)",
            R"(CREATE FUNCTION audit_row_state(wanted bigint, expected text) RETURNS integer LANGUAGE sql STABLE
               SECURITY DEFINER SET search_path = pd, pg_temp AS $$
                SELECT coalesce((SELECT CASE WHEN a.hash = expected THEN 2 ELSE 1 END FROM audit_log a
                                 WHERE a.id = wanted), 0)
            $$)",
            // The PeerDesk login of the person signed in, and their slot: a reporting user or a supporter writes only
            // their own account's row and their own slot's next keys (row-level security in grants()).
            R"(CREATE FUNCTION session_login() RETURNS text LANGUAGE sql STABLE SET search_path = pd, pg_temp AS $$
                SELECT CASE WHEN left(session_user, length(current_database()) + 3) = current_database() || '_u_'
                            THEN substr(session_user, length(current_database()) + 4) END
            $$)",
            R"(CREATE FUNCTION session_slot() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
                SELECT slot_id FROM users WHERE login = session_login()
            $$)",
            // A card belongs to its match's supporter and lives while the match does. SQLSTATE 23514.
            R"(CREATE FUNCTION match_cards_of_live_match() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM matches WHERE id = NEW.match_id AND supporter_id = NEW.supporter_id
                                                     AND status IN ('proposed', 'accepted')) THEN
                    RAISE EXCEPTION 'a match card is made for the live match of its supporter'
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER match_cards_live BEFORE INSERT OR UPDATE ON match_cards FOR EACH ROW EXECUTE FUNCTION "
            "match_cards_of_live_match()",
            // When the match ends, is declined or passes to someone else, its card goes in the same transaction:
            // the supporter loses the identity with the match. So does every card of an account that stops.
            R"(CREATE FUNCTION match_cards_end_with_match() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF NEW.status NOT IN ('proposed', 'accepted') OR NEW.supporter_id IS DISTINCT FROM OLD.supporter_id THEN
                    DELETE FROM match_cards WHERE match_id = NEW.id;
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER matches_cards_end AFTER UPDATE OF status, supporter_id ON matches FOR EACH ROW "
            "EXECUTE FUNCTION match_cards_end_with_match()",
            R"(CREATE FUNCTION match_cards_end_with_account() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF OLD.supporter_id IS NOT NULL AND (NEW.active = 0 OR NEW.removed_at IS NOT NULL
                                                     OR NEW.supporter_id IS DISTINCT FROM OLD.supporter_id) THEN
                    DELETE FROM match_cards WHERE supporter_id = OLD.supporter_id;
                END IF;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER users_cards_end AFTER UPDATE OF active, removed_at, supporter_id ON users FOR EACH ROW "
            "EXECUTE FUNCTION match_cards_end_with_account()",
            // A supporter's steps, each on a live match of their own and only as the request's lifecycle allows
            // (RequestLifecycle, which the services check first): the only way a supporter writes. With the owner's
            // rights; each names the match or conversation, and `moment` is when the step happened (the client's
            // clock, as every other row's times). SQLSTATE 42501 for a match that is not theirs or not live, 22023
            // for a step the match's state does not allow.
            R"(CREATE FUNCTION supporter_match(wanted bigint, allowed text[]) RETURNS matches
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                found matches;
            BEGIN
                SELECT * INTO found FROM matches WHERE id = wanted FOR UPDATE;
                IF found.id IS NULL OR session_supporter() IS NULL OR found.supporter_id <> session_supporter()
                   OR found.status NOT IN ('proposed', 'accepted') THEN
                    RAISE EXCEPTION 'not a live match of yours' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NOT (found.status = ANY (allowed)) THEN
                    RAISE EXCEPTION 'the match is %', found.status USING ERRCODE = 'invalid_parameter_value';
                END IF;
                RETURN found;
            END
            $$)",
            R"(CREATE FUNCTION supporter_request_status(match_row matches, allowed text[]) RETURNS text
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                current text;
            BEGIN
                SELECT status INTO current FROM requests WHERE id = match_row.request_id FOR UPDATE;
                IF NOT (current = ANY (allowed)) THEN
                    RAISE EXCEPTION 'the request is %', current USING ERRCODE = 'invalid_parameter_value';
                END IF;
                RETURN current;
            END
            $$)",
            // A step's moment: a UTC time no earlier than what it follows and not in the future (ten minutes' grace
            // for a client's clock), so nobody records a contact or a conversation before it happened.
            R"(CREATE FUNCTION supporter_moment(moment text, not_before text) RETURNS text
               LANGUAGE plpgsql STABLE SET search_path = pd, pg_temp AS $$
            BEGIN
                IF moment IS NULL OR moment !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$'
                   OR moment::timestamptz < not_before::timestamptz
                   OR moment::timestamptz > now() + interval '10 minutes' THEN
                    RAISE EXCEPTION 'a step''s moment is a UTC time after what it follows and not in the future'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                RETURN moment;
            END
            $$)",
            // Each step is audited in its own transaction: the step's function notes what it changed, and at commit
            // an audit row of the same person naming it must follow (the client appends it, signed with the
            // person's own key, which the server cannot do for them). So a supporter calling a function from psql
            // without the audit row has the whole transaction refused (SQLSTATE 23514). The notes go at commit.
            R"(CREATE TABLE supporter_steps (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                actor          text NOT NULL,
                entity_type    text NOT NULL CHECK (entity_type IN ('match', 'conversation')),
                entity_id      bigint NOT NULL,
                after_audit_id bigint NOT NULL
            ))",
            R"(CREATE FUNCTION supporter_step_audited() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM audit_log WHERE id > NEW.after_audit_id AND actor = NEW.actor
                                                         AND entity_type = NEW.entity_type
                                                         AND entity_id = NEW.entity_id) THEN
                    RAISE EXCEPTION 'a supporter''s step is audited in its own transaction'
                        USING ERRCODE = 'check_violation';
                END IF;
                DELETE FROM supporter_steps WHERE id = NEW.id;
                RETURN NULL;
            END
            $$)",
            "CREATE CONSTRAINT TRIGGER supporter_steps_audited AFTER INSERT ON supporter_steps DEFERRABLE INITIALLY "
            "DEFERRED FOR EACH ROW EXECUTE FUNCTION supporter_step_audited()",
            R"(CREATE FUNCTION supporter_step_noted(kind text, entity bigint) RETURNS void LANGUAGE sql
               SECURITY DEFINER SET search_path = pd, pg_temp AS $$
                INSERT INTO supporter_steps (actor, entity_type, entity_id, after_audit_id)
                SELECT session_login(), kind, entity, coalesce(max(id), 0) FROM audit_log
            $$)",
            R"(CREATE FUNCTION supporter_answer(wanted bigint, accepted boolean, moment text) RETURNS void
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                m matches := supporter_match(wanted, ARRAY['proposed']);
            BEGIN
                PERFORM supporter_request_status(m, ARRAY['matched']);
                PERFORM supporter_moment(moment, m.proposed_at);
                UPDATE matches SET status = CASE WHEN accepted THEN 'accepted' ELSE 'declined' END,
                                   answered_at = moment WHERE id = wanted;
                UPDATE requests SET status = CASE WHEN accepted THEN 'accepted' ELSE 'triaged' END, updated_at = moment
                WHERE id = m.request_id;
                PERFORM supporter_step_noted('match', wanted);
            END
            $$)",
            R"(CREATE FUNCTION supporter_first_contact(wanted bigint, moment text) RETURNS void
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                m matches := supporter_match(wanted, ARRAY['accepted']);
            BEGIN
                PERFORM supporter_request_status(m, ARRAY['accepted']);
                PERFORM supporter_moment(moment, m.proposed_at);
                UPDATE requests SET status = 'first_contact_made', first_contact_at = moment, updated_at = moment
                WHERE id = m.request_id;
                PERFORM supporter_step_noted('match', wanted);
            END
            $$)",
            R"(CREATE FUNCTION supporter_book(wanted bigint, starts text, minutes bigint, way text, moment text)
               RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                m matches := supporter_match(wanted, ARRAY['accepted']);
                made bigint;
            BEGIN
                PERFORM supporter_request_status(m, ARRAY['accepted', 'first_contact_made', 'in_progress']);
                PERFORM supporter_moment(moment, m.proposed_at);
                IF starts IS NULL OR starts !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$'
                   OR starts::timestamptz < m.proposed_at::timestamptz THEN
                    RAISE EXCEPTION 'a conversation starts after the match was proposed'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                INSERT INTO conversations (match_id, starts_at, duration_minutes, modality, status, created_at)
                VALUES (wanted, starts, minutes, way, 'scheduled', moment) RETURNING id INTO made;
                PERFORM supporter_step_noted('conversation', made);
                RETURN made;
            END
            $$)",
            R"(CREATE FUNCTION supporter_held(conversation bigint, moment text) RETURNS void
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                c conversations;
                m matches;
                current text;
            BEGIN
                SELECT * INTO c FROM conversations WHERE id = conversation FOR UPDATE;
                IF c.id IS NULL THEN
                    RAISE EXCEPTION 'not a live match of yours' USING ERRCODE = 'insufficient_privilege';
                END IF;
                m := supporter_match(c.match_id, ARRAY['accepted']);
                IF c.status <> 'scheduled' THEN
                    RAISE EXCEPTION 'the conversation is %', c.status USING ERRCODE = 'invalid_parameter_value';
                END IF;
                PERFORM supporter_moment(moment, c.starts_at);
                current := supporter_request_status(m, ARRAY['accepted', 'first_contact_made', 'in_progress']);
                UPDATE conversations SET status = 'held' WHERE id = conversation;
                -- Holding a conversation is also the first contact when nobody recorded one (RequestService).
                UPDATE requests SET status = 'in_progress', updated_at = moment,
                                    first_contact_at = coalesce(first_contact_at, c.starts_at)
                WHERE id = m.request_id;
                PERFORM supporter_step_noted('conversation', conversation);
            END
            $$)",
            // Asking for a new supporter ends the match early, for one of the reasons a supporter can give; the
            // request goes back to be matched again and what was booked from now on is cancelled (RequestService::
            // endMatch).
            R"(CREATE FUNCTION supporter_step_away(wanted bigint, reason text, moment text) RETURNS void
               LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                m matches := supporter_match(wanted, ARRAY['accepted']);
            BEGIN
                IF reason IS NULL OR reason NOT IN ('supporter_withdrew', 'requester_asked', 'poor_fit') THEN
                    RAISE EXCEPTION 'a supporter ends a match as withdrawn, at the physician''s request or as a poor fit'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                PERFORM supporter_request_status(m, ARRAY['accepted', 'first_contact_made', 'in_progress']);
                PERFORM supporter_moment(moment, m.proposed_at);
                UPDATE matches SET status = 'ended', ended_at = moment, end_reason = reason WHERE id = wanted;
                -- Never what lies before now: a past conversation not yet recorded may have taken place.
                UPDATE conversations SET status = 'cancelled'
                WHERE match_id = wanted AND status = 'scheduled'
                  AND starts_at::timestamptz >= greatest(moment::timestamptz, now());
                UPDATE requests SET status = 'triaged', updated_at = moment WHERE id = m.request_id;
                PERFORM supporter_step_noted('match', wanted);
            END
            $$)",
            // A reporting user's or supporter's change of the keyring's record (their witness at every sign-in, their
            // passphrase change) changes their own slot alone: anything else of the record, or another person's slot,
            // refused (42501). Before, they wrote the record itself, and garbage there stopped everyone's sign-in.
            R"(CREATE FUNCTION record_own_keyring(next text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
               SET search_path = pd, pg_temp AS $$
            DECLARE
                me text := session_login();
                before text;
                old_json jsonb;
                new_json jsonb;
            BEGIN
                SELECT value INTO before FROM meta WHERE key = 'keyring' FOR UPDATE;
                old_json := before::jsonb;
                new_json := next::jsonb;
                IF me IS NULL OR old_json IS NULL OR jsonb_typeof(new_json) <> 'object'
                   OR jsonb_typeof(new_json -> 'slots') <> 'array'
                   OR (old_json - 'slots') IS DISTINCT FROM (new_json - 'slots')
                   OR (SELECT coalesce(jsonb_agg(s ORDER BY s ->> 'id'), '[]') FROM jsonb_array_elements(old_json -> 'slots') s
                       WHERE s ->> 'user' IS DISTINCT FROM me)
                      IS DISTINCT FROM
                      (SELECT coalesce(jsonb_agg(s ORDER BY s ->> 'id'), '[]') FROM jsonb_array_elements(new_json -> 'slots') s
                       WHERE s ->> 'user' IS DISTINCT FROM me)
                   OR (SELECT array_agg(s ->> 'id') FROM jsonb_array_elements(old_json -> 'slots') s WHERE s ->> 'user' = me)
                      IS DISTINCT FROM
                      (SELECT array_agg(s ->> 'id') FROM jsonb_array_elements(new_json -> 'slots') s WHERE s ->> 'user' = me)
                   OR (SELECT count(*) FROM jsonb_array_elements(new_json -> 'slots') s WHERE s ->> 'user' = me) <> 1 THEN
                    RAISE EXCEPTION 'a keyring recorded by a slot''s owner changes that slot alone'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                UPDATE meta SET value = next WHERE key = 'keyring';
                INSERT INTO meta (key, value)
                VALUES ('keyring_previous_sha256', encode(sha256(convert_to(before, 'UTF8')), 'hex'))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            END
            $$)",
            // In the step's own transaction, so that no function of it is anyone's to call before grants() runs.
            "REVOKE ALL ON FUNCTION session_supporter(), supporter_live_requests(), audit_head(), "
            "audit_row_state(bigint, text), session_slot(), supporter_match(bigint, text[]), "
            "supporter_request_status(matches, text[]), supporter_moment(text, text), "
            "supporter_answer(bigint, boolean, text), supporter_first_contact(bigint, text), "
            "supporter_book(bigint, text, bigint, text, text), supporter_held(bigint, text), "
            "supporter_step_away(bigint, text, text), match_cards_of_live_match(), match_cards_end_with_match(), "
            "match_cards_end_with_account(), users_supporter_by_administrators(), supporter_step_audited(), "
            "supporter_step_noted(text, bigint), record_own_keyring(text) FROM PUBLIC",
        },
        // 9. The audit log's anchor kept by the server alone, and match cards written one at a time with their
        // supporter's passphrase change (issue 28). The anchor (audit_head_id and audit_head_hash
        // in meta) names the newest row, so that removing the newest rows shows; every login used to write it, and a
        // wrong value written by any one of them (a supporter, from psql) made every later audit row refused until
        // someone put it back. Now the row's own insert moves it, as the owner, and grants() lets nobody else
        // write it; the guard refuses to chain onto a log that no longer ends where its anchor says.
        {
            R"(CREATE FUNCTION audit_log_anchor() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            BEGIN
                INSERT INTO meta (key, value) VALUES ('audit_head_id', NEW.id::text), ('audit_head_hash', NEW.hash)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
                RETURN NULL;
            END
            $$)",
            "CREATE TRIGGER audit_log_anchor AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
            "audit_log_anchor()",
            // Step 2's guard, and the anchor's check before the row's own (AuditLog::matchesAnchor makes the same
            // check in the client, with its own message; this one holds for a client that skips it).
            R"(CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = pd, pg_temp AS $$
            DECLARE
                newest_id bigint;
                newest_hash text;
                anchor_id text;
                anchor_hash text;
                content text;
            BEGIN
                PERFORM pg_advisory_xact_lock(1346633730);
                IF session_user::text <> current_database() || '_u_' || NEW.actor THEN
                    RAISE EXCEPTION 'an audit row names the signed-in person as its actor'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                SELECT id, hash INTO newest_id, newest_hash FROM audit_log ORDER BY id DESC LIMIT 1;
                SELECT value INTO anchor_id FROM meta WHERE key = 'audit_head_id';
                SELECT value INTO anchor_hash FROM meta WHERE key = 'audit_head_hash';
                IF anchor_id IS DISTINCT FROM newest_id::text OR anchor_hash IS DISTINCT FROM newest_hash THEN
                    RAISE EXCEPTION 'the audit log was altered: its newest rows were deleted or its anchor changed'
                        USING ERRCODE = 'data_corrupted';
                END IF;
                IF NEW.id IS DISTINCT FROM coalesce(newest_id, 0) + 1 THEN
                    RAISE EXCEPTION 'an audit row takes the next id' USING ERRCODE = 'insufficient_privilege';
                END IF;
                content := coalesce(newest_hash, repeat('0', 64)) || E'\n' || 'peerdesk-audit-v1' || E'\n'
                    || NEW.id::text || E'\n' || NEW.at || E'\n' || NEW.actor || E'\n' || NEW.action || E'\n'
                    || NEW.entity_type || E'\n' || coalesce(NEW.entity_id::text, '');
                IF NEW.hash IS DISTINCT FROM encode(sha256(convert_to(content, 'UTF8')), 'hex') THEN
                    RAISE EXCEPTION 'an audit row chains onto the newest one' USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.server_at := clock_timestamp();
                RETURN NEW;
            END
            $$)",
            // A match card written takes the roster's lock, as a supporter's passphrase change does before it reads
            // their cards to seal them again to their new key (MatchCards::resealOwn). Without it, a change that read
            // the cards before a coordinator's new card committed would then write the old card's key, sealed anew,
            // over it, and the card would open for nobody. Whichever commits first, the other now sees its work.
            R"(CREATE FUNCTION match_cards_roster_lock() RETURNS trigger
            LANGUAGE plpgsql SET search_path = pd, pg_temp AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(1346633731);
                RETURN NEW;
            END
            $$)",
            "CREATE TRIGGER match_cards_roster_lock BEFORE INSERT OR UPDATE ON match_cards FOR EACH ROW "
            "EXECUTE FUNCTION match_cards_roster_lock()",
            "REVOKE ALL ON FUNCTION audit_log_anchor(), match_cards_roster_lock() FROM PUBLIC",
        },
    };
    return versions;
}

} // namespace

const std::vector<std::vector<const char*>>& steps()
{
    return all();
}

int latestVersion()
{
    return static_cast<int>(all().size());
}

// The grants mirror Permissions. Administrators and coordinators use every table, as in the local vault, but may
// only append to the audit log. Reporting users read statistics and publish them: they may read every column
// except those that identify a person or hold a secret made for the identity key's holders, and write only the
// ledger of releases and the audit rows that record a release.
const std::vector<const char*>& grants()
{
    static const std::vector<const char*> statements = {
        // Nobody else reaches the schema, whatever the database's other grants say.
        "REVOKE ALL ON SCHEMA pd FROM PUBLIC",
        // From nothing each time, so that the rights are exactly these: a right granted by hand, or one a later
        // version of this list no longer gives, goes (revoking a table's rights revokes its columns' too).
        "REVOKE ALL ON ALL TABLES IN SCHEMA pd FROM peerdesk_administrator, peerdesk_coordinator, peerdesk_reporting, "
        "peerdesk_supporter",
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA pd FROM peerdesk_administrator, peerdesk_coordinator, "
        "peerdesk_reporting, peerdesk_supporter",
        "GRANT USAGE ON SCHEMA pd TO peerdesk_administrator, peerdesk_coordinator, peerdesk_reporting, "
        "peerdesk_supporter",

        // Administrators and coordinators. Tables by name, not ALL TABLES: a table a later step adds (key slots, for
        // one) gets its rights only when it is listed here. The identity sequences are for INSERTs without an id and
        // for allocating one first (nextval), which a cell's associated data needs.
        "GRANT SELECT, INSERT, UPDATE, DELETE ON meta, users, supporters, supporter_attributes, "
        "supporter_availability, supporter_training, supporter_debriefs, requests, request_attributes, "
        "request_availability, escalations, matches, conversations, referrals_given, peer_groups, "
        "group_facilitators, group_occurrences, group_registrations, group_members, group_escalations, "
        "stat_releases, staff_keys, shared_phone_keys, request_drafts, roster_changes, supporter_loads "
        "TO peerdesk_administrator, peerdesk_coordinator",
        // Program settings are the administrators' to change (ProgramSettings, changeSetting); coordinators read them.
        // One of them, cross_site_matching, lets a match cross sites (step 7).
        "GRANT SELECT, INSERT, UPDATE, DELETE ON settings TO peerdesk_administrator",
        "GRANT SELECT ON settings TO peerdesk_coordinator",
        // The earlier identity keys while a change of the key is under way: read by whoever holds the newest key,
        // written only by the administrator who changes it (the cells in them open with the newest key only).
        "GRANT SELECT ON identity_keys_earlier TO peerdesk_administrator, peerdesk_coordinator",
        "GRANT INSERT, DELETE ON identity_keys_earlier TO peerdesk_administrator",
        "GRANT EXECUTE ON FUNCTION cell_epoch(bytea) TO peerdesk_administrator, peerdesk_coordinator",
        // The audit log is appended to and read, never changed (its trigger refuses even the owner).
        "GRANT SELECT, INSERT ON audit_log TO peerdesk_administrator, peerdesk_coordinator",
        "GRANT USAGE, SELECT ON SEQUENCE users_id_seq, audit_log_id_seq, supporters_id_seq, "
        "supporter_availability_id_seq, supporter_training_id_seq, supporter_debriefs_id_seq, requests_id_seq, "
        "request_availability_id_seq, escalations_id_seq, matches_id_seq, conversations_id_seq, "
        "referrals_given_id_seq, peer_groups_id_seq, group_occurrences_id_seq, group_registrations_id_seq, "
        "group_members_id_seq, group_escalations_id_seq, stat_releases_id_seq, roster_changes_seq_seq "
        "TO peerdesk_administrator, peerdesk_coordinator",

        // Reporting users: column by column, so that a column a later step adds is not readable until listed.
        // Left out, because they identify a person or are made for the identity key's holders only:
        // - every identity cell (*_ct) and blind index (*_bidx): names, contact details, pronouns, institutions,
        //   best times, provinces;
        // - request_drafts entirely: a half-typed request is one identity cell;
        // - group_members.returning_key: a keyed hash of a participant's contact, which links one person's
        //   memberships; no statistic reads it (returning_member says whether someone returned);
        // - supporter_attributes.value (below).
        // Kept, because the statistics read them (StatisticsRepository): requests.repeat_key_email and
        // repeat_key_phone and shared_phone_keys, keyed hashes that count people rather than requests. The key of
        // those hashes is an identity cell in meta, which reporting users cannot open. meta itself is readable
        // (the schema version is read on connecting); its secrets are sealed under the identity key
        // (repeat_key_secret) or mark only local backup folders (snapshot_mark_key).
        "GRANT SELECT (key, value) ON meta TO peerdesk_reporting",
        // Row-level security on meta. Everyone reads it (the schema version is read on connecting). Nobody but the
        // owner, who migrates and is not subject to it, writes the schema version: a coordinator setting it to 999
        // would lock every client out; nor the audit log's anchor, which the audit row's own insert moves (step 9):
        // a wrong value would have every later audit row refused. A reporting user (or a supporter) writes no row
        // of meta directly: their own slot in the keyring record goes through record_own_keyring (step 8).
        "ALTER TABLE meta ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS meta_staff ON meta",
        "DROP POLICY IF EXISTS meta_reporting_read ON meta",
        "DROP POLICY IF EXISTS meta_reporting_anchor_insert ON meta",
        "DROP POLICY IF EXISTS meta_reporting_anchor_update ON meta",
        "DROP POLICY IF EXISTS meta_read ON meta",
        "CREATE POLICY meta_read ON meta FOR SELECT TO peerdesk_administrator, peerdesk_coordinator, "
        "peerdesk_reporting, peerdesk_supporter USING (true)",
        // The identity key's generation moves only with a change of the key, an administrator's: a coordinator
        // setting it would have every identity cell refused.
        "DROP POLICY IF EXISTS meta_staff_insert ON meta",
        "CREATE POLICY meta_staff_insert ON meta FOR INSERT TO peerdesk_administrator, peerdesk_coordinator "
        "WITH CHECK (key NOT IN ('schema_version', 'audit_head_id', 'audit_head_hash') AND (key NOT IN "
        "('identity_epoch', 'identity_key_check') OR pg_has_role('peerdesk_administrator', 'MEMBER')))",
        "DROP POLICY IF EXISTS meta_staff_update ON meta",
        "CREATE POLICY meta_staff_update ON meta FOR UPDATE TO peerdesk_administrator, peerdesk_coordinator "
        "USING (key NOT IN ('schema_version', 'audit_head_id', 'audit_head_hash') AND (key NOT IN "
        "('identity_epoch', 'identity_key_check') OR pg_has_role('peerdesk_administrator', 'MEMBER'))) "
        "WITH CHECK (key NOT IN ('schema_version', 'audit_head_id', 'audit_head_hash') AND (key NOT IN "
        "('identity_epoch', 'identity_key_check') OR pg_has_role('peerdesk_administrator', 'MEMBER')))",
        "DROP POLICY IF EXISTS meta_staff_delete ON meta",
        "CREATE POLICY meta_staff_delete ON meta FOR DELETE TO peerdesk_administrator, peerdesk_coordinator "
        "USING (key NOT IN ('schema_version', 'identity_epoch', 'identity_key_check', 'audit_head_id', "
        "'audit_head_hash'))",
        "DROP POLICY IF EXISTS meta_reporting_insert ON meta",
        "DROP POLICY IF EXISTS meta_reporting_update ON meta",
        "REVOKE INSERT, UPDATE, DELETE ON meta FROM peerdesk_reporting, peerdesk_supporter",
        "GRANT SELECT (id, login, display_name, role, slot_id, active, must_change_passphrase, created_at, "
        "removed_at) ON users TO peerdesk_reporting",
        // A reporting user replaces their initial passphrase as anyone does (VaultSession::commitPassphraseChange):
        // the flag, and the new key pair vouched for by the old one. Which row is theirs is the services' check
        // until staff have their own key slots on the server.
        "GRANT UPDATE (must_change_passphrase) ON users TO peerdesk_reporting",
        "GRANT INSERT ON staff_keys TO peerdesk_reporting",
        "GRANT SELECT (key, value) ON settings TO peerdesk_reporting",
        // A release is recorded in the audit log; appending needs the last row (its hash) and the next id.
        "GRANT SELECT (id, at, actor, action, entity_type, entity_id, hash, signing_key, signature), INSERT (id, "
        "at, actor, action, entity_type, entity_id, hash, signing_key, signature) ON audit_log TO peerdesk_reporting",
        "GRANT SELECT (id, gender, specialty, practice_setting, region, career_stage, max_active, status, "
        "paused_until, cooldown_days, cooldown_until, retired_at, contact_purged_at, created_at, updated_at) "
        "ON supporters TO peerdesk_reporting",
        // Not an attribute's value: kind 'institution' is a supporter's workplace, which retirement purges with their
        // contact details (as a request's institution is an identity cell); no statistic reads the values.
        "GRANT SELECT (supporter_id, kind) ON supporter_attributes TO peerdesk_reporting",
        "GRANT SELECT (id, supporter_id, weekday, start_minute, end_minute) ON supporter_availability "
        "TO peerdesk_reporting",
        "GRANT SELECT (id, supporter_id, course, required, completed_on, refresher_due, latest) "
        "ON supporter_training TO peerdesk_reporting",
        "GRANT SELECT (id, supporter_id, kind, held_on) ON supporter_debriefs TO peerdesk_reporting",
        "GRANT SELECT (id, received_at, channel, referral_type, status, close_outcome, urgency, career_stage, "
        "specialty, region, specialty_preference, affinity_preference, gender_preference, allow_same_institution, "
        "repeat_key_email, repeat_key_phone, consent_recorded_at, triaged_at, first_contact_at, closed_at, "
        "referred_resource, escalated, legal_hold, identity_purged_at, created_at, updated_at) ON requests "
        "TO peerdesk_reporting",
        "GRANT SELECT (request_id, kind, value) ON request_attributes TO peerdesk_reporting",
        "GRANT SELECT (id, request_id, weekday, start_minute, end_minute) ON request_availability "
        "TO peerdesk_reporting",
        "GRANT SELECT (id, request_id, at, user_id, action) ON escalations TO peerdesk_reporting",
        "GRANT SELECT (id, request_id, supporter_id, status, score, proposed_at, answered_at, ended_at, difficult, "
        "end_reason) ON matches TO peerdesk_reporting",
        "GRANT SELECT (id, match_id, starts_at, duration_minutes, modality, status, created_at) ON conversations "
        "TO peerdesk_reporting",
        "GRANT SELECT (id, request_id, resource, given_at, created_at) ON referrals_given TO peerdesk_reporting",
        "GRANT SELECT (id, name, modality, weekday, start_minute, duration_minutes, interval_weeks, first_date, "
        "last_date, capacity, max_facilitators, active, created_at, recurrence, skip_holidays, enrolment, "
        "resources) ON peer_groups TO peerdesk_reporting",
        "GRANT SELECT (group_id, supporter_id) ON group_facilitators TO peerdesk_reporting",
        "GRANT SELECT (id, group_id, starts_at, ends_at, status, attendance, feedback_positive, feedback_neutral, "
        "feedback_negative, debrief_held, skipped_for) ON group_occurrences TO peerdesk_reporting",
        "GRANT SELECT (id, occurrence_id, verified_at, link_sent_at, created_at) ON group_registrations "
        "TO peerdesk_reporting",
        "GRANT SELECT (id, group_id, returning_member, joined_at, verified_at, link_sent_at, left_at, left_reason, "
        "legal_hold, purged_at) ON group_members TO peerdesk_reporting",
        "GRANT SELECT (id, occurrence_id, at, user_id, action) ON group_escalations TO peerdesk_reporting",
        // Publishing a release writes the ledger (StatisticsLedger::record inserts without an id).
        "GRANT SELECT (id, period, revision, generated_at, k, content, content_sha256), INSERT (period, revision, "
        "generated_at, k, content, content_sha256) ON stat_releases TO peerdesk_reporting",
        "GRANT USAGE ON SEQUENCE stat_releases_id_seq TO peerdesk_reporting",
        // Staff are added and removed by administrators only, through the owner's functions (step 1).
        "REVOKE ALL ON FUNCTION add_staff(text, text, text), remove_staff(text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION add_staff(text, text, text), remove_staff(text) TO peerdesk_administrator",
        // Public keys and their endorsements: what verifying the audit log's signatures reads.
        "GRANT SELECT (slot_id, seq, box_key, signing_key, endorser, endorser_key, endorsement, since_audit_id, "
        "created_at) ON staff_keys TO peerdesk_reporting",
        "GRANT SELECT (repeat_key) ON shared_phone_keys TO peerdesk_reporting",
        "GRANT SELECT (seq, supporter_id) ON roster_changes TO peerdesk_reporting",
        "GRANT SELECT (supporter_id, live, last_matched_at) ON supporter_loads TO peerdesk_reporting",
        // Sites (step 7). Everyone reads which sites there are; administrators add and rename them and say who
        // works where. Coordinators reach staff_sites only through session_sites().
        "GRANT SELECT ON sites TO peerdesk_administrator, peerdesk_coordinator, peerdesk_reporting",
        "GRANT INSERT, UPDATE (code, name) ON sites TO peerdesk_administrator",
        "GRANT USAGE, SELECT ON SEQUENCE sites_id_seq TO peerdesk_administrator",
        "GRANT SELECT, INSERT, DELETE ON staff_sites TO peerdesk_administrator",
        "REVOKE ALL ON FUNCTION session_sites() FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION session_sites() TO peerdesk_administrator, peerdesk_coordinator",
        "REVOKE ALL ON FUNCTION facilitator_booked_during(bigint, text, text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION facilitator_booked_during(bigint, text, text) TO peerdesk_administrator, "
        "peerdesk_coordinator",
        "GRANT SELECT (site_id) ON requests, supporters, peer_groups TO peerdesk_reporting",
        // Row-level security by site. A coordinator reads and writes the requests and groups of their sites, and the
        // rows hanging from them through those (a child's policy reads its parent, which its own policy filters);
        // administrators and reporting users see the whole program. The roster stays program-wide: a supporter
        // belongs to a site, but a program that matches across sites ranks them all, and their work is counted
        // against them everywhere. Each pair is dropped and made again on every upgrade.
        "ALTER TABLE requests ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS requests_whole_program ON requests",
        "CREATE POLICY requests_whole_program ON requests TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS requests_own_sites ON requests",
        "CREATE POLICY requests_own_sites ON requests TO peerdesk_coordinator USING (site_id IN (SELECT "
        "session_sites())) "
        "WITH CHECK (site_id IN (SELECT session_sites()))",
        "ALTER TABLE request_attributes ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS request_attributes_whole_program ON request_attributes",
        "CREATE POLICY request_attributes_whole_program ON request_attributes TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS request_attributes_own_sites ON request_attributes",
        "CREATE POLICY request_attributes_own_sites ON request_attributes TO peerdesk_coordinator USING (request_id IN "
        "(SELECT id FROM requests)) "
        "WITH CHECK (request_id IN (SELECT id FROM requests))",
        "ALTER TABLE request_availability ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS request_availability_whole_program ON request_availability",
        "CREATE POLICY request_availability_whole_program ON request_availability TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS request_availability_own_sites ON request_availability",
        "CREATE POLICY request_availability_own_sites ON request_availability TO peerdesk_coordinator USING "
        "(request_id IN (SELECT id FROM requests)) "
        "WITH CHECK (request_id IN (SELECT id FROM requests))",
        "ALTER TABLE escalations ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS escalations_whole_program ON escalations",
        "CREATE POLICY escalations_whole_program ON escalations TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS escalations_own_sites ON escalations",
        "CREATE POLICY escalations_own_sites ON escalations TO peerdesk_coordinator USING (request_id IN (SELECT id "
        "FROM requests)) "
        "WITH CHECK (request_id IN (SELECT id FROM requests))",
        "ALTER TABLE matches ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS matches_whole_program ON matches",
        "CREATE POLICY matches_whole_program ON matches TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS matches_own_sites ON matches",
        "CREATE POLICY matches_own_sites ON matches TO peerdesk_coordinator USING (request_id IN (SELECT id FROM "
        "requests)) "
        "WITH CHECK (request_id IN (SELECT id FROM requests))",
        "ALTER TABLE conversations ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS conversations_whole_program ON conversations",
        "CREATE POLICY conversations_whole_program ON conversations TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS conversations_own_sites ON conversations",
        "CREATE POLICY conversations_own_sites ON conversations TO peerdesk_coordinator USING (match_id IN (SELECT id "
        "FROM matches)) "
        "WITH CHECK (match_id IN (SELECT id FROM matches))",
        "ALTER TABLE referrals_given ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS referrals_given_whole_program ON referrals_given",
        "CREATE POLICY referrals_given_whole_program ON referrals_given TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS referrals_given_own_sites ON referrals_given",
        "CREATE POLICY referrals_given_own_sites ON referrals_given TO peerdesk_coordinator USING (request_id IN "
        "(SELECT id FROM requests)) "
        "WITH CHECK (request_id IN (SELECT id FROM requests))",
        "ALTER TABLE peer_groups ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS peer_groups_whole_program ON peer_groups",
        "CREATE POLICY peer_groups_whole_program ON peer_groups TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS peer_groups_own_sites ON peer_groups",
        "CREATE POLICY peer_groups_own_sites ON peer_groups TO peerdesk_coordinator USING (site_id IN (SELECT "
        "session_sites())) "
        "WITH CHECK (site_id IN (SELECT session_sites()))",
        "ALTER TABLE group_facilitators ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS group_facilitators_whole_program ON group_facilitators",
        "CREATE POLICY group_facilitators_whole_program ON group_facilitators TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS group_facilitators_own_sites ON group_facilitators",
        "CREATE POLICY group_facilitators_own_sites ON group_facilitators TO peerdesk_coordinator USING (group_id IN "
        "(SELECT id FROM peer_groups)) "
        "WITH CHECK (group_id IN (SELECT id FROM peer_groups))",
        "ALTER TABLE group_occurrences ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS group_occurrences_whole_program ON group_occurrences",
        "CREATE POLICY group_occurrences_whole_program ON group_occurrences TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS group_occurrences_own_sites ON group_occurrences",
        "CREATE POLICY group_occurrences_own_sites ON group_occurrences TO peerdesk_coordinator USING (group_id IN "
        "(SELECT id FROM peer_groups)) "
        "WITH CHECK (group_id IN (SELECT id FROM peer_groups))",
        "ALTER TABLE group_members ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS group_members_whole_program ON group_members",
        "CREATE POLICY group_members_whole_program ON group_members TO peerdesk_administrator, peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS group_members_own_sites ON group_members",
        "CREATE POLICY group_members_own_sites ON group_members TO peerdesk_coordinator USING (group_id IN (SELECT id "
        "FROM peer_groups)) "
        "WITH CHECK (group_id IN (SELECT id FROM peer_groups))",
        "ALTER TABLE group_registrations ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS group_registrations_whole_program ON group_registrations",
        "CREATE POLICY group_registrations_whole_program ON group_registrations TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS group_registrations_own_sites ON group_registrations",
        "CREATE POLICY group_registrations_own_sites ON group_registrations TO peerdesk_coordinator USING "
        "(occurrence_id IN (SELECT id FROM group_occurrences)) "
        "WITH CHECK (occurrence_id IN (SELECT id FROM group_occurrences))",
        "ALTER TABLE group_escalations ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS group_escalations_whole_program ON group_escalations",
        "CREATE POLICY group_escalations_whole_program ON group_escalations TO peerdesk_administrator, "
        "peerdesk_reporting "
        "USING (true) WITH CHECK (true)",
        "DROP POLICY IF EXISTS group_escalations_own_sites ON group_escalations",
        "CREATE POLICY group_escalations_own_sites ON group_escalations TO peerdesk_coordinator USING (occurrence_id "
        "IN (SELECT id FROM group_occurrences)) "
        "WITH CHECK (occurrence_id IN (SELECT id FROM group_occurrences))",
        // A kept draft is its author's: a coordinator reads and writes only their own (administrators all of them, as
        // a change of the identity key re-encrypts every draft).
        "ALTER TABLE request_drafts ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS request_drafts_every_author ON request_drafts",
        "CREATE POLICY request_drafts_every_author ON request_drafts TO peerdesk_administrator USING (true) "
        "WITH CHECK (true)",
        "DROP POLICY IF EXISTS request_drafts_own ON request_drafts",
        "CREATE POLICY request_drafts_own ON request_drafts TO peerdesk_coordinator USING (user_id IN (SELECT id FROM "
        "users WHERE login = substr(session_user, length(current_database()) + 4) AND left(session_user, "
        "length(current_database()) + 3) = current_database() || '_u_')) WITH CHECK (user_id IN (SELECT id FROM "
        "users WHERE login = substr(session_user, length(current_database()) + 4) AND left(session_user, "
        "length(current_database()) + 3) = current_database() || '_u_'))",
        // The functions that run with the owner's rights are reached through their triggers only: nobody may
        // attach one to a table of their own (a temporary table) to run it as the owner.
        "REVOKE ALL ON FUNCTION matches_recount_load(), matches_within_capacity(), conversations_not_double_booked(), "
        "facilitator_not_booked(), matches_within_site(), occurrence_facilitators_not_booked(), audit_log_guard(), "
        "audit_log_anchor(), match_cards_roster_lock() FROM PUBLIC",
        // Supporters (step 8): what signing in reads and writes, as a reporting user's (meta, where their slot in
        // the keyring goes through record_own_keyring; the accounts but for which supporter each works, the staff
        // keys, the settings, their own passphrase change's rows), and of the program only their own live matches:
        // the match's state, its card, its conversations and the request's progress. They write the program's tables
        // through the supporter_* functions alone, append audit rows without reading any (audit_head() and
        // audit_row_state() give what chaining and witnesses need), and cannot read which supporter an account works
        // for (users.supporter_id would put a supporter's name beside their roster entry, which is an identity cell).
        "GRANT SELECT (key, value) ON meta TO peerdesk_supporter",
        "GRANT SELECT (id, login, display_name, role, slot_id, active, must_change_passphrase, created_at, "
        "removed_at, row_version) ON users TO peerdesk_supporter",
        "GRANT UPDATE (must_change_passphrase) ON users TO peerdesk_supporter",
        "GRANT SELECT (slot_id, seq, box_key, signing_key, endorser, endorser_key, endorsement, since_audit_id, "
        "created_at), INSERT ON staff_keys TO peerdesk_supporter",
        "GRANT SELECT (key, value) ON settings TO peerdesk_supporter",
        "GRANT INSERT (id, at, actor, action, entity_type, entity_id, hash, signing_key, signature) ON audit_log "
        "TO peerdesk_supporter",
        "GRANT SELECT (id, request_id, supporter_id, status, proposed_at, answered_at, row_version) ON matches "
        "TO peerdesk_supporter",
        "GRANT SELECT (match_id, supporter_id, box_key, sealed_key, card_ct, created_at), UPDATE (box_key, "
        "sealed_key) ON match_cards TO peerdesk_supporter",
        "GRANT SELECT (id, match_id, starts_at, duration_minutes, modality, status) ON conversations "
        "TO peerdesk_supporter",
        "GRANT SELECT (id, status, first_contact_at) ON requests TO peerdesk_supporter",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON match_cards TO peerdesk_administrator, peerdesk_coordinator",
        "REVOKE ALL ON FUNCTION session_supporter(), supporter_live_requests(), audit_head(), "
        "audit_row_state(bigint, text), session_slot(), supporter_match(bigint, text[]), "
        "supporter_request_status(matches, text[]), supporter_moment(text, text), "
        "supporter_answer(bigint, boolean, text), supporter_first_contact(bigint, text), "
        "supporter_book(bigint, text, bigint, text, text), supporter_held(bigint, text), "
        "supporter_step_away(bigint, text, text), match_cards_of_live_match(), match_cards_end_with_match(), "
        "match_cards_end_with_account(), users_supporter_by_administrators(), supporter_step_audited(), "
        "supporter_step_noted(text, bigint), record_own_keyring(text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION record_own_keyring(text) TO peerdesk_reporting, peerdesk_supporter",
        "GRANT EXECUTE ON FUNCTION session_supporter(), supporter_live_requests(), "
        "supporter_answer(bigint, boolean, text), supporter_first_contact(bigint, text), "
        "supporter_book(bigint, text, bigint, text, text), supporter_held(bigint, text), "
        "supporter_step_away(bigint, text, text) TO peerdesk_supporter",
        "GRANT EXECUTE ON FUNCTION audit_head(), audit_row_state(bigint, text), session_slot() TO "
        "peerdesk_administrator, peerdesk_coordinator, peerdesk_reporting, peerdesk_supporter",
        // Row-level security for supporters: a match of their own while it is live, and what hangs from it. Every
        // other table with row-level security passes them no row; the rest they have no grant on.
        "DROP POLICY IF EXISTS matches_own_supporter ON matches",
        "CREATE POLICY matches_own_supporter ON matches FOR SELECT TO peerdesk_supporter USING (supporter_id = "
        "session_supporter() AND status IN ('proposed', 'accepted'))",
        "DROP POLICY IF EXISTS conversations_own_supporter ON conversations",
        "CREATE POLICY conversations_own_supporter ON conversations FOR SELECT TO peerdesk_supporter USING (match_id "
        "IN (SELECT id FROM matches))",
        "DROP POLICY IF EXISTS requests_own_supporter ON requests",
        "CREATE POLICY requests_own_supporter ON requests FOR SELECT TO peerdesk_supporter USING (id IN (SELECT "
        "supporter_live_requests()))",
        "ALTER TABLE match_cards ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS match_cards_whole_program ON match_cards",
        "CREATE POLICY match_cards_whole_program ON match_cards TO peerdesk_administrator USING (true) "
        "WITH CHECK (true)",
        "DROP POLICY IF EXISTS match_cards_own_sites ON match_cards",
        "CREATE POLICY match_cards_own_sites ON match_cards TO peerdesk_coordinator USING (match_id IN (SELECT id "
        "FROM matches)) WITH CHECK (match_id IN (SELECT id FROM matches))",
        "DROP POLICY IF EXISTS match_cards_own_supporter ON match_cards",
        "CREATE POLICY match_cards_own_supporter ON match_cards TO peerdesk_supporter USING (supporter_id = "
        "session_supporter() AND match_id IN (SELECT id FROM matches)) WITH CHECK (supporter_id = "
        "session_supporter() AND match_id IN (SELECT id FROM matches))",
        // A reporting user or a supporter changes only their own account's row (the initial passphrase's flag) and
        // adds next keys to their own slot only: anyone else's would make a colleague's key succession fail to
        // verify, and with it everyone's sign-in.
        "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS users_staff ON users",
        "CREATE POLICY users_staff ON users TO peerdesk_administrator, peerdesk_coordinator USING (true) "
        "WITH CHECK (true)",
        "DROP POLICY IF EXISTS users_read ON users",
        "CREATE POLICY users_read ON users FOR SELECT TO peerdesk_reporting, peerdesk_supporter USING (true)",
        "DROP POLICY IF EXISTS users_own_update ON users",
        "CREATE POLICY users_own_update ON users FOR UPDATE TO peerdesk_reporting, peerdesk_supporter USING (login = "
        "session_login()) WITH CHECK (login = session_login())",
        "ALTER TABLE staff_keys ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS staff_keys_staff ON staff_keys",
        "CREATE POLICY staff_keys_staff ON staff_keys TO peerdesk_administrator, peerdesk_coordinator USING (true) "
        "WITH CHECK (true)",
        "DROP POLICY IF EXISTS staff_keys_read ON staff_keys",
        "CREATE POLICY staff_keys_read ON staff_keys FOR SELECT TO peerdesk_reporting, peerdesk_supporter USING "
        "(true)",
        "DROP POLICY IF EXISTS staff_keys_own_insert ON staff_keys",
        "CREATE POLICY staff_keys_own_insert ON staff_keys FOR INSERT TO peerdesk_reporting, peerdesk_supporter "
        "WITH CHECK (slot_id = session_slot())",
        // A count of changes, no value: the shared readers select it.
        "GRANT SELECT (row_version) ON requests, supporters, matches, conversations, peer_groups, group_occurrences, "
        "group_members, group_registrations, users TO peerdesk_reporting",
    };
    return statements;
}

} // namespace peerdesk::server_schema
