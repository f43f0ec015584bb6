#include "ui/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QWidget>

namespace peerdesk {

namespace {

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("clipboardGuard"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { Q_EMIT finished(clearIfOurs()); });
}

ClipboardGuard::~ClipboardGuard()
{
    if (!m_hash.isEmpty())
        clearIfOurs();
}

ClipboardGuard* ClipboardGuard::forWindow(QWidget* widget)
{
    QWidget* window = widget ? widget->window() : nullptr;
    if (!window)
        return nullptr;
    if (auto* existing = window->findChild<ClipboardGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ClipboardGuard(window);
}

void ClipboardGuard::copy(const QString& text, int seconds)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    auto* data = new QMimeData;
    data->setText(text);
    // Asks clipboard managers (KDE Klipper, and others that honour it) not to keep the text in their history.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(data, QClipboard::Clipboard);
    m_hash = hashOf(text);
    m_timer.start(m_overrideMs > 0 ? m_overrideMs : seconds * 1000);
}

bool ClipboardGuard::clipboardHoldsOurText() const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    return !m_hash.isEmpty() && hashOf(clipboard->text(QClipboard::Clipboard)) == m_hash;
}

bool ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    const bool ours = clipboardHoldsOurText();
    if (ours)
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_hash.clear();
    return ours;
}

} // namespace peerdesk
