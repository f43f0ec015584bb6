#include "models/RegistrationTableModel.h"

#include "domain/DateText.h"
#include "domain/Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace peerdesk {

RegistrationTableModel::RegistrationTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void RegistrationTableModel::setRegistrations(QList<GroupRegistration> registrations)
{
    beginResetModel();
    m_registrations = std::move(registrations);
    endResetModel();
}

const GroupRegistration* RegistrationTableModel::registrationAt(int row) const
{
    return row >= 0 && row < m_registrations.size() ? &m_registrations.at(row) : nullptr;
}

int RegistrationTableModel::rowOf(qint64 id) const
{
    const auto found = std::find_if(m_registrations.cbegin(), m_registrations.cend(),
                                    [id](const GroupRegistration& registration) { return registration.id == id; });
    return found == m_registrations.cend() ? -1 : int(found - m_registrations.cbegin());
}

int RegistrationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_registrations.size());
}

int RegistrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GroupRegistration& registration = m_registrations.at(index.row());
    if (role == IdRole)
        return registration.id;
    if (role != Qt::DisplayRole)
        return {};
    const auto when
        = [](const QDateTime& moment) { return moment.isValid() ? date_text::moment(moment) : tr("Not yet"); };
    switch (index.column()) {
    case Name:
        return registration.name;
    case Contact:
        return registration.contact;
    case Province:
        return Vocabulary::displayName(Vocab::Province, registration.province);
    case Verified:
        return when(registration.verifiedAt);
    case LinkSent:
        return when(registration.linkSentAt);
    default:
        return {};
    }
}

QVariant RegistrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Contact:
        return tr("Contact");
    case Province:
        return tr("Province");
    case Verified:
        return tr("Verified");
    case LinkSent:
        return tr("Link sent");
    default:
        return {};
    }
}

} // namespace peerdesk
