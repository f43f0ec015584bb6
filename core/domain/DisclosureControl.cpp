#include "core/domain/DisclosureControl.h"

#include "core/domain/LinearProgram.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace peerdesk {

namespace {

// Gives lupdate and QCoreApplication::translate one context for this file's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(peerdesk::DisclosureControl)
};

const QString MonthDimension = QStringLiteral("month");
const QString SiteDimension = QString::fromLatin1(StatTable::SiteDimension);
const QString Margin = QString::fromLatin1(StatCell::Margin);
constexpr double Tolerance = 1e-6;

int clampedThreshold(int k)
{
    return std::clamp(k, DisclosureControl::MinThreshold, DisclosureControl::MaxThreshold);
}

bool isCount(const StatTable& table)
{
    return table.kind == StatKind::Count;
}

bool isMarginKey(const QStringList& key)
{
    return key.contains(Margin);
}

// The cells of table that a margin cell adds up along dimension: same key elsewhere, a category there.
QList<int> componentsAlong(const StatTable& table, const QStringList& marginKey, int dimension)
{
    QList<int> components;
    for (int i = 0; i < table.cells.size(); ++i) {
        const QStringList& key = table.cells[i].key;
        if (key.size() != marginKey.size() || key[dimension] == Margin)
            continue;
        bool same = true;
        for (int d = 0; d < key.size() && same; ++d)
            same = d == dimension || key[d] == marginKey[d];
        if (same)
            components << i;
    }
    return components;
}

// A line: a margin cell and the cells it adds up along one dimension.
struct Line
{
    int margin = -1;
    QList<int> components;
};

QList<Line> linesOf(const StatTable& table)
{
    QList<Line> lines;
    for (int i = 0; i < table.cells.size(); ++i) {
        const QStringList& key = table.cells[i].key;
        for (int d = 0; d < key.size(); ++d) {
            if (key[d] != Margin)
                continue;
            Line line{ i, componentsAlong(table, key, d) };
            if (!line.components.isEmpty())
                lines << line;
        }
    }
    return lines;
}

// Months a release's period covers, up to the day it was generated (a year-to-date release covers only the
// months begun by then).
QStringList coveredMonths(const StatRelease& release)
{
    const QStringList all = release.period.months();
    if (!release.generatedAt.isValid())
        return all;
    const QDate generatedOn = release.generatedAt.toUTC().date();
    QStringList covered;
    for (const QString& month : all) {
        const auto period = StatPeriod::parse(month);
        if (period && period->firstDay() <= generatedOn)
            covered << month;
    }
    return covered.isEmpty() ? all : covered;
}

// The releases the audit reads: this one first, then the ledger without the releases this one supersedes
// (same period, and by site or not as this one is) and, per period and kind, only the latest revision. A
// release by site does not supersede the program's release of its period, nor the other way round: both stay
// published, and the audit links them (PublishedSystem).
QList<const StatRelease*> releasesInScope(const StatRelease& release, const QList<StatRelease>& earlier)
{
    const auto seriesOf = [](const StatRelease& r) -> QString {
        return r.period.key() + (r.bySite() ? QStringLiteral("/sites") : QString());
    };
    QMap<QString, const StatRelease*> latest;
    for (const StatRelease& candidate : earlier) {
        const QString period = seriesOf(candidate);
        if (period == seriesOf(release))
            continue;
        auto found = latest.find(period);
        if (found == latest.end() || found.value()->revision < candidate.revision)
            latest[period] = &candidate;
    }
    QList<const StatRelease*> scope{ &release };
    for (const StatRelease* candidate : std::as_const(latest))
        scope << candidate;
    return scope;
}

struct CellRef
{
    int release = 0;
    int table = 0;
    int cell = 0;
    bool operator==(const CellRef& other) const = default;
};

using Expression = QMap<int, double>; // atom -> coefficient

void addTo(Expression& target, const Expression& source, double factor)
{
    for (auto it = source.begin(); it != source.end(); ++it) {
        const double value = target.value(it.key()) + factor * it.value();
        if (std::abs(value) < Tolerance)
            target.remove(it.key());
        else
            target[it.key()] = value;
    }
}

struct Equation
{
    Expression terms;
    double rhs = 0;
};

struct Range
{
    double minimum = 0;
    double maximum = 0;
};

// Tables whose total over their categories counts the same thing as another table's: the same physicians (each
// counted under their first request of the period), or the same first contacts. A total hidden in one and
// published in the other would be no secret, so the audit links them as one quantity.
const QHash<QString, QString>& sharedTotals()
{
    static const QHash<QString, QString> totals{
        { QStringLiteral("requests_by_channel"), QStringLiteral("requests_total") },
        { QStringLiteral("requests_by_career_stage"), QStringLiteral("requests_total") },
        { QStringLiteral("requests_by_referral_type"), QStringLiteral("requests_total") },
        { QStringLiteral("first_contact_within_target"), QStringLiteral("first_contacts") },
        { QStringLiteral("time_to_first_contact"), QStringLiteral("first_contacts") },
    };
    return totals;
}

// What a count cell counts, for linking it across tables and releases: its table (or the table whose total it
// shares) and its categories, outside the month dimension (whose months the caller receives in `months`), and the
// site it is split by. A release by site's margin over the sites is the program's quantity, keyed as the program's
// release keys it.
QString quantityOf(const StatTable& table, const QStringList& key, QStringList& months)
{
    QStringList categories;
    QString site;
    for (int d = 0; d < key.size() && d < table.dimensions.size(); ++d) {
        const QString& dimension = table.dimensions[d];
        if (dimension == MonthDimension) {
            if (key[d] != Margin)
                months = QStringList{ key[d] };
        } else if (dimension == SiteDimension) {
            if (key[d] != Margin)
                site = key[d];
        } else {
            categories << key[d];
        }
    }
    QString id = table.id;
    const auto shared = sharedTotals().constFind(table.id);
    if (shared != sharedTotals().cend()
        && std::all_of(categories.cbegin(), categories.cend(), [](const QString& c) { return c == Margin; })) {
        id = shared.value();
        categories.clear();
    }
    // Each part with its length first, so that no category's text (a resource's name is the program's) can make
    // two different quantities read alike.
    QString quantity;
    const auto append
        = [&quantity](const QString& part) { quantity += QString::number(part.size()) + QLatin1Char(':') + part; };
    append(id);
    append(QString::number(categories.size()));
    for (const QString& category : std::as_const(categories))
        append(category);
    append(site);
    return quantity;
}

// A share or a median summarises the counts of another table: beside what is published of that table it can give
// away what suppression hid (12 first contacts and a share of 0.917: 11 met, 1 missed; a median of 2.5 over 12
// contacts, five of them within a day: one took two days). So a share or median is hidden wherever a count of its
// table is hidden, for the same site (or for the program), also when it had no value: "fewer than ten" beside a
// hidden total would say that the total is under ten.
void hideSummariesOfHiddenCounts(StatRelease& release)
{
    const std::pair<const char*, const char*> summaries[] = {
        { "first_contact_within_target_share", "first_contact_within_target" },
        { "time_to_first_contact_median", "time_to_first_contact" },
    };
    for (const auto& [summaryId, countId] : summaries) {
        // The keys of the hidden counts, read before the release's tables are changed.
        QList<QStringList> hidden;
        for (const StatTable& table : std::as_const(release.tables)) {
            if (table.id != QLatin1String(countId))
                continue;
            for (const StatCell& cell : table.cells) {
                if (cell.suppressed)
                    hidden << cell.key;
            }
        }
        for (StatTable& table : release.tables) {
            if (table.id != QLatin1String(summaryId))
                continue;
            for (StatCell& share : table.cells) {
                // The summary's key is the count's without its category: nothing (the program), or the site.
                const bool countHidden = std::any_of(hidden.cbegin(), hidden.cend(), [&share](const QStringList& key) {
                    return key.mid(key.size() - share.key.size()) == share.key;
                });
                if (countHidden) {
                    share.value.reset();
                    share.suppressed = true;
                }
            }
        }
    }
}

// The linear system of everything published: every additive count cell is a sum of "atoms" (the quantity of
// one table id and key, outside the month dimension, over a group of months no release splits), published
// cells are equations, and margins equal the sums of their components. Atoms are >= 0. A release by site
// publishes each table with a last dimension "site" whose margin is the program's figure: that cell is the same
// quantity as the program release's cell of the same key, so the two releases are linked.
class PublishedSystem final
{
public:
    // Without figuresOfFirst, the first release's cells are linked to the others but publish nothing: what the
    // others alone say about them.
    explicit PublishedSystem(const QList<const StatRelease*>& releases, bool figuresOfFirst = true)
        : m_releases(releases), m_figuresOfFirst(figuresOfFirst)
    {
        buildAtoms();
        buildEquations();
        solveDetermined();
    }

    bool consistent() const { return m_consistent; }

    // Whether some non-negative values satisfy every published figure.
    bool feasible()
    {
        if (!m_consistent)
            return false;
        prepareSolver();
        for (const Component& component : m_components) {
            if (!component.enumerated && solverFor(component).minimize({}).status == LinearProgram::Status::Infeasible)
                return false;
        }
        return true;
    }

    // Whether every range so far came from exact enumeration (or needed no search at all).
    bool enumerated() const { return !m_usedProgramming; }
    const QList<CellRef>& hiddenCells() const { return m_hidden; }

    const Expression* expressionOf(const CellRef& ref) const
    {
        auto found = m_expressions.find(keyOf(ref));
        return found == m_expressions.end() ? nullptr : &found.value();
    }

    Range range(const CellRef& ref)
    {
        const Expression* expression = expressionOf(ref);
        if (!expression)
            return {};
        double constant = 0;
        Expression unknown;
        for (auto it = expression->begin(); it != expression->end(); ++it) {
            if (m_known.contains(it.key()))
                constant += it.value() * m_known.value(it.key());
            else
                unknown[it.key()] = it.value();
        }
        if (unknown.isEmpty())
            return { constant, constant };
        prepareSolver();
        Range result = unknownRange(unknown);
        result.minimum += constant;
        result.maximum += constant;
        return result;
    }

private:
    static QString keyOf(const CellRef& ref)
    {
        return QStringLiteral("%1/%2/%3").arg(ref.release).arg(ref.table).arg(ref.cell);
    }

    void buildAtoms()
    {
        // For each quantity (table id, key outside the month dimension): the month sets cells cover.
        QMap<QString, QList<QStringList>> monthSets;
        forEachAdditiveCell(
            [&](const CellRef&, const QString& quantity, const QStringList& months) { monthSets[quantity] << months; });
        // Months covered by exactly the same sets form one atom.
        QHash<QString, QHash<QString, int>> atomOfMonth;
        for (auto it = monthSets.begin(); it != monthSets.end(); ++it) {
            QMap<QString, QString> signature;
            for (int s = 0; s < it.value().size(); ++s) {
                for (const QString& month : it.value()[s])
                    signature[month] += QString::number(s) + QLatin1Char(',');
            }
            QMap<QString, int> atomOfSignature;
            for (auto month = signature.begin(); month != signature.end(); ++month) {
                auto found = atomOfSignature.find(month.value());
                if (found == atomOfSignature.end())
                    found = atomOfSignature.insert(month.value(), m_atomCount++);
                atomOfMonth[it.key()][month.key()] = found.value();
            }
        }
        forEachAdditiveCell([&](const CellRef& ref, const QString& quantity, const QStringList& months) {
            Expression expression;
            const QHash<QString, int>& atoms = atomOfMonth[quantity];
            for (const QString& month : months)
                expression[atoms.value(month)] = 1.0;
            m_expressions.insert(keyOf(ref), expression);
        });
    }

    template <typename Visit> void forEachAdditiveCell(Visit visit) const
    {
        for (int r = 0; r < m_releases.size(); ++r) {
            const StatRelease& release = *m_releases[r];
            const QStringList periodMonths = coveredMonths(release);
            for (int t = 0; t < release.tables.size(); ++t) {
                const StatTable& table = release.tables[t];
                if (!isCount(table) || !table.additive)
                    continue;
                for (int c = 0; c < table.cells.size(); ++c) {
                    QStringList months = periodMonths;
                    const QString quantity = quantityOf(table, table.cells[c].key, months);
                    visit(CellRef{ r, t, c }, quantity, months);
                }
            }
        }
    }

    void buildEquations()
    {
        for (int r = m_figuresOfFirst ? 0 : 1; r < m_releases.size(); ++r) {
            const StatRelease& release = *m_releases[r];
            for (int t = 0; t < release.tables.size(); ++t) {
                const StatTable& table = release.tables[t];
                if (!isCount(table) || !table.additive)
                    continue;
                for (int c = 0; c < table.cells.size(); ++c) {
                    const StatCell& cell = table.cells[c];
                    const CellRef ref{ r, t, c };
                    if (!cell.suppressed && cell.value)
                        m_equations.push_back({ m_expressions.value(keyOf(ref)), *cell.value });
                    else if (cell.suppressed)
                        m_hidden << ref;
                }
                for (const Line& line : linesOf(table)) {
                    Equation sum;
                    addTo(sum.terms, m_expressions.value(keyOf(CellRef{ r, t, line.margin })), -1.0);
                    for (int component : line.components)
                        addTo(sum.terms, m_expressions.value(keyOf(CellRef{ r, t, component })), 1.0);
                    if (!sum.terms.isEmpty())
                        m_equations.push_back(sum);
                }
            }
        }
    }

    // Fixes every atom an equation pins alone, repeatedly; what is left needs the solver.
    void solveDetermined()
    {
        bool changed = true;
        while (changed && m_consistent) {
            changed = false;
            for (const Equation& equation : m_equations) {
                double rest = equation.rhs;
                int unknownAtom = -1;
                double unknownCoefficient = 0;
                int unknownCount = 0;
                for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it) {
                    if (m_known.contains(it.key())) {
                        rest -= it.value() * m_known.value(it.key());
                    } else {
                        ++unknownCount;
                        unknownAtom = it.key();
                        unknownCoefficient = it.value();
                    }
                }
                if (unknownCount == 0) {
                    if (std::abs(rest) > 1e-4)
                        m_consistent = false;
                } else if (unknownCount == 1) {
                    const double value = rest / unknownCoefficient;
                    if (value < -1e-4)
                        m_consistent = false;
                    m_known.insert(unknownAtom, std::max(0.0, value));
                    changed = true;
                }
            }
        }
    }

    // The equations over the atoms still unknown, split into independent groups (atoms no equation links
    // are solved apart), each enumerated when it is small enough.
    void prepareSolver()
    {
        if (m_prepared)
            return;
        m_prepared = true;
        QHash<int, int> unknownIndex;
        auto indexOf = [&unknownIndex](int atom) {
            auto found = unknownIndex.find(atom);
            if (found == unknownIndex.end())
                found = unknownIndex.insert(atom, static_cast<int>(unknownIndex.size()));
            return found.value();
        };
        std::vector<Equation> reducedEquations;
        for (const Equation& equation : m_equations) {
            Equation reduced;
            reduced.rhs = equation.rhs;
            for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it) {
                if (m_known.contains(it.key()))
                    reduced.rhs -= it.value() * m_known.value(it.key());
                else
                    reduced.terms[indexOf(it.key())] = it.value();
            }
            if (!reduced.terms.isEmpty())
                reducedEquations.push_back(reduced);
        }
        // Atoms in no remaining equation are unknown too (a hidden cell no published figure touches).
        for (auto cell = m_expressions.begin(); cell != m_expressions.end(); ++cell) {
            for (auto it = cell.value().begin(); it != cell.value().end(); ++it) {
                if (!m_known.contains(it.key()))
                    indexOf(it.key());
            }
        }
        m_unknownIndex = unknownIndex;

        const std::size_t count = static_cast<std::size_t>(unknownIndex.size());
        std::vector<std::size_t> parent(count);
        for (std::size_t i = 0; i < count; ++i)
            parent[i] = i;
        auto root = [&parent](std::size_t i) {
            while (parent[i] != i)
                i = parent[i] = parent[parent[i]];
            return i;
        };
        for (const Equation& equation : reducedEquations) {
            const std::size_t first = root(static_cast<std::size_t>(equation.terms.firstKey()));
            for (int unknown : equation.terms.keys())
                parent[root(static_cast<std::size_t>(unknown))] = first;
        }
        QHash<std::size_t, int> componentOfRoot;
        m_componentOf.assign(count, 0);
        m_localIndex.assign(count, 0);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t r = root(i);
            auto found = componentOfRoot.find(r);
            if (found == componentOfRoot.end()) {
                found = componentOfRoot.insert(r, static_cast<int>(m_components.size()));
                m_components.emplace_back();
            }
            Component& component = m_components[static_cast<std::size_t>(found.value())];
            m_componentOf[i] = found.value();
            m_localIndex[i] = static_cast<int>(component.unknowns);
            ++component.unknowns;
        }
        for (const Equation& equation : reducedEquations) {
            Equation local;
            local.rhs = equation.rhs;
            for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it)
                local.terms[m_localIndex[static_cast<std::size_t>(it.key())]] = it.value();
            m_components[static_cast<std::size_t>(m_componentOf[static_cast<std::size_t>(equation.terms.firstKey())])]
                .equations.push_back(local);
        }
        for (Component& component : m_components)
            component.enumerated = enumerate(component);
    }

    struct Component
    {
        int unknowns = 0;
        std::vector<Equation> equations; // over the component's own numbering of its unknowns
        bool enumerated = false;
        std::vector<std::vector<int>> solutions;
    };

    static bool enumerate(Component& component)
    {
        const int count = component.unknowns;
        if (count > DisclosureControl::MaxEnumeratedUnknowns)
            return false;
        // An equation whose unknowns all have positive coefficients bounds each of them.
        std::vector<double> bound(static_cast<std::size_t>(count), std::numeric_limits<double>::infinity());
        for (const Equation& equation : component.equations) {
            bool positive = true;
            for (double coefficient : equation.terms)
                positive = positive && coefficient > 0;
            if (!positive)
                continue;
            for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it) {
                auto& value = bound[static_cast<std::size_t>(it.key())];
                value = std::min(value, equation.rhs / it.value());
            }
        }
        for (double value : bound) {
            if (!(value <= DisclosureControl::MaxEnumeratedValue))
                return false;
        }
        std::vector<int> current(static_cast<std::size_t>(count), 0);
        for (;;) {
            bool satisfied = true;
            for (const Equation& equation : component.equations) {
                double sum = 0;
                for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it)
                    sum += it.value() * current[static_cast<std::size_t>(it.key())];
                if (std::abs(sum - equation.rhs) > Tolerance) {
                    satisfied = false;
                    break;
                }
            }
            if (satisfied)
                component.solutions.push_back(current);
            std::size_t position = 0;
            while (position < current.size()
                   && current[position] + 1 > static_cast<int>(std::floor(bound[position] + Tolerance))) {
                current[position] = 0;
                ++position;
            }
            if (position == current.size())
                break;
            ++current[position];
        }
        return !component.solutions.empty();
    }

    static Range enumeratedRange(const Component& component, const std::vector<double>& objective)
    {
        Range result{ std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity() };
        for (const std::vector<int>& solution : component.solutions) {
            double value = 0;
            for (std::size_t j = 0; j < objective.size(); ++j)
                value += objective[j] * solution[j];
            result.minimum = std::min(result.minimum, value);
            result.maximum = std::max(result.maximum, value);
        }
        return result;
    }

    static LinearProgram solverFor(const Component& component)
    {
        LinearProgram program(component.unknowns);
        for (const Equation& equation : component.equations) {
            std::vector<double> coefficients(static_cast<std::size_t>(component.unknowns), 0.0);
            for (auto it = equation.terms.begin(); it != equation.terms.end(); ++it)
                coefficients[static_cast<std::size_t>(it.key())] = it.value();
            program.addConstraint(coefficients, LinearProgram::Relation::Equal, equation.rhs);
        }
        return program;
    }

    Range programmedRange(const Component& component, const std::vector<double>& objective)
    {
        const LinearProgram program = solverFor(component);
        const LinearProgram::Solution low = program.minimize(objective);
        if (low.status == LinearProgram::Status::Infeasible) {
            m_consistent = false;
            return {};
        }
        const LinearProgram::Solution high = program.maximize(objective);
        Range result;
        result.minimum = low.status == LinearProgram::Status::Optimal ? low.objective : 0.0;
        result.maximum = high.status == LinearProgram::Status::Unbounded ? std::numeric_limits<double>::infinity()
                                                                         : high.objective;
        return result;
    }

    // The range of a sum of unknown atoms: independent groups add up.
    Range unknownRange(const Expression& unknown)
    {
        QMap<int, std::vector<double>> objectives; // component -> objective in its numbering
        for (auto it = unknown.begin(); it != unknown.end(); ++it) {
            const std::size_t index = static_cast<std::size_t>(m_unknownIndex.value(it.key()));
            const int componentIndex = m_componentOf[index];
            std::vector<double>& objective = objectives[componentIndex];
            objective.resize(static_cast<std::size_t>(m_components[static_cast<std::size_t>(componentIndex)].unknowns),
                             0.0);
            objective[static_cast<std::size_t>(m_localIndex[index])] = it.value();
        }
        Range total;
        for (auto it = objectives.begin(); it != objectives.end(); ++it) {
            const Component& component = m_components[static_cast<std::size_t>(it.key())];
            Range part;
            if (component.enumerated) {
                part = enumeratedRange(component, it.value());
            } else {
                m_usedProgramming = true;
                part = programmedRange(component, it.value());
            }
            total.minimum += part.minimum;
            total.maximum += part.maximum;
        }
        return total;
    }

    QList<const StatRelease*> m_releases;
    bool m_figuresOfFirst = true;
    int m_atomCount = 0;
    QHash<QString, Expression> m_expressions;
    std::vector<Equation> m_equations;
    QList<CellRef> m_hidden;
    QHash<int, double> m_known;
    bool m_consistent = true;
    bool m_prepared = false;
    bool m_usedProgramming = false;
    QHash<int, int> m_unknownIndex; // atom -> unknown
    std::vector<int> m_componentOf; // unknown -> component
    std::vector<int> m_localIndex; // unknown -> its number inside its component
    std::vector<Component> m_components;
};

bool wideEnough(const Range& range, int k)
{
    // Counts are whole numbers: a relaxation's bound rounds inwards.
    const double maximum = std::isinf(range.maximum) ? range.maximum : std::floor(range.maximum + Tolerance);
    const double minimum = std::ceil(range.minimum - Tolerance);
    return maximum >= k && maximum - minimum >= k - 1;
}

QString describeKey(const QStringList& key)
{
    return key.join(QStringLiteral(" × "));
}

// The audit with what protect() needs to act on: the failing hidden cells.
struct Verdict
{
    DisclosureAuditResult result;
    QList<CellRef> failing; // in the scope's numbering
    QList<const StatRelease*> scope;
    // For each failing cell of an earlier release, in order: the cells of this release sharing a quantity.
    QList<QList<CellRef>> sharingCells;
};

// A non-additive count table: a cell counts units also counted elsewhere, so the only bound is the
// table's grand total.
Range nonAdditiveRange(const StatTable& table, const StatCell& cell)
{
    QStringList totalKey;
    for (int d = 0; d < cell.key.size(); ++d)
        totalKey << Margin;
    const StatCell* total = table.cell(totalKey);
    if (cell.key == totalKey || !total || total->suppressed || !total->value)
        return { 0, std::numeric_limits<double>::infinity() };
    return { 0, *total->value };
}

Verdict runAudit(const StatRelease& release, const QList<StatRelease>& earlier)
{
    const int k = clampedThreshold(release.k);
    Verdict verdict;
    verdict.scope = releasesInScope(release, earlier);
    // Figures entered late make a later report disagree with an earlier one (a quarter is no longer the sum
    // of its published months). Contradictory figures cannot both be true, so the audit keeps the earlier
    // releases that agree with this one and with each other (latest period key first) and says how many it left
    // out.
    int leftOut = 0;
    auto published = std::make_unique<PublishedSystem>(verdict.scope);
    if (verdict.scope.size() > 1 && !published->feasible()) {
        QList<const StatRelease*> kept{ verdict.scope.first() };
        for (int r = verdict.scope.size() - 1; r >= 1; --r) {
            QList<const StatRelease*> trial = kept;
            trial << verdict.scope[r];
            if (PublishedSystem(trial).feasible())
                kept = trial;
            else
                ++leftOut;
        }
        verdict.scope = kept;
        published = std::make_unique<PublishedSystem>(verdict.scope);
    }
    PublishedSystem& system = *published;
    DisclosureAuditResult& result = verdict.result;

    // Hidden cells of this release.
    for (int t = 0; t < release.tables.size(); ++t) {
        const StatTable& table = release.tables[t];
        if (!isCount(table))
            continue;
        for (int c = 0; c < table.cells.size(); ++c) {
            const StatCell& cell = table.cells[c];
            if (!cell.suppressed)
                continue;
            const Range range = table.additive ? system.range(CellRef{ 0, t, c }) : nonAdditiveRange(table, cell);
            result.ranges << SuppressedRange{ table.id, cell.key, std::max(0.0, std::ceil(range.minimum - Tolerance)),
                                              std::isinf(range.maximum) ? range.maximum
                                                                        : std::floor(range.maximum + Tolerance) };
            if (!wideEnough(range, k)) {
                verdict.failing << CellRef{ 0, t, c };
                result.problems << Text::tr("Table %1, cell %2: the hidden count could be narrowed down from "
                                            "what is published.")
                                       .arg(table.id, describeKey(cell.key));
            }
        }
    }

    // Hidden cells of earlier releases that share a quantity with this release: what this release publishes
    // must not narrow them either. One already narrowed by the ledger alone is not this release's doing.
    QSet<int> atomsHere;
    for (int t = 0; t < release.tables.size(); ++t) {
        for (int c = 0; c < release.tables[t].cells.size(); ++c) {
            if (const Expression* expression = system.expressionOf(CellRef{ 0, t, c })) {
                for (int atom : expression->keys())
                    atomsHere.insert(atom);
            }
        }
    }
    std::unique_ptr<PublishedSystem> ledgerOnly;
    for (const CellRef& ref : system.hiddenCells()) {
        if (ref.release == 0)
            continue;
        const Expression* expression = system.expressionOf(ref);
        bool touches = false;
        for (int atom : expression->keys())
            touches = touches || atomsHere.contains(atom);
        if (!touches)
            continue;
        const StatRelease& owner = *verdict.scope[ref.release];
        if (wideEnough(system.range(ref), clampedThreshold(owner.k)))
            continue;
        if (!ledgerOnly)
            ledgerOnly = std::make_unique<PublishedSystem>(verdict.scope.mid(1));
        const CellRef shifted{ ref.release - 1, ref.table, ref.cell };
        if (!wideEnough(ledgerOnly->range(shifted), clampedThreshold(owner.k)))
            continue;
        verdict.failing << ref;
        QList<CellRef> sharing;
        for (int t = 0; t < release.tables.size(); ++t) {
            for (int c = 0; c < release.tables[t].cells.size(); ++c) {
                const Expression* here = system.expressionOf(CellRef{ 0, t, c });
                bool shares = false;
                for (auto it = expression->begin(); here && it != expression->end() && !shares; ++it)
                    shares = here->contains(it.key());
                if (shares)
                    sharing << CellRef{ 0, t, c };
            }
        }
        verdict.sharingCells << sharing;
        const StatTable& table = owner.tables[ref.table];
        result.problems << Text::tr("Table %1, cell %2 of the release for %3: this release would let its hidden "
                                    "count be narrowed down.")
                               .arg(table.id, describeKey(table.cells[ref.cell].key), owner.period.key());
    }

    if (!system.consistent()) {
        result.problems << Text::tr("The figures of this release do not add up, so they cannot be audited.");
    }
    result.method = system.enumerated() ? QStringLiteral("exact enumeration") : QStringLiteral("linear programming");
    if (leftOut > 0) {
        result.method += QLatin1String("; ")
            + Text::tr("%n earlier release(s) left out: their figures disagree with later ones", nullptr, leftOut);
    }
    result.passed = result.problems.isEmpty();
    return verdict;
}

struct Candidate
{
    int cell = -1;
    bool margin = false;
    double value = 0;
    QString key;

    bool betterThan(const Candidate& other) const
    {
        if (other.cell < 0)
            return true;
        if (margin != other.margin)
            return !margin;
        if (value != other.value)
            return value < other.value;
        return key < other.key;
    }
};

Candidate candidateFor(const StatTable& table, const StatTable& original, int cell)
{
    return Candidate{ cell, isMarginKey(table.cells[cell].key), original.cells[cell].value.value_or(0),
                      table.cells[cell].key.join(QChar(0x1f)) };
}

void hide(StatCell& cell)
{
    cell.suppressed = true;
    cell.value.reset();
}

// Complementary suppression inside one table: in every line with a published margin, either nothing is
// hidden or at least two components are, summing to at least k + hidden - 1 (smallest partners first).
//
// Cells in pinned (their value already follows from the ledger) are never chosen: hiding them protects nothing.
using Pinned = QSet<int>;

void applyLineRule(StatTable& table, const StatTable& original, const Pinned& pinned, int k)
{
    const QList<Line> lines = linesOf(table);
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Line& line : lines) {
            if (table.cells[line.margin].suppressed)
                continue;
            for (;;) {
                int hiddenCount = 0;
                double hiddenSum = 0;
                Candidate best;
                for (int component : line.components) {
                    if (table.cells[component].suppressed) {
                        ++hiddenCount;
                        hiddenSum += original.cells[component].value.value_or(0);
                    } else if (!pinned.contains(component)) {
                        const Candidate candidate = candidateFor(table, original, component);
                        if (candidate.betterThan(best))
                            best = candidate;
                    }
                }
                if (hiddenCount == 0 || (hiddenCount >= 2 && hiddenSum >= k + hiddenCount - 1))
                    break;
                if (best.cell < 0) {
                    // A margin over a single hidden cell equals it: the margin goes too.
                    if (hiddenCount == 1 && !pinned.contains(line.margin)) {
                        hide(table.cells[line.margin]);
                        changed = true;
                    }
                    break;
                }
                hide(table.cells[best.cell]);
                changed = true;
            }
        }
    }
}

// One more hidden cell next to a failing one of this release: the smallest published cell sharing a line
// with it, else the smallest published cell of its table.
bool hidePartnerInTable(StatTable& table, const StatTable& original, const Pinned& pinned, int failing)
{
    Candidate best;
    for (const Line& line : linesOf(table)) {
        QList<int> members = line.components;
        members << line.margin;
        if (!members.contains(failing))
            continue;
        for (int member : std::as_const(members)) {
            if (table.cells[member].suppressed || pinned.contains(member))
                continue;
            const Candidate candidate = candidateFor(table, original, member);
            if (candidate.betterThan(best))
                best = candidate;
        }
    }
    if (best.cell < 0) {
        for (int c = 0; c < table.cells.size(); ++c) {
            if (table.cells[c].suppressed || pinned.contains(c))
                continue;
            const Candidate candidate = candidateFor(table, original, c);
            if (candidate.betterThan(best))
                best = candidate;
        }
    }
    if (best.cell < 0)
        return false;
    hide(table.cells[best.cell]);
    return true;
}

} // namespace

DisclosureAuditResult DisclosureControl::audit(const StatRelease& release, const QList<StatRelease>& earlier)
{
    return runAudit(release, earlier).result;
}

DisclosureAuditResult DisclosureControl::protect(StatRelease& release, const QList<StatRelease>& earlier)
{
    const int k = clampedThreshold(release.k);
    release.k = k;
    const StatRelease original = release;

    for (StatTable& table : release.tables) {
        if (!isCount(table))
            continue;
        for (StatCell& cell : table.cells) {
            if (cell.value && *cell.value > Tolerance && *cell.value < k - Tolerance)
                hide(cell);
        }
    }
    // Cells whose value the earlier releases already give away are left published (unless small).
    QList<Pinned> pinned(release.tables.size());
    if (!earlier.isEmpty()) {
        PublishedSystem ledger(releasesInScope(release, earlier), false);
        for (int t = 0; t < release.tables.size(); ++t) {
            if (!isCount(release.tables[t]) || !release.tables[t].additive)
                continue;
            for (int c = 0; c < release.tables[t].cells.size(); ++c) {
                const Range range = ledger.range(CellRef{ 0, t, c });
                if (range.maximum - range.minimum < Tolerance)
                    pinned[t].insert(c);
            }
        }
    }
    auto applyRules = [&] {
        for (int t = 0; t < release.tables.size(); ++t) {
            if (isCount(release.tables[t]))
                applyLineRule(release.tables[t], original.tables[t], pinned[t], k);
        }
    };
    applyRules();

    Verdict verdict = runAudit(release, earlier);
    while (!verdict.result.passed) {
        bool hidMore = false;
        int earlierIndex = 0;
        for (const CellRef& ref : std::as_const(verdict.failing)) {
            if (ref.release == 0) {
                hidMore = hidePartnerInTable(release.tables[ref.table], original.tables[ref.table], pinned[ref.table],
                                             ref.cell)
                    || hidMore;
                continue;
            }
            // A hidden cell of an earlier release: hide the smallest published cell here that shares a
            // quantity with it.
            int bestTable = -1;
            Candidate best;
            for (const CellRef& sharing : verdict.sharingCells[earlierIndex++]) {
                const StatTable& table = release.tables[sharing.table];
                if (table.cells[sharing.cell].suppressed || pinned[sharing.table].contains(sharing.cell))
                    continue;
                const Candidate candidate = candidateFor(table, original.tables[sharing.table], sharing.cell);
                if (bestTable < 0 || candidate.betterThan(best)) {
                    best = candidate;
                    bestTable = sharing.table;
                }
            }
            if (bestTable >= 0) {
                hide(release.tables[bestTable].cells[best.cell]);
                hidMore = true;
                continue;
            }
            // Those are hidden already: widen them with a partner next to one of them.
            for (const CellRef& sharing : verdict.sharingCells[earlierIndex - 1]) {
                if (hidePartnerInTable(release.tables[sharing.table], original.tables[sharing.table],
                                       pinned[sharing.table], sharing.cell)) {
                    hidMore = true;
                    break;
                }
            }
        }
        if (!hidMore)
            break;
        applyRules();
        verdict = runAudit(release, earlier);
    }

    hideSummariesOfHiddenCounts(release);
    release.audit = verdict.result;
    release.zerosMaySuppressed = true;
    release.method = Text::tr("Counts from 1 to %1 hidden, with complementary suppression checked by an audit of "
                              "every release against the ledger.")
                         .arg(k - 1);
    return release.audit;
}

} // namespace peerdesk
