#include "core/services/HandOff.h"

#include "core/domain/ReferenceCode.h"
#include "core/domain/Vocabulary.h"
#include "core/services/MatchingService.h"
#include "core/services/Permissions.h"
#include "core/services/RequestService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::HandOff)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

QString names(Vocab vocab, const QStringList& keys)
{
    QStringList shown;
    for (const QString& key : keys)
        shown.append(Vocabulary::displayName(vocab, key));
    return shown.join(QStringLiteral(", "));
}

QString languageNames(const QStringList& codes)
{
    QStringList shown;
    for (const QString& code : codes)
        shown.append(language::displayName(code));
    return shown.join(QStringLiteral(", "));
}

// The modalities the conversation can use: the ones the requester asked for that the supporter offers, or the
// supporter's when the requester had no preference.
QStringList sharedModalities(const MatchingProfile& profile, const Supporter& supporter)
{
    if (profile.modalities.isEmpty())
        return supporter.modalities;
    QStringList shared;
    for (const QString& modality : profile.modalities) {
        if (supporter.modalities.contains(modality))
            shared.append(modality);
    }
    return shared;
}

void addLine(QStringList& lines, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        lines.append(Text::tr("%1: %2").arg(label, value.trimmed()));
}

} // namespace

QString HandOff::referenceCode(qint64 requestId)
{
    return requestReference(requestId);
}

QString HandOff::firstName(const QString& fullName)
{
    static const QRegularExpression title(QStringLiteral("^(dr|dre|doctor|docteur|docteure|prof|professor)\\.?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!title.match(word).hasMatch())
            return word;
    }
    return {};
}

Introduction HandOff::compose(const SupportRequest& request, const Supporter& supporter, bool includeReasons,
                              const QDate& contactBy, const QDate& today)
{
    const RequesterIdentity& who = request.identity;
    const MatchingProfile& profile = request.profile;
    Introduction result;
    result.recipient = supporter.email.trimmed();
    result.subject = Text::tr("PeerDesk request %1").arg(referenceCode(request.id));

    QStringList lines;
    const QString supporterFirstName = firstName(supporter.name);
    lines.append(supporterFirstName.isEmpty() ? Text::tr("Hello,") : Text::tr("Hello %1,").arg(supporterFirstName));
    lines.append(QString());
    lines.append(Text::tr("Thank you for supporting a colleague. Here is what you need to reach them (PeerDesk "
                          "request %1).")
                     .arg(referenceCode(request.id)));
    lines.append(QString());
    addLine(lines, Text::tr("First name"), firstName(who.name));
    addLine(lines, Text::tr("Email"), who.email);
    addLine(lines, Text::tr("Phone"), who.phone);
    addLine(lines, Text::tr("Best time to reach them"), who.bestTime);
    addLine(lines, Text::tr("Languages"), languageNames(profile.languages));
    addLine(lines, Text::tr("Preferred modalities"), names(Vocab::Modality, profile.modalities));
    addLine(lines, Text::tr("Modality"), names(Vocab::Modality, sharedModalities(profile, supporter)));
    if (!profile.specialtyPreference.isEmpty() && profile.specialtyPreference != QLatin1String("any")) {
        addLine(lines, Text::tr("Specialty preference"),
                Vocabulary::displayName(Vocab::SpecialtyPreference, profile.specialtyPreference));
    }
    if (!profile.genderPreference.isEmpty()) {
        addLine(lines, Text::tr("Preferred gender of the supporter"),
                Vocabulary::displayName(Vocab::Gender, profile.genderPreference));
    }
    if (includeReasons)
        addLine(lines, Text::tr("What they would like to talk about"), names(Vocab::Reason, request.reasons));
    if (contactBy.isValid()) {
        // The weekday and the date in the message's language, without the year: "Thursday 3 December".
        const QString date = QLocale().toString(
            contactBy, Text::tr("dddd d MMMM", "date format of the contact target in an introduction"));
        lines.append(QString());
        lines.append(!today.isValid() || contactBy >= today
                         ? Text::tr("Please reach them by %1: the program promises a first contact by then.").arg(date)
                         : Text::tr("Please reach them as soon as you can: the program promised a first contact by "
                                    "%1.")
                               .arg(date));
    }
    lines.append(QString());
    lines.append(Text::tr("Please keep this message confidential, and delete it once you have made contact."));
    result.body = lines.join(QLatin1Char('\n'));
    return result;
}

QUrl HandOff::mailtoUrl(const Introduction& introduction)
{
    // RFC 6068: the address and each header value percent-encoded as UTF-8, line breaks in the body as CRLF.
    // "@" stays literal in the address; nothing else is left unencoded.
    QString body = introduction.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(introduction.recipient, "@");
    encoded += "?subject=" + QUrl::toPercentEncoding(introduction.subject);
    encoded += "&body=" + QUrl::toPercentEncoding(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

Result<Introduction> HandOff::introduction(qint64 requestId, bool includeReasons)
{
    if (auto allowed = requireCoordination(m_session); !allowed)
        return allowed.error();
    // The introduction shows the requester's first name and contact details: a view of their identity.
    auto request = RequestService(m_session).view(requestId);
    if (!request)
        return request.error();
    if (request->identityPurgedAt.isValid())
        return invalid(Text::tr("Request #%1 no longer holds contact details: they were purged.").arg(requestId));
    auto match = MatchingService(m_session).liveMatch(requestId);
    if (!match)
        return match.error();
    if (!match->has_value())
        return invalid(Text::tr("Request #%1 has no supporter yet: confirm a match first.").arg(requestId));
    auto supporter = SupporterService(m_session).get((*match)->supporterId);
    if (!supporter)
        return supporter.error();
    QDate contactBy;
    if (!request->firstContactAt.isValid() && request->contactClockStart().isValid()) {
        auto target = RequestService(m_session).contactTarget();
        if (!target)
            return target.error();
        contactBy = target->dueDate(request->contactClockStart());
    }
    return compose(*request, *supporter, includeReasons, contactBy, m_session.clock().todayLocal());
}

} // namespace peerdesk
