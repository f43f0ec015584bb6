#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

class Database;

// The program settings an administrator changes (vault `settings` table), each with a type, a range and a
// default. Unset keys read as their default, so a vault never needs "initial values". docs/cli.md lists them.
struct SettingDefinition
{
    enum class Type
    {
        Integer, // minimum..maximum
        List, // ';'-separated items, trimmed, empty items dropped
        DateList, // ';'-separated ISO dates (YYYY-MM-DD), sorted
        Text,
        Folder, // empty, or an absolute path to a folder (not checked to exist: a drive may be unplugged)
    };
    QString key;
    Type type = Type::Integer;
    int minimum = 0;
    int maximum = 0;
    QString defaultValue; // for List and Text, a translated default
    QString description; // translated, one line
    QStringList allowedItems; // List/Text: when not empty, every item must be one of these
};

class ProgramSettings final
{
public:
    explicit ProgramSettings(Database& database) : m_database(database) { }

    static QList<SettingDefinition> definitions();
    static std::optional<SettingDefinition> definition(const QString& key);

    // InvalidInput for an unknown key.
    Result<QString> value(const QString& key);
    Result<int> integer(const QString& key);
    Result<QStringList> list(const QString& key);

    // Validates and stores (normalised: lists re-joined with "; "). InvalidInput with the reason for an unknown
    // key or a value outside its type or range; nothing is written then. The caller checks the role and audits.
    Result<QString> set(const QString& key, const QString& value);

    // Keys used by the services.
    static constexpr auto RetentionDays = "retention_days";
    static constexpr auto SupporterRetentionDays = "supporter_retention_days";
    static constexpr auto ContactTargetDays = "contact_target_days";
    static constexpr auto HolidayProvince = "holiday_province";
    static constexpr auto ClosureDays = "closure_days";
    static constexpr auto ConversationCap = "conversation_cap";
    static constexpr auto AffinityGroups = "affinity_groups";
    static constexpr auto ScopeExcludedCareerStages = "scope_excluded_career_stages";
    static constexpr auto ScopeRegions = "scope_regions";
    static constexpr auto Resources = "resources";
    static constexpr auto CrisisResources = "crisis_resources";
    static constexpr auto RequiredCourses = "required_courses";
    static constexpr auto MatchEndReasons = "match_end_reasons";
    static constexpr auto ProposalAnswerDays = "proposal_answer_days";
    static constexpr auto QuietMatchDays = "quiet_match_days";
    static constexpr auto GroupHorizonWeeks = "group_horizon_weeks";
    static constexpr auto GroupReturningMembers = "group_returning_members";
    static constexpr auto WeightSpecialty = "match_weight_specialty";
    static constexpr auto WeightCareerStage = "match_weight_career_stage";
    static constexpr auto WeightRegion = "match_weight_region";
    static constexpr auto WeightAvailability = "match_weight_availability";
    static constexpr auto WeightLoad = "match_weight_load";
    static constexpr auto WeightRotation = "match_weight_rotation";
    static constexpr auto AutoLockMinutes = "auto_lock_minutes";
    static constexpr auto ProgramName = "program_name";
    static constexpr auto ClipboardClearSeconds = "clipboard_clear_seconds";
    static constexpr auto BackupFolder = "backup_folder";
    static constexpr auto BackupKeep = "backup_keep";
    static constexpr auto CrossSiteMatching = "cross_site_matching";

    // The stored form of a value, or InvalidInput saying why it is refused.
    static Result<QString> normalise(const SettingDefinition& definition, const QString& value);

private:
    Database& m_database;
};

class VaultSession;

// An administrator changing a setting: role check, validation, storage and the audit row ("setting.changed",
// entity "setting.<key>") in one transaction. Returns the stored (normalised) value.
Result<QString> changeSetting(VaultSession& session, const QString& key, const QString& value);

struct SettingChange
{
    QString key;
    QString value;
};

// Several settings saved together: all or nothing, in one transaction, each change audited. On a refusal
// nothing is stored, and refusedKey (when given) names the setting that was refused. Returns the stored values
// in the order of the changes.
Result<QStringList> changeSettings(VaultSession& session, const QList<SettingChange>& changes,
                                   QString* refusedKey = nullptr);

} // namespace peerdesk
