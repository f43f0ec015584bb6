#include "ui/dialogs/SupporterEditorDialog.h"

#include "core/domain/SupporterRules.h"
#include "core/domain/Vocabulary.h"
#include "core/formats/CsvReader.h"
#include "core/services/SupporterService.h"
#include "ui/widgets/AvailabilityEditor.h"
#include "ui/widgets/Controls.h"
#include "ui/widgets/MessageLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace peerdesk {

namespace {

// The languages most programs offer get a box each; any other ISO 639-1 code can be typed.
const QStringList& commonLanguages()
{
    static const QStringList codes{ QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"),
                                    QStringLiteral("zh"), QStringLiteral("pa"), QStringLiteral("ar") };
    return codes;
}

QWidget* boxGroup(QWidget* parent, const QList<QCheckBox*>& boxes)
{
    auto* group = new QWidget(parent);
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int Columns = 3;
    for (int i = 0; i < boxes.size(); ++i)
        grid->addWidget(boxes.at(i), i / Columns, i % Columns);
    return group;
}

QStringList checkedData(const QList<QCheckBox*>& boxes)
{
    QStringList keys;
    for (const QCheckBox* box : boxes) {
        if (box->isChecked())
            keys.append(box->property("key").toString());
    }
    return keys;
}

} // namespace

SupporterEditorDialog::SupporterEditorDialog(const Supporter& supporter, const QStringList& affinityGroups, bool isNew,
                                             QAction* lockAction, QWidget* parent)
    : QDialog(parent), m_original(supporter), m_affinityGroups(affinityGroups)
{
    setObjectName(QStringLiteral("supporterEditor"));
    // The title never names the supporter: window titles reach task bars and screen recordings.
    setWindowTitle(isNew ? tr("New supporter") : tr("Edit supporter"));
    setAttribute(Qt::WA_DeleteOnClose);
    if (lockAction)
        addAction(lockAction);
    buildForm(isNew);
    load(supporter);
    revalidate();
}

QLineEdit* SupporterEditorDialog::lineEdit(const char* objectName, const QString& accessibleName, int maxLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    connect(edit, &QLineEdit::textChanged, this, &SupporterEditorDialog::revalidate);
    return edit;
}

void SupporterEditorDialog::buildForm(bool isNew)
{
    auto* formWidget = new QWidget(this);
    auto* form = new QFormLayout(formWidget);
    m_form = form;

    m_name = lineEdit("nameEdit", tr("Name"), 200);
    m_email = lineEdit("emailEdit", tr("Email"), 254);
    m_phone = lineEdit("phoneEdit", tr("Phone"), 40);
    m_pronouns = lineEdit("pronounsEdit", tr("Pronouns"), 40);
    m_specialty = lineEdit("specialtyEdit", tr("Specialty"), 100);
    m_practiceSetting = lineEdit("practiceSettingEdit", tr("Practice setting"), 100);
    m_region = lineEdit("regionEdit", tr("Region"), 100);
    m_institutions = lineEdit("institutionsEdit", tr("Institutions"), 2000);
    m_institutions->setPlaceholderText(tr("Separate institutions with ;"));
    m_institutions->setToolTip(tr("Used to avoid matching a supporter with a colleague from the same institution."));

    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not given"), QString());
    for (const Term& term : Vocabulary::terms(Vocab::Gender))
        m_gender->addItem(term.name, term.key);
    m_careerStage = new QComboBox(this);
    m_careerStage->setObjectName(QStringLiteral("careerStageCombo"));
    m_careerStage->setAccessibleName(tr("Career stage"));
    for (const Term& term : Vocabulary::terms(Vocab::CareerStage))
        m_careerStage->addItem(term.name, term.key);
    for (QComboBox* combo : { m_gender, m_careerStage })
        connect(combo, &QComboBox::currentIndexChanged, this, &SupporterEditorDialog::revalidate);

    const auto makeBox = [this](const QString& key, const QString& name, const QString& objectName) {
        auto* box = new QCheckBox(name, this);
        box->setProperty("key", key);
        box->setObjectName(objectName);
        box->setAccessibleName(name);
        connect(box, &QCheckBox::toggled, this, &SupporterEditorDialog::revalidate);
        return box;
    };
    for (const QString& code : commonLanguages())
        m_languageBoxes.append(makeBox(code, language::displayName(code), QStringLiteral("language_") + code));
    m_otherLanguages = lineEdit("otherLanguagesEdit", tr("Other languages"), 200);
    m_otherLanguages->setPlaceholderText(tr("Two-letter codes separated by ;, e.g. de; it"));
    for (const Term& term : Vocabulary::terms(Vocab::Modality))
        m_modalityBoxes.append(makeBox(term.key, term.name, QStringLiteral("modality_") + term.key));
    QStringList affinities = m_affinityGroups;
    for (const QString& group : std::as_const(m_original.affinities)) {
        // A group removed from the settings stays visible so it can be unticked.
        if (!affinities.contains(group))
            affinities.append(group);
    }
    for (const QString& group : std::as_const(affinities))
        m_affinityBoxes.append(makeBox(group, group, QStringLiteral("affinity_") + group));

    m_maxActive = new QSpinBox(this);
    m_maxActive->setObjectName(QStringLiteral("maxActiveSpin"));
    m_maxActive->setAccessibleName(tr("Capacity"));
    m_maxActive->setRange(0, 50);
    m_maxActive->setSpecialValueText(tr("Not taking new peers"));
    m_cooldownDays = new QSpinBox(this);
    m_cooldownDays->setObjectName(QStringLiteral("cooldownSpin"));
    m_cooldownDays->setAccessibleName(tr("Rest after a difficult match, in days"));
    m_cooldownDays->setRange(0, 365);
    m_cooldownDays->setSuffix(tr(" days"));
    for (QSpinBox* spin : { m_maxActive, m_cooldownDays })
        connect(spin, &QSpinBox::valueChanged, this, &SupporterEditorDialog::revalidate);

    m_availability = new AvailabilityEditor(this);
    m_availability->setObjectName(QStringLiteral("availabilityEditor"));
    m_availability->setAccessibleName(tr("Weekly availability"));
    connect(m_availability, &AvailabilityEditor::changed, this, &SupporterEditorDialog::revalidate);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Prono&uns:"), m_pronouns);
    form->addRow(tr("&Gender:"), m_gender);
    form->addRow(tr("&Specialty:"), m_specialty);
    form->addRow(tr("Practice se&tting:"), m_practiceSetting);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Institutions:"), m_institutions);
    form->addRow(tr("&Career stage:"), m_careerStage);
    form->addRow(tr("Languages:"), boxGroup(this, m_languageBoxes));
    form->addRow(tr("&Other languages:"), m_otherLanguages);
    form->addRow(tr("Modalities:"), boxGroup(this, m_modalityBoxes));
    if (!m_affinityBoxes.isEmpty())
        form->addRow(tr("Affinity groups:"), boxGroup(this, m_affinityBoxes));
    form->addRow(tr("Capacit&y (peers at once):"), m_maxActive);
    form->addRow(tr("Rest after a &difficult match:"), m_cooldownDays);
    if (isNew) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("statusCombo"));
        m_status->setAccessibleName(tr("Status"));
        for (const Term& term : Vocabulary::terms(Vocab::SupporterStatus)) {
            if (term.key != QLatin1String("retired"))
                m_status->addItem(term.name, term.key);
        }
        connect(m_status, &QComboBox::currentIndexChanged, this, &SupporterEditorDialog::revalidate);
        form->addRow(tr("St&atus:"), m_status);
    }
    form->addRow(tr("Weekly a&vailability:"), m_availability);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(m_availability)))
        label->setBuddy(m_availability->findChild<QPushButton*>(QStringLiteral("addWindowButton")));

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formWidget);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("editorOkButton"));
    ui::addSaveShortcuts(this, m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SupporterEditorDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    ui::fitToScreen(this, QSize(760, 760));
}

void SupporterEditorDialog::setSupporter(const Supporter& supporter)
{
    m_original = supporter;
    load(supporter);
    revalidate();
}

void SupporterEditorDialog::load(const Supporter& supporter)
{
    m_name->setText(supporter.name);
    m_email->setText(supporter.email);
    m_phone->setText(supporter.phone);
    m_pronouns->setText(supporter.pronouns);
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(supporter.gender)));
    m_specialty->setText(supporter.specialty);
    m_practiceSetting->setText(supporter.practiceSetting);
    m_region->setText(supporter.region);
    m_institutions->setText(supporter.institutions.join(QStringLiteral("; ")));
    m_careerStage->setCurrentIndex(std::max(0, m_careerStage->findData(supporter.careerStage)));
    QStringList others;
    for (const QString& code : supporter.languages) {
        if (!commonLanguages().contains(code))
            others.append(code);
    }
    for (QCheckBox* box : std::as_const(m_languageBoxes))
        box->setChecked(supporter.languages.contains(box->property("key").toString()));
    m_otherLanguages->setText(others.join(QStringLiteral("; ")));
    for (QCheckBox* box : std::as_const(m_modalityBoxes))
        box->setChecked(supporter.modalities.contains(box->property("key").toString()));
    for (QCheckBox* box : std::as_const(m_affinityBoxes))
        box->setChecked(supporter.affinities.contains(box->property("key").toString()));
    m_maxActive->setValue(supporter.maxActive);
    m_cooldownDays->setValue(supporter.cooldownDays);
    if (m_status)
        m_status->setCurrentIndex(std::max(0, m_status->findData(supporter.status)));
    m_availability->setWindows(supporter.availability);
}

Supporter SupporterEditorDialog::supporter() const
{
    Supporter s = m_original;
    s.name = m_name->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.pronouns = m_pronouns->text().trimmed();
    s.gender = m_gender->currentData().toString();
    s.specialty = m_specialty->text().trimmed();
    s.practiceSetting = m_practiceSetting->text().trimmed();
    s.region = m_region->text().trimmed();
    s.institutions = csv::splitList(m_institutions->text());
    s.institutions.removeDuplicates();
    s.careerStage = m_careerStage->currentData().toString();
    s.languages = checkedData(m_languageBoxes);
    for (const QString& code : csv::splitList(m_otherLanguages->text()))
        s.languages.append(code.toLower());
    s.languages.removeDuplicates();
    s.modalities = checkedData(m_modalityBoxes);
    s.affinities = checkedData(m_affinityBoxes);
    s.maxActive = m_maxActive->value();
    s.cooldownDays = m_cooldownDays->value();
    if (m_status)
        s.status = m_status->currentData().toString();
    if (m_site)
        s.siteId = m_site->currentData().toLongLong();
    s.availability = m_availability->windows();
    return s;
}

void SupporterEditorDialog::setSites(const QList<Site>& sites)
{
    if (sites.size() < 2 || m_site)
        return;
    m_site = ui::createSiteChooser(this, sites, "siteCombo", false);
    m_site->setCurrentIndex(std::max(0, m_site->findData(m_original.siteId)));
    connect(m_site, &QComboBox::currentIndexChanged, this, &SupporterEditorDialog::revalidate);
    // After the career stage: where they work, before what they speak and offer.
    int row = 0;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    m_form->getWidgetPosition(m_careerStage, &row, &role);
    m_form->insertRow(row + 1, tr("Site:"), m_site);
}

QString SupporterEditorDialog::problem() const
{
    if (auto valid = supporter_rules::validate(supporter(), m_affinityGroups); !valid)
        return valid.error().message;
    return m_availability->problem();
}

void SupporterEditorDialog::revalidate()
{
    if (!m_buttons)
        return; // still building the form
    const QString text = problem();
    if (text.isEmpty())
        m_message->clearMessage();
    else
        m_message->showError(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SupporterEditorDialog::submit()
{
    if (!problem().isEmpty())
        return;
    const Supporter edited = supporter();
    if (m_submit) {
        if (auto done = m_submit(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
    }
    Q_EMIT submitted(edited);
    accept();
}

} // namespace peerdesk
