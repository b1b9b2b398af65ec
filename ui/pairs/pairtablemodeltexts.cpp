// PairTableModel's texts when it does not hold them (a large project): read from the store by key for the
// rows the table shows, and kept for the last kCachedPairs pairs read.
#include "ui/pairs/pairtablemodel.h"

namespace entail {

QString PairTableModel::text(int row, int tweet) const
{
    const Pair &p = m_pairs[size_t(row)];
    if (holdsTexts())
        return tweet == 0 ? p.first.text : p.second.text;
    if (const std::array<QString, 2> *cached = m_textCache.object(p.key))
        return (*cached)[size_t(tweet)];
    auto texts = std::make_unique<std::array<QString, 2>>();
    for (const ProjectStore::PairText &t : m_textSource.texts({p.key}))
        if (t.key == p.key)
            *texts = {t.first, t.second};
    const QString out = (*texts)[size_t(tweet)];
    m_textCache.insert(p.key, texts.release());
    return out;
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
