#include "core/formats/SupporterImporter.h"

#include "core/domain/SupporterRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSet>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SupporterImporter)
};

QString col(const char* name)
{
    return QLatin1String(name);
}

// Lengths match the database's checks or keep the roster readable; the service has the final word.
constexpr int NameMaxLength = 200;
constexpr int ShortTextMaxLength = 100;
constexpr int PronounsMaxLength = 40;
constexpr int InstitutionMaxLength = 200;
constexpr int MaxActiveLimit = 50;

// "Course: 2026-01-15" items, optionally with a refresher date ("Course: 2026-01-15: 2028-01-15"): the training
// a roster brings along. A course name may hold anything but ":" and ";".
QList<TrainingRecord> trainingRecords(import_fields::CsvRowReader& row, const QStringList& items)
{
    QList<TrainingRecord> records;
    bool bad = false;
    for (const QString& item : items) {
        const QStringList parts = item.split(QLatin1Char(':'));
        TrainingRecord record;
        record.course = parts.value(0).trimmed();
        record.completedOn = QDate::fromString(parts.value(1).trimmed(), Qt::ISODate);
        if (parts.size() == 3)
            record.refresherDue = QDate::fromString(parts.value(2).trimmed(), Qt::ISODate);
        const bool valid = (parts.size() == 2 || (parts.size() == 3 && record.refresherDue.isValid()))
            && record.completedOn.isValid() && supporter_rules::validateTraining(record);
        if (valid)
            records.append(record);
        else
            bad = true;
    }
    if (bad)
        row.columnError(col("training"),
                        Text::tr("expected completed courses such as \"Peer support basics: 2026-01-15; Suicide "
                                 "risk: 2025-11-02\" (course, completion date, and optionally a refresher date "
                                 "after another \":\")."));
    return records;
}

} // namespace

QList<CsvColumn> SupporterImporter::columns()
{
    // A column is required when every row needs a value in it: a supporter is someone to reach and to match,
    // so a name, a specialty, a career stage and at least one language. The email or phone is checked per row
    // (at least one of them).
    return {
        { col("name"), true },
        { col("email") },
        { col("phone") },
        { col("specialty"), true },
        { col("career_stage"), true },
        { col("region") },
        { col("institution") },
        { col("languages"), true },
        { col("modalities") },
        { col("affinities") },
        { col("max_active") },
        { col("status") },
        { col("pronouns") },
        { col("gender") },
        { col("practice_setting") },
        { col("availability") },
        { col("training") },
    };
}

SupporterImporter::Parsed SupporterImporter::parse(QIODevice& device, const QStringList& affinityGroups,
                                                   const QStringList& existingEmails,
                                                   const QStringList& requiredCourses)
{
    Parsed parsed;
    CsvReader reader(&device);
    if (reader.readHeader(columns())) {
        const QStringList& header = reader.headerNames();
        const auto hasColumn
            = [&header](const char* name) { return header.contains(QLatin1String(name), Qt::CaseInsensitive); };
        if (!hasColumn("email") && !hasColumn("phone")) {
            reader.addError(0,
                            Text::tr("The file has neither an \"email\" nor a \"phone\" column: every "
                                     "supporter needs a way to be reached."));
        }
    }

    QSet<QString> rosterEmails;
    for (const QString& email : existingEmails) {
        if (!email.isEmpty())
            rosterEmails.insert(email.toCaseFolded());
    }
    QHash<QString, int> fileEmails; // case-folded email -> line of its first row

    while (const auto record = reader.next()) {
        ++parsed.report.rows;
        import_fields::CsvRowReader row(reader, *record);

        Supporter supporter;
        supporter.name = row.text(col("name"), true, NameMaxLength);
        supporter.email = row.email(col("email"));
        supporter.phone = row.phone(col("phone"));
        supporter.specialty = row.text(col("specialty"), true, ShortTextMaxLength);
        supporter.careerStage = row.key(col("career_stage"), Vocab::CareerStage, {}, true);
        supporter.region = row.text(col("region"), false, ShortTextMaxLength);
        supporter.institutions = row.items(col("institution"), InstitutionMaxLength);
        supporter.languages = row.languages(col("languages"), true);
        supporter.modalities = row.keys(col("modalities"), Vocab::Modality, false);
        supporter.affinities = row.listed(col("affinities"), affinityGroups);
        supporter.maxActive = row.integer(col("max_active"), 0, MaxActiveLimit, 2);
        supporter.status = row.key(col("status"), Vocab::SupporterStatus, QStringLiteral("nominated"));
        supporter.pronouns = row.text(col("pronouns"), false, PronounsMaxLength);
        supporter.gender = row.key(col("gender"), Vocab::Gender);
        supporter.practiceSetting = row.text(col("practice_setting"), false, ShortTextMaxLength);
        supporter.availability = row.availability(col("availability"));
        supporter.training = trainingRecords(row, record->list(col("training")));

        if (supporter.email.isEmpty() && supporter.phone.isEmpty()
            && (record->hasColumn(u"email") || record->hasColumn(u"phone")))
            row.rowError(Text::tr("an email or a phone number is required to reach the supporter."));

        // An active supporter is offered for matches at once, so they must be matchable.
        if (supporter.status == QLatin1String("active")) {
            if (supporter.modalities.isEmpty())
                row.columnError(col("modalities"), Text::tr("an active supporter needs at least one modality."));
            if (const QStringList missing = missingCourses(supporter, requiredCourses); !missing.isEmpty())
                row.columnError(col("training"),
                                Text::tr("an active supporter needs the program's required training: %1.")
                                    .arg(missing.join(QStringLiteral("; "))));
        }

        if (!supporter.email.isEmpty()) {
            const QString key = supporter.email.toCaseFolded();
            if (rosterEmails.contains(key)) {
                row.columnError(col("email"),
                                Text::tr("a supporter with this email address is already on the "
                                         "roster."));
            } else if (const auto first = fileEmails.constFind(key); first != fileEmails.constEnd()) {
                row.columnError(col("email"),
                                Text::tr("the same email address is already on line %1 of this file.").arg(*first));
            } else {
                fileEmails.insert(key, record->line());
            }
        }

        // The roster's cross-field rules, once the columns themselves are right (so one mistake is reported
        // once). The service's message names the field, never its content.
        if (!row.hasErrors()) {
            if (auto valid = supporter_rules::validate(supporter, affinityGroups); !valid)
                row.rowError(valid.error().message);
        }
        parsed.supporters.append(std::move(supporter));
    }

    parsed.report.errors = reader.errors();
    parsed.report.warnings = reader.warnings();
    return parsed;
}

} // namespace peerdesk
