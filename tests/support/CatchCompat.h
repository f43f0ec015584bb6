#pragma once

// Debian 12 ships Catch2 2.13 (single header); newer systems ship 3.x (split headers). Tests include this
// file only, so they compile against either.
#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#define PEERDESK_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QString>

#include <ostream>

// Lets CHECK(a == b) print QStrings readably on failure.
inline std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << '"' << value.toStdString() << '"';
}
