#include "core/io/StatisticsLabels.h"

#include "core/domain/Request.h"
#include "core/domain/RequestLifecycle.h"
#include "core/domain/Vocabulary.h"
#include "core/io/StatisticsExport.h"
#include "core/services/StatisticsService.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <optional>

namespace peerdesk {

namespace {

std::optional<Vocab> vocabularyOf(const QString& dimension)
{
    static const QHash<QString, Vocab> vocabularies{
        { QStringLiteral("reason"), Vocab::Reason },
        { QStringLiteral("career_stage"), Vocab::CareerStage },
        { QStringLiteral("channel"), Vocab::Channel },
        { QStringLiteral("referral_type"), Vocab::ReferralType },
        { QStringLiteral("modality"), Vocab::Modality },
        { QStringLiteral("escalation_action"), Vocab::EscalationAction },
        { QStringLiteral("occurrence_status"), Vocab::OccurrenceStatus },
        { QStringLiteral("supporter_status"), Vocab::SupporterStatus },
    };
    const auto found = vocabularies.constFind(dimension);
    return found == vocabularies.cend() ? std::nullopt : std::optional<Vocab>(*found);
}

} // namespace

QString StatisticsLabels::periodName(const StatPeriod& period)
{
    const QLocale locale;
    switch (period.type) {
    case StatPeriod::Type::Month:
        return locale.toString(period.firstDay(), QStringLiteral("MMMM yyyy"));
    case StatPeriod::Type::Quarter:
        return tr("Quarter %1 of %2 (%3 to %4)")
            .arg(period.number)
            .arg(period.year)
            .arg(locale.standaloneMonthName(period.firstDay().month()),
                 locale.standaloneMonthName(period.lastDay().month()));
    case StatPeriod::Type::Year:
        return QString::number(period.year);
    }
    return period.key();
}

QString StatisticsLabels::categoryName(const QString& dimension, const QString& key)
{
    if (key == QLatin1String(StatCell::Margin))
        return tr("Total");
    // "unknown" is the statistics' own category (a career stage not given), in no vocabulary.
    if (key == QLatin1String("unknown"))
        return tr("Not known");
    if (const auto vocabulary = vocabularyOf(dimension))
        return Vocabulary::displayName(*vocabulary, key);
    if (dimension == QLatin1String("outcome")) {
        if (const auto outcome = closeOutcomeFromKey(key))
            return closeOutcomeDisplayName(*outcome);
    }
    if (dimension == QLatin1String("end_reason"))
        return matchEndReasonDisplayName(key);
    if (dimension == QLatin1String("resource") || dimension == QLatin1String("group")
        || dimension == QLatin1String(StatTable::SiteDimension))
        return key; // the program's own name for the service or the group, or the site's code
    if (dimension == QLatin1String("month")) {
        const QDate month = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        if (month.isValid())
            return QLocale().toString(month, QStringLiteral("MMM yyyy"));
    }
    static const QHash<QString, const char*> names{
        { QStringLiteral("in_scope"), QT_TR_NOOP("In scope") },
        { QStringLiteral("referred_elsewhere"), QT_TR_NOOP("Referred elsewhere") },
        { QStringLiteral("escalated"), QT_TR_NOOP("Escalated") },
        { QStringLiteral("met"), QT_TR_NOOP("Within target") },
        { QStringLiteral("missed"), QT_TR_NOOP("Past target") },
        { QStringLiteral("up_to_1"), QT_TR_NOOP("1 business day or less") },
        { QStringLiteral("more_than_3"), QT_TR_NOOP("More than 3 business days") },
        { QStringLiteral("4_or_more"), QT_TR_NOOP("4 or more") },
        { QStringLiteral("helpful"), QT_TR_NOOP("Helpful") },
        { QStringLiteral("neutral"), QT_TR_NOOP("Neutral") },
        { QStringLiteral("not_helpful"), QT_TR_NOOP("Not helpful") },
    };
    if (const auto found = names.constFind(key); found != names.cend())
        return tr(*found);
    return key; // numbers: "2" business days, "3" conversations
}

QString StatisticsLabels::dimensionName(const QString& dimension)
{
    static const QHash<QString, const char*> names{
        { QStringLiteral("reason"), QT_TR_NOOP("Reason") },
        { QStringLiteral("site"), QT_TR_NOOP("Site") },
        { QStringLiteral("career_stage"), QT_TR_NOOP("Career stage") },
        { QStringLiteral("channel"), QT_TR_NOOP("Channel") },
        { QStringLiteral("referral_type"), QT_TR_NOOP("Referral") },
        { QStringLiteral("modality"), QT_TR_NOOP("Modality") },
        { QStringLiteral("triage_outcome"), QT_TR_NOOP("Triage outcome") },
        { QStringLiteral("contact_target"), QT_TR_NOOP("First contact") },
        { QStringLiteral("business_days"), QT_TR_NOOP("Business days to first contact") },
        { QStringLiteral("conversations"), QT_TR_NOOP("Conversations") },
        { QStringLiteral("outcome"), QT_TR_NOOP("Outcome") },
        { QStringLiteral("escalation_action"), QT_TR_NOOP("Action") },
        { QStringLiteral("occurrence_status"), QT_TR_NOOP("Session status") },
        { QStringLiteral("supporter_status"), QT_TR_NOOP("Supporter status") },
        { QStringLiteral("month"), QT_TR_NOOP("Month") },
        { QStringLiteral("end_reason"), QT_TR_NOOP("Reason the match ended") },
        { QStringLiteral("resource"), QT_TR_NOOP("Resource") },
        { QStringLiteral("group"), QT_TR_NOOP("Group") },
        { QStringLiteral("answer"), QT_TR_NOOP("Feedback") },
    };
    if (const auto found = names.constFind(dimension); found != names.cend())
        return tr(*found);
    return dimension;
}

QString StatisticsLabels::valueText(const StatTable& table, const StatCell& cell)
{
    if (cell.suppressed)
        return QString::fromLatin1(StatisticsExport::SuppressedSymbol);
    if (!cell.value)
        return tr("n < 10");
    const double value = StatisticsExport::publishedValue(table.kind, *cell.value);
    switch (table.kind) {
    case StatKind::Count:
        return QLocale().toString(qint64(value));
    case StatKind::Median:
        return QLocale().toString(value, 'f', 1);
    case StatKind::Share:
        return QLocale().toString(value * 100, 'f', 1) + QLocale().percent();
    }
    return {};
}

StatisticsLabels::Chart StatisticsLabels::chartFor(const StatTable& table)
{
    if (table.kind != StatKind::Count || table.dimensions.size() != 1)
        return Chart::None;
    return table.dimensions.constFirst() == QLatin1String("month") ? Chart::Line : Chart::Bars;
}

QList<StatisticsLabels::ChartPoint> StatisticsLabels::chartPoints(const StatTable& table, double* largest)
{
    QList<ChartPoint> points;
    double top = 0;
    if (table.dimensions.size() == 1) {
        for (const StatCell& cell : table.cells) {
            const QString key = cell.key.value(0);
            if (key == QLatin1String(StatCell::Margin))
                continue;
            ChartPoint point{ key, categoryName(table.dimensions.constFirst(), key), std::nullopt,
                              valueText(table, cell) };
            if (!cell.suppressed && cell.value) {
                point.value = StatisticsExport::publishedValue(table.kind, *cell.value);
                top = std::max(top, *point.value);
            }
            points.append(std::move(point));
        }
    }
    if (largest)
        *largest = top;
    return points;
}

QString StatisticsLabels::auditMethodName(const QString& method)
{
    // The release's metadata keeps the method's fixed English name (machines read it); people read theirs.
    if (method == QLatin1String("exact enumeration"))
        return tr("exact enumeration");
    if (method == QLatin1String("linear programming"))
        return tr("linear programming");
    return method;
}

QStringList StatisticsLabels::methodNote(const StatRelease& release)
{
    QStringList note;
    note << tr("Each figure counts distinct physicians unless its table says otherwise. In tables marked \"not a "
               "sum\", such as reasons for a request, a physician counts in every category that applies, so the "
               "categories add up to more than the total.");
    note << tr("To protect confidentiality, counts from 1 to %1 are suppressed (threshold k = %2). Other cells "
               "are suppressed too, so that no hidden count can be worked out from the totals, from the other "
               "cells or from earlier releases. Every suppressed cell shows the same symbol, %3, which never says "
               "why it was hidden.")
                .arg(std::max(1, release.k - 1))
                .arg(release.k)
                .arg(QString::fromLatin1(StatisticsExport::SuppressedSymbol));
    note << (release.zerosMaySuppressed ? tr("Zeros are shown, but a suppressed cell may also hide a zero.")
                                        : tr("Zeros are never suppressed."));
    note << tr("Before publication an audit computed, for every suppressed cell, the values it could take given "
               "everything published for this period and earlier periods (%1). Each hidden cell can take at "
               "least %2 different values, including %3 or more.")
                .arg(auditMethodName(release.audit.method))
                .arg(StatisticsExport::minimumRangeWidth(release) + 1)
                .arg(release.k);
    note << tr("Medians and shares are given only when at least %1 are counted; otherwise only the bins are "
               "published. Nothing finer than a month, no minimum or maximum, and no name, institution or free "
               "text is ever published.")
                .arg(StatisticsService::MinimumForSummary);
    note << tr("Published figures are frozen: exporting this period again gives the same figures.");
    if (release.revision > 0)
        note << tr("This is revision %1: it corrects the earlier publication of this period, which it replaces.")
                    .arg(release.revision);
    return note;
}

QList<StatisticsLabels::Fact> StatisticsLabels::releaseFacts(const StatRelease& release)
{
    return {
        { tr("Program"), release.program },
        { tr("Period"), release.period.key() },
        { tr("Revision (0: first publication)"), QString::number(release.revision) },
        { tr("Generated at (UTC)"), StatisticsExport::generatedAtText(release.generatedAt) },
        { tr("PeerDesk version"), release.version },
        { tr("Threshold k"), QString::number(release.k) },
        { tr("Suppression method"), release.method },
        { tr("Disclosure audit passed"), release.audit.passed ? tr("yes") : tr("no") },
        { tr("Audit method"), auditMethodName(release.audit.method) },
        { tr("Suppressed cells"), QString::number(StatisticsExport::suppressedCellCount(release)) },
        { tr("Minimum range width required"), QString::number(StatisticsExport::minimumRangeWidth(release)) },
    };
}

} // namespace peerdesk
