#include "ui/dialogs/ConflictText.h"

#include "core/services/RequestService.h"

#include <QCoreApplication>
#include <QLocale>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ConflictText)
};

// The same value as a person sees it: a list of categories in whatever order (the database and the form order them
// differently).
template <typename T> bool same(const T& a, const T& b)
{
    return a == b;
}

bool same(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

// Appends label when the two values differ.
class FieldDiff
{
public:
    template <typename T> void compare(const T& before, const T& now, const QString& label)
    {
        if (!same(before, now) && !m_fields.contains(label))
            m_fields << label;
    }
    QStringList fields() const { return m_fields; }

private:
    QStringList m_fields;
};

} // namespace

QString changedBySomeoneElse(const QStringList& fields)
{
    const QString what = fields.isEmpty() ? Text::tr("nothing this form shows (another part of the record)")
                                          : QLocale().createSeparatedList(fields);
    return Text::tr("Changed by someone else — reloaded. They changed: %1. What you typed is still here, their change "
                    "wherever you typed nothing: check it, then press OK to apply yours over it.")
        .arg(what);
}

QStringList changedFields(const RequestEdit& before, const RequestEdit& now)
{
    FieldDiff diff;
    diff.compare(before.channel, now.channel, Text::tr("channel"));
    diff.compare(before.urgency, now.urgency, Text::tr("urgency"));
    diff.compare(before.reasons, now.reasons, Text::tr("reasons"));
    const MatchingProfile& a = before.profile;
    const MatchingProfile& b = now.profile;
    diff.compare(a.careerStage, b.careerStage, Text::tr("career stage"));
    diff.compare(a.specialty, b.specialty, Text::tr("specialty"));
    diff.compare(a.region, b.region, Text::tr("region"));
    diff.compare(a.languages, b.languages, Text::tr("languages"));
    diff.compare(a.modalities, b.modalities, Text::tr("modalities"));
    diff.compare(a.specialtyPreference, b.specialtyPreference, Text::tr("preferences"));
    diff.compare(a.affinityPreference, b.affinityPreference, Text::tr("preferences"));
    diff.compare(a.genderPreference, b.genderPreference, Text::tr("preferences"));
    diff.compare(a.allowSameInstitution, b.allowSameInstitution, Text::tr("preferences"));
    diff.compare(a.availability, b.availability, Text::tr("availability"));
    const RequesterIdentity& x = before.identity;
    const RequesterIdentity& y = now.identity;
    diff.compare(x.name, y.name, Text::tr("name"));
    diff.compare(x.email, y.email, Text::tr("email"));
    diff.compare(x.phone, y.phone, Text::tr("phone"));
    diff.compare(x.bestTime, y.bestTime, Text::tr("best time to reach"));
    diff.compare(x.institution, y.institution, Text::tr("institution"));
    return diff.fields();
}

namespace {

template <typename T> void take(T& merged, const T& base, const T& typed, const T& now)
{
    merged = same(typed, base) ? now : typed;
}

} // namespace

RequestEdit mergedEdit(const RequestEdit& base, const RequestEdit& typed, const RequestEdit& now)
{
    RequestEdit m;
    take(m.channel, base.channel, typed.channel, now.channel);
    take(m.urgency, base.urgency, typed.urgency, now.urgency);
    take(m.reasons, base.reasons, typed.reasons, now.reasons);
    const MatchingProfile& b = base.profile;
    const MatchingProfile& t = typed.profile;
    const MatchingProfile& n = now.profile;
    take(m.profile.careerStage, b.careerStage, t.careerStage, n.careerStage);
    take(m.profile.specialty, b.specialty, t.specialty, n.specialty);
    take(m.profile.region, b.region, t.region, n.region);
    take(m.profile.languages, b.languages, t.languages, n.languages);
    take(m.profile.modalities, b.modalities, t.modalities, n.modalities);
    take(m.profile.specialtyPreference, b.specialtyPreference, t.specialtyPreference, n.specialtyPreference);
    take(m.profile.affinityPreference, b.affinityPreference, t.affinityPreference, n.affinityPreference);
    take(m.profile.genderPreference, b.genderPreference, t.genderPreference, n.genderPreference);
    take(m.profile.allowSameInstitution, b.allowSameInstitution, t.allowSameInstitution, n.allowSameInstitution);
    take(m.profile.availability, b.availability, t.availability, n.availability);
    const RequesterIdentity& bi = base.identity;
    const RequesterIdentity& ti = typed.identity;
    const RequesterIdentity& ni = now.identity;
    take(m.identity.name, bi.name, ti.name, ni.name);
    take(m.identity.email, bi.email, ti.email, ni.email);
    take(m.identity.phone, bi.phone, ti.phone, ni.phone);
    take(m.identity.bestTime, bi.bestTime, ti.bestTime, ni.bestTime);
    take(m.identity.institution, bi.institution, ti.institution, ni.institution);
    return m;
}

Supporter mergedSupporter(const Supporter& base, const Supporter& typed, const Supporter& now)
{
    Supporter m = now;
    take(m.name, base.name, typed.name, now.name);
    take(m.email, base.email, typed.email, now.email);
    take(m.phone, base.phone, typed.phone, now.phone);
    take(m.pronouns, base.pronouns, typed.pronouns, now.pronouns);
    take(m.gender, base.gender, typed.gender, now.gender);
    take(m.specialty, base.specialty, typed.specialty, now.specialty);
    take(m.practiceSetting, base.practiceSetting, typed.practiceSetting, now.practiceSetting);
    take(m.region, base.region, typed.region, now.region);
    take(m.institutions, base.institutions, typed.institutions, now.institutions);
    take(m.careerStage, base.careerStage, typed.careerStage, now.careerStage);
    take(m.languages, base.languages, typed.languages, now.languages);
    take(m.modalities, base.modalities, typed.modalities, now.modalities);
    take(m.affinities, base.affinities, typed.affinities, now.affinities);
    take(m.maxActive, base.maxActive, typed.maxActive, now.maxActive);
    take(m.cooldownDays, base.cooldownDays, typed.cooldownDays, now.cooldownDays);
    take(m.availability, base.availability, typed.availability, now.availability);
    return m;
}

PeerGroup mergedGroup(const PeerGroup& base, const PeerGroup& typed, const PeerGroup& now)
{
    PeerGroup m = now;
    take(m.name, base.name, typed.name, now.name);
    take(m.modality, base.modality, typed.modality, now.modality);
    take(m.recurrence, base.recurrence, typed.recurrence, now.recurrence);
    take(m.startMinute, base.startMinute, typed.startMinute, now.startMinute);
    take(m.durationMinutes, base.durationMinutes, typed.durationMinutes, now.durationMinutes);
    take(m.firstDate, base.firstDate, typed.firstDate, now.firstDate);
    take(m.lastDate, base.lastDate, typed.lastDate, now.lastDate);
    take(m.skipHolidays, base.skipHolidays, typed.skipHolidays, now.skipHolidays);
    take(m.enrolment, base.enrolment, typed.enrolment, now.enrolment);
    take(m.resources, base.resources, typed.resources, now.resources);
    take(m.capacity, base.capacity, typed.capacity, now.capacity);
    take(m.maxFacilitators, base.maxFacilitators, typed.maxFacilitators, now.maxFacilitators);
    take(m.facilitatorIds, base.facilitatorIds, typed.facilitatorIds, now.facilitatorIds);
    return m;
}

QStringList changedFields(const Supporter& before, const Supporter& now)
{
    FieldDiff diff;
    diff.compare(before.name, now.name, Text::tr("name"));
    diff.compare(before.email, now.email, Text::tr("email"));
    diff.compare(before.phone, now.phone, Text::tr("phone"));
    diff.compare(before.pronouns, now.pronouns, Text::tr("pronouns"));
    diff.compare(before.gender, now.gender, Text::tr("gender"));
    diff.compare(before.specialty, now.specialty, Text::tr("specialty"));
    diff.compare(before.practiceSetting, now.practiceSetting, Text::tr("practice setting"));
    diff.compare(before.region, now.region, Text::tr("region"));
    diff.compare(before.institutions, now.institutions, Text::tr("institutions"));
    diff.compare(before.careerStage, now.careerStage, Text::tr("career stage"));
    diff.compare(before.languages, now.languages, Text::tr("languages"));
    diff.compare(before.modalities, now.modalities, Text::tr("modalities"));
    diff.compare(before.affinities, now.affinities, Text::tr("affinity groups"));
    diff.compare(before.maxActive, now.maxActive, Text::tr("places"));
    diff.compare(before.cooldownDays, now.cooldownDays, Text::tr("rest after a difficult match"));
    diff.compare(before.availability, now.availability, Text::tr("availability"));
    diff.compare(before.status, now.status, Text::tr("status"));
    diff.compare(before.pausedUntil, now.pausedUntil, Text::tr("pause"));
    return diff.fields();
}

QStringList changedFields(const PeerGroup& before, const PeerGroup& now)
{
    FieldDiff diff;
    diff.compare(before.name, now.name, Text::tr("name"));
    diff.compare(before.modality, now.modality, Text::tr("modality"));
    diff.compare(before.recurrence, now.recurrence, Text::tr("when it meets"));
    diff.compare(before.startMinute, now.startMinute, Text::tr("when it meets"));
    diff.compare(before.durationMinutes, now.durationMinutes, Text::tr("when it meets"));
    diff.compare(before.firstDate, now.firstDate, Text::tr("dates"));
    diff.compare(before.lastDate, now.lastDate, Text::tr("dates"));
    diff.compare(before.skipHolidays, now.skipHolidays, Text::tr("holidays"));
    diff.compare(before.enrolment, now.enrolment, Text::tr("enrolment"));
    diff.compare(before.resources, now.resources, Text::tr("resources for participants"));
    diff.compare(before.capacity, now.capacity, Text::tr("capacity"));
    diff.compare(before.maxFacilitators, now.maxFacilitators, Text::tr("facilitators"));
    diff.compare(before.facilitatorIds, now.facilitatorIds, Text::tr("facilitators"));
    diff.compare(before.active, now.active, Text::tr("whether it meets"));
    return diff.fields();
}

} // namespace peerdesk
