// ProjectSession in team mode: the window's labels are this annotator's own (ProjectStore::recordAnnotatorLabel),
// and the pair's current label is whatever the project's rule derives from everyone's (the rest: projectsession.cpp).
#include "ui/session/projectsession.h"

#include "ui/pairs/pairtablemodel.h"

namespace entail {

QString ProjectSession::identity() const
{
    if (isOpen() && m_store->isServer())
        return m_store->serverIdentity();
    return m_annotator;
}

bool ProjectSession::reportWriteError(const QString &error)
{
    if (m_store->isServer() && isConnectionError(error))
        Q_EMIT connectionLost(error);  // the window's banner says so; reconnecting follows
    else
        Q_EMIT errorOccurred(tr("The label was not saved"), error);
    return false;
}

bool ProjectSession::recordOwnLabel(qint64 key, int label, int *previous)
{
    const int row = m_pairs->rowOfKey(key);
    if (row < 0 || !isOpen())
        return false;
    QString error;
    const bool written = isValidLabel(label) ? m_store->recordAnnotatorLabel(key, label, m_annotator, &error, previous)
                                             : m_store->withdrawAnnotatorLabel(key, m_annotator, &error, previous);
    if (!written)
        return reportWriteError(error);
    m_store->checkpoint();
    // The rule (in the store, or the server's trigger) decided the pair's label: show what it stored.
    if (const std::optional<Pair> stored = m_store->pair(key); stored && stored->currentLabel != m_pairs->pair(row).currentLabel)
        m_pairs->setData(m_pairs->index(row, PairTableModel::CurrentLabel), stored->currentLabel);
    Q_EMIT ownLabelRecorded(key, label);
    Q_EMIT labelApplied(key);
    return true;
}

}  // namespace entail
