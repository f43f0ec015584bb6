#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace peerdesk {

// The closed lists of categorical values PeerDesk stores: stable keys (database, CSV, CLI, JSON) with
// translated names. Statistics count these keys, so a key is never renamed; new ones are appended.
enum class Vocab
{
    CareerStage, // ordered: proximity in matching is the distance between positions
    Modality,
    SupporterStatus,
    Channel,
    ReferralType,
    Reason,
    Urgency,
    SpecialtyPreference,
    Gender, // of a supporter, and a requester's optional preference
    EscalationAction,
    ConversationStatus,
    OccurrenceStatus,
    DebriefKind,
    Province, // two-letter codes, for group registrations' "province verified"
    // Province stays last: Vocabulary::keys() keeps one list per vocabulary up to it.
};

struct Term
{
    QString key;
    QString name; // translated
};

class Vocabulary final
{
public:
    Vocabulary() = delete;

    static QList<Term> terms(Vocab vocab); // in their defined order
    static QStringList keys(Vocab vocab);
    static bool contains(Vocab vocab, const QString& key);
    static int indexOf(Vocab vocab, const QString& key); // -1 if unknown
    static QString displayName(Vocab vocab, const QString& key); // the key itself if unknown
    static QString fieldName(Vocab vocab); // "career stage", translated: used in error messages
};

// Languages are ISO 639-1 codes ("en", "fr"). Valid when Qt knows the code.
namespace language {
bool isValidCode(const QString& code);
QString displayName(const QString& code); // "French", translated for the common ones
} // namespace language

} // namespace peerdesk
