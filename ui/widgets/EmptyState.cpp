#include "ui/widgets/EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace peerdesk {

EmptyState* EmptyState::attach(QAbstractItemView* view, const QString& text)
{
    if (auto* existing = view->viewport()->findChild<EmptyState*>(QString(), Qt::FindDirectChildrenOnly)) {
        existing->setText(text);
        existing->setAccessibleName(text);
        return existing;
    }
    return new EmptyState(view, text);
}

EmptyState::EmptyState(QAbstractItemView* view, const QString& text) : QLabel(text, view->viewport()), m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    setAccessibleName(text);
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setMargin(12);
    setForegroundRole(QPalette::PlaceholderText);
    setTextInteractionFlags(Qt::NoTextInteraction);
    // Clicks go to the view underneath, which keeps its context menu and focus.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    follow(view->model());
}

void EmptyState::follow(QAbstractItemModel* model)
{
    if (m_model == model) {
        refresh();
        return;
    }
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
            connect(model, signal, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::refresh);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::refresh);
    }
    refresh();
}

void EmptyState::refresh()
{
    // The view may have been given another model since (setModel has no signal).
    if (m_view->model() != m_model) {
        follow(m_view->model());
        return;
    }
    setGeometry(m_view->viewport()->rect());
    setVisible(!m_model || m_model->rowCount() == 0);
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Show || event->type() == QEvent::Polish)
        refresh();
    return QLabel::eventFilter(watched, event);
}

} // namespace peerdesk
