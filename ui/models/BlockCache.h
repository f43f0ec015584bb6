#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace peerdesk {

// Rows of a long list read in blocks as a view asks for them, so a model over 100 000 rows reads only what
// is on screen. The least recently used blocks are dropped beyond a bound, keeping memory flat while
// scrolling through everything.
template <typename Row> class BlockCache final
{
public:
    using Loader = std::function<Result<QList<Row>>(qint64 offset, int limit)>;

    explicit BlockCache(int blockSize = 200, int maxBlocks = 16) : m_blockSize(blockSize), m_maxBlocks(maxBlocks) { }

    void clear()
    {
        m_blocks.clear();
        m_useOrder.clear();
        m_error.clear();
    }

    // nullptr when the row is beyond what the loader returned or loading failed (error() says why). After a
    // failure nothing is loaded again until clear(): a view asks for every cell on every paint, and the same
    // failing query must not run hundreds of times a second.
    const Row* row(qint64 index, const Loader& load)
    {
        const qint64 block = index / m_blockSize;
        auto found = m_blocks.find(block);
        if (found == m_blocks.end()) {
            if (!m_error.isEmpty())
                return nullptr;
            auto rows = load(block * m_blockSize, m_blockSize);
            if (!rows) {
                m_error = rows.error().message;
                return nullptr;
            }
            if (m_blocks.size() >= m_maxBlocks && !m_useOrder.isEmpty())
                m_blocks.remove(m_useOrder.takeFirst());
            found = m_blocks.insert(block, std::move(*rows));
        }
        m_useOrder.removeOne(block);
        m_useOrder.append(block);
        const qint64 offset = index - block * m_blockSize;
        return offset < found->size() ? &found->at(offset) : nullptr;
    }

    const QString& error() const { return m_error; }
    bool isLoaded(qint64 index) const { return m_blocks.contains(index / m_blockSize); }

    // The index of the first cached row that matches, or -1: finds an item without reading anything more.
    template <typename Predicate> qint64 indexOfCached(Predicate matches) const
    {
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            for (qsizetype i = 0; i < it->size(); ++i) {
                if (matches(it->at(i)))
                    return it.key() * m_blockSize + i;
            }
        }
        return -1;
    }

private:
    int m_blockSize;
    int m_maxBlocks;
    QHash<qint64, QList<Row>> m_blocks;
    QList<qint64> m_useOrder; // least recently used first
    QString m_error;
};

} // namespace peerdesk
