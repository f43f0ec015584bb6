#include "ui/models/RequestTableModel.h"

#include "core/domain/DateText.h"
#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/vault/VaultSession.h"
#include "ui/widgets/MessageLabel.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace peerdesk {

namespace {

RequestSortKey sortKeyOf(int column)
{
    switch (column) {
    case RequestTableModel::Reference:
        return RequestSortKey::Reference;
    case RequestTableModel::Status:
        return RequestSortKey::Status;
    case RequestTableModel::Channel:
        return RequestSortKey::Channel;
    case RequestTableModel::Urgency:
        return RequestSortKey::Urgency;
    case RequestTableModel::Due:
        return RequestSortKey::Due;
    default:
        return RequestSortKey::Received;
    }
}

} // namespace

RequestTableModel::RequestTableModel(VaultSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

void RequestTableModel::setQuery(const RequestListQuery& query)
{
    const RequestSortKey sort = m_query.sort;
    const bool descending = m_query.descending;
    m_query = query;
    m_query.sort = sort;
    m_query.descending = descending;
    m_active = true;
    refresh();
}

void RequestTableModel::setSites(const QList<peerdesk::Site>& sites)
{
    m_siteNames.clear();
    for (const peerdesk::Site& site : sites)
        m_siteNames.insert(site.id, site.name);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, Site), index(m_count - 1, Site), { Qt::DisplayRole });
}

void RequestTableModel::refresh()
{
    beginResetModel();
    m_cache.clear();
    m_error.clear();
    recount();
    endResetModel();
}

void RequestTableModel::recount()
{
    auto counted = RequestService(m_session).count(m_query);
    if (!counted) {
        m_count = 0;
        fail(counted.error().message);
        return;
    }
    m_count = static_cast<int>(std::min<qint64>(*counted, std::numeric_limits<int>::max()));
}

void RequestTableModel::fail(const QString& message) const
{
    if (m_error == message)
        return; // said once; the cache does not retry until the next refresh
    m_error = message;
    // data() is const, as Qt declares it, but reads lazily: the signal is the one non-const thing it does,
    // queued so that no slot runs in the middle of a paint.
    auto* self = const_cast<RequestTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->loadFailed(message); }, Qt::QueuedConnection);
}

bool RequestTableModel::isSortable(int column) const
{
    // Reasons are a list per request, and the site is a filter (a coordinator's own sites are few).
    return column >= 0 && column < ColumnCount && column != Reasons && column != Site;
}

void RequestTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = sortKeyOf(column);
    // The youngest requests have the smallest age: ascending age is descending receipt.
    m_query.descending = column == Age ? order == Qt::AscendingOrder : order == Qt::DescendingOrder;
    // The view sorts as soon as it is set up; the vault is read only once a query was set (the page's reload()).
    if (m_active)
        refresh();
}

const RequestListRow* RequestTableModel::rowData(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    // nullptr too when the vault changed under the count (another page wrote): the row shows empty until the
    // next refresh.
    const RequestListRow* found = m_cache.row(row, [this](qint64 offset, int limit) {
        RequestListQuery query = m_query;
        query.offset = static_cast<int>(offset);
        query.limit = limit;
        return RequestService(m_session).page(query);
    });
    if (!found && !m_cache.error().isEmpty())
        fail(m_cache.error());
    return found;
}

int RequestTableModel::rowOf(qint64 id) const
{
    if (m_count > 0 && !m_cache.isLoaded(0))
        rowData(0);
    return static_cast<int>(m_cache.indexOfCached([id](const RequestListRow& row) { return row.summary.id == id; }));
}

qint64 RequestTableModel::idAt(int row) const
{
    const RequestListRow* data = rowData(row);
    return data ? data->summary.id : 0;
}

int RequestTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RequestTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestTableModel::dueText(const RequestListRow& row) const
{
    if (!row.contact)
        return {};
    const ContactAssessment& c = *row.contact;
    const QString date = date_text::day(c.dueDate);
    switch (c.status) {
    case ContactStatus::OnTrack:
        return tr("Due %1").arg(date);
    case ContactStatus::DueToday:
        return tr("Due today");
    case ContactStatus::Overdue:
        return tr("Overdue by %n business day(s)", nullptr, c.businessDaysOverdue);
    case ContactStatus::MetTarget:
        return tr("Contacted on time");
    case ContactStatus::MissedTarget:
        return tr("Contacted late");
    }
    return {};
}

QVariant RequestTableModel::display(const RequestListRow& row, int column) const
{
    const RequestSummary& r = row.summary;
    switch (column) {
    case Reference:
        return requestReference(r.id);
    case Received:
        return date_text::moment(r.receivedAt);
    case Age: {
        const qint64 seconds = std::max<qint64>(0, r.receivedAt.secsTo(m_session.clock().nowUtc()));
        const int days = static_cast<int>(seconds / 86400);
        if (days == 0)
            return tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
        return tr("%n day(s)", nullptr, days);
    }
    case Status: {
        QString text = requestStatusDisplayName(r.status);
        if (r.outcome)
            text = tr("%1: %2").arg(text, closeOutcomeDisplayName(*r.outcome));
        if (r.escalated)
            text = tr("%1 (escalated)").arg(text);
        return text;
    }
    case Reasons: {
        QStringList names;
        for (const QString& key : r.reasons)
            names.append(Vocabulary::displayName(Vocab::Reason, key));
        return names.join(QStringLiteral(", "));
    }
    case Channel:
        return Vocabulary::displayName(Vocab::Channel, r.channel);
    case Urgency:
        return Vocabulary::displayName(Vocab::Urgency, r.urgency);
    case Due:
        return dueText(row);
    case Site:
        return m_siteNames.value(r.siteId);
    default:
        return {};
    }
}

QVariant RequestTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != Qt::FontRole
        && role != RequestIdRole && role != Qt::AccessibleTextRole)
        return {};
    const RequestListRow* row = rowData(index.row());
    if (!row)
        return {};
    switch (role) {
    case RequestIdRole:
        return row->summary.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return display(*row, index.column());
    case Qt::ForegroundRole:
        // Overdue is in the text too ("Overdue by 2 business days"); the colour only draws the eye to it.
        if (row->contact && (row->contact->status == ContactStatus::Overdue)
            && (index.column() == Due || index.column() == Reference))
            return errorColour(QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if ((index.column() == Due && row->contact
             && (row->contact->status == ContactStatus::Overdue || row->contact->status == ContactStatus::DueToday))
            || (index.column() == Urgency && row->summary.urgency == QLatin1String("priority"))) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Received:
        return tr("Received");
    case Age:
        return tr("Age");
    case Status:
        return tr("Status");
    case Reasons:
        return tr("Reasons");
    case Channel:
        return tr("Channel");
    case Urgency:
        return tr("Urgency");
    case Due:
        return tr("First contact");
    case Site:
        return tr("Site");
    default:
        return {};
    }
}

} // namespace peerdesk
