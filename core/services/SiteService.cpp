#include "core/services/SiteService.h"

#include "core/services/Permissions.h"
#include "core/services/UserService.h"
#include "core/storage/Database.h"
#include "core/storage/SiteRepository.h"
#include "core/vault/VaultSession.h"

#include <QRegularExpression>

namespace peerdesk {

Result<void> SiteService::checkSiteText(const QString& code, const QString& name)
{
    static const QRegularExpression codeShape(QStringLiteral("^[a-z0-9-]{1,32}$"));
    if (!codeShape.match(code).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("A site's code is 1 to 32 lower-case letters, digits or '-' (\"%1\" is not).").arg(code));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 80)
        return makeError(ErrorCode::InvalidInput, tr("A site's name is 1 to 80 characters."));
    return {};
}

QList<Site> SiteService::among(const QList<Site>& sites, const QList<qint64>& ids)
{
    QList<Site> found;
    for (const Site& site : sites) {
        if (ids.contains(site.id))
            found.append(site);
    }
    return found;
}

Result<QList<Site>> SiteService::list()
{
    return SiteRepository(m_session.database()).all();
}

Result<Site> SiteService::byCode(const QString& code)
{
    auto site = SiteRepository(m_session.database()).byCode(code.trimmed());
    if (!site)
        return site.error();
    if (!*site)
        return makeError(ErrorCode::InvalidInput, tr("There is no site \"%1\".").arg(code.trimmed()));
    return **site;
}

Result<qint64> SiteService::add(const QString& code, const QString& name)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    const QString cleanCode = code.trimmed();
    if (auto valid = checkSiteText(cleanCode, name); !valid)
        return valid.error();
    qint64 id = 0;
    auto done = m_session.database().transaction([&]() -> Result<void> {
        SiteRepository sites(m_session.database());
        auto existing = sites.byCode(cleanCode);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::InvalidInput, tr("There is already a site \"%1\".").arg(cleanCode));
        auto inserted = sites.insert(cleanCode, name.trimmed());
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return m_session.recordAudit(QStringLiteral("site.added"), QStringLiteral("site"), id);
    });
    if (!done)
        return done.error();
    return id;
}

Result<void> SiteService::rename(const QString& code, const QString& name)
{
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    auto site = byCode(code);
    if (!site)
        return site.error();
    if (auto valid = checkSiteText(site->code, name); !valid)
        return valid;
    return m_session.database().transaction([&]() -> Result<void> {
        if (auto renamed = SiteRepository(m_session.database()).rename(site->id, name.trimmed()); !renamed)
            return renamed;
        return m_session.recordAudit(QStringLiteral("site.renamed"), QStringLiteral("site"), site->id);
    });
}

Result<QList<qint64>> SiteService::resolveCodes(VaultSession& session, const QStringList& codes)
{
    SiteRepository sites(session.database());
    QList<qint64> ids;
    for (const QString& code : codes) {
        auto site = sites.byCode(code.trimmed());
        if (!site)
            return site.error();
        if (!*site)
            return makeError(ErrorCode::InvalidInput, tr("There is no site \"%1\".").arg(code.trimmed()));
        if (!ids.contains((*site)->id))
            ids.append((*site)->id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<QList<Site>> SiteService::sitesOf(const QString& login)
{
    auto user = UserService(m_session).existingAccount(login);
    if (!user)
        return user.error();
    auto all = list();
    if (!all)
        return all;
    auto assigned = SiteRepository(m_session.database()).assignedTo(user->login);
    if (!assigned)
        return assigned.error();
    return among(*all, *assigned);
}

Result<void> SiteService::assign(const QString& login, const QStringList& codes)
{
    // Checked before the transaction too, so that a refusal's audit row is not rolled back with it.
    if (auto allowed = requireAdministration(m_session); !allowed)
        return allowed.error();
    return m_session.database().transaction([&]() -> Result<void> {
        auto user = UserService(m_session).existingAccount(login);
        if (!user)
            return user.error();
        if (user->removedAt.isValid())
            return makeError(ErrorCode::InvalidInput, tr("There is no account %1.").arg(user->login));
        auto ids = resolveCodes(m_session, codes);
        if (!ids)
            return ids.error();
        if (ids->isEmpty() && user->role == Role::Coordinator)
            return makeError(ErrorCode::InvalidInput, tr("A coordinator works at least one site."));
        if (auto assigned = SiteRepository(m_session.database()).assign(user->login, *ids); !assigned)
            return assigned;
        return m_session.recordAudit(QStringLiteral("user.sites_changed"), QStringLiteral("user"), user->id);
    });
}

Result<QList<Site>> SiteService::workable()
{
    auto all = list();
    if (!all || m_session.user().role != Role::Coordinator)
        return all; // administrators and reporting users see the whole program

    auto mine = SiteRepository(m_session.database()).mine(m_session.user().login);
    if (!mine)
        return mine.error();
    return among(*all, *mine);
}

Result<qint64> SiteService::siteToWork(qint64 requested)
{
    auto sites = workable();
    if (!sites)
        return sites.error();
    return chooseSite(*sites, requested);
}

Result<qint64> SiteService::chooseSite(const QList<Site>& workable, qint64 requested)
{
    if (requested == 0) {
        if (workable.size() == 1)
            return workable.constFirst().id;
        if (workable.isEmpty())
            return makeError(ErrorCode::NotPermitted,
                             tr("Your account works no site yet; an administrator gives you yours."));
        return makeError(ErrorCode::InvalidInput, tr("Choose the site: you work several."));
    }
    for (const Site& site : workable) {
        if (site.id == requested)
            return requested;
    }
    return makeError(ErrorCode::NotPermitted, tr("You do not work that site."));
}

Result<qint64> SiteService::siteOfProgram(qint64 requested)
{
    auto sites = list();
    if (!sites)
        return sites.error();
    for (const Site& site : std::as_const(*sites)) {
        if (requested == 0 ? sites->size() == 1 : site.id == requested)
            return site.id;
    }
    return makeError(ErrorCode::InvalidInput,
                     requested == 0 ? tr("Choose the site: the program has several.")
                                    : tr("There is no site number %1.").arg(requested));
}

Result<void> SiteService::requireWholeProgram()
{
    if (m_session.user().role != Role::Coordinator)
        return {};
    auto all = list();
    if (!all)
        return all.error();
    auto mine = workable();
    if (!mine)
        return mine.error();
    if (mine->size() < all->size())
        return makeError(ErrorCode::NotPermitted,
                         tr("Statistics cover the whole program, and you work only some of its sites: a reporting "
                            "user or an administrator produces them."));
    return {};
}

Result<QList<qint64>> SiteService::sitesForNewAccount(VaultSession& session, bool coordinator, const QStringList& codes)
{
    if (!codes.isEmpty())
        return resolveCodes(session, codes);
    auto all = SiteRepository(session.database()).all();
    if (!all)
        return all.error();
    if (all->size() > 1 && coordinator)
        return makeError(ErrorCode::InvalidInput,
                         tr("The program has several sites: say which the coordinator works."));
    QList<qint64> ids;
    for (const Site& site : std::as_const(*all))
        ids.append(site.id);
    return ids;
}

} // namespace peerdesk
