#pragma once

#include "core/domain/Site.h"
#include "core/services/RequestService.h"
#include "ui/models/BlockCache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace peerdesk {

class VaultSession;

// The requests list, read lazily: the row count comes from RequestService::count() and rows are fetched in
// blocks when the view first asks for them, so 100 000 requests cost a few blocks, not a full read. A bounded
// number of blocks stays cached. Sorting and filtering re-query in SQL. Never holds identity.
class RequestTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTableModel)

public:
    enum Column
    {
        Reference,
        Received,
        Age,
        Status,
        Reasons,
        Channel,
        Urgency,
        Due,
        Site, // shown only in a program of several sites (RequestsPage)
        ColumnCount
    };
    static constexpr int RequestIdRole = Qt::UserRole + 1;
    static constexpr int BlockSize = 200;
    static constexpr int MaxCachedBlocks = 16;

    explicit RequestTableModel(VaultSession& session, QObject* parent = nullptr);

    // Filters only: the sort order set by sort() is kept. Resets the model; nothing is read before the first call.
    void setQuery(const RequestListQuery& query);
    // The sites the Site column names requests' sites by; nothing is read again.
    void setSites(const QList<peerdesk::Site>& sites);
    const RequestListQuery& query() const { return m_query; }
    // Reads the count again and forgets every cached block (after a write). Resets the model.
    void refresh();

    // The row showing this request among the blocks read so far (and the first block), or -1.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSortable(int column) const;
    const QString& errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Reading the vault failed; the message is translated and says what the user would notice.
    void loadFailed(const QString& message);

private:
    void recount();
    const RequestListRow* rowData(int row) const;
    QVariant display(const RequestListRow& row, int column) const;
    QString dueText(const RequestListRow& row) const;
    void fail(const QString& message) const;

    VaultSession& m_session;
    RequestListQuery m_query;
    int m_sortColumn = Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    bool m_active = false;
    mutable BlockCache<RequestListRow> m_cache{ BlockSize, MaxCachedBlocks };
    mutable QString m_error;
    QHash<qint64, QString> m_siteNames;
};

} // namespace peerdesk
