#include "DomainFixtures.h"

namespace peerdesk::test {

Supporter sampleSupporter(const QString& name, const QString& email)
{
    Supporter s;
    s.name = name;
    s.email = email;
    s.phone = QStringLiteral("613-555-0100");
    s.specialty = QStringLiteral("Family medicine");
    s.region = QStringLiteral("Ottawa");
    s.institutions = { QStringLiteral("Riverside Hospital") };
    s.careerStage = QStringLiteral("mid_career");
    s.languages = { QStringLiteral("en"), QStringLiteral("fr") };
    s.modalities = { QStringLiteral("phone"), QStringLiteral("video") };
    s.maxActive = 2;
    s.status = QStringLiteral("active");
    s.training = { { 0, QStringLiteral("Peer support foundations"), true, QDate(2025, 1, 15), QDate(2027, 1, 15) } };
    return s;
}

NewRequest sampleRequest(const QDateTime& now, const QString& name, const QString& email)
{
    NewRequest r;
    r.receivedAt = now.addSecs(-3600);
    r.channel = QStringLiteral("phone");
    r.referralType = QStringLiteral("self");
    r.reasons = { QStringLiteral("burnout") };
    r.profile.careerStage = QStringLiteral("early_career");
    r.profile.specialty = QStringLiteral("Emergency medicine");
    r.profile.region = QStringLiteral("Ottawa");
    r.profile.languages = { QStringLiteral("en") };
    r.profile.modalities = { QStringLiteral("phone") };
    r.identity.name = name;
    r.identity.email = email;
    r.identity.phone = QStringLiteral("(613) 555-0199");
    r.identity.institution = QStringLiteral("General Hospital");
    r.identity.bestTime = QStringLiteral("weekday evenings");
    return r;
}

} // namespace peerdesk::test
