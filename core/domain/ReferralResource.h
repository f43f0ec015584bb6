#pragma once

#include "core/domain/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace peerdesk {

// A service the program refers physicians to (the `resources` setting), with the requests it is meant for.
// Written in the setting as its name, optionally followed by scope tags in brackets:
//   "Resident wellness program [career_stage=resident, region=BC]"
// A tag repeated gives alternatives ("region=BC, region=YT"). A resource without tags fits everyone. Its name is
// program data, never a person's: it is what a referral given records and what the statistics count.
struct ReferralResource
{
    QString name;
    QStringList regions; // compared without case; empty: any region
    QStringList careerStages; // Vocab::CareerStage keys; empty: any career stage

    bool isScoped() const { return !regions.isEmpty() || !careerStages.isEmpty(); }
    // Every scope the resource names holds the request's value. A value the request does not give fits no scope.
    bool fits(const MatchingProfile& profile) const;
    // The setting's form: the name, then the tags in a fixed order.
    QString text() const;

    // One item of the setting; nullopt with *problem set (translated) when its tags cannot be read.
    static std::optional<ReferralResource> parse(const QString& item, QString* problem = nullptr);
    // Every item of the setting that can be read, in its order.
    static QList<ReferralResource> parseAll(const QStringList& items);
    // The names to offer for this request: the scoped resources that fit it, then the general ones, then those
    // meant for others (a Toronto physician is not offered the UBC resident program first), each in setting order.
    static QStringList namesFor(const QList<ReferralResource>& resources, const MatchingProfile& profile);
    static QStringList names(const QList<ReferralResource>& resources);
};

} // namespace peerdesk
