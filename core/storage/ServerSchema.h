#pragma once

#include <vector>

namespace peerdesk::server_schema {

// The PostgreSQL 15 schema of a program server (docs/server.md): the local vault's final schema (Migrations.cpp,
// version 17) table for table, column for column, with the same names, rules, indexes and triggers, so that the
// repositories' SQL runs on it unchanged. Every statement names its objects without a schema: the connection's
// search_path is `pd, pg_temp`, and the schema pd exists before the first step runs.

// The numbered steps: steps()[0] is server schema version 1. Shipped steps are never edited; append new ones.
const std::vector<std::vector<const char*>>& steps();

// The newest server schema version, steps().size().
int latestVersion();

// What each group role may do, run by the schema owner after the steps (every time, so a table a later step adds gets
// its grants). The roles are named peerdesk_administrator, peerdesk_coordinator and peerdesk_reporting here; the
// caller substitutes the program's own names.
const std::vector<const char*>& grants();

} // namespace peerdesk::server_schema
