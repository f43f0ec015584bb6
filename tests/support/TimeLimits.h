#pragma once

#include <QtGlobal>

// Time limits of the tests that check speed or wait for a program. The sanitizer build (scripts/test --sanitize:
// Debug, AddressSanitizer, UBSan) runs the same code several times slower, so there the limits are stretched:
// it checks memory and undefined behaviour, and still catches what is far too slow (quadratic work, a hang),
// but not the speed targets, which the ordinary build checks.
namespace peerdesk::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 SlowdownFactor = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr qint64 SlowdownFactor = 5;
#else
inline constexpr qint64 SlowdownFactor = 1;
#endif
#else
inline constexpr qint64 SlowdownFactor = 1;
#endif

// `ms` in the ordinary build, more under sanitizers.
constexpr qint64 timeLimitMs(qint64 ms)
{
    return ms * SlowdownFactor;
}

} // namespace peerdesk::test
