#pragma once

#include <vector>

namespace peerdesk {

// A small dense linear program: minimise or maximise c·x subject to rows a·x (<=, =, >=) b and x >= 0.
// Two-phase simplex on a full tableau with Bland's rule, so it never cycles; doubles compared with a
// tolerance. Meant for the disclosure audit's problems (tens to a few hundred variables), not for big models.
class LinearProgram final
{
public:
    enum class Relation
    {
        LessEqual,
        Equal,
        GreaterEqual,
    };

    enum class Status
    {
        Optimal,
        Infeasible,
        Unbounded,
    };

    struct Solution
    {
        Status status = Status::Infeasible;
        double objective = 0;
        std::vector<double> values; // one per variable when Optimal
    };

    static constexpr double Epsilon = 1e-9;

    explicit LinearProgram(int variableCount);

    int variableCount() const { return m_variableCount; }
    int constraintCount() const { return static_cast<int>(m_rows.size()); }

    // Coefficients beyond the given ones are zero; extra ones are ignored.
    void addConstraint(const std::vector<double>& coefficients, Relation relation, double rhs);

    Solution minimize(const std::vector<double>& objective) const;
    Solution maximize(const std::vector<double>& objective) const;

private:
    struct Row
    {
        std::vector<double> coefficients;
        Relation relation = Relation::LessEqual;
        double rhs = 0;
    };

    int m_variableCount = 0;
    std::vector<Row> m_rows;
};

} // namespace peerdesk
