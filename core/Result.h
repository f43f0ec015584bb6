#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace peerdesk {

// Every failure the core reports falls in one of these categories. The numeric values are the CLI's exit
// codes (docs/cli.md) and must not change.
enum class ErrorCode
{
    Usage = 1, // the command line or API call itself is wrong
    Authentication = 2, // wrong passphrase or unknown user (never says which)
    InvalidInput = 3, // the input was refused; nothing was written
    Damaged = 4, // a vault file is damaged, truncated, too new, or verification failed
    NotPermitted = 5, // the user's role does not allow this
    Io = 6, // the file system refused (disk full, permissions, vault in use)
    Conflict = 7, // someone else changed the same record after it was read; nothing was written
};

struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message; // translated, shown to the user as is; never holds secrets or physician data
    // A program server gave up on the transaction only because another one ran at the same time (a deadlock, a
    // serialization failure): running the same work again may well succeed (Database::transaction does, a few times).
    bool transient = false;
    // A program server refused an identity cell sealed under a key it no longer takes: an administrator changed the
    // program's identity key (docs/server.md). Database::transaction fetches the new key and runs the work again.
    bool keyChanged = false;
};

inline int exitCodeFor(ErrorCode code)
{
    return static_cast<int>(code);
}

// A value or an Error. std::expected is C++23; this is the small subset we need, with the same spelling.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) { }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{ code, std::move(message) };
}

} // namespace peerdesk
