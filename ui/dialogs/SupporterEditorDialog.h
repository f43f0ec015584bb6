#pragma once

#include "core/Result.h"
#include "core/domain/Site.h"
#include "core/domain/Supporter.h"

#include <QDialog>
#include <QList>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace peerdesk {

class AvailabilityEditor;
class MessageLabel;

// Every roster field of one supporter (training and debriefs have their own actions on the page). Checks the
// profile with supporter_rules::validate as the user types: the first problem is shown under the form and
// OK stays disabled until it is fixed. OK runs the submit function; when the service refuses, its message is
// shown and everything typed stays. Deletes itself when closed.
class SupporterEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupporterEditorDialog)

public:
    // isNew: the status can be chosen (later changes go through the page's status actions).
    SupporterEditorDialog(const Supporter& supporter, const QStringList& affinityGroups, bool isNew,
                          QAction* lockAction, QWidget* parent);

    // The supporter as the form describes it (id, training and debriefs as given).
    Supporter supporter() const;
    // Fills the form again (after someone else's change: the record as it is now, merged with what was typed).
    void setSupporter(const Supporter& supporter);
    // Empty when the form is acceptable.
    QString problem() const;
    void setSubmit(std::function<Result<void>(const Supporter&)> submit) { m_submit = std::move(submit); }
    // In a program of several sites: the site the supporter works from, chosen in the form. Not shown for one.
    void setSites(const QList<Site>& sites);
    void submit();

Q_SIGNALS:
    void submitted(const peerdesk::Supporter& supporter);

private:
    void buildForm(bool isNew);
    void load(const Supporter& supporter);
    void revalidate();
    QLineEdit* lineEdit(const char* objectName, const QString& accessibleName, int maxLength);

    Supporter m_original;
    QStringList m_affinityGroups;
    std::function<Result<void>(const Supporter&)> m_submit;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_pronouns = nullptr;
    QComboBox* m_gender = nullptr;
    QLineEdit* m_specialty = nullptr;
    QLineEdit* m_practiceSetting = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_institutions = nullptr;
    QComboBox* m_careerStage = nullptr;
    QList<QCheckBox*> m_languageBoxes;
    QLineEdit* m_otherLanguages = nullptr;
    QList<QCheckBox*> m_modalityBoxes;
    QList<QCheckBox*> m_affinityBoxes;
    QSpinBox* m_maxActive = nullptr;
    QSpinBox* m_cooldownDays = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_site = nullptr;
    QFormLayout* m_form = nullptr;
    AvailabilityEditor* m_availability = nullptr;
    MessageLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace peerdesk
