#include "core/services/ProgramSettings.h"

#include "CatchCompat.h"
#include "TempVault.h"
#include "core/storage/Database.h"

using namespace peerdesk;
using peerdesk::test::TempVault;

TEST_CASE("Settings read their defaults until an administrator changes them", "[settings]")
{
    TempVault vault;
    auto session = vault.unlock();
    ProgramSettings settings(session->database());
    CHECK(*settings.integer(QLatin1String(ProgramSettings::RetentionDays)) == 30);
    CHECK(*settings.integer(QLatin1String(ProgramSettings::ContactTargetDays)) == 2);
    CHECK(settings.list(QLatin1String(ProgramSettings::AffinityGroups))->contains(QStringLiteral("2slgbtqi")));

    auto stored = changeSetting(*session, QLatin1String(ProgramSettings::AffinityGroups),
                                QStringLiteral(" bipoc ;; img;rural "));
    REQUIRE(stored);
    CHECK(*stored == QLatin1String("bipoc; img; rural"));
    CHECK(*settings.list(QLatin1String(ProgramSettings::AffinityGroups))
          == QStringList{ QStringLiteral("bipoc"), QStringLiteral("img"), QStringLiteral("rural") });
}

TEST_CASE("Settings refuse values outside their type or range and keep the old value", "[settings]")
{
    TempVault vault;
    auto session = vault.unlock();
    ProgramSettings settings(session->database());
    const std::pair<const char*, const char*> refused[] = {
        { "retention_days", "-1" },
        { "retention_days", "366" },
        { "retention_days", "thirty" },
        { "contact_target_days", "0" },
        { "holiday_province", "XX" },
        { "closure_days", "2026-02-30" },
        { "scope_excluded_career_stages", "student" },
        { "match_weight_region", "11" },
        { "program_name", "" }, // every statistics release carries it
        { "program_name", "   " },
        { "no_such_setting", "1" },
    };
    for (const auto& [key, value] : refused) {
        INFO(key << " = " << value);
        auto result = changeSetting(*session, QLatin1String(key), QLatin1String(value));
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }
    CHECK(*settings.integer(QLatin1String(ProgramSettings::RetentionDays)) == 30);
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::ClosureDays),
                          QStringLiteral("2026-12-31; 2026-12-24;2026-12-24")));
    CHECK(*settings.value(QLatin1String(ProgramSettings::ClosureDays)) == QLatin1String("2026-12-24; 2026-12-31"));
    REQUIRE(changeSetting(*session, QLatin1String(ProgramSettings::HolidayProvince), QStringLiteral("QC")));
}

TEST_CASE("Only administrators change settings", "[settings]")
{
    TempVault vault;
    auto session = vault.unlock();
    session.reset();
    session = vault.unlockAs(Role::Coordinator);
    auto refused = changeSetting(*session, QLatin1String(ProgramSettings::RetentionDays), QStringLiteral("10"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotPermitted);
}

TEST_CASE("Every list setting can be emptied, and an emptied one stays empty instead of the default", "[settings]")
{
    TempVault vault;
    int lists = 0;
    {
        auto session = vault.unlock();
        for (const SettingDefinition& definition : ProgramSettings::definitions()) {
            if (definition.type != SettingDefinition::Type::List
                && definition.type != SettingDefinition::Type::DateList)
                continue;
            ++lists;
            INFO(definition.key.toStdString());
            // First a value, so that emptying is a change, then nothing at all and only spaces and separators.
            const QString some = definition.type == SettingDefinition::Type::DateList
                ? QStringLiteral("2026-12-24")
                : (definition.allowedItems.isEmpty() ? QStringLiteral("something") : definition.allowedItems.first());
            REQUIRE(changeSetting(*session, definition.key, some));
            for (const QString& nothing : { QString(), QStringLiteral(""), QStringLiteral("  ; ;") }) {
                auto emptied = changeSetting(*session, definition.key, nothing);
                REQUIRE(emptied);
                CHECK(emptied->isEmpty());
            }
        }
    }
    CHECK(lists >= 6);
    auto session = vault.unlock();
    ProgramSettings settings(session->database());
    for (const SettingDefinition& definition : ProgramSettings::definitions()) {
        if (definition.type != SettingDefinition::Type::List && definition.type != SettingDefinition::Type::DateList)
            continue;
        INFO(definition.key.toStdString());
        CHECK(settings.value(definition.key).value().isEmpty());
        CHECK(settings.list(definition.key).value().isEmpty());
    }
}
