#include "core/domain/FieldChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace peerdesk::field_checks {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::FieldChecks)
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<void> keys(Vocab vocab, const QStringList& values)
{
    for (const QString& key : values) {
        if (!Vocabulary::contains(vocab, key)) {
            return invalid(
                Text::tr("Unknown %1 \"%2\". Allowed: %3.")
                    .arg(Vocabulary::fieldName(vocab), key, Vocabulary::keys(vocab).join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<void> email(const QString& address)
{
    // Deliberately loose: the program writes to these addresses, it does not need RFC 5322; this catches a phone
    // number or a name typed or pasted into the wrong field.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (!address.isEmpty() && !pattern.match(address).hasMatch())
        return invalid(Text::tr("The email address is not valid."));
    return {};
}

Result<void> phone(const QString& number)
{
    // Digits with the usual separators, an optional leading + and an optional extension.
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ().\-]{7,25}(\s*(x|ext\.?)\s*[0-9]{1,6})?$)"));
    if (!number.isEmpty() && !pattern.match(number).hasMatch())
        return invalid(Text::tr("The phone number is not valid."));
    return {};
}

Result<void> languages(const QStringList& codes)
{
    for (const QString& code : codes) {
        if (!language::isValidCode(code))
            return invalid(Text::tr("\"%1\" is not a two-letter ISO 639-1 language code.").arg(code));
    }
    return {};
}

Result<void> affinity(const QString& group, const QStringList& configured)
{
    if (!configured.contains(group)) {
        return invalid(Text::tr("Unknown affinity group \"%1\". Configured: %2.")
                           .arg(group, configured.join(QStringLiteral(", "))));
    }
    return {};
}

Result<void> windows(const QList<WeeklyWindow>& availability)
{
    for (const WeeklyWindow& window : availability) {
        if (!window.isValid())
            return invalid(Text::tr("An availability window is not valid."));
    }
    return {};
}

bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const auto category = c.category();
        return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph;
    });
}

Result<void> noControlCharacters(const QString& what, std::initializer_list<const QString*> texts)
{
    for (const QString* text : texts) {
        if (hasControlCharacters(*text)) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1 cannot hold a line break, a tab or another control character.").arg(what));
        }
    }
    return {};
}

} // namespace peerdesk::field_checks
