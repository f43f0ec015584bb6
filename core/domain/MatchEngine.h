#pragma once

#include "core/domain/Request.h"
#include "core/domain/Supporter.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace peerdesk {

struct MatchCandidate
{
    qint64 supporterId = 0;
    QString name;
    double score = 0; // 0..100, one decimal
    QStringList reasons; // plain words, translated: "speaks French", "other institution", "1 of 2 places free"
};

struct MatchExclusion
{
    qint64 supporterId = 0;
    QString name;
    QString rule; // stable key, e.g. "no_shared_language" (docs/cli.md lists them)
    QString explanation; // translated
};

struct MatchSuggestions
{
    QList<MatchCandidate> candidates; // best first; ties broken deterministically
    QList<MatchExclusion> excluded; // in supporter id order
};

// Administrators' weights (0..10) of the score's factors; 0 switches a factor off.
struct MatchWeights
{
    int specialty = 3;
    int careerStage = 2;
    int region = 2;
    int availability = 2;
    int load = 2;
    int rotation = 1;
};

// Everything one ranking needs, loaded once by MatchingService.
struct MatchInput
{
    SupportRequest request;
    // The requester's e-mail and phone as the roster's blind indexes (Supporter::emailIndex, phoneIndex), to
    // recognise them among supporters read without their contact details; empty when there is none.
    QByteArray requesterEmailIndex;
    QByteArray requesterPhoneIndex;
    QList<Supporter> supporters; // in any order: the ranking sorts its own
    QHash<qint64, SupporterLoad> loads;
    QSet<qint64> declined; // supporters who declined this request before
    QSet<qint64> endedWith; // supporters whose match with this request was ended early
    QStringList requiredCourses; // the program's setting: each must be in a supporter's training
    bool crossSites = false; // the program's setting: supporters of other sites than the request's are ranked too
    MatchWeights weights;
    QDate today; // the program's local date
    QDateTime now;
};

// The matching rules (docs/matching.md), pure: the same input always gives the same output.
// Hard rules exclude, in a fixed order, and the first rule that fails is the one reported. Every other
// supporter gets a score from 0 to 100: the weighted mean of the factors, each from 0 to 1. Ties are broken by
// fewer active matches, then longer since the last match, then the lower supporter id.
class MatchEngine final
{
public:
    MatchEngine() = delete;

    static MatchSuggestions rank(const MatchInput& input);

    // The first hard rule the supporter fails for this request, as {key, explanation}; empty key if none.
    static std::pair<QString, QString> exclusion(const MatchInput& input, const Supporter& supporter);
};

} // namespace peerdesk
