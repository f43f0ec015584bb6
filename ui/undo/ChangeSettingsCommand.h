#pragma once

#include "ui/undo/EditCommand.h"

#include <QMap>

namespace peerdesk {

// Program settings as stored: key → value in the stored (normalised) form.
using SettingValues = QMap<QString, QString>;

// Settings saved together on the Settings page, stored again through changeSettings() (administrators only,
// all or nothing, each change audited as setting.changed). The program's settings are one item (id 0); two
// saves in a row of the same settings are one step, as the same field typed twice, so undoing goes back to the
// values before the first.
class ChangeSettingsCommand final : public EditCommand<SettingValues>
{
public:
    // before and after hold the same keys.
    ChangeSettingsCommand(VaultSession& session, SettingValues before, SettingValues after, UndoReporter reporter);

private:
    Result<void> store(const SettingValues& values) override;
    QString changedField(const SettingValues& before, const SettingValues& after) const override;
};

} // namespace peerdesk
