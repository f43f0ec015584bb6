#include "core/security/SecureBuffer.h"

#include <cstring>
#include <new>
#include <sodium.h>
#include <utility>

namespace peerdesk {

bool initialiseSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    initialiseSodium();
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc(); // locked memory exhausted: nothing sensible can continue
    sodium_memzero(m_data, size);
    m_size = size;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0)
        randombytes_buf(buffer.m_data, size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const void* data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0)
        std::memcpy(buffer.m_data, data, size);
    return buffer;
}

void SecureBuffer::truncate(std::size_t newSize)
{
    if (newSize >= m_size)
        return;
    sodium_memzero(m_data + newSize, m_size - newSize);
    m_size = newSize;
}

void SecureBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

// Only storage we own alone may be overwritten: detaching a shared string would just make (and wipe) one
// more copy while the shared original stays.
void wipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace peerdesk
