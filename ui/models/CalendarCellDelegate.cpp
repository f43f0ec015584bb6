#include "ui/models/CalendarCellDelegate.h"

#include "ui/models/CalendarModels.h"

#include <QApplication>
#include <QPainter>

namespace peerdesk {

CalendarCellDelegate::CalendarCellDelegate(QObject* parent) : QStyledItemDelegate(parent) { }

void CalendarCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + 4;
    QRect area = option.rect.adjusted(3, 2, -3, -2);

    painter->save();
    painter->setClipRect(option.rect);
    const QString dayLabel = index.data(CalendarGridModel::DayLabelRole).toString();
    if (!dayLabel.isEmpty()) {
        QColor dayColour = text;
        if (index.data(CalendarGridModel::OutsideRole).toBool())
            dayColour = palette.color(QPalette::PlaceholderText);
        painter->setPen(dayColour);
        painter->setFont(option.font);
        painter->drawText(area.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, dayLabel);
        area.setTop(area.top() + metrics.height() + 1);
    }

    const QStringList lines = index.data(CalendarGridModel::LinesRole).toStringList();
    const QVariantList flags = index.data(CalendarGridModel::FlagsRole).toList();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int n = 0; n < lines.size() && area.top() + lineHeight <= option.rect.bottom() + 2; ++n) {
        const int flag = n < flags.size() ? flags.at(n).toInt() : 0;
        const bool group = flag & CalendarGridModel::GroupFlag;
        const bool inactive = flag & CalendarGridModel::InactiveFlag;
        const QRectF chip(area.left(), area.top(), area.width(), lineHeight - 2);
        QColor fill = palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.0 : (group ? 0.08 : 0.22));
        QColor border = group ? text : palette.color(QPalette::Highlight);
        border.setAlphaF(group ? 0.55 : 0.9);
        painter->setBrush(fill);
        painter->setPen(QPen(border, 1, group ? Qt::DashLine : Qt::SolidLine));
        painter->drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

        QFont font = option.font;
        font.setItalic(group);
        font.setStrikeOut(inactive);
        painter->setFont(font);
        QColor lineColour = text;
        if (inactive)
            lineColour.setAlphaF(0.6);
        painter->setPen(lineColour);
        const QRect textRect = chip.toRect().adjusted(4, 0, -3, 0);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(lines.at(n), Qt::ElideRight, textRect.width()));
        area.setTop(area.top() + lineHeight);
    }
    painter->restore();
}

} // namespace peerdesk
