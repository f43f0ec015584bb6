<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>peerdesk::AccountsSection</name>
    <message numerus="yes">
        <source>The program has a new identity key: %n records re-encrypted. Copies of key slots made before no longer open names.</source>
        <translation>
            <numerusform>The program has a new identity key: %n record re-encrypted. Copies of key slots made before no longer open names.</numerusform>
            <numerusform>The program has a new identity key: %n records re-encrypted. Copies of key slots made before no longer open names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::AuditPage</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The vault is intact: the encryption, the database and all %n audit entry(ies) check out.</source>
        <translation>
            <numerusform>The vault is intact: the encryption, the database and the %n audit entry check out.</numerusform>
            <numerusform>The vault is intact: the encryption, the database and all %n audit entries check out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::CalendarGridModel</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::ChangeSettingsCommand</name>
    <message numerus="yes">
        <source>change of %n setting(s)</source>
        <translation>
            <numerusform>change of %n setting</numerusform>
            <numerusform>change of %n settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::Cli</name>
    <message numerus="yes">
        <source>Vault verified: encryption, integrity, references and %n audit row(s) are intact.</source>
        <translation>
            <numerusform>Vault verified: encryption, integrity, references and %n audit row are intact.</numerusform>
            <numerusform>Vault verified: encryption, integrity, references and %n audit rows are intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would purge the identity of %n closed request(s).</source>
        <translation>
            <numerusform>Would purge the identity of %n closed request.</numerusform>
            <numerusform>Would purge the identity of %n closed requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the identity of %n closed request(s).</source>
        <translation>
            <numerusform>Purged the identity of %n closed request.</numerusform>
            <numerusform>Purged the identity of %n closed requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under legal hold, kept: %n request(s).</source>
        <translation>
            <numerusform>Under legal hold, kept: %n request.</numerusform>
            <numerusform>Under legal hold, kept: %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would purge the contact details of %n retired supporter(s).</source>
        <translation>
            <numerusform>Would purge the contact details of %n retired supporter.</numerusform>
            <numerusform>Would purge the contact details of %n retired supporters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the contact details of %n retired supporter(s).</source>
        <translation>
            <numerusform>Purged the contact details of %n retired supporter.</numerusform>
            <numerusform>Purged the contact details of %n retired supporters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would remove %n group registration(s).</source>
        <translation>
            <numerusform>Would remove %n group registration.</numerusform>
            <numerusform>Would remove %n group registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n group registration(s).</source>
        <translation>
            <numerusform>Removed %n group registration.</numerusform>
            <numerusform>Removed %n group registrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: would import %n supporter(s). Nothing was written (dry run).</source>
        <translation>
            <numerusform>The file is valid: would import %n supporter. Nothing was written (dry run).</numerusform>
            <numerusform>The file is valid: would import %n supporters. Nothing was written (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n supporter(s).</source>
        <translation>
            <numerusform>Imported %n supporter.</numerusform>
            <numerusform>Imported %n supporters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is valid: would import %n request(s). Nothing was written (dry run).</source>
        <translation>
            <numerusform>The file is valid: would import %n request. Nothing was written (dry run).</numerusform>
            <numerusform>The file is valid: would import %n requests. Nothing was written (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>Imported %n request.</numerusform>
            <numerusform>Imported %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: fix the %n problem(s) above and import the file again.</source>
        <translation>
            <numerusform>Nothing was imported: fix the problem above and import the file again.</numerusform>
            <numerusform>Nothing was imported: fix the %n problems above and import the file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) excluded:</source>
        <translation>
            <numerusform>%n supporter excluded:</numerusform>
            <numerusform>%n supporters excluded:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s)</source>
        <translation>
            <numerusform>%n supporter</numerusform>
            <numerusform>%n supporters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 added: %2, %3; %n session(s) scheduled.</source>
        <translation>
            <numerusform>Group #%1 added: %2, %3; %n session scheduled.</numerusform>
            <numerusform>Group #%1 added: %2, %3; %n sessions scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <translation>
            <numerusform>%n attended</numerusform>
            <numerusform>%n attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s) scheduled for group #%1.</source>
        <translation>
            <numerusform>%n new session scheduled for group #%1.</numerusform>
            <numerusform>%n new sessions scheduled for group #%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistics for %1: %n cell(s) suppressed (k = %2); the audit passed.</source>
        <translation>
            <numerusform>Statistics for %1: %n cell suppressed (k = %2); the audit passed.</numerusform>
            <numerusform>Statistics for %1: %n cells suppressed (k = %2); the audit passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statistics for %1, revision %3: %n cell(s) suppressed (k = %2); the audit passed.</source>
        <translation>
            <numerusform>Statistics for %1, revision %3: %n cell suppressed (k = %2); the audit passed.</numerusform>
            <numerusform>Statistics for %1, revision %3: %n cells suppressed (k = %2); the audit passed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup verified: checksums, keyring, encryption, integrity and %n audit row(s).</source>
        <translation>
            <numerusform>Backup verified: checksums, keyring, encryption, integrity and %n audit row.</numerusform>
            <numerusform>Backup verified: checksums, keyring, encryption, integrity and %n audit rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) booked from then on cancelled.</source>
        <translation>
            <numerusform>%n conversation booked from then on cancelled.</numerusform>
            <numerusform>%n conversations booked from then on cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  received %2 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1  received %2 (%n day ago)</numerusform>
            <numerusform>%1  received %2 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposals unanswered for more than %n day(s)</source>
        <translation>
            <numerusform>Proposals unanswered for more than %n day</numerusform>
            <numerusform>Proposals unanswered for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No conversation held for %n day(s)</source>
        <translation>
            <numerusform>No conversation held for %n day</numerusform>
            <numerusform>No conversation held for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group series running out within %n day(s)</source>
        <translation>
            <numerusform>Group series running out within %n day</numerusform>
            <numerusform>Group series running out within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... and %n more</numerusform>
            <numerusform>  ... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 ended: %n session(s) ahead cancelled.</source>
        <translation>
            <numerusform>Group #%1 ended: %n session ahead cancelled.</numerusform>
            <numerusform>Group #%1 ended: %n sessions ahead cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 reopened: %n session(s) scheduled.</source>
        <translation>
            <numerusform>Group #%1 reopened: %n session scheduled.</numerusform>
            <numerusform>Group #%1 reopened: %n sessions scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would purge the identity of %n former group member(s).</source>
        <translation>
            <numerusform>Would purge the identity of %n former group member.</numerusform>
            <numerusform>Would purge the identity of %n former group members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged the identity of %n former group member(s).</source>
        <translation>
            <numerusform>Purged the identity of %n former group member.</numerusform>
            <numerusform>Purged the identity of %n former group members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Under legal hold, kept: %n former group member(s).</source>
        <translation>
            <numerusform>Under legal hold, kept: %n former group member.</numerusform>
            <numerusform>Under legal hold, kept: %n former group members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Maintenance done on %1: %n table(s) vacuumed; what purges removed is in no table file now, unless a transaction that began before the purge is still open (the WAL and backups keep it until they age out: docs/server.md).</source>
        <translation>
            <numerusform>Maintenance done on %1: %n table vacuumed; what purges removed is in no table file now, unless a transaction that began before the purge is still open (the WAL and backups keep it until they age out: docs/server.md).</numerusform>
            <numerusform>Maintenance done on %1: %n tables vacuumed; what purges removed is in no table file now, unless a transaction that began before the purge is still open (the WAL and backups keep it until they age out: docs/server.md).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live match(es)</source>
        <translation>
            <numerusform>%n live match</numerusform>
            <numerusform>%n live matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::CloseRequestDialog</name>
    <message numerus="yes">
        <source>Closing cancels %n conversation(s) booked from now on; the supporter&apos;s time is freed.</source>
        <translation>
            <numerusform>Closing cancels %n conversation booked from now on; the supporter&apos;s time is freed.</numerusform>
            <numerusform>Closing cancels %n conversations booked from now on; the supporter&apos;s time is freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::DashboardPage</name>
    <message numerus="yes">
        <source>PeerDesk locks itself after %n minute(s) without activity. Ctrl+L locks it now.</source>
        <translation>
            <numerusform>PeerDesk locks itself after %n minute without activity. Ctrl+L locks it now.</numerusform>
            <numerusform>PeerDesk locks itself after %n minutes without activity. Ctrl+L locks it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n day(s) ago</source>
        <translation>
            <numerusform>received %n day ago</numerusform>
            <numerusform>received %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed more than %n day(s) ago and still waiting for the supporter&apos;s answer (setting proposal_answer_days).</source>
        <translation>
            <numerusform>Proposed more than %n day ago and still waiting for the supporter&apos;s answer (setting proposal_answer_days).</numerusform>
            <numerusform>Proposed more than %n days ago and still waiting for the supporter&apos;s answer (setting proposal_answer_days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · proposed %n day(s) ago</source>
        <translation>
            <numerusform>%1 · proposed %n day ago</numerusform>
            <numerusform>%1 · proposed %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted matches with no conversation held for %n day(s) (setting quiet_match_days).</source>
        <translation>
            <numerusform>Accepted matches with no conversation held for %n day (setting quiet_match_days).</numerusform>
            <numerusform>Accepted matches with no conversation held for %n days (setting quiet_match_days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::DisclosureControl</name>
    <message numerus="yes">
        <source>%n earlier release(s) left out: their figures disagree with later ones</source>
        <translation>
            <numerusform>%n earlier release left out: its figures disagree with later ones</numerusform>
            <numerusform>%n earlier releases left out: their figures disagree with later ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::EndMatchDialog</name>
    <message numerus="yes">
        <source>Ending the match cancels %n conversation(s) booked from now on; the supporter&apos;s time is freed.</source>
        <translation>
            <numerusform>Ending the match cancels %n conversation booked from now on; the supporter&apos;s time is freed.</numerusform>
            <numerusform>Ending the match cancels %n conversations booked from now on; the supporter&apos;s time is freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupEditorDialog</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> session(s)</source>
        <translation>
            <numerusform> session</numerusform>
            <numerusform> sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupRecurrence</name>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <translation>
            <numerusform>Every week on %1</numerusform>
            <numerusform>Every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n session(s)</source>
        <translation>
            <numerusform>%1, %n session</numerusform>
            <numerusform>%1, %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupService</name>
    <message numerus="yes">
        <source>This group takes at most %n facilitator(s).</source>
        <translation>
            <numerusform>This group takes at most %n facilitator.</numerusform>
            <numerusform>This group takes at most %n facilitators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attendance (%1) is more than the group&apos;s %n place(s).</source>
        <translation>
            <numerusform>Attendance (%1) is more than the group&apos;s %n place.</numerusform>
            <numerusform>Attendance (%1) is more than the group&apos;s %n places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are %1 feedback answers for %n participant(s): each participant gives at most one.</source>
        <translation>
            <numerusform>There are %1 feedback answers for %n participant: each participant gives at most one.</numerusform>
            <numerusform>There are %1 feedback answers for %n participants: each participant gives at most one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group session #%1 is full: its %n place(s) are taken.</source>
        <translation>
            <numerusform>Group session #%1 is full: its %n place is taken.</numerusform>
            <numerusform>Group session #%1 is full: its %n places are taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group #%1 has %n standing member(s): remove them before it takes registrations for each session instead.</source>
        <translation>
            <numerusform>Group #%1 has %n standing member: remove them before it takes registrations for each session instead.</numerusform>
            <numerusform>Group #%1 has %n standing members: remove them before it takes registrations for each session instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Past sessions are entered from a date within the last %n day(s), not %1.</source>
        <translation>
            <numerusform>Past sessions are entered from a date within the last day, not %1.</numerusform>
            <numerusform>Past sessions are entered from a date within the last %n days, not %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupTableModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::GroupsPage</name>
    <message numerus="yes">
        <source>Group added, with its sessions for the next %n week(s).</source>
        <translation>
            <numerusform>Group added, with its sessions for the next %n week.</numerusform>
            <numerusform>Group added, with its sessions for the next %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) added.</source>
        <translation>
            <numerusform>%n session added.</numerusform>
            <numerusform>%n sessions added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group reopened: %n session(s) scheduled.</source>
        <translation>
            <numerusform>Group reopened: %n session scheduled.</numerusform>
            <numerusform>Group reopened: %n sessions scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group ended: %n session(s) ahead cancelled.</source>
        <translation>
            <numerusform>Group ended: %n session ahead cancelled.</numerusform>
            <numerusform>Group ended: %n sessions ahead cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::Import</name>
    <message numerus="yes">
        <source>the value is longer than %n character(s).</source>
        <translation>
            <numerusform>the value is longer than %n character.</numerusform>
            <numerusform>the value is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>an item is longer than %n character(s).</source>
        <translation>
            <numerusform>an item is longer than %n character.</numerusform>
            <numerusform>an item is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchDialog</name>
    <message numerus="yes">
        <source>&amp;Not suggested (%n):</source>
        <translation>
            <numerusform>&amp;Not suggested (%n):</numerusform>
            <numerusform>&amp;Not suggested (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied. Cleared from the clipboard in %n s.</source>
        <translation>
            <numerusform>Copied. Cleared from the clipboard in %n s.</numerusform>
            <numerusform>Copied. Cleared from the clipboard in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::MatchEngine</name>
    <message numerus="yes">
        <source>%n career stage(s) apart</source>
        <translation>
            <numerusform>%n career stage apart</numerusform>
            <numerusform>%n career stages apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last matched %n day(s) ago</source>
        <translation>
            <numerusform>last matched %n day ago</numerusform>
            <numerusform>last matched %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places free</source>
        <translation>
            <numerusform>%n of %1 places free</numerusform>
            <numerusform>%n of %1 places free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::MomentEdit</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::MyMatchesPage</name>
    <message numerus="yes">
        <source>%n live match(es)</source>
        <translation>
            <numerusform>%n live match</numerusform>
            <numerusform>%n live matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::OccurrenceRecordDialog</name>
    <message numerus="yes">
        <source>Session of %1, %n place(s).</source>
        <translation>
            <numerusform>Session of %1, %n place.</numerusform>
            <numerusform>Session of %1, %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::OccurrenceTableModel</name>
    <message numerus="yes">
        <source>%1, %n escalation(s)</source>
        <translation>
            <numerusform>%1, %n escalation</numerusform>
            <numerusform>%1, %n escalations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::RecoveryKeyDialog</name>
    <message numerus="yes">
        <source>Copied. PeerDesk empties the clipboard in %n second(s), and when you continue.</source>
        <translation>
            <numerusform>Copied. PeerDesk empties the clipboard in %n second, and when you continue.</numerusform>
            <numerusform>Copied. PeerDesk empties the clipboard in %n seconds, and when you continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestTableModel</name>
    <message numerus="yes">
        <source>Overdue by %n business day(s)</source>
        <translation>
            <numerusform>Overdue by %n business day</numerusform>
            <numerusform>Overdue by %n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::RequestsPage</name>
    <message numerus="yes">
        <source>Due %1 (%n business day(s) left)</source>
        <translation>
            <numerusform>Due %1 (%n business day left)</numerusform>
            <numerusform>Due %1 (%n business days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n business day(s) (was due %1)</source>
        <translation>
            <numerusform>Overdue by %n business day (was due %1)</numerusform>
            <numerusform>Overdue by %n business days (was due %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s), probably from the same person</source>
        <translation>
            <numerusform>%n earlier request, probably from the same person</numerusform>
            <numerusform>%n earlier requests, probably from the same person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n booked conversation(s) cancelled.</source>
        <translation>
            <numerusform>%n booked conversation cancelled.</numerusform>
            <numerusform>%n booked conversations cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::SchedulingService</name>
    <message numerus="yes">
        <source>This is conversation number %1 with this peer; the short-term model plans up to %n.</source>
        <translation>
            <numerusform>This is conversation number %1 with this peer; the short-term model plans %n.</numerusform>
            <numerusform>This is conversation number %1 with this peer; the short-term model plans up to %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This makes %1 conversations with this peer; the short-term model plans up to %n.</source>
        <translation>
            <numerusform>This makes %1 conversations with this peer; the short-term model plans %n.</numerusform>
            <numerusform>This makes %1 conversations with this peer; the short-term model plans up to %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::SettingsPage</name>
    <message numerus="yes">
        <source>%n setting(s) saved.</source>
        <translation>
            <numerusform>%n setting saved.</numerusform>
            <numerusform>%n settings saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request identity(ies), </source>
        <translation>
            <numerusform>%n request identity, </numerusform>
            <numerusform>%n request identities, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) past retention are kept under legal hold.</source>
        <translation>
            <numerusform>%n request past retention is kept under legal hold.</numerusform>
            <numerusform>%n requests past retention are kept under legal hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter contact(s), </source>
        <translation>
            <numerusform>%n supporter contact, </numerusform>
            <numerusform>%n supporter contacts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group registration(s) and </source>
        <translation>
            <numerusform>%n group registration and </numerusform>
            <numerusform>%n group registrations and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former group member(s)</source>
        <translation>
            <numerusform>%n former group member</numerusform>
            <numerusform>%n former group members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former group member(s) past retention are kept under legal hold.</source>
        <translation>
            <numerusform>%n former group member past retention is kept under legal hold.</numerusform>
            <numerusform>%n former group members past retention are kept under legal hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsPage</name>
    <message numerus="yes">
        <source>%1: %n cell(s) suppressed, shown as %2; the disclosure audit passed (%3).</source>
        <translation>
            <numerusform>%1: %n cell suppressed, shown as %2; the disclosure audit passed (%3).</numerusform>
            <numerusform>%1: %n cells suppressed, shown as %2; the disclosure audit passed (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::StatisticsService</name>
    <message numerus="yes">
        <source>Published only over at least %n first contacts.</source>
        <translation>
            <numerusform>Published only over at least %n first contact.</numerusform>
            <numerusform>Published only over at least %n first contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares of the anonymous feedback answers given after sessions held in the period, per group and for all groups; published only over at least %n answers.</source>
        <translation>
            <numerusform>Shares of the anonymous feedback answers given after sessions held in the period, per group and for all groups; published only over at least %n answer.</numerusform>
            <numerusform>Shares of the anonymous feedback answers given after sessions held in the period, per group and for all groups; published only over at least %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read.</source>
        <translation>
            <numerusform>%n row read.</numerusform>
            <numerusform>%n rows read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before importing; nothing was added.</source>
        <translation>
            <numerusform>%n problem to fix in the file before importing; nothing was added.</numerusform>
            <numerusform>%n problems to fix in the file before importing; nothing was added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) ready to import.</source>
        <translation>
            <numerusform>%n supporter ready to import.</numerusform>
            <numerusform>%n supporters ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see the problems list.</source>
        <translation>
            <numerusform>%n warning: see the problems list.</numerusform>
            <numerusform>%n warnings: see the problems list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::SupporterService</name>
    <message numerus="yes">
        <source>Supporter #%1 has %n live match(es) (%2): confirm the change (on the command line, --force), then end each match to find a new supporter.</source>
        <translation>
            <numerusform>Supporter #%1 has %n live match (%2): confirm the change (on the command line, --force), then end the match to find a new supporter.</numerusform>
            <numerusform>Supporter #%1 has %n live matches (%2): confirm the change (on the command line, --force), then end each match to find a new supporter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>peerdesk::SupportersPage</name>
    <message numerus="yes">
        <source>%n peer(s) at once</source>
        <translation>
            <numerusform>%n peer at once</numerusform>
            <numerusform>%n peers at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s) imported.</source>
        <translation>
            <numerusform>%n supporter imported.</numerusform>
            <numerusform>%n supporters imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This supporter has %n live match(es): %1. After this change they show on the Dashboard as needing a new supporter; end each one from its request to find the physician someone else.</source>
        <translation>
            <numerusform>This supporter has %n live match: %1. After this change it shows on the Dashboard as needing a new supporter; end it from its request to find the physician someone else.</numerusform>
            <numerusform>This supporter has %n live matches: %1. After this change they show on the Dashboard as needing a new supporter; end each one from its request to find the physician someone else.</numerusform>
        </translation>
    </message>
</context>
</TS>
