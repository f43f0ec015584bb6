#pragma once

#include "core/domain/PeerGroup.h"

#include <QAbstractTableModel>

namespace peerdesk {

// The people registered for one group session, or a group's standing members. Their name and contact are shown
// here only, to verify them and send the link; nowhere else (titles, other pages, logs).
class RegistrationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationTableModel)

public:
    enum Column
    {
        Name,
        Contact,
        Province,
        Verified,
        LinkSent,
        Note, // members: returning, under legal hold
        ColumnCount
    };
    // One person as the table shows them.
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString contact;
        QString province;
        QDateTime verifiedAt;
        QDateTime linkSentAt;
        QString note;
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RegistrationTableModel(QObject* parent = nullptr);

    void setRegistrations(const QList<GroupRegistration>& registrations);
    void setMembers(const QList<GroupMember>& members);
    const Person* personAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void setPeople(QList<Person> people);

    QList<Person> m_people;
};

} // namespace peerdesk
