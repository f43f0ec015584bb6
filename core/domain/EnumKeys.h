#pragma once

#include <QString>

#include <iterator>
#include <optional>
#include <type_traits>

namespace peerdesk {

// The reverse of an enum's key function: the value in all whose key is key, or nullopt. Each enum keeps its
// key function a switch, so the compiler flags a value that was added without a key.
template <typename Range, typename KeyOf>
auto enumFromKey(const Range& all, KeyOf keyOf, const QString& key)
    -> std::optional<std::decay_t<decltype(*std::begin(all))>>
{
    for (const auto& value : all) {
        if (keyOf(value) == key)
            return value;
    }
    return std::nullopt;
}

} // namespace peerdesk
