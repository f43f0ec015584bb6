#pragma once

#include <QStyledItemDelegate>

namespace peerdesk {

// Paints a 0-100 score as a bar behind its number. The bar is the palette's highlight colour at low opacity and
// the number uses the text colour, so both stay readable on light and dark palettes and when selected.
// The model gives the number as text (DisplayRole) and the value in `valueRole`.
class ScoreBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreBarDelegate)

public:
    explicit ScoreBarDelegate(int valueRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_valueRole;
};

} // namespace peerdesk
