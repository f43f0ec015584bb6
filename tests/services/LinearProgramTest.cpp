#include "core/domain/LinearProgram.h"

#include "CatchCompat.h"

using namespace peerdesk;
#ifdef PEERDESK_CATCH3
using Catch::Approx;
#endif
using Relation = LinearProgram::Relation;
using Status = LinearProgram::Status;

TEST_CASE("The LP solver finds the optimum of small feasible problems", "[lp]")
{
    LinearProgram program(2);
    program.addConstraint({ 1, 1 }, Relation::LessEqual, 4);
    program.addConstraint({ 1, 3 }, Relation::LessEqual, 6);
    program.addConstraint({ 1, 0 }, Relation::LessEqual, 3);
    const auto best = program.maximize({ 3, 2 });
    REQUIRE(best.status == Status::Optimal);
    CHECK(best.objective == Approx(11));
    CHECK(best.values[0] == Approx(3));
    CHECK(best.values[1] == Approx(1));

    LinearProgram covering(2);
    covering.addConstraint({ 1, 2 }, Relation::GreaterEqual, 4);
    covering.addConstraint({ 3, 1 }, Relation::GreaterEqual, 6);
    const auto cheapest = covering.minimize({ 1, 1 });
    REQUIRE(cheapest.status == Status::Optimal);
    CHECK(cheapest.objective == Approx(2.8));

    // A negative right-hand side is x + y >= 3 in disguise.
    LinearProgram flipped(2);
    flipped.addConstraint({ -1, -1 }, Relation::LessEqual, -3);
    const auto flippedBest = flipped.minimize({ 1, 2 });
    REQUIRE(flippedBest.status == Status::Optimal);
    CHECK(flippedBest.objective == Approx(3));
}

TEST_CASE("The LP solver handles equalities, redundant rows and the range of one variable", "[lp]")
{
    LinearProgram program(3);
    program.addConstraint({ 1, 1, 1 }, Relation::Equal, 10);
    program.addConstraint({ 1, -1, 0 }, Relation::Equal, 2);
    program.addConstraint({ 2, 2, 2 }, Relation::Equal, 20); // the first row again
    const auto low = program.minimize({ 0, 0, 1 });
    const auto high = program.maximize({ 0, 0, 1 });
    REQUIRE(low.status == Status::Optimal);
    REQUIRE(high.status == Status::Optimal);
    CHECK(low.objective == Approx(0).margin(1e-9));
    CHECK(high.objective == Approx(8));
    CHECK(high.values[0] == Approx(2));
    CHECK(high.values[1] == Approx(0).margin(1e-9));
}

TEST_CASE("The LP solver reports infeasible and unbounded problems", "[lp]")
{
    LinearProgram infeasible(2);
    infeasible.addConstraint({ 1, 1 }, Relation::LessEqual, 2);
    infeasible.addConstraint({ 1, 1 }, Relation::GreaterEqual, 5);
    CHECK(infeasible.minimize({ 1, 0 }).status == Status::Infeasible);
    CHECK(infeasible.maximize({ 1, 0 }).status == Status::Infeasible);

    LinearProgram contradictory(1);
    contradictory.addConstraint({ 1 }, Relation::Equal, -1); // x >= 0 cannot be -1
    CHECK(contradictory.minimize({ 1 }).status == Status::Infeasible);

    LinearProgram unbounded(2);
    unbounded.addConstraint({ 1, -1 }, Relation::LessEqual, 1);
    CHECK(unbounded.maximize({ 1, 0 }).status == Status::Unbounded);
    CHECK(unbounded.minimize({ 1, 0 }).status == Status::Optimal);
}

TEST_CASE("The LP solver does not cycle on a degenerate problem", "[lp]")
{
    // Beale's example, which cycles under the textbook largest-coefficient rule.
    LinearProgram program(4);
    program.addConstraint({ 0.25, -60, -0.04, 9 }, Relation::LessEqual, 0);
    program.addConstraint({ 0.5, -90, -0.02, 3 }, Relation::LessEqual, 0);
    program.addConstraint({ 0, 0, 1, 0 }, Relation::LessEqual, 1);
    const auto best = program.minimize({ -0.75, 150, -0.02, 6 });
    REQUIRE(best.status == Status::Optimal);
    CHECK(best.objective == Approx(-0.05));
}
