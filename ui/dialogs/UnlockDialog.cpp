#include "ui/dialogs/UnlockDialog.h"

#include "core/security/PassphrasePolicy.h"
#include "core/security/SecureBuffer.h"
#include "ui/UiInit.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/PassphraseEdit.h"

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

#include <memory>
#include <utility>

namespace peerdesk {

UnlockDialog::UnlockDialog(QString directory, const QString& lastLogin, QWidget* parent)
    : QDialog(parent)
    , m_directory(std::move(directory))
    , m_where(nullptr)
    , m_login(new QLineEdit(this))
    , m_passphrase(new PassphraseEdit(this))
    , m_error(new MessageLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(tr("Checking the passphrase…"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_quitButton(new QPushButton(tr("&Quit"), this))
    , m_forgotButton(new QPushButton(tr("&Forgot passphrase…"), this))
    , m_switchButton(new QPushButton(this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    setMinimumWidth(440);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(ui::applicationIconPath()).pixmap(48, 48));
    auto* heading = ui::createHeading(tr("Unlock PeerDesk"), this);
    m_where = ui::createParagraph(QString(), this);
    m_where->setObjectName(QStringLiteral("unlockTarget"));
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(heading);
    headerText->addWidget(m_where);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("Login"));
    m_login->setMaxLength(vault::LoginMaxLength);
    m_login->setText(lastLogin);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_error->setObjectName(QStringLiteral("errorMessage"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Unlocking"));
    m_progress->setRange(0, 0); // busy: Argon2id reports no progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    m_progress->setVisible(false);
    m_progressLabel->setVisible(false);

    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_unlockButton->setDefault(true);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAccessibleName(tr("Quit PeerDesk"));
    m_quitButton->setAutoDefault(false);
    m_forgotButton->setObjectName(QStringLiteral("forgotButton"));
    m_forgotButton->setAccessibleName(tr("Forgot passphrase: use the recovery key"));
    m_forgotButton->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlockButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quitButton, QDialogButtonBox::RejectRole);
    buttons->addButton(m_forgotButton, QDialogButtonBox::ResetRole);
    connect(m_forgotButton, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT recoveryRequested(m_login->text());
    });
    m_switchButton->setObjectName(QStringLiteral("switchTargetButton"));
    m_switchButton->setAutoDefault(false);
    connect(m_switchButton, &QPushButton::clicked, this, [this] {
        if (m_busy)
            return;
        if (onServer())
            Q_EMIT localVaultRequested();
        else
            Q_EMIT serverConnectRequested();
    });
    auto* switchRow = new QHBoxLayout;
    switchRow->addWidget(m_switchButton);
    switchRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addLayout(switchRow);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::startUnlock);
    connect(m_quitButton, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UnlockDialog::onUnlockFinished);
    connect(&m_serverWatcher, &QFutureWatcherBase::finished, this, &UnlockDialog::onServerKeyFinished);
    showTarget();

    if (lastLogin.isEmpty())
        m_login->setFocus();
    else
        m_passphrase->setFocus();
    updateButtons();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setServer(const QString& profilePath, const ServerProfile& profile)
{
    m_profilePath = profilePath;
    m_profile = profile;
    m_error->clearMessage();
    showTarget();
}

void UnlockDialog::setLocal()
{
    m_profilePath.clear();
    m_profile.reset();
    m_error->clearMessage();
    showTarget();
}

// What the dialog opens, said in its header: the vault's folder, or the program server's database and host. A
// server has no recovery-key reset (an administrator reactivates the person instead: docs/server.md).
void UnlockDialog::showTarget()
{
    if (m_profile) {
        const ServerConnection& server = m_profile->connection;
        m_where->setText(tr("Program server: %1 on %2, port %3").arg(server.database, server.host).arg(server.port));
        m_switchButton->setText(tr("Use this computer's &vault"));
        m_switchButton->setAccessibleName(tr("Use this computer's vault instead of the program server"));
    } else {
        m_where->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(m_directory)));
        m_switchButton->setText(tr("Connect to a program &server…"));
        m_switchButton->setAccessibleName(tr("Connect to a program server with a connection profile"));
    }
    m_forgotButton->setVisible(!m_profile);
}

QString UnlockDialog::login() const
{
    return m_login->text().trimmed();
}

QString UnlockDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void UnlockDialog::updateButtons()
{
    m_unlockButton->setEnabled(!m_busy && !login().isEmpty() && !m_passphrase->text().isEmpty());
}

void UnlockDialog::startUnlock()
{
    if (m_busy || !m_unlockButton->isEnabled())
        return;
    m_error->clearMessage();
    m_key.reset();
    m_serverKey.reset();

    QString passphrase = m_passphrase->takePassphrase();
    auto secret = passphrase_policy::normalise(passphrase);
    wipe(passphrase);
    if (!secret) {
        showError(secret.error().message);
        return;
    }
    // Shared with the worker, which may outlive this dialog; freed (and wiped) when the worker is done.
    auto shared = std::make_shared<SecureBuffer>(std::move(*secret));
    const QString directory = m_directory;
    const QString who = login();
    setBusy(true);
    if (m_profile) {
        m_serverWatcher.setFuture(QtConcurrent::run([profile = *m_profile, who, shared]() -> Result<ServerKey> {
            auto key = vault::deriveServerKey(profile, who, *shared);
            if (!key)
                return key.error();
            if (auto reached = vault::reachServer(profile, *key); !reached)
                return reached.error();
            return key;
        }));
        return;
    }
    m_watcher.setFuture(
        QtConcurrent::run([directory, who, shared] { return vault::unwrapWithPassphrase(directory, who, *shared); }));
}

void UnlockDialog::onUnlockFinished()
{
    Result<UnlockedKey> result = m_watcher.future().takeResult();
    setBusy(false);
    if (!result) {
        showError(result.error().message);
        return;
    }
    m_key.emplace(std::move(result).value());
    Q_EMIT keyReady();
}

void UnlockDialog::onServerKeyFinished()
{
    Result<ServerKey> result = m_serverWatcher.future().takeResult();
    setBusy(false);
    if (!result) {
        showError(result.error().message);
        return;
    }
    m_serverKey.emplace(std::move(result).value());
    Q_EMIT keyReady();
}

std::optional<ServerKey> UnlockDialog::takeServerKey()
{
    return std::exchange(m_serverKey, std::nullopt);
}

std::optional<UnlockedKey> UnlockDialog::takeUnlockedKey()
{
    return std::exchange(m_key, std::nullopt);
}

void UnlockDialog::showMessage(const QString& message)
{
    m_error->showMessage(message, MessageLabel::Kind::Success);
    m_passphrase->setFocus();
}

void UnlockDialog::showError(const QString& message)
{
    m_error->showError(message);
    m_passphrase->setFocus();
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_login->setEnabled(!busy);
    m_passphrase->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_switchButton->setEnabled(!busy);
    updateButtons();
    Q_EMIT busyChanged(busy);
}

} // namespace peerdesk
