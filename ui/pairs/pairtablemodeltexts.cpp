// PairTableModel's texts when it does not hold them (a large project): read from the store by key for the
// rows the table shows, and kept for the last kCachedPairs pairs read.
#include "ui/pairs/pairtablemodel.h"

namespace entail {

const std::array<QString, 2> *PairTableModel::textsOf(int row) const
{
    const qint64 key = m_pairs[size_t(row)].key;
    if (const std::array<QString, 2> *cached = m_textCache.object(key))
        return cached;
    for (const ProjectStore::PairText &t : m_textSource.texts({key}))
        if (t.key == key) {
            auto *texts = new std::array<QString, 2>{t.first, t.second};
            m_textCache.insert(key, texts);
            return texts;
        }
    return nullptr;  // not cached: asked again next time
}

QString PairTableModel::text(int row, int tweet) const
{
    const Pair &p = m_pairs[size_t(row)];
    if (holdsTexts())
        return tweet == 0 ? p.first.text : p.second.text;
    const std::array<QString, 2> *texts = textsOf(row);
    return texts ? (*texts)[size_t(tweet)] : tr("(this text could not be read from the project)");
}

Pair PairTableModel::pairWithTexts(int row) const
{
    Pair p = m_pairs[size_t(row)];
    if (!holdsTexts()) {
        p.first.text = text(row, 0);
        p.second.text = text(row, 1);
    }
    return p;
}

}  // namespace entail
