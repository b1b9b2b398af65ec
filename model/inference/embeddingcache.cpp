#include "model/inference/embeddingcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>

namespace entail {

QByteArray EmbeddingCache::imageKey(const QString &file)
{
    const QFileInfo info(file);
    if (file.isEmpty() || !info.exists())
        return {};
    // Path plus size and modification time: a replaced image gets a new key.
    return QByteArrayLiteral("i:") + info.absoluteFilePath().toUtf8() + '\0'
        + QByteArray::number(info.size()) + '\0'
        + QByteArray::number(info.lastModified().toMSecsSinceEpoch());
}

QByteArray EmbeddingCache::textKey(const QString &first, const QString &second)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(first.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(second.toUtf8());
    return QByteArrayLiteral("t:") + h.result();
}

torch::Tensor EmbeddingCache::find(const QByteArray &key)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return {};
    m_entries.splice(m_entries.begin(), m_entries, it.value());
    return m_entries.front().second;
}

void EmbeddingCache::insert(const QByteArray &key, const torch::Tensor &value)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        m_entries.erase(it.value());
    m_entries.emplace_front(key, value);
    m_index.insert(key, m_entries.begin());
    while (int(m_entries.size()) > m_capacity) {
        m_index.remove(m_entries.back().first);
        m_entries.pop_back();
    }
}

void EmbeddingCache::clear()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_entries.clear();
    m_index.clear();
}

int EmbeddingCache::size() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return int(m_entries.size());
}

}  // namespace entail
