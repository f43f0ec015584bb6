#include "core/domain/LinearProgram.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

namespace peerdesk {

namespace {

// A full simplex tableau: rows B⁻¹A | B⁻¹b, the basis and the reduced costs of the current objective.
class Tableau final
{
public:
    Tableau(std::size_t rows, std::size_t columns)
        : m_cells(rows, std::vector<double>(columns + 1, 0.0))
        , m_basis(rows, 0)
        , m_reducedCosts(columns, 0.0)
        , m_columns(columns)
    {
    }

    std::vector<double>& row(std::size_t index) { return m_cells[index]; }
    std::size_t& basis(std::size_t index) { return m_basis[index]; }
    std::size_t rowCount() const { return m_cells.size(); }
    std::size_t columnCount() const { return m_columns; }
    double rhs(std::size_t index) const { return m_cells[index][m_columns]; }

    void setObjective(const std::vector<double>& costs)
    {
        m_costs = costs;
        m_reducedCosts = costs;
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            const double basicCost = costs[m_basis[i]];
            if (basicCost == 0)
                continue;
            for (std::size_t j = 0; j < m_columns; ++j)
                m_reducedCosts[j] -= basicCost * m_cells[i][j];
        }
    }

    double objective() const
    {
        double value = 0;
        for (std::size_t i = 0; i < m_cells.size(); ++i)
            value += m_costs[m_basis[i]] * rhs(i);
        return value;
    }

    // Minimises the objective over the columns below columnLimit. Bland's rule: the lowest-index improving
    // column enters; among tied ratios the row whose basic variable has the lowest index leaves.
    LinearProgram::Status minimise(std::size_t columnLimit)
    {
        for (;;) {
            std::size_t entering = columnLimit;
            for (std::size_t j = 0; j < columnLimit; ++j) {
                if (m_reducedCosts[j] < -LinearProgram::Epsilon) {
                    entering = j;
                    break;
                }
            }
            if (entering == columnLimit)
                return LinearProgram::Status::Optimal;

            std::size_t leaving = m_cells.size();
            double bestRatio = 0;
            for (std::size_t i = 0; i < m_cells.size(); ++i) {
                const double coefficient = m_cells[i][entering];
                if (coefficient <= LinearProgram::Epsilon)
                    continue;
                const double ratio = rhs(i) / coefficient;
                if (leaving == m_cells.size() || ratio < bestRatio - LinearProgram::Epsilon
                    || (std::abs(ratio - bestRatio) <= LinearProgram::Epsilon && m_basis[i] < m_basis[leaving])) {
                    leaving = i;
                    bestRatio = ratio;
                }
            }
            if (leaving == m_cells.size())
                return LinearProgram::Status::Unbounded;
            pivot(leaving, entering);
        }
    }

    void pivot(std::size_t pivotRow, std::size_t pivotColumn)
    {
        std::vector<double>& source = m_cells[pivotRow];
        const double divisor = source[pivotColumn];
        for (double& value : source)
            value /= divisor;
        source[pivotColumn] = 1.0;
        for (std::size_t i = 0; i < m_cells.size(); ++i) {
            if (i == pivotRow)
                continue;
            const double factor = m_cells[i][pivotColumn];
            if (factor == 0)
                continue;
            for (std::size_t j = 0; j <= m_columns; ++j)
                m_cells[i][j] -= factor * source[j];
            m_cells[i][pivotColumn] = 0.0;
        }
        const double factor = m_reducedCosts[pivotColumn];
        if (factor != 0) {
            for (std::size_t j = 0; j < m_columns; ++j)
                m_reducedCosts[j] -= factor * source[j];
            m_reducedCosts[pivotColumn] = 0.0;
        }
        m_basis[pivotRow] = pivotColumn;
    }

    void removeRow(std::size_t index)
    {
        m_cells.erase(m_cells.begin() + static_cast<std::ptrdiff_t>(index));
        m_basis.erase(m_basis.begin() + static_cast<std::ptrdiff_t>(index));
    }

private:
    std::vector<std::vector<double>> m_cells;
    std::vector<std::size_t> m_basis;
    std::vector<double> m_reducedCosts;
    std::vector<double> m_costs;
    std::size_t m_columns = 0;
};

} // namespace

LinearProgram::LinearProgram(int variableCount) : m_variableCount(variableCount < 0 ? 0 : variableCount) { }

void LinearProgram::addConstraint(const std::vector<double>& coefficients, Relation relation, double rhs)
{
    Row row;
    row.coefficients.assign(static_cast<std::size_t>(m_variableCount), 0.0);
    for (std::size_t j = 0; j < coefficients.size() && j < row.coefficients.size(); ++j)
        row.coefficients[j] = coefficients[j];
    row.relation = relation;
    row.rhs = rhs;
    // The tableau starts from a basis of slacks and artificials, which needs b >= 0.
    if (row.rhs < 0) {
        for (double& value : row.coefficients)
            value = -value;
        row.rhs = -row.rhs;
        if (row.relation == Relation::LessEqual)
            row.relation = Relation::GreaterEqual;
        else if (row.relation == Relation::GreaterEqual)
            row.relation = Relation::LessEqual;
    }
    m_rows.push_back(std::move(row));
}

LinearProgram::Solution LinearProgram::maximize(const std::vector<double>& objective) const
{
    std::vector<double> negated(objective);
    for (double& value : negated)
        value = -value;
    Solution solution = minimize(negated);
    solution.objective = -solution.objective;
    return solution;
}

LinearProgram::Solution LinearProgram::minimize(const std::vector<double>& objective) const
{
    const std::size_t n = static_cast<std::size_t>(m_variableCount);
    std::size_t slackCount = 0;
    std::size_t artificialCount = 0;
    for (const Row& row : m_rows) {
        if (row.relation != Relation::Equal)
            ++slackCount;
        if (row.relation != Relation::LessEqual)
            ++artificialCount;
    }
    const std::size_t realColumns = n + slackCount;
    const std::size_t columns = realColumns + artificialCount;

    Tableau tableau(m_rows.size(), columns);
    std::size_t nextSlack = n;
    std::size_t nextArtificial = realColumns;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& source = m_rows[i];
        std::vector<double>& target = tableau.row(i);
        for (std::size_t j = 0; j < n; ++j)
            target[j] = source.coefficients[j];
        target[columns] = source.rhs;
        switch (source.relation) {
        case Relation::LessEqual:
            target[nextSlack] = 1.0;
            tableau.basis(i) = nextSlack++;
            break;
        case Relation::GreaterEqual:
            target[nextSlack++] = -1.0;
            target[nextArtificial] = 1.0;
            tableau.basis(i) = nextArtificial++;
            break;
        case Relation::Equal:
            target[nextArtificial] = 1.0;
            tableau.basis(i) = nextArtificial++;
            break;
        }
    }

    Solution solution;
    if (artificialCount > 0) {
        std::vector<double> phaseOne(columns, 0.0);
        for (std::size_t j = realColumns; j < columns; ++j)
            phaseOne[j] = 1.0;
        tableau.setObjective(phaseOne);
        tableau.minimise(columns);
        double scale = 1.0;
        for (const Row& row : m_rows)
            scale = std::max(scale, std::abs(row.rhs));
        if (tableau.objective() > 1e-7 * scale) {
            solution.status = Status::Infeasible;
            return solution;
        }
        // Drive the artificials still basic (at zero) out of the basis; a row with no real column left is
        // a redundant equation and goes.
        for (std::size_t i = tableau.rowCount(); i-- > 0;) {
            if (tableau.basis(i) < realColumns)
                continue;
            std::size_t replacement = realColumns;
            for (std::size_t j = 0; j < realColumns; ++j) {
                if (std::abs(tableau.row(i)[j]) > Epsilon) {
                    replacement = j;
                    break;
                }
            }
            if (replacement == realColumns)
                tableau.removeRow(i);
            else
                tableau.pivot(i, replacement);
        }
    }

    std::vector<double> costs(columns, 0.0);
    for (std::size_t j = 0; j < n && j < objective.size(); ++j)
        costs[j] = objective[j];
    tableau.setObjective(costs);
    if (tableau.minimise(realColumns) == Status::Unbounded) {
        solution.status = Status::Unbounded;
        return solution;
    }
    solution.status = Status::Optimal;
    solution.objective = tableau.objective();
    solution.values.assign(n, 0.0);
    for (std::size_t i = 0; i < tableau.rowCount(); ++i) {
        if (tableau.basis(i) < n)
            solution.values[tableau.basis(i)] = tableau.rhs(i);
    }
    return solution;
}

} // namespace peerdesk
