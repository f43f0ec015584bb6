#include "ui/models/OccurrenceTableModel.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace peerdesk {

OccurrenceTableModel::OccurrenceTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void OccurrenceTableModel::setOccurrences(QList<GroupOccurrence> occurrences, int capacity, bool members)
{
    beginResetModel();
    m_occurrences = std::move(occurrences);
    m_capacity = capacity;
    m_members = members;
    endResetModel();
}

const GroupOccurrence* OccurrenceTableModel::occurrenceAt(int row) const
{
    return row >= 0 && row < m_occurrences.size() ? &m_occurrences.at(row) : nullptr;
}

int OccurrenceTableModel::rowOf(qint64 id) const
{
    const auto found = std::find_if(m_occurrences.cbegin(), m_occurrences.cend(),
                                    [id](const GroupOccurrence& occurrence) { return occurrence.id == id; });
    return found == m_occurrences.cend() ? -1 : int(found - m_occurrences.cbegin());
}

int OccurrenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_occurrences.size());
}

int OccurrenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccurrenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupOccurrence& occurrence = m_occurrences.at(index.row());
    if (role == IdRole)
        return occurrence.id;
    if (role == Qt::CheckStateRole && index.column() == Debrief)
        return occurrence.debriefHeld ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Starts:
        return date_text::moment(occurrence.startsAt);
    case Status:
        return occurrence.escalations > 0
            ? tr("%1, %n escalation(s)", nullptr, occurrence.escalations).arg(occurrence.statusText())
            : occurrence.statusText();
    case Attendance:
        return occurrence.attendance ? tr("%1 of %2").arg(*occurrence.attendance).arg(m_capacity) : QString();
    case Feedback:
        if (occurrence.status != QLatin1String("held"))
            return QString();
        return tr("%1 positive, %2 neutral, %3 negative")
            .arg(occurrence.feedbackPositive)
            .arg(occurrence.feedbackNeutral)
            .arg(occurrence.feedbackNegative);
    case Registrations:
        // A group of members registers no one for a session: its members keep the link.
        return m_members ? tr("Members") : tr("%1 of %2").arg(occurrence.registrations).arg(m_capacity);
    case Debrief:
        // Words as well as the tick, for screen readers and colour-blind users alike.
        return occurrence.debriefHeld ? tr("Held") : tr("Not yet");
    default:
        return {};
    }
}

QVariant OccurrenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Starts:
        return tr("Starts");
    case Status:
        return tr("Status");
    case Attendance:
        return tr("Attendance");
    case Feedback:
        return tr("Feedback");
    case Registrations:
        return tr("Registered");
    case Debrief:
        return tr("Debrief");
    default:
        return {};
    }
}

} // namespace peerdesk
