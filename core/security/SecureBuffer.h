#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <string_view>

namespace peerdesk {

// Bytes that must never reach swap, a core dump or freed heap: allocated with sodium_malloc (guarded,
// mlock'ed pages) and wiped by sodium_free. Move-only, so there is exactly one copy of each secret.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size); // zero-filled
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(const void* data, std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    std::string_view view() const { return { chars(), m_size }; }

    // Shrinks the logical size (e.g. to drop a trailing newline); the dropped bytes are wiped.
    void truncate(std::size_t newSize);
    void clear(); // wipes and frees

    bool equals(const SecureBuffer& other) const; // constant time for equal sizes

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QString's / QByteArray's storage in place. Qt makes copies we cannot reach (e.g. inside
// QLineEdit's undo history), so this is damage limitation for the copies we own, not a guarantee.
void wipe(QString& text);
void wipe(QByteArray& bytes);

// Initialises libsodium once; false if the CPU or OS cannot support it.
bool initialiseSodium();

} // namespace peerdesk
