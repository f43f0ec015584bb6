#pragma once

#include <QStyledItemDelegate>

namespace peerdesk {

// Paints a schedule cell's items as chips: conversations filled with the palette's highlight colour, group
// sessions outlined with a dashed border and italic text, cancelled items and no-shows struck through. Month
// cells get their day number on top, dimmed for days of the neighbouring months. Palette roles only, so it
// reads on dark palettes too.
class CalendarCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarCellDelegate)

public:
    explicit CalendarCellDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace peerdesk
