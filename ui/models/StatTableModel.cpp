#include "models/StatTableModel.h"

#include "domain/RequestLifecycle.h"
#include "domain/Vocabulary.h"
#include "io/StatisticsExport.h"

#include <QFont>
#include <QLocale>

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

StatTableModel::StatTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void StatTableModel::setTable(const StatTable& table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int StatTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int StatTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.dimensions.size()) + 1;
}

QString StatTableModel::categoryName(const QString& dimension, const QString& key)
{
    if (key == QLatin1String(StatCell::Margin))
        return tr("Total");
    if (const auto vocabulary = vocabularyOf(dimension))
        return Vocabulary::displayName(*vocabulary, key);
    if (dimension == QLatin1String("outcome")) {
        if (const auto outcome = closeOutcomeFromKey(key))
            return closeOutcomeDisplayName(*outcome);
    }
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
        { QStringLiteral("unknown"), QT_TR_NOOP("Not known") },
    };
    if (const auto found = names.constFind(key); found != names.cend())
        return tr(*found);
    return key; // numbers: "2" business days, "3" conversations
}

QString StatTableModel::dimensionName(const QString& dimension)
{
    static const QHash<QString, const char*> names{
        { QStringLiteral("reason"), QT_TR_NOOP("Reason") },
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
    };
    if (const auto found = names.constFind(dimension); found != names.cend())
        return tr(*found);
    return dimension;
}

QString StatTableModel::valueText(const StatTable& table, const StatCell& cell)
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

QVariant StatTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatCell& cell = m_table.cells.at(index.row());
    const int valueColumn = int(m_table.dimensions.size());
    if (role == SuppressedRole)
        return cell.suppressed;
    if (role == NumberRole)
        return cell.value && !cell.suppressed ? QVariant(StatisticsExport::publishedValue(m_table.kind, *cell.value))
                                              : QVariant();
    if (index.column() < valueColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return categoryName(m_table.dimensions.at(index.column()), cell.key.value(index.column()));
        if (role == Qt::FontRole && cell.key.value(index.column()) == QLatin1String(StatCell::Margin)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return valueText(m_table, cell);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (cell.suppressed)
            return tr("Suppressed: too small to publish, or hidden so that a small number cannot be worked out");
        if (!cell.value)
            return tr("Not published: fewer than 10");
        return valueText(m_table, cell);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < m_table.dimensions.size())
        return dimensionName(m_table.dimensions.at(section));
    return tr("Value");
}

} // namespace peerdesk
