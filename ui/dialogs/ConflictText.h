#pragma once

#include "core/domain/PeerGroup.h"
#include "core/domain/Request.h"
#include "core/domain/Supporter.h"

#include <QString>
#include <QStringList>

namespace peerdesk {

struct RequestEdit;

// What a form says when its save was refused because someone else changed the record after the form was filled in
// (ErrorCode::Conflict, VersionCheck.h): the form has been measured against the record as it is now, keeps what was
// typed, and the next OK applies it over the other change. The lists name the fields the other change touched, never
// their values (a form may be on a shared screen), in the form's own words.
QString changedBySomeoneElse(const QStringList& fields);

QStringList changedFields(const RequestEdit& before, const RequestEdit& now);
// The form after someone else's change: field by field, what was typed where it differs from the reading the form
// was filled in from (base), and otherwise the record as it is now, so that applying it again changes only what this
// person changed.
RequestEdit mergedEdit(const RequestEdit& base, const RequestEdit& typed, const RequestEdit& now);
// The same for the supporter and group editors: the record as it is now, with what was typed where it differs from
// base.
Supporter mergedSupporter(const Supporter& base, const Supporter& typed, const Supporter& now);
PeerGroup mergedGroup(const PeerGroup& base, const PeerGroup& typed, const PeerGroup& now);
QStringList changedFields(const Supporter& before, const Supporter& now);
QStringList changedFields(const PeerGroup& before, const PeerGroup& now);

} // namespace peerdesk
