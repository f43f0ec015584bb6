#pragma once

#include "core/Result.h"
#include "core/domain/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace peerdesk {

class VaultSession;

// The program's sites and who works which (issue 28; docs/server.md, "Sites"). Administrators add and rename sites
// and give each person theirs; each change is audited with the site's or the account's number, never a name.
// Administrators and reporting users see the whole program; a coordinator takes in and works the requests and
// groups of their sites only, which a program server also holds at the database.
class SiteService final
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::SiteService)

public:
    explicit SiteService(VaultSession& session) : m_session(session) { }

    Result<QList<Site>> list();
    Result<Site> byCode(const QString& code);
    Result<qint64> add(const QString& code, const QString& name); // administrators
    Result<void> rename(const QString& code, const QString& name); // administrators

    // The sites a person works (administrators). assign replaces them; a coordinator needs at least one.
    Result<QList<Site>> sitesOf(const QString& login);
    Result<void> assign(const QString& login, const QStringList& codes);

    // The sites the person signed in works: every site for administrators, their own for coordinators.
    Result<QList<Site>> workable();
    // (Reporting users: every site too, as they count the whole program.)
    // The site a new request, supporter or group of this person goes to: `requested` when they work it, their one
    // site when they asked for none (0), and InvalidInput saying to choose when they work several.
    Result<qint64> siteToWork(qint64 requested);
    // The same choice among sites already read (workable()), for many requests at once.
    static Result<qint64> chooseSite(const QList<Site>& workable, qint64 requested);
    // The site of supporters an administrator adds: `requested` when it exists, the program's one site for 0, and
    // InvalidInput saying to choose when the program has several.
    Result<qint64> siteOfProgram(qint64 requested);

    // NotPermitted for a coordinator who does not work every site: what needs the whole program (its statistics)
    // would otherwise be made from the part of it they see (on a server, row-level security hides the rest).
    Result<void> requireWholeProgram();

    // A new account's sites: the ones named, or the program's one site when none are named and there is only one;
    // InvalidInput for an unknown code, or for a coordinator with no site named in a program with several.
    // Called inside the account's transaction (UserService::add).
    static Result<QList<qint64>> sitesForNewAccount(VaultSession& session, bool coordinator, const QStringList& codes);

private:
    static Result<QList<qint64>> resolveCodes(VaultSession& session, const QStringList& codes);
    static Result<void> checkSiteText(const QString& code, const QString& name);
    static QList<Site> among(const QList<Site>& sites, const QList<qint64>& ids); // in the order of `sites`

    VaultSession& m_session;
};

} // namespace peerdesk
