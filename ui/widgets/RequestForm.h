#pragma once

#include "core/domain/Site.h"
#include "core/domain/Vocabulary.h"
#include "core/services/RequestService.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace peerdesk {

class Clock;
class MessageLabel;
class MomentEdit;

// Every field of a request as it arrives (NewRequest), for the intake and edit dialogs. It validates as the
// user types with request_rules::validate and shows each problem next to the section it belongs to; it never
// clears what was typed.
class RequestForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestForm)

public:
    enum class Mode
    {
        Intake,
        Edit, // receipt time, referral type and consent are events of their own: shown, not editable
    };

    RequestForm(Mode mode, QStringList affinityGroups, const Clock& clock, QWidget* parent = nullptr);

    // Intake by someone who works several sites: a site chooser first, with nothing chosen (the service refuses a
    // request without one). Not shown for one site: the service takes the person's own.
    void setSites(const QList<Site>& sites);
    void setRequest(const NewRequest& request);
    NewRequest request() const;
    RequestEdit edit() const;

    // Checks each section against request_rules::validate and shows the first problem of each next to it.
    // True when the whole request is valid.
    bool validate(const QDateTime& now);
    // The message of the first invalid section, empty when valid (what validate() found last).
    const QString& firstError() const { return m_firstError; }

Q_SIGNALS:
    void changed();

private:
    QWidget* createRequestSection();
    QWidget* createProfileSection();
    QWidget* createAvailabilitySection();
    QWidget* createIdentitySection();
    void addWindow();
    void removeWindow();
    void showWindows();
    void updateConsentEnabled();
    QLineEdit* lineEdit(const char* name, const QString& accessibleName, int maxLength);
    QComboBox* vocabularyCombo(const char* name, const QString& accessibleName, Vocab vocab, const QString& emptyText);
    static void selectKey(QComboBox* combo, const QString& key);

    Mode m_mode;
    QFormLayout* m_requestRows = nullptr;
    QComboBox* m_site = nullptr;
    QStringList m_affinityGroups;
    const Clock& m_clock;
    MomentEdit* m_receivedAt = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_referralType = nullptr;
    QCheckBox* m_consentConfirmed = nullptr;
    QComboBox* m_urgency = nullptr;
    QHash<QString, QCheckBox*> m_reasons;
    QComboBox* m_careerStage = nullptr;
    QLineEdit* m_specialty = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_languages = nullptr;
    QHash<QString, QCheckBox*> m_modalities;
    QComboBox* m_specialtyPreference = nullptr;
    QComboBox* m_affinityPreference = nullptr;
    QComboBox* m_genderPreference = nullptr;
    QCheckBox* m_allowSameInstitution = nullptr;
    QList<WeeklyWindow> m_windows;
    QListWidget* m_windowList = nullptr;
    QComboBox* m_windowDay = nullptr;
    QTimeEdit* m_windowStart = nullptr;
    QTimeEdit* m_windowEnd = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_bestTime = nullptr;
    QLineEdit* m_institution = nullptr;
    MessageLabel* m_requestMessage = nullptr;
    MessageLabel* m_profileMessage = nullptr;
    MessageLabel* m_availabilityMessage = nullptr;
    MessageLabel* m_identityMessage = nullptr;
    QString m_firstError;
};

} // namespace peerdesk
