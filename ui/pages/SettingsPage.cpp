#include "ui/pages/SettingsPage.h"

#include "core/domain/Vocabulary.h"
#include "core/services/RetentionService.h"
#include "core/vault/Backup.h"
#include "core/vault/VaultSession.h"
#include "ui/BackgroundTask.h"
#include "ui/pages/AccountsSection.h"
#include "ui/undo/ChangeSettingsCommand.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace peerdesk {

namespace {

const auto LanguageKey = QStringLiteral("language");

// Lists are stored ';'-separated; on screen each item has its own line, which is easier to read and edit.
QString linesToList(const QString& lines)
{
    QStringList items;
    for (const QString& line : lines.split(QLatin1Char('\n')))
        items << line.trimmed();
    items.removeAll(QString());
    return items.join(QStringLiteral("; "));
}

QString listToLines(const QString& stored)
{
    QStringList items;
    for (const QString& item : stored.split(QLatin1Char(';')))
        items << item.trimmed();
    items.removeAll(QString());
    return items.join(QLatin1Char('\n'));
}

// A folder dialog that does not block the event loop (the idle lock and background work go on); chosen is
// called only when a folder was picked, and only while parent lives.
void chooseFolder(QWidget* parent, QAction* lockAction, const QString& title, const QString& start,
                  std::function<void(const QString&)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, start);
    if (lockAction)
        dialog->addAction(lockAction);
    dialog->setObjectName(QStringLiteral("chooseFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

QString provinceName(const QString& code)
{
    return code.isEmpty() ? SettingsPage::tr("Federal holidays only") : Vocabulary::displayName(Vocab::Province, code);
}

} // namespace

SettingsPage::SettingsPage(PageContext& context, QWidget* parent)
    : Page(tr("Settings"), QStringLiteral("settings"), tr("For administrators"), QString(), parent), m_context(context)
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(12);

    using P = ProgramSettings;
    const auto key = [](const char* name) { return QString::fromLatin1(name); };
    QStringList placed;
    const QList<std::pair<QString, QStringList>> sections{
        { tr("Program"), { key(P::ProgramName) } },
        { tr("First contact"), { key(P::ContactTargetDays), key(P::HolidayProvince), key(P::ClosureDays) } },
        { tr("Scope and resources"),
          { key(P::ScopeExcludedCareerStages), key(P::ScopeRegions), key(P::Resources), key(P::CrisisResources) } },
        { tr("Matching"),
          { key(P::WeightSpecialty), key(P::WeightCareerStage), key(P::WeightRegion), key(P::WeightAvailability),
            key(P::WeightLoad), key(P::WeightRotation), key(P::ConversationCap), key(P::AffinityGroups),
            key(P::RequiredCourses), key(P::MatchEndReasons) } },
        { tr("Dashboard"), { key(P::ProposalAnswerDays), key(P::QuietMatchDays) } },
        { tr("Privacy and retention"),
          { key(P::RetentionDays), key(P::SupporterRetentionDays), key(P::GroupReturningMembers) } },
    };
    for (const auto& [title, keys] : sections) {
        layout->addWidget(buildSection(title, keys));
        placed << keys;
    }
    layout->addWidget(buildBackupSection());
    placed << key(P::BackupFolder) << key(P::BackupKeep);
    // Whatever else core defines (the session's own settings among them) is never left out.
    QStringList others;
    for (const SettingDefinition& definition : ProgramSettings::definitions()) {
        if (!placed.contains(definition.key))
            others << definition.key;
    }
    if (!others.isEmpty())
        layout->addWidget(buildSection(tr("Session"), others));

    m_saveButton = new QPushButton(tr("&Save settings"), body);
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveButton->setAccessibleName(tr("Save settings"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("Re&vert"), body);
    m_revertButton->setObjectName(QStringLiteral("revertSettingsButton"));
    m_revertButton->setAccessibleName(tr("Revert the settings to what is saved"));
    m_saveMessage = new MessageLabel(body);
    m_saveMessage->setObjectName(QStringLiteral("saveSettingsMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveMessage, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SettingsPage::reload);

    m_accounts = new AccountsSection(m_context, body);
    connect(m_accounts, &AccountsSection::changed, this, &Page::vaultChanged);
    layout->addWidget(m_accounts);
    layout->addWidget(buildLanguageSection());
    layout->addWidget(buildMaintenanceSection());
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    contentLayout()->addWidget(scroll, 1);
}

SettingsPage::~SettingsPage() = default;

QGroupBox* SettingsPage::buildSection(const QString& title, const QStringList& keys)
{
    auto* box = new QGroupBox(title);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString& key : keys) {
        const std::optional<SettingDefinition> definition = ProgramSettings::definition(key);
        if (!definition)
            continue;
        Row row = makeRow(*definition, box);
        auto* label = new QLabel(definition->description + QLatin1Char(':'), box);
        label->setWordWrap(true);
        label->setBuddy(row.editor);
        label->setToolTip(key);
        auto* field = new QWidget(box);
        auto* fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        fieldLayout->addWidget(row.editor);
        fieldLayout->addWidget(row.message);
        form->addRow(label, field);
        m_rows.append(std::move(row));
    }
    return box;
}

SettingsPage::Row SettingsPage::makeRow(const SettingDefinition& definition, QWidget* parent)
{
    Row row;
    row.definition = definition;
    row.message = new MessageLabel(parent);
    row.message->setObjectName(QStringLiteral("settingMessage_") + definition.key);
    const auto changed = [this] { revalidate(); };

    if (definition.type == SettingDefinition::Type::Integer) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(definition.minimum, definition.maximum);
        spin->setMaximumWidth(120);
        connect(spin, &QSpinBox::valueChanged, this, changed);
        row.editor = spin;
        row.read = [spin] { return QString::number(spin->value()); };
        row.write = [spin](const QString& value) { spin->setValue(value.toInt()); };
    } else if (definition.type == SettingDefinition::Type::Text && !definition.allowedItems.isEmpty()) {
        auto* combo = new QComboBox(parent);
        for (const QString& item : definition.allowedItems) {
            // The stored value stays the key; what is shown is in words.
            const QString shown = definition.key == QLatin1String(ProgramSettings::HolidayProvince) ? provinceName(item)
                : item == QLatin1String("yes")                                                      ? tr("Yes")
                : item == QLatin1String("no")                                                       ? tr("No")
                                                                                                    : item;
            combo->addItem(shown, item);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        row.editor = combo;
        row.read = [combo] { return combo->currentData().toString(); };
        row.write = [combo](const QString& value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); };
    } else if (definition.type == SettingDefinition::Type::Text) {
        auto* edit = new QLineEdit(parent);
        edit->setMaxLength(200);
        connect(edit, &QLineEdit::textChanged, this, changed);
        row.editor = edit;
        row.read = [edit] { return edit->text(); };
        row.write = [edit](const QString& value) { edit->setText(value); };
    } else if (definition.type == SettingDefinition::Type::Folder) {
        auto* field = new QWidget(parent);
        auto* layout = new QHBoxLayout(field);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* edit = new QLineEdit(field);
        edit->setObjectName(QStringLiteral("folder_") + definition.key);
        edit->setAccessibleName(definition.description);
        edit->setPlaceholderText(tr("No folder: automatic backups are off"));
        edit->setClearButtonEnabled(true);
        auto* choose = new QPushButton(tr("Ch&oose…"), field);
        choose->setObjectName(QStringLiteral("choose_") + definition.key);
        choose->setAccessibleName(tr("Choose the folder"));
        layout->addWidget(edit, 1);
        layout->addWidget(choose);
        field->setFocusProxy(edit);
        connect(edit, &QLineEdit::textChanged, this, changed);
        connect(choose, &QPushButton::clicked, this, [this, edit] {
            chooseFolder(this, m_context.lockAction, tr("Folder for automatic backups"), edit->text(),
                         [edit](const QString& folder) { edit->setText(QDir::toNativeSeparators(folder)); });
        });
        row.editor = field;
        row.read = [edit] { return edit->text(); };
        row.write = [edit](const QString& value) { edit->setText(QDir::toNativeSeparators(value)); };
    } else if (definition.type == SettingDefinition::Type::List && !definition.allowedItems.isEmpty()) {
        // A fixed vocabulary: one check box per item, in the vocabulary's order.
        auto* boxes = new QWidget(parent);
        auto* layout = new QHBoxLayout(boxes);
        layout->setContentsMargins(0, 0, 0, 0);
        QList<std::pair<QString, QCheckBox*>> checks;
        for (const QString& item : definition.allowedItems) {
            const bool careerStage = definition.key == QLatin1String(ProgramSettings::ScopeExcludedCareerStages);
            auto* check = new QCheckBox(careerStage ? Vocabulary::displayName(Vocab::CareerStage, item) : item, boxes);
            check->setObjectName(definition.key + QLatin1Char('_') + item);
            check->setAccessibleName(check->text());
            connect(check, &QCheckBox::toggled, this, changed);
            layout->addWidget(check);
            checks.append({ item, check });
        }
        layout->addStretch(1);
        boxes->setFocusProxy(checks.isEmpty() ? nullptr : checks.first().second);
        row.editor = boxes;
        row.read = [checks] {
            QStringList items;
            for (const auto& [item, check] : checks) {
                if (check->isChecked())
                    items << item;
            }
            return items.join(QStringLiteral("; "));
        };
        row.write = [checks](const QString& value) {
            QSet<QString> chosen;
            for (const QString& item : value.split(QLatin1Char(';')))
                chosen.insert(item.trimmed());
            for (const auto& [item, check] : checks)
                check->setChecked(chosen.contains(item));
        };
    } else {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        edit->setPlaceholderText(definition.type == SettingDefinition::Type::DateList
                                     ? tr("One date per line, as YYYY-MM-DD")
                                     : tr("One item per line"));
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
        row.editor = edit;
        row.read = [edit] { return linesToList(edit->toPlainText()); };
        row.write = [edit](const QString& value) { edit->setPlainText(listToLines(value)); };
    }
    row.editor->setObjectName(QStringLiteral("setting_") + definition.key);
    row.editor->setAccessibleName(definition.description);
    return row;
}

QWidget* SettingsPage::buildLanguageSection()
{
    auto* box = new QGroupBox(tr("This computer"));
    auto* form = new QFormLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français (Canada)"), QStringLiteral("fr_CA"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(LanguageKey).toString())));
    auto* label = new QLabel(tr("&Language:"), box);
    label->setBuddy(m_language);
    m_languageMessage = new MessageLabel(box);
    m_languageMessage->setObjectName(QStringLiteral("languageMessage"));
    auto* field = new QWidget(box);
    auto* layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_languageMessage);
    form->addRow(label, field);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // A harmless preference of this computer's user, not of the program: QSettings, not the vault.
        QSettings().setValue(LanguageKey, m_language->currentData().toString());
        m_languageMessage->showMessage(tr("PeerDesk will use this language the next time it starts."),
                                       MessageLabel::Kind::Info);
    });
    return box;
}

QWidget* SettingsPage::buildBackupSection()
{
    using P = ProgramSettings;
    if (m_context.session.onServer()) {
        // The program's database is the server's, and so are its backups (backup::create refuses).
        auto* box = new QGroupBox(tr("Backups"));
        box->setObjectName(QStringLiteral("serverBackupSection"));
        auto* layout = new QVBoxLayout(box);
        auto* explanation = new QLabel(tr("This program is on a program server: the server's operator backs it up, "
                                          "and keeps those backups no longer than the program's retention period. "
                                          "PeerDesk makes no backup file of it."),
                                       box);
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
        return box;
    }
    QGroupBox* box
        = buildSection(tr("Backups"), { QString::fromLatin1(P::BackupFolder), QString::fromLatin1(P::BackupKeep) });
    auto* form = qobject_cast<QFormLayout*>(box->layout());
    auto* explanation = new QLabel(tr("A backup is one file holding the vault as it is, still encrypted, with its key "
                                      "slots: it opens with the passphrases and the recovery key of the moment it "
                                      "was made. Keep backups on a drive of their own, and restore one with "
                                      "peerdesk-cli backup restore."),
                                   box);
    explanation->setWordWrap(true);
    m_backupButton = new QPushButton(tr("&Back up now…"), box);
    m_backupButton->setObjectName(QStringLiteral("backupNowButton"));
    m_backupButton->setAccessibleName(tr("Back up the vault now"));
    m_backupMessage = new MessageLabel(box);
    m_backupMessage->setObjectName(QStringLiteral("backupMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupButton);
    buttons->addWidget(m_backupMessage, 1);
    form->addRow(explanation);
    form->addRow(buttons);
    connect(m_backupButton, &QPushButton::clicked, this, [this] {
        // Where automatic backups go, as typed.
        QString start;
        for (const Row& row : std::as_const(m_rows)) {
            if (row.definition.key == QLatin1String(ProgramSettings::BackupFolder))
                start = row.read();
        }
        if (start.isEmpty())
            start = QDir::homePath();
        chooseFolder(this, m_context.lockAction, tr("Back up into"), start,
                     [this](const QString& folder) { backUpNow(folder); });
    });
    return box;
}

void SettingsPage::backUpNow(const QString& folder)
{
    m_backupButton->setEnabled(false);
    QPointer<SettingsPage> self(this);
    ui::runInBackground<QString>(
        this, m_context.session, tr("Backing up the vault…"),
        [folder](VaultSession& worker) { return backup::create(worker, folder); },
        [self](Result<QString> path) {
            if (!self)
                return;
            self->m_backupButton->setEnabled(true);
            if (!path) {
                self->m_backupMessage->showError(path.error().message);
                return;
            }
            self->m_backupMessage->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(*path)),
                                               MessageLabel::Kind::Success);
            Q_EMIT self->vaultChanged();
        });
}

QWidget* SettingsPage::buildMaintenanceSection()
{
    auto* box = new QGroupBox(tr("Purge"));
    auto* layout = new QVBoxLayout(box);
    auto* explanation = new QLabel(tr("PeerDesk purges expired identities every time the vault is unlocked. Purge "
                                      "now does the same without waiting; Preview counts what would go."),
                                   box);
    explanation->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Previe&w"), box);
    m_previewButton->setObjectName(QStringLiteral("purgePreviewButton"));
    m_previewButton->setAccessibleName(tr("Preview the purge"));
    m_purgeButton = new QPushButton(tr("P&urge now"), box);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setAccessibleName(tr("Purge now"));
    m_purgeMessage = new MessageLabel(box);
    m_purgeMessage->setObjectName(QStringLiteral("purgeMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_purgeButton);
    buttons->addStretch(1);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_purgeMessage);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { purge(true); });
    connect(m_purgeButton, &QPushButton::clicked, this, [this] { purge(false); });
    return box;
}

QWidget* SettingsPage::editor(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.definition.key == key)
            return row.editor;
    }
    return nullptr;
}

void SettingsPage::reload()
{
    ProgramSettings settings = m_context.session.settings();
    m_loading = true;
    for (Row& row : m_rows) {
        auto value = settings.value(row.definition.key);
        row.stored = value ? *value : row.definition.defaultValue;
        row.write(row.stored);
        row.message->clearMessage();
    }
    m_loading = false;
    m_saveMessage->clearMessage();
    revalidate();
    m_accounts->reload();
}

void SettingsPage::revalidate()
{
    if (m_loading)
        return;
    bool dirty = false;
    bool valid = true;
    for (Row& row : m_rows) {
        const QString value = row.read();
        auto normalised = ProgramSettings::normalise(row.definition, value);
        if (!normalised) {
            row.message->showError(normalised.error().message);
            valid = false;
            continue;
        }
        row.message->clearMessage();
        if (*normalised != row.stored)
            dirty = true;
    }
    m_saveButton->setEnabled(dirty && valid);
    m_revertButton->setEnabled(dirty);
}

void SettingsPage::save()
{
    QList<SettingChange> changes;
    QList<Row*> changedRows;
    for (Row& row : m_rows) {
        const QString value = row.read();
        auto normalised = ProgramSettings::normalise(row.definition, value);
        if (!normalised || *normalised == row.stored)
            continue;
        changes.append({ row.definition.key, value });
        changedRows.append(&row);
    }
    if (changes.isEmpty())
        return;
    // All or nothing, each change audited; a refusal keeps what was typed and says where.
    QString refused;
    auto stored = changeSettings(m_context.session, changes, &refused);
    if (!stored) {
        for (Row* row : changedRows) {
            if (row->definition.key == refused) {
                row->message->showError(stored.error().message);
                row->editor->setFocus();
            }
        }
        m_saveMessage->showError(tr("Nothing was saved: see the message above."));
        return;
    }
    SettingValues before, after;
    for (qsizetype i = 0; i < changedRows.size(); ++i) {
        Row* row = changedRows.at(i);
        before.insert(row->definition.key, row->stored);
        after.insert(row->definition.key, stored->at(i));
        row->stored = stored->at(i);
    }
    // Its first redo reports the change: the page says so to the other pages.
    m_context.undoStack.push(
        new ChangeSettingsCommand(m_context.session, std::move(before), std::move(after),
                                  [page = QPointer<SettingsPage>(this)](qint64, const QString& error) {
                                      if (page)
                                          page->afterUndoStep(error);
                                  }));
    m_saveMessage->showMessage(tr("%n setting(s) saved.", nullptr, int(changes.size())), MessageLabel::Kind::Success);
}

void SettingsPage::afterUndoStep(const QString& error)
{
    // Only the settings whose stored value changed are shown again: what is being typed elsewhere stays.
    ProgramSettings settings = m_context.session.settings();
    m_loading = true;
    for (Row& row : m_rows) {
        auto value = settings.value(row.definition.key);
        const QString stored = value ? *value : row.definition.defaultValue;
        if (stored == row.stored)
            continue;
        row.stored = stored;
        row.write(stored);
    }
    m_loading = false;
    revalidate();
    if (error.isEmpty())
        m_saveMessage->clearMessage();
    else
        m_saveMessage->showError(error);
    Q_EMIT vaultChanged();
}

void SettingsPage::purge(bool dryRun)
{
    m_purgeButton->setEnabled(false);
    m_previewButton->setEnabled(false);
    QPointer<SettingsPage> self(this);
    ui::runInBackground<PurgeReport>(
        this, m_context.session, dryRun ? tr("Counting what would be purged…") : tr("Purging…"),
        [dryRun](VaultSession& worker) { return RetentionService(worker).purge(dryRun); },
        [self, dryRun](Result<PurgeReport> report) {
            if (!self)
                return;
            self->m_purgeButton->setEnabled(true);
            self->m_previewButton->setEnabled(true);
            if (!report) {
                self->m_purgeMessage->showError(report.error().message);
                return;
            }
            const QString counts = tr("%n request identity(ies), ", nullptr, report->requests)
                + tr("%n supporter contact(s), ", nullptr, report->supporters)
                + tr("%n group registration(s) and ", nullptr, report->registrations)
                + tr("%n former group member(s)", nullptr, report->members);
            QString text = dryRun ? tr("Purge now would remove %1.").arg(counts) : tr("Purged %1.").arg(counts);
            if (report->heldRequests > 0)
                text += QLatin1Char(' ')
                    + tr("%n request(s) past retention are kept under legal hold.", nullptr, report->heldRequests);
            if (report->heldMembers > 0)
                text += QLatin1Char(' ')
                    + tr("%n former group member(s) past retention are kept under legal hold.", nullptr,
                         report->heldMembers);
            self->m_purgeMessage->showMessage(text, MessageLabel::Kind::Success);
            if (!dryRun)
                Q_EMIT self->vaultChanged();
        });
}

} // namespace peerdesk
