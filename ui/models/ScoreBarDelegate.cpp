#include "ui/models/ScoreBarDelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace peerdesk {

ScoreBarDelegate::ScoreBarDelegate(int valueRole, QObject* parent) : QStyledItemDelegate(parent), m_valueRole(valueRole)
{
}

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString number = item.text;
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const double value = std::clamp(index.data(m_valueRole).toDouble(), 0.0, 100.0);
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.0")) + 8;
    QRect track = area.adjusted(0, 0, -numberWidth, 0);
    track.setHeight(std::min(area.height(), std::max(6, option.fontMetrics.height() / 2)));
    track.moveTop(area.center().y() - track.height() / 2);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor textColour = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor trackColour = textColour;
    trackColour.setAlphaF(0.15);
    QColor barColour = selected ? textColour : option.palette.color(group, QPalette::Highlight);
    barColour.setAlphaF(selected ? 0.6 : 0.75);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (track.width() > 10) {
        const qreal radius = track.height() / 2.0;
        painter->setBrush(trackColour);
        painter->drawRoundedRect(track, radius, radius);
        QRect bar = track;
        bar.setWidth(int(track.width() * value / 100.0));
        painter->setBrush(barColour);
        if (bar.width() > 0)
            painter->drawRoundedRect(bar, radius, radius);
    }
    painter->setPen(textColour);
    painter->setFont(option.font);
    painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100.0")) * 3));
    return size;
}

} // namespace peerdesk
