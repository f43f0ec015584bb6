#include "core/formats/RequestImporter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::RequestImporter)
};

QString col(const char* name)
{
    return QLatin1String(name);
}

constexpr int NameMaxLength = 200;
constexpr int ShortTextMaxLength = 100;
constexpr int InstitutionMaxLength = 200;
constexpr int BestTimeMaxLength = 200;

} // namespace

QList<CsvColumn> RequestImporter::columns()
{
    // A column is required when every row needs a value in it: when and how the request arrived (the contact
    // target and the statistics count from them) and whom the supporter will call. The person's email or
    // phone is checked per row (at least one of them). The matching profile may be partial at intake.
    return {
        { col("received_at"), true },
        { col("channel"), true },
        { col("referral_type") },
        { col("consent_confirmed") },
        { col("name"), true },
        { col("email") },
        { col("phone") },
        { col("career_stage") },
        { col("specialty") },
        { col("region") },
        { col("institution") },
        { col("languages") },
        { col("modalities") },
        { col("reasons") },
        { col("specialty_preference") },
        { col("affinity_preference") },
        { col("urgency") },
        { col("best_time") },
        { col("gender_preference") },
        { col("availability") },
        { col("allow_same_institution") },
    };
}

std::optional<QDateTime> RequestImporter::parseReceivedAt(const QString& text)
{
    // A date alone (what a spreadsheet usually holds) stands for the start of that day in the program's time zone:
    // never later than the real arrival, and the contact target counts from the receipt day, not its hour, so the
    // due date is the one the real time would give.
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return day.startOfDay().toUTC();
    }
    if (text.size() < 16 || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return std::nullopt;
    QString normalised = text;
    normalised[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

RequestImporter::Parsed RequestImporter::parse(QIODevice& device, const QStringList& affinityGroups,
                                               const QDateTime& now)
{
    Parsed parsed;
    CsvReader reader(&device);
    if (reader.readHeader(columns())) {
        const QStringList& header = reader.headerNames();
        if (!header.contains(col("email"), Qt::CaseInsensitive) && !header.contains(col("phone"), Qt::CaseInsensitive))
            reader.addError(0,
                            Text::tr("The file has neither an \"email\" nor a \"phone\" column: the program "
                                     "needs a way to reach each person."));
    }

    while (const auto record = reader.next()) {
        ++parsed.report.rows;
        import_fields::CsvRowReader row(reader, *record);
        NewRequest request;

        const QString receivedText = record->value(col("received_at"));
        if (receivedText.isEmpty()) {
            row.columnError(col("received_at"),
                            Text::tr("a value is required: the date and time the request "
                                     "arrived, such as 2025-03-14T09:30."));
        } else if (const auto receivedAt = parseReceivedAt(receivedText)) {
            request.receivedAt = *receivedAt;
            if (*receivedAt > now)
                row.columnError(col("received_at"), Text::tr("the date and time is in the future."));
        } else {
            row.columnError(col("received_at"),
                            Text::tr("expected a date and time such as 2025-03-14T09:30 or 2025-03-14 09:30 "
                                     "(program time), 2025-03-14T09:30-04:00, or a date alone such as 2025-03-14; "
                                     "a local time skipped by a daylight saving change does not exist."));
        }
        request.channel = row.key(col("channel"), Vocab::Channel, {}, true);
        request.referralType = row.key(col("referral_type"), Vocab::ReferralType, QStringLiteral("self"));
        request.consentConfirmed = row.boolean(col("consent_confirmed"), false);
        request.urgency = row.key(col("urgency"), Vocab::Urgency, QStringLiteral("routine"));
        request.reasons = row.keys(col("reasons"), Vocab::Reason, false);

        request.identity.name = row.text(col("name"), true, NameMaxLength);
        request.identity.email = row.email(col("email"));
        request.identity.phone = row.phone(col("phone"));
        request.identity.bestTime = row.text(col("best_time"), false, BestTimeMaxLength);
        request.identity.institution = row.text(col("institution"), false, InstitutionMaxLength);
        if (request.identity.email.isEmpty() && request.identity.phone.isEmpty()
            && (record->hasColumn(u"email") || record->hasColumn(u"phone")))
            row.rowError(Text::tr("an email or a phone number is required to reach the person."));

        MatchingProfile& profile = request.profile;
        profile.careerStage = row.key(col("career_stage"), Vocab::CareerStage);
        profile.specialty = row.text(col("specialty"), false, ShortTextMaxLength);
        profile.region = row.text(col("region"), false, ShortTextMaxLength);
        profile.languages = row.languages(col("languages"), false);
        profile.modalities = row.keys(col("modalities"), Vocab::Modality, false);
        profile.specialtyPreference
            = row.key(col("specialty_preference"), Vocab::SpecialtyPreference, QStringLiteral("any"));
        profile.affinityPreference = row.oneListed(col("affinity_preference"), affinityGroups);
        profile.genderPreference = row.key(col("gender_preference"), Vocab::Gender);
        profile.allowSameInstitution = row.boolean(col("allow_same_institution"), false);
        profile.availability = row.availability(col("availability"));

        if (!row.hasErrors()) {
            if (auto valid = request_rules::validate(request, affinityGroups, now); !valid)
                row.rowError(valid.error().message);
        }
        parsed.requests.append(std::move(request));
    }

    parsed.report.errors = reader.errors();
    parsed.report.warnings = reader.warnings();
    return parsed;
}

} // namespace peerdesk
