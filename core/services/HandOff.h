#pragma once

#include "core/Result.h"
#include "core/domain/Request.h"
#include "core/domain/Supporter.h"

#include <QDate>
#include <QString>
#include <QUrl>

namespace peerdesk {

class VaultSession;

// The message that introduces a requester to their supporter.
struct Introduction
{
    QString recipient; // the supporter's email address; empty when the roster has none
    QString subject; // a reference code only, never a name
    QString body; // translated; lines separated by "\n"
};

// Builds the introduction a coordinator sends to the supporter of a match. It carries only what the supporter
// needs to reach the person: their first name, how and when to reach them, their preferences and the modality.
// Never the surname, institution, region, escalations or urgency; the reasons for the request only when the
// requester agreed to share them.
class HandOff final
{
public:
    explicit HandOff(VaultSession& session) : m_session(session) { }

    // The introduction for the request's proposed or accepted supporter. Coordination roles only; InvalidInput
    // when the request has no supporter yet or its identity was purged.
    Result<Introduction> introduction(qint64 requestId, bool includeReasons);

    // Pure composition, tested on its own. contactBy: the first-contact target's due date, said in the message
    // ("please reach them by Thursday 3 December", or "as soon as you can" once it is before `today`); invalid
    // when there is none (contact made, or no clock yet).
    static Introduction compose(const SupportRequest& request, const Supporter& supporter, bool includeReasons,
                                const QDate& contactBy = {}, const QDate& today = {});
    // "R-123": how the request is named wherever a name must not appear.
    static QString referenceCode(qint64 requestId);
    // The first word of a full name ("Dr" and similar titles skipped).
    static QString firstName(const QString& fullName);
    // mailto: with the recipient, subject and body percent-encoded (RFC 6068; lines end in CRLF).
    static QUrl mailtoUrl(const Introduction& introduction);

private:
    VaultSession& m_session;
};

} // namespace peerdesk
