#pragma once

#include "core/domain/Supporter.h"
#include "core/domain/Vocabulary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace peerdesk {

// Where a refresher date stands: the roster flags courses due within DueSoonDays and expired ones.
enum class DueState
{
    None,
    Later,
    Soon,
    Expired
};

namespace roster {
constexpr int DueSoonDays = 30;
DueState dueState(const QDate& due, const QDate& today);
// "2026-04-01 (expired)", in the user's locale; empty for an invalid date.
QString dueText(const QDate& due, const QDate& today);
// The earliest refresher due among the supporter's courses; invalid when none is due.
QDate nextTrainingDue(const Supporter& supporter);
QDate lastDebrief(const Supporter& supporter);
// "Active", "Active, paused until ...", "Retired".
QString statusText(const Supporter& supporter, const QDate& today);
QString languagesText(const QStringList& codes);
QString termsText(Vocab vocab, const QStringList& keys);
} // namespace roster

// The roster, one row per supporter. Display text is localised; SortRole gives values that sort properly
// (dates, numbers, case-folded names) and IdRole the supporter's id.
class SupporterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupporterTableModel)

public:
    enum Column
    {
        Name,
        Status,
        Languages,
        Modalities,
        CareerStage,
        Region,
        Load,
        TrainingDue,
        LastDebrief,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;
    static constexpr int StatusKeyRole = Qt::UserRole + 3;

    explicit SupporterTableModel(QObject* parent = nullptr);

    void setSupporters(QList<Supporter> supporters, QHash<qint64, SupporterLoad> loads, const QDate& today);
    const Supporter* supporterAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Supporter& supporter, int column) const;
    QVariant sortValue(const Supporter& supporter, int column) const;

    QList<Supporter> m_supporters;
    QHash<qint64, SupporterLoad> m_loads;
    QDate m_today;
};

} // namespace peerdesk
