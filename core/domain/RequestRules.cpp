#include "core/domain/RequestRules.h"

#include "core/domain/FieldChecks.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestService)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Result<void> checkIdentity(const RequesterIdentity& identity)
{
    if (identity.name.trimmed().isEmpty())
        return invalid(Text::tr("A request needs the person's name, so the supporter knows whom to call."));
    if (identity.email.isEmpty() && identity.phone.isEmpty())
        return invalid(Text::tr("A request needs an email address or a phone number to reach the person."));
    for (const QString* text :
         { &identity.name, &identity.email, &identity.phone, &identity.bestTime, &identity.institution }) {
        if (text->size() > 200)
            return invalid(Text::tr("Name, email, phone, best time and institution can have at most 200 "
                                    "characters."));
    }
    if (auto plain = field_checks::noControlCharacters(
            Text::tr("A name, email, phone, best time or institution"),
            { &identity.name, &identity.email, &identity.phone, &identity.bestTime, &identity.institution });
        !plain)
        return plain;
    if (auto valid = field_checks::email(identity.email); !valid)
        return valid;
    return field_checks::phone(identity.phone);
}

} // namespace

namespace request_rules {

Result<void> validate(const NewRequest& r, const QStringList& affinityGroups, const QDateTime& now)
{
    if (!r.receivedAt.isValid())
        return invalid(Text::tr("A request needs the date and time it was received."));
    if (r.receivedAt > now.addSecs(FutureToleranceSeconds))
        return invalid(Text::tr("A request cannot be received in the future."));
    if (auto channel = field_checks::keys(Vocab::Channel, { r.channel }); !channel)
        return channel;
    if (auto referral = field_checks::keys(Vocab::ReferralType, { r.referralType }); !referral)
        return referral;
    if (auto urgency = field_checks::keys(Vocab::Urgency, { r.urgency }); !urgency)
        return urgency;
    if (auto reasons = field_checks::keys(Vocab::Reason, r.reasons); !reasons)
        return reasons;
    const MatchingProfile& p = r.profile;
    if (!p.careerStage.isEmpty()) {
        if (auto stage = field_checks::keys(Vocab::CareerStage, { p.careerStage }); !stage)
            return stage;
    }
    if (auto modalities = field_checks::keys(Vocab::Modality, p.modalities); !modalities)
        return modalities;
    if (auto preference = field_checks::keys(Vocab::SpecialtyPreference, { p.specialtyPreference }); !preference)
        return preference;
    if (!p.genderPreference.isEmpty()) {
        if (auto gender = field_checks::keys(Vocab::Gender, { p.genderPreference }); !gender)
            return gender;
    }
    if (!p.affinityPreference.isEmpty()) {
        if (auto valid = field_checks::affinity(p.affinityPreference, affinityGroups); !valid)
            return valid;
    }
    if (auto valid = field_checks::languages(p.languages); !valid)
        return valid;
    if (p.specialtyPreference != QLatin1String("any") && p.specialty.trimmed().isEmpty())
        return invalid(Text::tr("A specialty preference of \"same\" or \"different\" needs the person's specialty."));
    for (const QString* text : { &p.specialty, &p.region }) {
        if (text->size() > 100)
            return invalid(Text::tr("Specialty and region can have at most 100 characters."));
    }
    if (auto valid = field_checks::windows(p.availability); !valid)
        return valid;
    return checkIdentity(r.identity);
}

} // namespace request_rules

} // namespace peerdesk
