#pragma once

#include "ui/pages/Page.h"

#include <QAbstractListModel>
#include <QList>

namespace peerdesk {

// One line of a Dashboard list and the item it opens.
struct DashboardEntry
{
    QString text;
    ItemKind kind = ItemKind::Request;
    qint64 id = 0;
    bool alert = false; // overdue or otherwise late: shown in the error colour and said in the text
};

// A read-only list of Dashboard lines. The page formats the lines; the model only shows them.
class DashboardListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardListModel)

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,
        AlertRole,
    };

    explicit DashboardListModel(QObject* parent = nullptr);

    void setEntries(QList<DashboardEntry> entries);
    const DashboardEntry* entry(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<DashboardEntry> m_entries;
};

} // namespace peerdesk
