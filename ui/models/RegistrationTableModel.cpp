#include "ui/models/RegistrationTableModel.h"

#include "core/domain/DateText.h"
#include "core/domain/Vocabulary.h"

#include <QLocale>

#include <algorithm>

namespace peerdesk {

RegistrationTableModel::RegistrationTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void RegistrationTableModel::setPeople(QList<Person> people)
{
    beginResetModel();
    m_people = std::move(people);
    endResetModel();
}

void RegistrationTableModel::setRegistrations(const QList<GroupRegistration>& registrations)
{
    QList<Person> people;
    for (const GroupRegistration& r : registrations)
        people.append({ r.id, r.name, r.contact, r.province, r.verifiedAt, r.linkSentAt, {} });
    setPeople(std::move(people));
}

void RegistrationTableModel::setMembers(const QList<GroupMember>& members)
{
    QList<Person> people;
    for (const GroupMember& m : members) {
        QStringList notes;
        if (m.returning)
            notes << tr("Returning member (likely)");
        if (m.legalHold)
            notes << tr("Legal hold");
        people.append(
            { m.id, m.name, m.contact, m.province, m.verifiedAt, m.linkSentAt, notes.join(QStringLiteral("; ")) });
    }
    setPeople(std::move(people));
}

const RegistrationTableModel::Person* RegistrationTableModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int RegistrationTableModel::rowOf(qint64 id) const
{
    const auto found
        = std::find_if(m_people.cbegin(), m_people.cend(), [id](const Person& person) { return person.id == id; });
    return found == m_people.cend() ? -1 : int(found - m_people.cbegin());
}

int RegistrationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int RegistrationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person& registration = m_people.at(index.row());
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
    case Note:
        return registration.note;
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
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace peerdesk
