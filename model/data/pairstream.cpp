#include "model/data/pairstream.h"

#include "model/data/csvfilereader.h"
#include "model/data/pairrecords.h"

namespace entail {

PairStream::PairStream(CsvFileReader &reader, const PairRecords &records, std::vector<CsvRecord> first, size_t next)
    : m_reader(reader), m_records(records)
{
    m_thread = std::thread([this, first = std::move(first), next]() mutable { run(std::move(first), next); });
}

PairStream::~PairStream()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool PairStream::put(Batch batch)
{
    batch.bytesRead = m_reader.bytesRead();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || m_queue.size() < kQueuedBatches; });
    if (m_stopped)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

PairStream::Batch PairStream::take()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty(); });
    Batch batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

void PairStream::run(std::vector<CsvRecord> records, size_t next)
{
    Batch batch;
    for (;;) {
        for (; next < records.size(); ++next) {
            if (PairRecords::isBlank(records[next]))
                continue;
            Row row;
            row.line = records[next].line;
            if (!m_records.readPair(records[next], &row.pair, &batch.error)) {
                batch.failed = batch.last = true;
                put(std::move(batch));
                return;
            }
            batch.rows.push_back(std::move(row));
        }
        records.clear();
        if (batch.rows.size() >= kBatchRows && !put(std::exchange(batch, Batch())))
            return;
        next = 0;
        if (!m_reader.next(&records, &batch.error)) {
            batch.failed = batch.last = true;
            put(std::move(batch));
            return;
        }
        if (records.empty()) {
            batch.last = true;
            put(std::move(batch));
            return;
        }
    }
}

}  // namespace entail
