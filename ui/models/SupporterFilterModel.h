#pragma once

#include <QSortFilterProxyModel>

namespace peerdesk {

// The roster as the user filters it: words typed in the filter box (every word must appear in some column)
// and one status. Sorts by SupporterTableModel::SortRole.
class SupporterFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupporterFilterModel)

public:
    explicit SupporterFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setStatus(const QString& statusKey); // empty: every status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_status;
};

} // namespace peerdesk
