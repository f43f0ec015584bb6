#include "core/demo/DemoData.h"
#include "core/demo/DemoSimulation.h"
#include "core/services/GroupService.h"
#include "core/services/MatchingService.h"
#include "core/services/RequestService.h"
#include "core/services/SchedulingService.h"
#include "core/services/SupporterService.h"
#include "core/vault/VaultSession.h"

#include <algorithm>
#include <map>

namespace peerdesk::demo {

Result<DemoSummary> summarise(VaultSession& session, const QDate& today)
{
    DemoSummary summary;
    auto supporters = SupporterService(session).list();
    if (!supporters)
        return supporters.error();
    summary.supporters = int(supporters->size());
    for (const Supporter& supporter : std::as_const(*supporters)) {
        ++summary.supportersByStatus[supporter.status];
        summary.trainingRecords += int(supporter.training.size());
        summary.debriefs += int(supporter.debriefs.size());
        // Lapsed: a required course whose latest record is past its refresher date.
        std::map<QString, QDate> latestDue;
        for (const TrainingRecord& record : supporter.training) {
            if (record.required && record.refresherDue.isValid())
                latestDue[record.course] = std::max(latestDue[record.course], record.refresherDue);
        }
        for (const auto& [course, due] : latestDue) {
            if (due < today) {
                ++summary.expiredTraining;
                break;
            }
        }
    }
    auto requests = RequestService(session).list();
    if (!requests)
        return requests.error();
    summary.requests = int(requests->size());
    MatchingService matching(session);
    for (const SupportRequest& request : std::as_const(*requests)) {
        ++summary.requestsByStatus[request.status];
        if (request.outcome)
            ++summary.requestsByOutcome[*request.outcome];
        auto matches = matching.matches(request.id);
        if (!matches)
            return matches.error();
        summary.matches += int(matches->size());
        for (const Match& match : std::as_const(*matches))
            summary.declinedMatches += match.status == MatchStatus::Declined ? 1 : 0;
    }
    auto conversations = SchedulingService(session).list();
    if (!conversations)
        return conversations.error();
    summary.conversations = int(conversations->size());
    for (const Conversation& conversation : std::as_const(*conversations))
        summary.heldConversations += conversation.status == QLatin1String("held") ? 1 : 0;
    GroupService groups(session);
    auto all = groups.list();
    if (!all)
        return all.error();
    summary.groups = int(all->size());
    for (const PeerGroup& group : std::as_const(*all)) {
        auto occurrences = groups.occurrences(group.id);
        if (!occurrences)
            return occurrences.error();
        summary.occurrences += int(occurrences->size());
        for (const GroupOccurrence& occurrence : std::as_const(*occurrences))
            summary.heldOccurrences += occurrence.status == QLatin1String("held") ? 1 : 0;
    }
    return summary;
}

} // namespace peerdesk::demo
