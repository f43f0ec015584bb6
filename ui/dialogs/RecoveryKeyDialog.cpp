#include "ui/dialogs/RecoveryKeyDialog.h"

#include "core/domain/DateText.h"
#include "core/security/SecureBuffer.h"
#include "ui/ClipboardGuard.h"
#include "ui/UiInit.h"
#include "ui/widgets/Heading.h"
#include "ui/widgets/MessageLabel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace peerdesk {

RecoveryKeyDialog::RecoveryKeyDialog(QString recoveryKey, QWidget* parent)
    : QDialog(parent)
    , m_recoveryKey(std::move(recoveryKey))
    , m_keyLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("&Copy"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_copyMessage(new MessageLabel(this))
    , m_storedCheck(new QCheckBox(tr("I have &stored the recovery key somewhere safe"), this))
    , m_continueButton(new QPushButton(tr("C&ontinue"), this))
{
    ui::initialiseResources();
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    setWindowIcon(QIcon(ui::applicationIconPath()));
    setMinimumWidth(560);

    auto* heading = ui::createHeading(tr("Store your recovery key"), this);
    auto* intro = ui::createParagraph(
        tr("If every administrator forgets their passphrase, this key is the only way back into the vault. "
           "It is shown only this once."),
        this);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.35);
    mono.setBold(true);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKey"));
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setFont(mono);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setText(m_recoveryKey);
    // Not selectable: on X11 selecting text alone puts it in the primary selection, which any program reads and no
    // one clears. Copy marks it as a secret and empties the clipboard again.
    m_keyLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setWordWrap(true);

    auto* keyFrame = new QFrame(this);
    keyFrame->setFrameShape(QFrame::StyledPanel);
    keyFrame->setBackgroundRole(QPalette::Base);
    keyFrame->setAutoFillBackground(true);
    auto* keyLayout = new QHBoxLayout(keyFrame);
    keyLayout->setContentsMargins(16, 14, 12, 14);
    keyLayout->addWidget(m_keyLabel, 1);
    auto* keyButtons = new QVBoxLayout;
    keyButtons->addWidget(m_copyButton);
    keyButtons->addWidget(m_printButton);
    keyLayout->addLayout(keyButtons);

    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy the recovery key"));
    m_copyButton->setAutoDefault(false);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAccessibleName(tr("Print the recovery key"));
    m_printButton->setAutoDefault(false);
    m_copyMessage->setObjectName(QStringLiteral("copyMessage"));

    auto* advice = ui::createParagraph(
        tr("Write it down or print it, and keep it somewhere safe away from this computer, for example in a "
           "locked drawer at the program office. Do not keep it in a file next to the vault: anyone who has "
           "both can read everything in it."),
        this);

    m_storedCheck->setObjectName(QStringLiteral("storedCheck"));
    m_storedCheck->setAccessibleName(tr("I have stored the recovery key somewhere safe"));
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setAccessibleName(tr("Continue"));
    m_continueButton->setEnabled(false);
    m_continueButton->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_continueButton, QDialogButtonBox::AcceptRole);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(40, 40));
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(heading);
    headerText->addWidget(intro);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addWidget(keyFrame);
    layout->addWidget(m_copyMessage);
    layout->addWidget(advice);
    layout->addSpacing(4);
    layout->addWidget(m_storedCheck);
    layout->addStretch(1);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &RecoveryKeyDialog::copyToClipboard);
    connect(m_printButton, &QPushButton::clicked, this, [this] {
        // Qt's own print dialog, opened (never exec'd); the printer outlives the dialog until the page is out.
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        auto* dialog = new QPrintDialog(printer.get(), this);
        dialog->setObjectName(QStringLiteral("printRecoveryKeyDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, printer] { printTo(*printer); });
        dialog->open();
    });
    connect(m_storedCheck, &QCheckBox::toggled, m_continueButton, &QPushButton::setEnabled);
    connect(m_continueButton, &QPushButton::clicked, this, &RecoveryKeyDialog::accept);

    m_storedCheck->setFocus();
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    forgetKey();
}

void RecoveryKeyDialog::printTo(QPrinter& printer) const
{
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QRect page = painter.viewport();
    const int margin = page.width() / 12;
    QRect area = page.adjusted(margin, margin, -margin, -margin);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    painter.setFont(title);
    QRect used;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("PeerDesk recovery key"), &used);
    area.setTop(used.bottom() + margin / 2);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    painter.setFont(body);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("If every administrator forgets their passphrase, this key is the only way back into the "
                        "vault. Keep this page locked away from the computer. Printed on %1.")
                         .arg(date_text::day(QDate::currentDate())),
                     &used);
    area.setTop(used.bottom() + margin);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(body.pointSizeF() * 1.6);
    mono.setBold(true);
    painter.setFont(mono);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_recoveryKey);
    painter.end();
}

bool RecoveryKeyDialog::isConfirmed() const
{
    return m_storedCheck->isChecked();
}

void RecoveryKeyDialog::copyToClipboard()
{
    // The guard is the dialog's own: the clipboard is emptied after the delay, when the dialog closes, and when the
    // window it belongs to goes (locking and quitting destroy it).
    if (!m_clipboard)
        m_clipboard = new ClipboardGuard(this);
    m_clipboard->copy(m_recoveryKey, ClearSeconds);
    m_copyMessage->showMessage(
        tr("Copied. PeerDesk empties the clipboard in %n second(s), and when you continue.", nullptr, ClearSeconds),
        MessageLabel::Kind::Info);
}

void RecoveryKeyDialog::accept()
{
    if (!isConfirmed())
        return;
    forgetKey();
    QDialog::accept();
}

void RecoveryKeyDialog::reject()
{
    // Escape after confirming is as good as Continue; before that it would lose the key for good.
    if (isConfirmed())
        accept();
}

void RecoveryKeyDialog::closeEvent(QCloseEvent* event)
{
    if (!isConfirmed()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RecoveryKeyDialog::forgetKey()
{
    if (m_recoveryKey.isEmpty())
        return;
    // The key must not outlive this dialog in the clipboard, or in the X11 selection, where any program can read it.
    if (m_clipboard)
        delete m_clipboard.data();
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (const QClipboard::Mode mode : { QClipboard::Clipboard, QClipboard::Selection }) {
        if ((mode != QClipboard::Selection || clipboard->supportsSelection()) && clipboard->text(mode) == m_recoveryKey)
            clipboard->clear(mode);
    }
    // Dropping the label's reference first leaves ours the only one, so wipe() reaches the shared buffer.
    m_keyLabel->setText(QString());
    wipe(m_recoveryKey);
}

} // namespace peerdesk
