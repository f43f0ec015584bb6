#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::Vocabulary)
};

} // namespace

QList<Term> Vocabulary::terms(Vocab vocab)
{
    auto t = [](const char* key, QString name) { return Term{ QLatin1String(key), std::move(name) }; };
    switch (vocab) {
    case Vocab::CareerStage:
        return { t("resident", Text::tr("Resident")), t("early_career", Text::tr("Early career")),
                 t("mid_career", Text::tr("Mid-career")), t("late_career", Text::tr("Late career")),
                 t("retired", Text::tr("Retired")) };
    case Vocab::Modality:
        return { t("in_person", Text::tr("In person")), t("phone", Text::tr("Phone")), t("video", Text::tr("Video")) };
    case Vocab::SupporterStatus:
        return { t("nominated", Text::tr("Nominated")), t("in_training", Text::tr("In training")),
                 t("active", Text::tr("Active")), t("paused", Text::tr("Paused")), t("retired", Text::tr("Retired")) };
    case Vocab::Channel:
        return { t("phone", Text::tr("Phone")), t("email", Text::tr("Email")), t("web_form", Text::tr("Web form")),
                 t("in_person", Text::tr("In person")), t("referral", Text::tr("Referral")) };
    case Vocab::ReferralType:
        return { t("self", Text::tr("Self")), t("colleague", Text::tr("Colleague")) };
    case Vocab::Reason:
        return { t("adverse_event", Text::tr("Adverse clinical event")),
                 t("complaint", Text::tr("Patient or college complaint")),
                 t("conflict", Text::tr("Interpersonal conflict")),
                 t("life_stressor", Text::tr("Acute life stressor")),
                 t("discrimination", Text::tr("Discrimination")),
                 t("burnout", Text::tr("Burnout or moral injury")),
                 t("change_at_work", Text::tr("Change at work")),
                 t("work_life_balance", Text::tr("Work-life balance")),
                 t("other", Text::tr("Other")) };
    case Vocab::Urgency:
        return { t("routine", Text::tr("Routine")), t("priority", Text::tr("Priority")) };
    case Vocab::SpecialtyPreference:
        return { t("same", Text::tr("Same specialty")), t("different", Text::tr("Different specialty")),
                 t("any", Text::tr("Any specialty")) };
    case Vocab::Gender:
        return { t("woman", Text::tr("Woman")), t("man", Text::tr("Man")), t("non_binary", Text::tr("Non-binary")) };
    case Vocab::EscalationAction:
        return { t("crisis_resources_given", Text::tr("Crisis resources given")),
                 t("emergency_services_called", Text::tr("Emergency services called")),
                 t("physician_health_program", Text::tr("Referred to the physician health program")),
                 t("clinical_care_arranged", Text::tr("Clinical care arranged")),
                 t("other", Text::tr("Other action")) };
    case Vocab::ConversationStatus:
        return { t("scheduled", Text::tr("Scheduled")), t("held", Text::tr("Held")),
                 t("cancelled", Text::tr("Cancelled")), t("no_show", Text::tr("No-show")) };
    case Vocab::OccurrenceStatus:
        return { t("scheduled", Text::tr("Scheduled")), t("held", Text::tr("Held")),
                 t("cancelled", Text::tr("Cancelled")) };
    case Vocab::DebriefKind:
        return { t("debrief", Text::tr("Debrief")), t("supervision", Text::tr("Supervision")) };
    case Vocab::Province:
        return { t("AB", Text::tr("Alberta")),
                 t("BC", Text::tr("British Columbia")),
                 t("MB", Text::tr("Manitoba")),
                 t("NB", Text::tr("New Brunswick")),
                 t("NL", Text::tr("Newfoundland and Labrador")),
                 t("NS", Text::tr("Nova Scotia")),
                 t("NT", Text::tr("Northwest Territories")),
                 t("NU", Text::tr("Nunavut")),
                 t("ON", Text::tr("Ontario")),
                 t("PE", Text::tr("Prince Edward Island")),
                 t("QC", Text::tr("Quebec")),
                 t("SK", Text::tr("Saskatchewan")),
                 t("YT", Text::tr("Yukon")) };
    }
    return {};
}

QStringList Vocabulary::keys(Vocab vocab)
{
    // Keys do not depend on the language, so they are read once: terms() translates every name on each call,
    // and match ranking asks for keys once per supporter (docs/performance.md).
    constexpr int Count = int(Vocab::Province) + 1;
    static const std::array<QStringList, Count> all = [] {
        std::array<QStringList, Count> lists;
        for (int v = 0; v < Count; ++v) {
            for (const Term& term : terms(Vocab(v)))
                lists[std::size_t(v)].append(term.key);
        }
        return lists;
    }();
    return all[std::size_t(vocab)];
}

bool Vocabulary::contains(Vocab vocab, const QString& key)
{
    return indexOf(vocab, key) >= 0;
}

int Vocabulary::indexOf(Vocab vocab, const QString& key)
{
    return static_cast<int>(keys(vocab).indexOf(key));
}

QString Vocabulary::displayName(Vocab vocab, const QString& key)
{
    for (const Term& term : terms(vocab)) {
        if (term.key == key)
            return term.name;
    }
    return key;
}

QString Vocabulary::fieldName(Vocab vocab)
{
    switch (vocab) {
    case Vocab::CareerStage:
        return Text::tr("career stage");
    case Vocab::Modality:
        return Text::tr("modality");
    case Vocab::SupporterStatus:
        return Text::tr("supporter status");
    case Vocab::Channel:
        return Text::tr("channel");
    case Vocab::ReferralType:
        return Text::tr("referral type");
    case Vocab::Reason:
        return Text::tr("reason");
    case Vocab::Urgency:
        return Text::tr("urgency");
    case Vocab::SpecialtyPreference:
        return Text::tr("specialty preference");
    case Vocab::Gender:
        return Text::tr("gender");
    case Vocab::EscalationAction:
        return Text::tr("escalation action");
    case Vocab::ConversationStatus:
        return Text::tr("conversation status");
    case Vocab::OccurrenceStatus:
        return Text::tr("group session status");
    case Vocab::DebriefKind:
        return Text::tr("debrief kind");
    case Vocab::Province:
        return Text::tr("province or territory");
    }
    return {};
}

namespace language {

bool isValidCode(const QString& code)
{
    if (code.size() != 2 || code != code.toLower())
        return false;
    return QLocale::codeToLanguage(code, QLocale::ISO639Part1) != QLocale::AnyLanguage;
}

QString displayName(const QString& code)
{
    // The program's two interface languages and the ones most often offered by Canadian programs are named
    // in the interface language; others fall back to Qt's English name.
    if (code == QLatin1String("en"))
        return Text::tr("English");
    if (code == QLatin1String("fr"))
        return Text::tr("French");
    if (code == QLatin1String("es"))
        return Text::tr("Spanish");
    if (code == QLatin1String("zh"))
        return Text::tr("Chinese");
    if (code == QLatin1String("pa"))
        return Text::tr("Punjabi");
    if (code == QLatin1String("ar"))
        return Text::tr("Arabic");
    const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
    return language == QLocale::AnyLanguage ? code : QLocale::languageToString(language);
}

} // namespace language

} // namespace peerdesk
