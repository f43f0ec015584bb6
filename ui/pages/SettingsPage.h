#pragma once

#include "core/services/ProgramSettings.h"
#include "ui/pages/Page.h"

#include <functional>

class QComboBox;
class QGroupBox;
class QPushButton;

namespace peerdesk {

class AccountsSection;
class MessageLabel;

// The program's settings (administrators): every definition of ProgramSettings, grouped as a coordinator
// thinks of them, each checked as it is typed with the same rule the core applies, saved together and
// audited one by one, each save one step of the Edit menu's undo history. Also backups (the automatic backups'
// folder, and Back up now), the staff accounts (AccountsSection), this computer's language and an on-demand
// purge of expired identities.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(PageContext& context, QWidget* parent = nullptr);
    ~SettingsPage() override;

    void reload() override;

    // The editor of one setting ("retention_days" -> objectName "setting_retention_days").
    QWidget* editor(const QString& key) const;

    // Back up now, after its folder dialog (tests call it): a backup of the vault into folder, off the GUI thread.
    void backUpNow(const QString& folder);

private:
    struct Row
    {
        SettingDefinition definition;
        QWidget* editor = nullptr;
        MessageLabel* message = nullptr;
        std::function<QString()> read; // the editor's value in the stored form's syntax
        std::function<void(const QString&)> write;
        QString stored;
    };

    QGroupBox* buildSection(const QString& title, const QStringList& keys);
    QWidget* buildBackupSection();
    Row makeRow(const SettingDefinition& definition, QWidget* parent);
    QWidget* buildLanguageSection();
    QWidget* buildMaintenanceSection();
    void revalidate();
    // Saves the changed settings together, as one step of the undo stack.
    void save();
    // After the undo stack changed the settings (or refused to): the changed ones shown, the other pages told.
    void afterUndoStep(const QString& error);
    void purge(bool dryRun);

    PageContext& m_context;
    QList<Row> m_rows;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    MessageLabel* m_saveMessage = nullptr;
    QComboBox* m_language = nullptr;
    MessageLabel* m_languageMessage = nullptr;
    QPushButton* m_backupButton = nullptr;
    MessageLabel* m_backupMessage = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QPushButton* m_previewButton = nullptr;
    MessageLabel* m_purgeMessage = nullptr;
    AccountsSection* m_accounts = nullptr;
    bool m_loading = false;
};

} // namespace peerdesk
