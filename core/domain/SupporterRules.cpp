#include "core/domain/SupporterRules.h"

#include "core/domain/FieldChecks.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SupporterService)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

namespace supporter_rules {

Result<void> validate(const Supporter& s, const QStringList& affinityGroups)
{
    if (s.name.trimmed().isEmpty())
        return invalid(Text::tr("A supporter needs a name."));
    if (s.name.size() > 200)
        return invalid(Text::tr("A name can have at most 200 characters."));
    if (s.email.isEmpty() && s.phone.isEmpty())
        return invalid(Text::tr("A supporter needs an email address or a phone number."));
    if (auto plain = field_checks::noControlCharacters(Text::tr("A name, email, phone or pronouns"),
                                                       { &s.name, &s.email, &s.phone, &s.pronouns });
        !plain)
        return plain;
    if (auto valid = field_checks::email(s.email); !valid)
        return valid;
    if (auto valid = field_checks::phone(s.phone); !valid)
        return valid;
    if (s.specialty.trimmed().isEmpty())
        return invalid(Text::tr("A supporter needs a specialty."));
    for (const QString* text : { &s.specialty, &s.practiceSetting, &s.region, &s.pronouns }) {
        if (text->size() > 100)
            return invalid(Text::tr("Specialty, practice setting, region and pronouns can have at most 100 "
                                    "characters."));
    }
    for (const QString& institution : s.institutions) {
        if (institution.size() > 200)
            return invalid(Text::tr("An institution can have at most 200 characters."));
    }
    if (auto stage = field_checks::keys(Vocab::CareerStage, { s.careerStage }); !stage)
        return stage;
    if (auto status = field_checks::keys(Vocab::SupporterStatus, { s.status }); !status)
        return status;
    if (!s.gender.isEmpty()) {
        if (auto gender = field_checks::keys(Vocab::Gender, { s.gender }); !gender)
            return gender;
    }
    if (auto modalities = field_checks::keys(Vocab::Modality, s.modalities); !modalities)
        return modalities;
    if (s.languages.isEmpty())
        return invalid(Text::tr("A supporter needs at least one language."));
    if (auto valid = field_checks::languages(s.languages); !valid)
        return valid;
    for (const QString& group : s.affinities) {
        if (auto valid = field_checks::affinity(group, affinityGroups); !valid)
            return valid;
    }
    if (s.maxActive < 0 || s.maxActive > 50)
        return invalid(Text::tr("The capacity (max_active) must be from 0 to 50."));
    if (s.cooldownDays < 0 || s.cooldownDays > 365)
        return invalid(Text::tr("The cooldown must be from 0 to 365 days."));
    if (auto valid = field_checks::windows(s.availability); !valid)
        return valid;
    for (const TrainingRecord& record : s.training) {
        if (auto valid = validateTraining(record); !valid)
            return valid;
    }
    return {};
}

Result<void> validateTraining(const TrainingRecord& record)
{
    if (record.course.trimmed().isEmpty() || record.course.size() > 100 || !record.completedOn.isValid())
        return invalid(Text::tr("A training record needs a course name and a completion date."));
    if (record.refresherDue.isValid() && record.refresherDue < record.completedOn)
        return invalid(Text::tr("A refresher cannot be due before the course was completed."));
    return {};
}

} // namespace supporter_rules

} // namespace peerdesk
