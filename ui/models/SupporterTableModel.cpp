#include "ui/models/SupporterTableModel.h"

#include "core/domain/DateText.h"
#include "ui/widgets/MessageLabel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <limits>

namespace peerdesk {

namespace roster {

DueState dueState(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return DueState::None;
    if (due < today)
        return DueState::Expired;
    if (today.daysTo(due) <= DueSoonDays)
        return DueState::Soon;
    return DueState::Later;
}

QString dueText(const QDate& due, const QDate& today)
{
    if (!due.isValid())
        return {};
    const QString date = date_text::day(due);
    switch (dueState(due, today)) {
    case DueState::Expired:
        return SupporterTableModel::tr("%1 (expired)").arg(date);
    case DueState::Soon:
        return SupporterTableModel::tr("%1 (due soon)").arg(date);
    case DueState::None:
    case DueState::Later:
        break;
    }
    return date;
}

QDate nextTrainingDue(const Supporter& supporter)
{
    return nextRefresherDue(supporter); // the latest record of each course counts, as for matching
}

QDate lastDebrief(const Supporter& supporter)
{
    QDate last;
    for (const DebriefRecord& record : supporter.debriefs) {
        if (record.heldOn.isValid() && (!last.isValid() || record.heldOn > last))
            last = record.heldOn;
    }
    return last;
}

QString statusText(const Supporter& supporter, const QDate& today)
{
    const QString status = Vocabulary::displayName(Vocab::SupporterStatus, supporter.status);
    if (supporter.status != QLatin1String("retired") && supporter.pausedUntil.isValid()
        && supporter.pausedUntil >= today) {
        return SupporterTableModel::tr("%1, paused until %2").arg(status, date_text::day(supporter.pausedUntil));
    }
    return status;
}

QString languagesText(const QStringList& codes)
{
    QStringList names;
    for (const QString& code : codes)
        names.append(language::displayName(code));
    return names.join(QStringLiteral(", "));
}

QString termsText(Vocab vocab, const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys)
        names.append(Vocabulary::displayName(vocab, key));
    return names.join(QStringLiteral(", "));
}

} // namespace roster

SupporterTableModel::SupporterTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void SupporterTableModel::setSupporters(QList<Supporter> supporters, QHash<qint64, SupporterLoad> loads,
                                        const QDate& today)
{
    beginResetModel();
    m_supporters = std::move(supporters);
    m_loads = std::move(loads);
    m_today = today;
    endResetModel();
}

const Supporter* SupporterTableModel::supporterAt(int row) const
{
    if (row < 0 || row >= m_supporters.size())
        return nullptr;
    return &m_supporters.at(row);
}

int SupporterTableModel::rowOf(qint64 id) const
{
    const auto found = std::find_if(m_supporters.cbegin(), m_supporters.cend(),
                                    [id](const Supporter& supporter) { return supporter.id == id; });
    return found == m_supporters.cend() ? -1 : int(found - m_supporters.cbegin());
}

int SupporterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_supporters.size());
}

int SupporterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupporterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Supporter& supporter = m_supporters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(supporter, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TrainingDue || index.column() == Status)
            return display(supporter, index.column());
        return {};
    case SortRole:
        return sortValue(supporter, index.column());
    case IdRole:
        return supporter.id;
    case StatusKeyRole:
        return supporter.status;
    case Qt::ForegroundRole:
        if (index.column() == TrainingDue) {
            const DueState state = roster::dueState(roster::nextTrainingDue(supporter), m_today);
            if (state == DueState::Expired || state == DueState::Soon)
                return errorColour(QApplication::palette());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == TrainingDue
            && roster::dueState(roster::nextTrainingDue(supporter), m_today) == DueState::Expired) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SupporterTableModel::display(const Supporter& supporter, int column) const
{
    switch (column) {
    case Name:
        return supporter.name.isEmpty() ? tr("(contact details purged, #%1)").arg(supporter.id) : supporter.name;
    case Status:
        return roster::statusText(supporter, m_today);
    case Languages:
        return roster::languagesText(supporter.languages);
    case Modalities:
        return roster::termsText(Vocab::Modality, supporter.modalities);
    case CareerStage:
        return Vocabulary::displayName(Vocab::CareerStage, supporter.careerStage);
    case Region:
        return supporter.region;
    case Load:
        return tr("%1 of %2").arg(m_loads.value(supporter.id).activeMatches).arg(supporter.maxActive);
    case TrainingDue:
        return roster::dueText(roster::nextTrainingDue(supporter), m_today);
    case LastDebrief: {
        const QDate last = roster::lastDebrief(supporter);
        return last.isValid() ? date_text::day(last) : QString();
    }
    default:
        return {};
    }
}

QVariant SupporterTableModel::sortValue(const Supporter& supporter, int column) const
{
    switch (column) {
    case Name:
        return supporter.name.toCaseFolded();
    case Status:
        return Vocabulary::indexOf(Vocab::SupporterStatus, supporter.status);
    case CareerStage:
        return Vocabulary::indexOf(Vocab::CareerStage, supporter.careerStage);
    case Load:
        return m_loads.value(supporter.id).activeMatches;
    case TrainingDue: {
        // Courses with no refresher sort after every due date.
        const QDate due = roster::nextTrainingDue(supporter);
        return due.isValid() ? due.toJulianDay() : std::numeric_limits<qint64>::max();
    }
    case LastDebrief: {
        const QDate last = roster::lastDebrief(supporter);
        return last.isValid() ? last.toJulianDay() : qint64(0);
    }
    default:
        return display(supporter, column).toString().toCaseFolded();
    }
}

QVariant SupporterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Languages:
        return tr("Languages");
    case Modalities:
        return tr("Modalities");
    case CareerStage:
        return tr("Career stage");
    case Region:
        return tr("Region");
    case Load:
        return tr("Active peers");
    case TrainingDue:
        return tr("Next refresher");
    case LastDebrief:
        return tr("Last debrief");
    default:
        return {};
    }
}

} // namespace peerdesk
