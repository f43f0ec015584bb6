#pragma once

#include "core/Result.h"
#include "core/domain/PeerGroup.h"
#include "core/domain/Site.h"
#include "core/domain/Supporter.h"

#include <QDialog>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;
class QFormLayout;
class QTimeEdit;

namespace peerdesk {

class MessageLabel;

// A new peer group: every value GroupService::add takes (the rhythm: weekly on chosen days every N weeks, every
// day, or monthly on the n-th weekday; an end date or a number of sessions), facilitators chosen among the active
// supporters. Checked with GroupService::validate as the user types (OK disabled while a value is wrong); a refusal
// from the service (a name already taken, ...) is shown in place with everything kept. Deletes itself when closed.
class GroupEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupEditorDialog)

public:
    GroupEditorDialog(const QList<Supporter>& activeSupporters, const QDate& today, QAction* lockAction,
                      QWidget* parent);

    // Fills the dialog with a stored group to change it (the title and OK say so); group() then keeps its id.
    void setGroup(const PeerGroup& group);
    // A new group by someone who works several sites: a site chooser first, nothing chosen (the service refuses a
    // group without one). Not shown for one site, nor for a stored group, which keeps its site.
    void setSites(const QList<Site>& sites);
    PeerGroup group() const;
    QString problem() const;
    void setSubmit(std::function<Result<void>(const PeerGroup&)> submit) { m_submit = std::move(submit); }
    void submit();

private:
    // Shows the rows the chosen rhythm uses: the days and interval for weekly, the n-th weekday for monthly.
    void showRhythmRows();
    GroupRecurrence recurrence() const;
    void revalidate();

    std::function<Result<void>(const PeerGroup&)> m_submit;
    PeerGroup m_editing; // the stored group being changed (id 0 for a new one)
    QLineEdit* m_name;
    QComboBox* m_modality;
    QComboBox* m_frequency;
    QWidget* m_dayBoxes;
    QList<QCheckBox*> m_days; // Monday first
    QWidget* m_monthlyDay;
    QComboBox* m_weekOfMonth;
    QComboBox* m_weekday;
    QTimeEdit* m_start;
    QSpinBox* m_duration;
    QSpinBox* m_interval;
    QCheckBox* m_hasSessions;
    QSpinBox* m_sessions;
    QCheckBox* m_skipHolidays;
    QComboBox* m_enrolment;
    QLineEdit* m_resources;
    QFormLayout* m_form = nullptr;
    QComboBox* m_site = nullptr;
    QDateEdit* m_firstDate;
    QCheckBox* m_hasLastDate;
    QDateEdit* m_lastDate;
    QSpinBox* m_capacity;
    QSpinBox* m_maxFacilitators;
    QStandardItemModel* m_facilitatorModel;
    QListView* m_facilitators;
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace peerdesk
