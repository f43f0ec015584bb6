#pragma once

#include "core/formats/CsvReader.h"

#include <QAbstractTableModel>

namespace peerdesk {

// An import's problems: errors (which block the import) then warnings (such as unknown columns, ignored).
// Messages name the line and column, never a field's content.
class ImportIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportIssueModel)

public:
    enum Column
    {
        Severity,
        Line,
        Message,
        ColumnCount
    };

    explicit ImportIssueModel(QObject* parent = nullptr);

    void setIssues(QList<CsvIssue> errors, QList<CsvIssue> warnings);
    int errorCount() const { return int(m_errors.size()); }
    int warningCount() const { return int(m_warnings.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CsvIssue> m_errors;
    QList<CsvIssue> m_warnings;
};

} // namespace peerdesk
