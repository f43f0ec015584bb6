#pragma once

// Shared by the fuzz targets (fuzz/*Fuzz.cpp). Each target is built twice: by clang with libFuzzer, ASan and
// UBSan (scripts/fuzz), and in the ordinary build with ReplayMain.cpp, which runs the seed corpus and every saved
// crash (fuzz/regressions/) through it as a CTest test.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// libFuzzer calls it once per input; so does ReplayMain.cpp. Returns 0 (inputs are never rejected).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// An invariant of the code under test. A broken one is a finding like a crash: it aborts, so that libFuzzer
// saves the input and the replay test fails. Independent of NDEBUG, so release builds check it too.
#define PEERDESK_FUZZ_CHECK(condition)                                                                                 \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace peerdesk::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace peerdesk::fuzz
