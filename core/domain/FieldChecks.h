#pragma once

#include "core/Result.h"
#include "core/domain/Vocabulary.h"
#include "core/domain/WeeklyWindow.h"

#include <QStringList>

#include <initializer_list>

// The field checks the roster and intake share. Each returns InvalidInput with a translated message that names
// the field and the allowed values, never the value itself when it could be identifying.
namespace peerdesk::field_checks {

Result<void> keys(Vocab vocab, const QStringList& values); // every value is a key of the vocabulary
Result<void> email(const QString& address); // empty is accepted (the caller decides whether one is needed)
Result<void> phone(const QString& number); // empty is accepted
Result<void> languages(const QStringList& codes); // ISO 639-1
Result<void> affinity(const QString& group, const QStringList& configured);
Result<void> windows(const QList<WeeklyWindow>& availability);
// Control and formatting characters (a line break, an escape that a terminal would obey, a bidirectional override
// that shows text other than it is): true when text holds one.
bool hasControlCharacters(const QString& text);
// InvalidInput naming `what` (translated, e.g. "A name") when any of texts holds one.
Result<void> noControlCharacters(const QString& what, std::initializer_list<const QString*> texts);

} // namespace peerdesk::field_checks
