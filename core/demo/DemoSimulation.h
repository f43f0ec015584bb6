#pragma once

#include "core/Result.h"

#include <QDate>

namespace peerdesk {

class DemoClock;
class VaultSession;
struct DemoOptions;
struct DemoSummary;

namespace demo {

// Plays a program's history into an empty vault through the services, as coordinators would have lived it:
// supporters joining, training and retiring, requests arriving and going through triage, matching, conversations and
// closing, groups meeting. The clock moves through the past as events are played; everything after "now" stays ahead.
Result<void> simulate(VaultSession& session, DemoClock& clock, const DemoOptions& options);

// The counts DemoData::generate reports (DemoSummary.cpp).
Result<DemoSummary> summarise(VaultSession& session, const QDate& today);

} // namespace demo

} // namespace peerdesk
