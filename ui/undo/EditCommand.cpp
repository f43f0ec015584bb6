#include "ui/undo/EditCommand.h"

#include <QCoreApplication>

#include <map>
#include <tuple>

namespace peerdesk {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::EditCommand)
};

} // namespace

std::optional<VersionedRecord> undoRecord(UndoKind kind)
{
    switch (kind) {
    case UndoKind::RequestEdit:
        return VersionedRecord::Request;
    case UndoKind::SupporterEdit:
    case UndoKind::SupporterStatus:
        return VersionedRecord::Supporter;
    case UndoKind::GroupEdit:
    case UndoKind::GroupEndOrReopen:
        return VersionedRecord::Group;
    case UndoKind::Settings:
        break;
    }
    return std::nullopt;
}

namespace {

using VersionKey = std::tuple<const VaultSession*, int, qint64>;

std::map<VersionKey, qint64>& versionsLeftByUndo()
{
    static std::map<VersionKey, qint64> versions; // the GUI thread's only
    return versions;
}

} // namespace

std::optional<qint64> versionLeftByUndo(const VaultSession& session, VersionedRecord record, qint64 id)
{
    const auto& versions = versionsLeftByUndo();
    const auto found = versions.find({ &session, static_cast<int>(record), id });
    return found == versions.end() ? std::nullopt : std::optional<qint64>(found->second);
}

void noteVersionLeftByUndo(const VaultSession& session, VersionedRecord record, qint64 id,
                           std::optional<qint64> version)
{
    const VersionKey key{ &session, static_cast<int>(record), id };
    if (version)
        versionsLeftByUndo()[key] = *version;
    else
        versionsLeftByUndo().erase(key);
}

QString undoRefusal(const Error& error)
{
    return Text::tr("This change could not be undone or redone: %1").arg(error.message);
}

} // namespace peerdesk
