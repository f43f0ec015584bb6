#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;
class QAbstractItemView;

namespace peerdesk {

// What an empty list says instead of staying blank: what would be here and how to put it there ("No
// supporters yet. New supporter… (Ctrl+N) adds one"). A label inside the view's viewport, named after the view
// ("requestsTableEmpty") and read by screen readers, shown while the view's model has no rows, and kept in step
// with the model (rows added or removed, reset, a new model set later).
class EmptyState final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    // Attaches the text to the view (once: a second call changes the text).
    static EmptyState* attach(QAbstractItemView* view, const QString& text);

    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QAbstractItemView* view, const QString& text);
    void follow(QAbstractItemModel* model);

    QAbstractItemView* m_view;
    QPointer<QAbstractItemModel> m_model;
};

} // namespace peerdesk
