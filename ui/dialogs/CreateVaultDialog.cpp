#include "ui/dialogs/CreateVaultDialog.h"

#include "core/Clock.h"
#include "core/security/PassphrasePolicy.h"
#include "core/security/SecureBuffer.h"
#include "ui/UiInit.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/NewPassphraseFields.h"
#include "ui/widgets/PassphraseEdit.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <initializer_list>
#include <memory>
#include <utility>

namespace peerdesk {

CreateVaultDialog::CreateVaultDialog(QString directory, const Clock& clock, KdfParams kdf, QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_clock(clock)
    , m_kdf(kdf)
    , m_login(new QLineEdit(this))
    , m_loginMessage(new MessageLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_displayNameMessage(new MessageLabel(this))
    , m_passphraseFields(new NewPassphraseFields(this))
    , m_error(new MessageLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("C&reate vault"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel"), this))
    , m_serverButton(new QPushButton(tr("Connect to a program &server…"), this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("createVaultDialog"));
    setWindowTitle(tr("Create a vault"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    setMinimumWidth(560);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(ui::applicationIconPath()).pixmap(48, 48));
    icon->setAlignment(Qt::AlignTop);
    auto* heading = ui::createHeading(tr("Create your PeerDesk vault"), this);
    auto* intro = ui::createParagraph(
        tr("PeerDesk keeps everything in an encrypted vault on this computer. You will be its first "
           "administrator: choose a login and a passphrase. Without a passphrase or the recovery key, "
           "nobody can open the vault, not even the people who make PeerDesk."),
        this);
    auto* folder = ui::createParagraph(tr("Folder: %1").arg(QDir::toNativeSeparators(m_directory)), this);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    folder->setForegroundRole(QPalette::PlaceholderText);

    auto* headerText = new QVBoxLayout;
    headerText->addWidget(heading);
    headerText->addWidget(intro);
    headerText->addWidget(folder);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setPlaceholderText(tr("for example jtremblay"));
    m_login->setMaxLength(vault::LoginMaxLength);
    m_loginMessage->setObjectName(QStringLiteral("loginMessage"));

    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("for example Jordan Tremblay"));
    m_displayName->setMaxLength(vault::DisplayNameMaxLength);
    m_displayNameMessage->setObjectName(QStringLiteral("displayNameMessage"));

    m_passphraseFields->passphraseEdit()->setObjectName(QStringLiteral("passphrase"));
    m_passphraseFields->setLabels(tr("&Passphrase:"), tr("Con&firm passphrase:"));

    // Each field carries its messages in one cell, so a hidden message takes no room.
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);
    auto addField = [this, form](const QString& labelText, QWidget* field, std::initializer_list<QWidget*> below) {
        auto* label = new QLabel(labelText, this);
        label->setBuddy(field);
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(4);
        cellLayout->addWidget(field);
        for (QWidget* widget : below)
            cellLayout->addWidget(widget);
        form->addRow(label, cell);
    };
    auto* displayNameHint = ui::createParagraph(tr("How other staff see you in PeerDesk."), this);
    displayNameHint->setForegroundRole(QPalette::PlaceholderText);
    addField(tr("&Login:"), m_login, { m_loginMessage });
    addField(tr("&Display name:"), m_displayName, { displayNameHint, m_displayNameMessage });
    form->addRow(m_passphraseFields);

    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Creating the vault"));
    m_progress->setRange(0, 0); // busy: Argon2id reports no progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progressLabel->setText(tr("Creating the vault. This takes a few seconds…"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);

    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(tr("Create vault"));
    m_createButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    m_serverButton->setObjectName(QStringLiteral("connectServerButton"));
    m_serverButton->setAccessibleName(tr("Connect to a program server with a connection profile"));
    m_serverButton->setAutoDefault(false);
    connect(m_serverButton, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT serverConnectRequested();
    });
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverButton);
    serverRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addLayout(serverRow);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &CreateVaultDialog::updateValidation);
    connect(m_login, &QLineEdit::editingFinished, this, [this] {
        m_loginTouched = true;
        updateValidation();
    });
    connect(m_displayName, &QLineEdit::textChanged, this, &CreateVaultDialog::updateValidation);
    // The passphrase must not lean on the login or the name: the fields re-check it when either changes.
    for (QLineEdit* edit : { m_login, m_displayName })
        connect(edit, &QLineEdit::textChanged, this, [this] { m_passphraseFields->setPersonalWords(userWords()); });
    connect(m_passphraseFields, &NewPassphraseFields::changed, this, &CreateVaultDialog::updateValidation);
    connect(m_createButton, &QPushButton::clicked, this, &CreateVaultDialog::startCreate);
    connect(m_cancelButton, &QPushButton::clicked, this, &CreateVaultDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CreateVaultDialog::onCreateFinished);

    m_login->setFocus();
    updateValidation();
}

CreateVaultDialog::~CreateVaultDialog()
{
    // The worker reads m_clock, which belongs to whoever owns this dialog: let it finish first. (Only on the
    // way out of the application can the dialog go while it is busy; closing it is refused meanwhile.)
    if (m_busy)
        m_watcher.waitForFinished();
    wipe(m_recoveryKey);
}

QStringList CreateVaultDialog::userWords() const
{
    return vault::personalWords(m_login->text(), m_displayName->text());
}

void CreateVaultDialog::updateValidation()
{
    // Validate what will be stored: vault::create trims and lower-cases the login.
    const QString login = vault::normaliseLogin(m_login->text());
    bool loginValid = false;
    if (login.isEmpty()) {
        m_loginMessage->clearMessage();
    } else if (auto valid = vault::validateLogin(login); !valid) {
        if (m_loginTouched || login.size() >= 2)
            m_loginMessage->showError(valid.error().message);
        else
            m_loginMessage->clearMessage();
    } else {
        m_loginMessage->clearMessage();
        loginValid = true;
    }

    const QString displayName = m_displayName->text();
    bool displayNameValid = false;
    if (displayName.isEmpty()) {
        m_displayNameMessage->clearMessage();
    } else if (auto valid = vault::validateDisplayName(displayName); !valid) {
        m_displayNameMessage->showError(valid.error().message);
    } else {
        m_displayNameMessage->clearMessage();
        displayNameValid = true;
    }

    m_createButton->setEnabled(!m_busy && loginValid && displayNameValid && m_passphraseFields->isAcceptable());
}

bool CreateVaultDialog::canCreate() const
{
    return m_createButton->isEnabled();
}

void CreateVaultDialog::startCreate()
{
    if (m_busy || !canCreate())
        return;
    m_error->clearMessage();

    auto secret = m_passphraseFields->takeSecret();
    if (!secret) {
        m_error->showError(secret.error().message);
        return;
    }

    // The request is shared with the worker (QtConcurrent copies the callable); the passphrase in it lives
    // in locked memory and is wiped when the worker is done with it.
    auto request = std::make_shared<NewVaultRequest>();
    request->directory = m_directory;
    request->adminLogin = m_login->text().trimmed();
    request->adminDisplayName = m_displayName->text().trimmed();
    request->adminPassphrase = std::move(*secret);
    request->kdf = m_kdf;
    m_createdLogin = request->adminLogin;

    setBusy(true);
    const Clock* clock = &m_clock;
    m_watcher.setFuture(QtConcurrent::run([request, clock] { return vault::create(std::move(*request), *clock); }));
}

void CreateVaultDialog::onCreateFinished()
{
    Result<CreatedVault> result = m_watcher.future().takeResult();
    setBusy(false);
    if (!result) {
        m_createdLogin.clear();
        m_error->showError(result.error().message + QLatin1Char(' ') + tr("Please type the passphrase again."));
        m_passphraseFields->passphraseEdit()->setFocus();
        return;
    }
    m_recoveryKey = std::move(result->recoveryKey);
    m_adminKey = std::move(result->adminKey);
    accept();
}

QString CreateVaultDialog::takeRecoveryKey()
{
    return std::exchange(m_recoveryKey, QString());
}

std::optional<UnlockedKey> CreateVaultDialog::takeAdminKey()
{
    return std::exchange(m_adminKey, std::nullopt);
}

void CreateVaultDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* input : { static_cast<QWidget*>(m_login), static_cast<QWidget*>(m_displayName),
                            static_cast<QWidget*>(m_passphraseFields), static_cast<QWidget*>(m_cancelButton),
                            static_cast<QWidget*>(m_serverButton) }) {
        input->setEnabled(!busy);
    }
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    updateValidation();
    Q_EMIT busyChanged(busy);
}

void CreateVaultDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void CreateVaultDialog::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace peerdesk
