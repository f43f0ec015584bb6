#include "ui/models/SupporterFilterModel.h"

#include "ui/models/SupporterTableModel.h"

#include <algorithm>

namespace peerdesk {

SupporterFilterModel::SupporterFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SupporterTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SupporterFilterModel::setText(const QString& text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void SupporterFilterModel::setStatus(const QString& statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateRowsFilter();
}

bool SupporterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (!m_status.isEmpty()) {
        const QModelIndex first = source->index(sourceRow, 0, sourceParent);
        if (source->data(first, SupporterTableModel::StatusKeyRole).toString() != m_status)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        haystack += source->data(source->index(sourceRow, column, sourceParent)).toString().toCaseFolded();
        haystack += QLatin1Char('\n');
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace peerdesk
