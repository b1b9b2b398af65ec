#pragma once
// Encoder outputs by content key (an image file's path, size and time; a pair's two texts), so that
// predicting a pair again, or training heads on frozen encoders, does not run the encoders again.
// Thread-safe; least recently used entries go first when full.
#include <QByteArray>
#include <QHash>
#include <QString>

#include <torch/torch.h>

#include <list>
#include <mutex>

namespace entail {

class EmbeddingCache final {
public:
    explicit EmbeddingCache(int capacity = 20000) : m_capacity(capacity) {}

    static QByteArray imageKey(const QString &file);  // empty when the file does not exist
    static QByteArray textKey(const QString &first, const QString &second);

    torch::Tensor find(const QByteArray &key);  // undefined when absent
    void insert(const QByteArray &key, const torch::Tensor &value);
    void clear();
    int size() const;

private:
    using Entry = std::pair<QByteArray, torch::Tensor>;
    mutable std::mutex m_mutex;
    int m_capacity;
    std::list<Entry> m_entries;  // most recently used first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
};

}  // namespace entail
