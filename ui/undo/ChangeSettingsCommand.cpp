#include "ui/undo/ChangeSettingsCommand.h"

#include "core/services/ProgramSettings.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ChangeSettingsCommand)
};

} // namespace

// after is copied, not moved (it is implicitly shared): its keys name the command.
ChangeSettingsCommand::ChangeSettingsCommand(VaultSession& session, SettingValues before, SettingValues after,
                                             UndoReporter reporter)
    : EditCommand(UndoKind::Settings, session, 0, std::move(before), after, std::move(reporter))
{
    // A setting by its key, as the command line and the audit log name it (the descriptions are sentences).
    const QStringList keys = after.keys();
    setText(keys.size() == 1 ? Text::tr("change of setting %1").arg(keys.first())
                             : Text::tr("change of %n setting(s)", nullptr, int(keys.size())));
}

Result<void> ChangeSettingsCommand::store(const SettingValues& values)
{
    QList<SettingChange> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        changes.append({ it.key(), it.value() });
    if (auto stored = changeSettings(session(), changes); !stored)
        return stored.error();
    return {};
}

QString ChangeSettingsCommand::changedField(const SettingValues& before, const SettingValues& after) const
{
    Q_UNUSED(after) // the same keys
    return before.keys().join(QLatin1Char(' '));
}

} // namespace peerdesk
