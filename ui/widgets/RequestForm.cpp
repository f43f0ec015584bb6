#include "ui/widgets/RequestForm.h"

#include "core/domain/RequestRules.h"
#include "core/domain/Vocabulary.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/MomentEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

QString windowText(const WeeklyWindow& w)
{
    const QLocale locale;
    auto time = [&](int minutes) {
        return minutes >= 1440 ? QStringLiteral("24:00")
                               : locale.toString(QTime(minutes / 60, minutes % 60), QLocale::ShortFormat);
    };
    return QStringLiteral("%1 %2–%3").arg(locale.dayName(w.weekday), time(w.startMinute), time(w.endMinute));
}

// A request that passes request_rules::validate: each section is checked by putting only that section's values
// into it, so a problem is shown next to the section it comes from.
NewRequest validBaseline(const QDateTime& now)
{
    NewRequest r;
    r.receivedAt = now.addSecs(-60);
    r.channel = Vocabulary::keys(Vocab::Channel).constFirst();
    r.identity.name = QStringLiteral("x");
    r.identity.email = QStringLiteral("x@example.org");
    return r;
}

void showResult(MessageLabel* label, const Result<void>& result)
{
    if (result)
        label->clearMessage();
    else
        label->showError(result.error().message);
}

} // namespace

RequestForm::RequestForm(Mode mode, QStringList affinityGroups, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_affinityGroups(std::move(affinityGroups)), m_clock(clock)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createRequestSection());
    layout->addWidget(createIdentitySection());
    layout->addWidget(createProfileSection());
    layout->addWidget(createAvailabilitySection());
    layout->addStretch(1);
    updateConsentEnabled();
}

QLineEdit* RequestForm::lineEdit(const char* name, const QString& accessibleName, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textChanged, this, &RequestForm::changed);
    return edit;
}

QComboBox* RequestForm::vocabularyCombo(const char* name, const QString& accessibleName, Vocab vocab,
                                        const QString& emptyText)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessibleName);
    if (!emptyText.isEmpty())
        combo->addItem(emptyText, QString());
    for (const Term& term : Vocabulary::terms(vocab))
        combo->addItem(term.name, term.key);
    connect(combo, &QComboBox::currentIndexChanged, this, &RequestForm::changed);
    return combo;
}

void RequestForm::selectKey(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(std::max(index, 0));
}

QWidget* RequestForm::createRequestSection()
{
    auto* box = new QGroupBox(tr("Request"), this);
    auto* form = new QFormLayout(box);
    m_requestRows = form;
    m_receivedAt = new MomentEdit(m_clock, box);
    m_receivedAt->setObjectName(QStringLiteral("receivedAt"));
    m_receivedAt->nameParts();
    m_receivedAt->setAccessibleName(tr("Received at"));
    m_receivedAt->setEnabled(m_mode == Mode::Intake);
    connect(m_receivedAt, &MomentEdit::changed, this, &RequestForm::changed);
    form->addRow(tr("&Received at:"), m_receivedAt);

    m_channel = vocabularyCombo("channel", tr("Channel"), Vocab::Channel, QString());
    form->addRow(tr("C&hannel:"), m_channel);
    m_referralType = vocabularyCombo("referralType", tr("Referral type"), Vocab::ReferralType, QString());
    m_referralType->setEnabled(m_mode == Mode::Intake);
    connect(m_referralType, &QComboBox::currentIndexChanged, this, &RequestForm::updateConsentEnabled);
    form->addRow(tr("Re&ferral:"), m_referralType);
    m_consentConfirmed = new QCheckBox(tr("The person already agreed to be &contacted"), box);
    m_consentConfirmed->setObjectName(QStringLiteral("consentConfirmed"));
    m_consentConfirmed->setAccessibleName(tr("Consent confirmed"));
    connect(m_consentConfirmed, &QCheckBox::toggled, this, &RequestForm::changed);
    form->addRow(QString(), m_consentConfirmed);
    m_urgency = vocabularyCombo("urgency", tr("Urgency"), Vocab::Urgency, QString());
    form->addRow(tr("&Urgency:"), m_urgency);

    auto* reasons = new QWidget(box);
    auto* grid = new QGridLayout(reasons);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const Term& term : Vocabulary::terms(Vocab::Reason)) {
        auto* check = new QCheckBox(term.name, reasons);
        check->setObjectName(QStringLiteral("reason_") + term.key);
        check->setAccessibleName(tr("Reason: %1").arg(term.name));
        connect(check, &QCheckBox::toggled, this, &RequestForm::changed);
        m_reasons.insert(term.key, check);
        grid->addWidget(check, index / 2, index % 2);
        ++index;
    }
    form->addRow(tr("Reasons:"), reasons);
    m_requestMessage = new MessageLabel(box);
    m_requestMessage->setObjectName(QStringLiteral("requestMessage"));
    form->addRow(m_requestMessage);
    return box;
}

QWidget* RequestForm::createProfileSection()
{
    auto* box = new QGroupBox(tr("For matching"), this);
    auto* form = new QFormLayout(box);
    m_careerStage = vocabularyCombo("careerStage", tr("Career stage"), Vocab::CareerStage, tr("Unknown"));
    form->addRow(tr("Career &stage:"), m_careerStage);
    m_specialty = lineEdit("specialty", tr("Specialty"), 100);
    form->addRow(tr("S&pecialty:"), m_specialty);
    m_region = lineEdit("region", tr("Region"), 100);
    form->addRow(tr("Re&gion:"), m_region);
    m_languages = lineEdit("languages", tr("Languages"), 100);
    m_languages->setPlaceholderText(tr("Language codes, e.g. en, fr"));
    form->addRow(tr("&Languages:"), m_languages);

    auto* modalities = new QWidget(box);
    auto* row = new QHBoxLayout(modalities);
    row->setContentsMargins(0, 0, 0, 0);
    for (const Term& term : Vocabulary::terms(Vocab::Modality)) {
        auto* check = new QCheckBox(term.name, modalities);
        check->setObjectName(QStringLiteral("modality_") + term.key);
        check->setAccessibleName(tr("Modality: %1").arg(term.name));
        connect(check, &QCheckBox::toggled, this, &RequestForm::changed);
        m_modalities.insert(term.key, check);
        row->addWidget(check);
    }
    row->addStretch(1);
    form->addRow(tr("Modalities:"), modalities);

    m_specialtyPreference
        = vocabularyCombo("specialtyPreference", tr("Specialty preference"), Vocab::SpecialtyPreference, QString());
    selectKey(m_specialtyPreference, QStringLiteral("any"));
    form->addRow(tr("Supporter's specialt&y:"), m_specialtyPreference);
    m_affinityPreference = new QComboBox(box);
    m_affinityPreference->setObjectName(QStringLiteral("affinityPreference"));
    m_affinityPreference->setAccessibleName(tr("Affinity preference"));
    m_affinityPreference->addItem(tr("No preference"), QString());
    for (const QString& group : std::as_const(m_affinityGroups))
        m_affinityPreference->addItem(group, group);
    connect(m_affinityPreference, &QComboBox::currentIndexChanged, this, &RequestForm::changed);
    form->addRow(tr("&Affinity group:"), m_affinityPreference);
    m_genderPreference
        = vocabularyCombo("genderPreference", tr("Gender preference"), Vocab::Gender, tr("No preference"));
    form->addRow(tr("Supporter's gen&der:"), m_genderPreference);
    m_allowSameInstitution = new QCheckBox(tr("A supporter from the same &institution is acceptable"), box);
    m_allowSameInstitution->setObjectName(QStringLiteral("allowSameInstitution"));
    m_allowSameInstitution->setAccessibleName(tr("Same institution acceptable"));
    connect(m_allowSameInstitution, &QCheckBox::toggled, this, &RequestForm::changed);
    form->addRow(QString(), m_allowSameInstitution);
    m_profileMessage = new MessageLabel(box);
    m_profileMessage->setObjectName(QStringLiteral("profileMessage"));
    form->addRow(m_profileMessage);
    return box;
}

QWidget* RequestForm::createAvailabilitySection()
{
    auto* box = new QGroupBox(tr("Availability"), this);
    auto* layout = new QVBoxLayout(box);
    m_windowList = new QListWidget(box);
    m_windowList->setObjectName(QStringLiteral("availabilityList"));
    m_windowList->setAccessibleName(tr("Availability windows"));
    m_windowList->setMaximumHeight(90);
    layout->addWidget(m_windowList);

    auto* row = new QHBoxLayout;
    m_windowDay = new QComboBox(box);
    m_windowDay->setObjectName(QStringLiteral("availabilityDay"));
    m_windowDay->setAccessibleName(tr("Weekday"));
    for (int day = 1; day <= 7; ++day)
        m_windowDay->addItem(QLocale().dayName(day), day);
    m_windowStart = new QTimeEdit(QTime(9, 0), box);
    m_windowStart->setObjectName(QStringLiteral("availabilityStart"));
    m_windowStart->setAccessibleName(tr("From"));
    m_windowEnd = new QTimeEdit(QTime(17, 0), box);
    m_windowEnd->setObjectName(QStringLiteral("availabilityEnd"));
    m_windowEnd->setAccessibleName(tr("To"));
    auto* add = new QPushButton(tr("Add &window"), box);
    add->setObjectName(QStringLiteral("addWindow"));
    add->setAccessibleName(tr("Add availability window"));
    auto* remove = new QPushButton(tr("Re&move"), box);
    remove->setObjectName(QStringLiteral("removeWindow"));
    remove->setAccessibleName(tr("Remove availability window"));
    connect(add, &QPushButton::clicked, this, &RequestForm::addWindow);
    connect(remove, &QPushButton::clicked, this, &RequestForm::removeWindow);
    row->addWidget(m_windowDay);
    row->addWidget(m_windowStart);
    row->addWidget(new QLabel(QStringLiteral("–"), box));
    row->addWidget(m_windowEnd);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    m_availabilityMessage = new MessageLabel(box);
    m_availabilityMessage->setObjectName(QStringLiteral("availabilityMessage"));
    layout->addWidget(m_availabilityMessage);
    return box;
}

QWidget* RequestForm::createIdentitySection()
{
    auto* box = new QGroupBox(tr("The person"), this);
    auto* form = new QFormLayout(box);
    m_name = lineEdit("name", tr("Name"), 200);
    form->addRow(tr("&Name:"), m_name);
    m_email = lineEdit("email", tr("Email"), 200);
    form->addRow(tr("&Email:"), m_email);
    m_phone = lineEdit("phone", tr("Phone"), 200);
    form->addRow(tr("Ph&one:"), m_phone);
    m_bestTime = lineEdit("bestTime", tr("Best time to reach"), 200);
    m_bestTime->setPlaceholderText(tr("e.g. weekday evenings"));
    form->addRow(tr("&Best time to reach:"), m_bestTime);
    m_institution = lineEdit("institution", tr("Institution"), 200);
    form->addRow(tr("Ins&titution:"), m_institution);
    m_identityMessage = new MessageLabel(box);
    m_identityMessage->setObjectName(QStringLiteral("identityMessage"));
    form->addRow(m_identityMessage);
    return box;
}

void RequestForm::updateConsentEnabled()
{
    const bool colleague = m_referralType->currentData().toString() == QLatin1String("colleague");
    m_consentConfirmed->setEnabled(m_mode == Mode::Intake && colleague);
    if (!colleague && m_mode == Mode::Intake)
        m_consentConfirmed->setChecked(false);
}

void RequestForm::addWindow()
{
    const QTime start = m_windowStart->time();
    const QTime end = m_windowEnd->time();
    // 00:00 as the end of a window means midnight at the end of the day.
    const int endMinute = end == QTime(0, 0) ? 1440 : end.hour() * 60 + end.minute();
    m_windows.append({ m_windowDay->currentData().toInt(), start.hour() * 60 + start.minute(), endMinute });
    showWindows();
    m_windowList->setCurrentRow(m_windowList->count() - 1);
    Q_EMIT changed();
}

void RequestForm::removeWindow()
{
    const int row = m_windowList->currentRow();
    if (row < 0 || row >= m_windows.size())
        return;
    m_windows.removeAt(row);
    showWindows();
    Q_EMIT changed();
}

void RequestForm::showWindows()
{
    m_windowList->clear();
    for (const WeeklyWindow& w : std::as_const(m_windows))
        m_windowList->addItem(windowText(w));
}

void RequestForm::setSites(const QList<Site>& sites)
{
    if (m_mode != Mode::Intake || sites.size() < 2 || m_site)
        return;
    m_site = ui::createSiteChooser(this, sites, "site", true);
    connect(m_site, &QComboBox::currentIndexChanged, this, &RequestForm::changed);
    m_requestRows->insertRow(0, tr("Site:"), m_site);
}

void RequestForm::setRequest(const NewRequest& r)
{
    const QSignalBlocker blocker(this);
    if (m_site)
        m_site->setCurrentIndex(std::max(m_site->findData(r.siteId), 0));
    m_receivedAt->setDateTime(r.receivedAt.toLocalTime());
    selectKey(m_channel, r.channel);
    selectKey(m_referralType, r.referralType);
    m_consentConfirmed->setChecked(r.consentConfirmed);
    selectKey(m_urgency, r.urgency);
    for (auto it = m_reasons.cbegin(); it != m_reasons.cend(); ++it)
        it.value()->setChecked(r.reasons.contains(it.key()));
    const MatchingProfile& p = r.profile;
    selectKey(m_careerStage, p.careerStage);
    m_specialty->setText(p.specialty);
    m_region->setText(p.region);
    m_languages->setText(p.languages.join(QStringLiteral(", ")));
    for (auto it = m_modalities.cbegin(); it != m_modalities.cend(); ++it)
        it.value()->setChecked(p.modalities.contains(it.key()));
    selectKey(m_specialtyPreference, p.specialtyPreference);
    if (!p.affinityPreference.isEmpty() && m_affinityPreference->findData(p.affinityPreference) < 0)
        m_affinityPreference->addItem(p.affinityPreference, p.affinityPreference);
    selectKey(m_affinityPreference, p.affinityPreference);
    selectKey(m_genderPreference, p.genderPreference);
    m_allowSameInstitution->setChecked(p.allowSameInstitution);
    m_windows = p.availability;
    showWindows();
    m_name->setText(r.identity.name);
    m_email->setText(r.identity.email);
    m_phone->setText(r.identity.phone);
    m_bestTime->setText(r.identity.bestTime);
    m_institution->setText(r.identity.institution);
    updateConsentEnabled();
}

NewRequest RequestForm::request() const
{
    NewRequest r;
    r.siteId = m_site ? m_site->currentData().toLongLong() : 0;
    r.receivedAt = m_receivedAt->dateTime().toUTC();
    r.channel = m_channel->currentData().toString();
    r.referralType = m_referralType->currentData().toString();
    r.consentConfirmed = m_consentConfirmed->isChecked() && r.referralType == QLatin1String("colleague");
    r.urgency = m_urgency->currentData().toString();
    // In the vocabulary's order, whatever order they were ticked in.
    for (const QString& key : Vocabulary::keys(Vocab::Reason)) {
        if (m_reasons.value(key)->isChecked())
            r.reasons.append(key);
    }
    MatchingProfile& p = r.profile;
    p.careerStage = m_careerStage->currentData().toString();
    p.specialty = m_specialty->text();
    p.region = m_region->text();
    const QStringList codes
        = m_languages->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString& code : codes) {
        if (!p.languages.contains(code.toLower()))
            p.languages.append(code.toLower());
    }
    for (const QString& key : Vocabulary::keys(Vocab::Modality)) {
        if (m_modalities.value(key)->isChecked())
            p.modalities.append(key);
    }
    p.specialtyPreference = m_specialtyPreference->currentData().toString();
    p.affinityPreference = m_affinityPreference->currentData().toString();
    p.genderPreference = m_genderPreference->currentData().toString();
    p.allowSameInstitution = m_allowSameInstitution->isChecked();
    p.availability = m_windows;
    r.identity = { m_name->text(), m_email->text(), m_phone->text(), m_bestTime->text(), m_institution->text() };
    return r;
}

RequestEdit RequestForm::edit() const
{
    const NewRequest r = request();
    return { r.channel, r.urgency, r.reasons, r.profile, r.identity };
}

bool RequestForm::validate(const QDateTime& now)
{
    // A time that cannot be read is said as such, not as a time "in the future" or "not valid".
    if (m_mode == Mode::Intake && !m_receivedAt->dateTime().isValid()) {
        m_firstError = m_receivedAt->problem();
        m_requestMessage->showError(m_firstError);
        return false;
    }
    const NewRequest r = request();
    const NewRequest base = validBaseline(now);

    NewRequest details = base;
    details.channel = r.channel;
    details.referralType = r.referralType;
    details.urgency = r.urgency;
    details.reasons = r.reasons;
    if (m_mode == Mode::Intake)
        details.receivedAt = r.receivedAt;
    const auto detailsValid = request_rules::validate(details, m_affinityGroups, now);

    NewRequest identity = base;
    identity.identity = r.identity;
    const auto identityValid = request_rules::validate(identity, m_affinityGroups, now);

    NewRequest profile = base;
    profile.profile = r.profile;
    profile.profile.availability.clear();
    const auto profileValid = request_rules::validate(profile, m_affinityGroups, now);

    NewRequest availability = base;
    availability.profile.availability = r.profile.availability;
    const auto availabilityValid = request_rules::validate(availability, m_affinityGroups, now);

    showResult(m_requestMessage, detailsValid);
    showResult(m_identityMessage, identityValid);
    showResult(m_profileMessage, profileValid);
    showResult(m_availabilityMessage, availabilityValid);

    m_firstError.clear();
    for (const Result<void>* result : { &detailsValid, &identityValid, &profileValid, &availabilityValid }) {
        if (!*result) {
            m_firstError = result->error().message;
            return false;
        }
    }
    // Sections that are each valid make a valid request; checked whole anyway, in case a rule spans sections.
    NewRequest whole = r;
    if (m_mode == Mode::Edit)
        whole.receivedAt = base.receivedAt;
    if (auto valid = request_rules::validate(whole, m_affinityGroups, now); !valid) {
        m_firstError = valid.error().message;
        m_requestMessage->showError(m_firstError);
        return false;
    }
    return true;
}

} // namespace peerdesk
