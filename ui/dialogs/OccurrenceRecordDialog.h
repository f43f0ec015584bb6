#pragma once

#include "core/Result.h"
#include "core/domain/PeerGroup.h"

#include <QDialog>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QSpinBox;

namespace peerdesk {

class MessageLabel;

// Records what happened at one group session: its status and, once held, attendance (counts only), the
// anonymous feedback tallies and whether the facilitators debriefed. The service checks the numbers (at most
// the places, feedback at most the attendance); its refusal is shown in place with every value kept.
class OccurrenceRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OccurrenceRecordDialog)

public:
    OccurrenceRecordDialog(const GroupOccurrence& occurrence, int capacity, QAction* lockAction, QWidget* parent);

    OccurrenceUpdate update() const;
    void setSubmit(std::function<Result<void>(const OccurrenceUpdate&)> submit) { m_submit = std::move(submit); }
    void submit();

private:
    void updateEnabled();

    std::function<Result<void>(const OccurrenceUpdate&)> m_submit;
    QComboBox* m_status;
    QSpinBox* m_attendance;
    QSpinBox* m_positive;
    QSpinBox* m_neutral;
    QSpinBox* m_negative;
    QCheckBox* m_debrief;
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace peerdesk
