#include "core/services/ProgramSettings.h"

#include "core/domain/HolidayCalendar.h"
#include "core/domain/ReferralResource.h"
#include "core/domain/Vocabulary.h"
#include "core/formats/CsvReader.h"
#include "core/services/AuditLog.h"
#include "core/services/Permissions.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsRepository.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>

#include <algorithm>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ProgramSettings)
};

SettingDefinition integerSetting(const char* key, int minimum, int maximum, int defaultValue, QString description)
{
    return { QLatin1String(key),
             SettingDefinition::Type::Integer,
             minimum,
             maximum,
             QString::number(defaultValue),
             std::move(description),
             {} };
}

SettingDefinition listSetting(const char* key, QString defaultValue, QString description, QStringList allowedItems = {})
{
    return { QLatin1String(key),     SettingDefinition::Type::List, 0, 0, std::move(defaultValue),
             std::move(description), std::move(allowedItems) };
}

QStringList provinceCodes()
{
    QStringList codes{ QString() };
    codes.append(Vocabulary::keys(Vocab::Province));
    return codes;
}

// Each resource in its setting form; refused when its tags cannot be read or two resources share a name (a
// referral given records the name alone).
Result<QStringList> normaliseResources(const QStringList& items)
{
    QStringList normalised, names;
    for (const QString& item : items) {
        QString problem;
        const auto resource = ReferralResource::parse(item, &problem);
        if (!resource)
            return makeError(ErrorCode::InvalidInput, problem);
        if (names.contains(resource->name, Qt::CaseInsensitive))
            return makeError(ErrorCode::InvalidInput, Text::tr("\"%1\" is listed twice.").arg(resource->name));
        names << resource->name;
        normalised << resource->text();
    }
    return normalised;
}

} // namespace

QList<SettingDefinition> ProgramSettings::definitions()
{
    using P = ProgramSettings;
    return {
        integerSetting(P::RetentionDays, 0, 365, 30,
                       Text::tr("Days after closure before a request's identity (and a group registration's) is "
                                "purged")),
        integerSetting(P::SupporterRetentionDays, 0, 3650, 365,
                       Text::tr("Days after retirement before a supporter's contact details are purged")),
        integerSetting(P::ContactTargetDays, 1, 10, 2, Text::tr("Business days from receipt to first contact")),
        { QLatin1String(P::HolidayProvince), SettingDefinition::Type::Text, 0, 0, QString(),
          Text::tr("Province or territory whose holidays are added to the federal ones (empty: federal only)"),
          provinceCodes() },
        { QLatin1String(P::ClosureDays),
          SettingDefinition::Type::DateList,
          0,
          0,
          QString(),
          Text::tr("Other days the program is closed (YYYY-MM-DD), excluded from business days"),
          {} },
        integerSetting(P::ConversationCap, 1, 20, 3,
                       Text::tr("Conversations per match before onward referral is suggested")),
        listSetting(P::AffinityGroups, QStringLiteral("bipoc; 2slgbtqi; women_in_medicine; img"),
                    Text::tr("Affinity groups supporters may volunteer for")),
        listSetting(P::ScopeExcludedCareerStages, QStringLiteral("resident"),
                    Text::tr("Career stages the program refers elsewhere"), Vocabulary::keys(Vocab::CareerStage)),
        listSetting(P::ScopeRegions, QString(), Text::tr("Regions the program serves (empty: every region)")),
        listSetting(P::Resources,
                    Text::tr("Physician Health Program; Resident wellness program; Employee and family assistance "
                             "program; Family physician"),
                    Text::tr("Resources physicians are referred to, each optionally followed by the requests it is "
                             "for: Name [region=BC, career_stage=resident]")),
        listSetting(P::CrisisResources, Text::tr("Emergency services: 911; Suicide Crisis Helpline: call or text 988"),
                    Text::tr("Crisis resources shown when someone may be at immediate risk")),
        listSetting(P::MatchEndReasons,
                    QStringLiteral("supporter_unavailable; supporter_withdrew; poor_fit; requester_asked"),
                    Text::tr("Reasons a match may be ended early for a new supporter (categories, never a story)")),
        integerSetting(
            P::ProposalAnswerDays, 1, 30, 2,
            Text::tr("Days a proposed supporter may take to answer before the Dashboard lists the proposal")),
        integerSetting(P::QuietMatchDays, 1, 90, 14,
                       Text::tr("Days without a conversation held before the Dashboard lists a match")),
        integerSetting(P::GroupHorizonWeeks, 1, 104, 12,
                       Text::tr("Weeks ahead that every group's sessions are kept scheduled, topped up at each "
                                "unlock")),
        { QLatin1String(P::GroupReturningMembers),
          SettingDefinition::Type::Text,
          0,
          0,
          QStringLiteral("no"),
          Text::tr("Recognise a group's returning members by a keyed hash of their contact (yes or no)"),
          { QStringLiteral("yes"), QStringLiteral("no") } },
        listSetting(P::RequiredCourses, QString(),
                    Text::tr("Training courses a supporter must have completed before being made active, proposed "
                             "for a match or named a group's facilitator (empty: none)")),
        integerSetting(P::WeightSpecialty, 0, 10, 3, Text::tr("Matching weight of the specialty preference")),
        integerSetting(P::WeightCareerStage, 0, 10, 2, Text::tr("Matching weight of career-stage proximity")),
        integerSetting(P::WeightRegion, 0, 10, 2,
                       Text::tr("Matching weight of the same region (doubled for in-person support)")),
        integerSetting(P::WeightAvailability, 0, 10, 2, Text::tr("Matching weight of availability overlap")),
        integerSetting(P::WeightLoad, 0, 10, 2, Text::tr("Matching weight of free places")),
        integerSetting(P::WeightRotation, 0, 10, 1,
                       Text::tr("Matching weight of time since the supporter's last match")),
        { QLatin1String(P::ProgramName),
          SettingDefinition::Type::Text,
          0,
          0,
          Text::tr("Physician peer support program"),
          Text::tr("The program's name on statistics releases (never a person's or an institution's name)"),
          {} },
        integerSetting(P::AutoLockMinutes, 0, 1440, 5,
                       Text::tr("Minutes of inactivity before the window locks (0: never)")),
        integerSetting(P::ClipboardClearSeconds, 5, 300, 30,
                       Text::tr("Seconds before an introduction copied to the clipboard is cleared from it")),
        { QLatin1String(P::BackupFolder),
          SettingDefinition::Type::Folder,
          0,
          0,
          QString(),
          Text::tr("Folder for automatic backups when PeerDesk locks or closes (empty: none)"),
          {} },
        integerSetting(P::BackupKeep, 1, 100, 10, Text::tr("Automatic backups kept in that folder")),
        // Read by the database too (the local step 19's and the server step 7's trigger on matches): '1' crosses.
        integerSetting(P::CrossSiteMatching, 0, 1, 0,
                       Text::tr("Match supporters of any site (1) or only of the request's site (0)")),
    };
}

std::optional<SettingDefinition> ProgramSettings::definition(const QString& key)
{
    for (const SettingDefinition& candidate : definitions()) {
        if (candidate.key == key)
            return candidate;
    }
    return std::nullopt;
}

Result<QString> ProgramSettings::value(const QString& key)
{
    const auto known = definition(key);
    if (!known)
        return makeError(ErrorCode::InvalidInput, Text::tr("There is no setting called \"%1\".").arg(key));
    auto stored = SettingsRepository(m_database, SettingsRepository::Table::Settings).get(key);
    if (!stored)
        return stored.error();
    // A stored value that no longer validates (edited by hand, or a range that tightened) reads as the default.
    if (*stored) {
        if (auto normalised = ProgramSettings::normalise(*known, **stored))
            return *normalised;
    }
    return known->defaultValue;
}

Result<int> ProgramSettings::integer(const QString& key)
{
    auto text = value(key);
    if (!text)
        return text.error();
    return text->toInt();
}

Result<QStringList> ProgramSettings::list(const QString& key)
{
    auto text = value(key);
    if (!text)
        return text.error();
    return csv::splitList(*text);
}

Result<QString> ProgramSettings::normalise(const SettingDefinition& definition, const QString& value)
{
    const QString trimmed = value.trimmed();
    switch (definition.type) {
    case SettingDefinition::Type::Integer: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        if (!ok || number < definition.minimum || number > definition.maximum) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 must be a whole number from %2 to %3.")
                                 .arg(definition.key)
                                 .arg(definition.minimum)
                                 .arg(definition.maximum));
        }
        return QString::number(number);
    }
    case SettingDefinition::Type::List: {
        QStringList items = csv::splitList(trimmed);
        if (definition.key == QLatin1String(Resources)) {
            auto resources = normaliseResources(items);
            if (!resources)
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("%1: %2").arg(definition.key, resources.error().message));
            items = *resources;
        }
        for (const QString& item : items) {
            if (item.size() > 200)
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("Each item of %1 must be at most 200 characters.").arg(definition.key));
            if (!definition.allowedItems.isEmpty() && !definition.allowedItems.contains(item)) {
                return makeError(ErrorCode::InvalidInput,
                                 Text::tr("%1 accepts only: %2.")
                                     .arg(definition.key, definition.allowedItems.join(QStringLiteral(", "))));
            }
        }
        return items.join(QStringLiteral("; "));
    }
    case SettingDefinition::Type::DateList: {
        QList<QDate> dates;
        for (const QString& item : csv::splitList(trimmed)) {
            const QDate date = QDate::fromString(item, Qt::ISODate);
            if (!date.isValid() || item.size() != 10)
                return makeError(
                    ErrorCode::InvalidInput,
                    Text::tr("%1 takes dates written YYYY-MM-DD, separated by \";\".").arg(definition.key));
            if (!dates.contains(date))
                dates.append(date);
        }
        std::sort(dates.begin(), dates.end());
        QStringList items;
        for (const QDate& date : std::as_const(dates))
            items.append(date.toString(Qt::ISODate));
        return items.join(QStringLiteral("; "));
    }
    case SettingDefinition::Type::Text:
        if (!definition.allowedItems.isEmpty() && !definition.allowedItems.contains(trimmed)) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 accepts only: %2 (or nothing).")
                                 .arg(definition.key, definition.allowedItems.mid(1).join(QStringLiteral(", "))));
        }
        if (trimmed.size() > 200)
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 must be at most 200 characters.").arg(definition.key));
        // Every statistics release carries the program's name.
        if (trimmed.isEmpty() && definition.key == QLatin1String(ProgramName))
            return makeError(ErrorCode::InvalidInput, Text::tr("%1 cannot be empty.").arg(definition.key));
        return trimmed;
    case SettingDefinition::Type::Folder: {
        if (trimmed.isEmpty())
            return trimmed;
        const bool control = std::any_of(trimmed.cbegin(), trimmed.cend(),
                                         [](QChar c) { return c.category() == QChar::Other_Control; });
        if (control || trimmed.size() > 1000 || !QDir::isAbsolutePath(QDir::fromNativeSeparators(trimmed)))
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 must be a folder's full path (or nothing).").arg(definition.key));
        return QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
    }
    }
    return trimmed;
}

Result<QString> ProgramSettings::set(const QString& key, const QString& value)
{
    const auto known = definition(key);
    if (!known)
        return makeError(ErrorCode::InvalidInput, Text::tr("There is no setting called \"%1\".").arg(key));
    auto normalised = normalise(*known, value);
    if (!normalised)
        return normalised;
    if (auto stored = SettingsRepository(m_database, SettingsRepository::Table::Settings).set(key, *normalised);
        !stored)
        return stored.error();
    return normalised;
}

Result<QString> changeSetting(VaultSession& session, const QString& key, const QString& value)
{
    if (auto allowed = requireAdministration(session); !allowed)
        return allowed.error();
    QString stored;
    auto done = session.database().transaction([&]() -> Result<void> {
        auto changed = session.settings().set(key, value);
        if (!changed)
            return changed.error();
        stored = *changed;
        return session.recordAudit(QStringLiteral("setting.changed"), QStringLiteral("setting.") + key);
    });
    if (!done)
        return done.error();
    return stored;
}

Result<QStringList> changeSettings(VaultSession& session, const QList<SettingChange>& changes, QString* refusedKey)
{
    QStringList stored;
    auto done = session.database().transaction([&]() -> Result<void> {
        stored.clear(); // a retried transaction starts again from nothing (Database::transaction)
        if (refusedKey)
            refusedKey->clear();
        for (const SettingChange& change : changes) {
            auto one = changeSetting(session, change.key, change.value);
            if (!one) {
                if (refusedKey)
                    *refusedKey = change.key;
                return one.error();
            }
            stored << *one;
        }
        return {};
    });
    if (!done)
        return done.error();
    return stored;
}

} // namespace peerdesk
