#pragma once

#include "ui/pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace peerdesk {

class AuditTableModel;
class MessageLabel;

// The audit log, read-only (administrators): who did what to which record and when, newest first, filtered
// by person, action, kind of record and period; Verify checks the database and the hash chain off the GUI
// thread and says plainly whether anything was altered.
class AuditPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(PageContext& context, QWidget* parent = nullptr);
    ~AuditPage() override;

    void reload() override;
    AuditTableModel* model() const { return m_model; }

private:
    void applyFilter();
    void verify();
    static void refill(QComboBox* combo, const QStringList& items, const QString& allText);

    PageContext& m_context;
    AuditTableModel* m_model;
    QComboBox* m_actor;
    QLineEdit* m_action;
    QComboBox* m_entityType;
    QLineEdit* m_request;
    QComboBox* m_period;
    QTableView* m_table;
    QLabel* m_rowCount;
    QPushButton* m_verifyButton;
    MessageLabel* m_message;
};

} // namespace peerdesk
