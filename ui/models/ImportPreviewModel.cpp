#include "ui/models/ImportPreviewModel.h"

#include "core/domain/Vocabulary.h"
#include "ui/models/SupporterTableModel.h"

namespace peerdesk {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) { }

void ImportPreviewModel::setSupporters(QList<Supporter> supporters)
{
    beginResetModel();
    m_supporters = std::move(supporters);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_supporters.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Supporter& s = m_supporters.at(index.row());
    switch (index.column()) {
    case Row:
        return index.row() + 1;
    case Name:
        return s.name;
    case Email:
        return s.email;
    case Phone:
        return s.phone;
    case Specialty:
        return s.specialty;
    case CareerStage:
        return s.careerStage.isEmpty() ? QString() : Vocabulary::displayName(Vocab::CareerStage, s.careerStage);
    case Languages:
        return roster::languagesText(s.languages);
    case Modalities:
        return roster::termsText(Vocab::Modality, s.modalities);
    case Status:
        return Vocabulary::displayName(Vocab::SupporterStatus, s.status);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Specialty:
        return tr("Specialty");
    case CareerStage:
        return tr("Career stage");
    case Languages:
        return tr("Languages");
    case Modalities:
        return tr("Modalities");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace peerdesk
