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
    , m_login(new QLineEdit(this))
    , m_passphrase(new PassphraseEdit(this))
    , m_error(new MessageLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(tr("Checking the passphrase…"), this))
    , m_unlockButton(new QPushButton(tr("&Unlock"), this))
    , m_quitButton(new QPushButton(tr("&Quit"), this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    setMinimumWidth(440);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(ui::applicationIconPath()).pixmap(48, 48));
    auto* heading = ui::createHeading(tr("Unlock PeerDesk"), this);
    auto* folder = ui::createParagraph(tr("Vault: %1").arg(QDir::toNativeSeparators(m_directory)), this);
    folder->setForegroundRole(QPalette::PlaceholderText);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(heading);
    headerText->addWidget(folder);
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
    auto* forgot = new QPushButton(tr("&Forgot passphrase…"), this);
    forgot->setObjectName(QStringLiteral("forgotButton"));
    forgot->setAccessibleName(tr("Forgot passphrase: use the recovery key"));
    forgot->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_unlockButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_quitButton, QDialogButtonBox::RejectRole);
    buttons->addButton(forgot, QDialogButtonBox::ResetRole);
    connect(forgot, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            Q_EMIT recoveryRequested(m_login->text());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::startUnlock);
    connect(m_quitButton, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &UnlockDialog::onUnlockFinished);

    if (lastLogin.isEmpty())
        m_login->setFocus();
    else
        m_passphrase->setFocus();
    updateButtons();
}

UnlockDialog::~UnlockDialog() = default;

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
    updateButtons();
    Q_EMIT busyChanged(busy);
}

} // namespace peerdesk
