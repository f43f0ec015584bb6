#include "core/domain/ReferralResource.h"

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::ReferralResource)
};

constexpr auto RegionTag = "region";
constexpr auto CareerStageTag = "career_stage";

} // namespace

bool ReferralResource::fits(const MatchingProfile& profile) const
{
    if (!regions.isEmpty() && !regions.contains(profile.region.trimmed(), Qt::CaseInsensitive))
        return false;
    return careerStages.isEmpty() || careerStages.contains(profile.careerStage);
}

QString ReferralResource::text() const
{
    QStringList tags;
    for (const QString& stage : careerStages)
        tags << QLatin1String(CareerStageTag) + QLatin1Char('=') + stage;
    for (const QString& region : regions)
        tags << QLatin1String(RegionTag) + QLatin1Char('=') + region;
    return tags.isEmpty() ? name : name + QStringLiteral(" [") + tags.join(QStringLiteral(", ")) + QLatin1Char(']');
}

std::optional<ReferralResource> ReferralResource::parse(const QString& item, QString* problem)
{
    auto fail = [problem](const QString& why) -> std::optional<ReferralResource> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    ReferralResource resource;
    const QString trimmed = item.trimmed();
    const qsizetype open = trimmed.indexOf(QLatin1Char('['));
    resource.name = (open < 0 ? trimmed : trimmed.left(open)).trimmed();
    if (resource.name.isEmpty())
        return fail(Text::tr("A resource needs a name before its tags: \"%1\".").arg(trimmed));
    if (resource.name.contains(QLatin1Char(']')))
        return fail(Text::tr("\"%1\" has a \"]\" without its \"[\".").arg(trimmed));
    if (open < 0)
        return resource;
    if (!trimmed.endsWith(QLatin1Char(']')) || trimmed.indexOf(QLatin1Char('['), open + 1) >= 0)
        return fail(Text::tr("The tags of \"%1\" go in one pair of brackets at its end.").arg(resource.name));
    const QString tags = trimmed.mid(open + 1, trimmed.size() - open - 2);
    for (const QString& rawTag : tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = rawTag.trimmed();
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        const QString key = tag.left(equals).trimmed();
        const QString value = equals < 0 ? QString() : tag.mid(equals + 1).trimmed();
        if (equals < 0 || value.isEmpty())
            return fail(Text::tr("The tag \"%1\" of \"%2\" is not written key=value (region=BC, "
                                 "career_stage=resident).")
                            .arg(tag, resource.name));
        if (key == QLatin1String(RegionTag)) {
            if (!resource.regions.contains(value, Qt::CaseInsensitive))
                resource.regions << value;
        } else if (key == QLatin1String(CareerStageTag)) {
            if (!Vocabulary::keys(Vocab::CareerStage).contains(value))
                return fail(
                    Text::tr("\"%1\" of \"%2\" is not a career stage; use one of: %3.")
                        .arg(value, resource.name, Vocabulary::keys(Vocab::CareerStage).join(QStringLiteral(", "))));
            if (!resource.careerStages.contains(value))
                resource.careerStages << value;
        } else {
            return fail(Text::tr("A resource's tags are region and career_stage, not \"%1\".").arg(key));
        }
    }
    return resource;
}

QList<ReferralResource> ReferralResource::parseAll(const QStringList& items)
{
    QList<ReferralResource> resources;
    for (const QString& item : items) {
        if (auto resource = parse(item))
            resources << *resource;
    }
    return resources;
}

QStringList ReferralResource::namesFor(const QList<ReferralResource>& resources, const MatchingProfile& profile)
{
    QStringList fitting, general, others;
    for (const ReferralResource& resource : resources) {
        if (!resource.isScoped())
            general << resource.name;
        else if (resource.fits(profile))
            fitting << resource.name;
        else
            others << resource.name;
    }
    return fitting + general + others;
}

QStringList ReferralResource::names(const QList<ReferralResource>& resources)
{
    QStringList all;
    for (const ReferralResource& resource : resources)
        all << resource.name;
    return all;
}

} // namespace peerdesk
