#include "ui/models/GroupTableModel.h"

#include "core/domain/Vocabulary.h"

#include <QLocale>
#include <QTime>

#include <algorithm>

namespace peerdesk {

GroupTableModel::GroupTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void GroupTableModel::setGroups(QList<PeerGroup> groups, QHash<qint64, QString> facilitatorNames)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_names = std::move(facilitatorNames);
    endResetModel();
}

const PeerGroup* GroupTableModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupTableModel::rowOf(qint64 id) const
{
    const auto found
        = std::find_if(m_groups.cbegin(), m_groups.cend(), [id](const PeerGroup& group) { return group.id == id; });
    return found == m_groups.cend() ? -1 : int(found - m_groups.cbegin());
}

int GroupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GroupTableModel::whenText(const PeerGroup& group)
{
    const QLocale locale;
    const QTime start(group.startMinute / 60, group.startMinute % 60);
    const QTime end = start.addSecs(qint64(group.durationMinutes) * 60);
    return tr("%1 to %2").arg(locale.toString(start, QLocale::ShortFormat), locale.toString(end, QLocale::ShortFormat));
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerGroup& group = m_groups.at(index.row());
    if (role == IdRole)
        return group.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return group.name;
    case Cadence:
        return group.recurrence.describe();
    case When:
        return whenText(group);
    case Modality:
        return Vocabulary::displayName(Vocab::Modality, group.modality);
    case Capacity:
        return group.capacity;
    case Enrolment:
        return group.hasMembers() ? tr("%n member(s)", nullptr, group.memberCount) : tr("Registration per session");
    case Facilitators: {
        QStringList names;
        for (const qint64 id : group.facilitatorIds)
            names.append(m_names.value(id, tr("#%1").arg(id)));
        return names.join(QStringLiteral(", "));
    }
    case Active:
        return group.active ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Cadence:
        return tr("Meets");
    case When:
        return tr("Time");
    case Modality:
        return tr("Modality");
    case Capacity:
        return tr("Places");
    case Enrolment:
        return tr("Participants");
    case Facilitators:
        return tr("Facilitators");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

} // namespace peerdesk
