#pragma once
// The pairs of a CSV file read on a thread of their own, a few batches ahead of whoever writes them: on two
// cores parsing (UTF-8 to text, field checks) and writing the project overlap. Memory stays bounded: at
// most kQueuedBatches batches wait. Records are checked by PairRecords::readPair; the first bad one ends
// the stream with its located error, after every pair before it.
#include "model/core/inputerror.h"
#include "model/core/types.h"
#include "model/data/csv.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace entail {

class CsvFileReader;
class PairRecords;

class PairStream final {
public:
    static constexpr size_t kBatchRows = 1000;  // or more: a batch holds whole parts of the file
    static constexpr size_t kQueuedBatches = 2;

    struct Row {
        Pair pair;
        int line = 0;
    };
    struct Batch {
        std::vector<Row> rows;
        qint64 bytesRead = 0;  // of the file, when this batch was read
        bool last = false;     // nothing follows: the file ended, or `error` says why not
        bool failed = false;
        InputError error;
    };

    // Starts reading: first the records of `first` from index `next` on (the part that held the header),
    // then the rest of `reader`. `reader` and `records` must outlive the stream.
    PairStream(CsvFileReader &reader, const PairRecords &records, std::vector<CsvRecord> first, size_t next);
    ~PairStream();  // stops reading and waits for the thread
    PairStream(const PairStream &) = delete;
    PairStream &operator=(const PairStream &) = delete;

    Batch take();  // waits for the next batch

private:
    void run(std::vector<CsvRecord> records, size_t next);
    bool put(Batch batch);  // false when the stream was stopped

    CsvFileReader &m_reader;
    const PairRecords &m_records;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_stopped = false;
    std::thread m_thread;
};

}  // namespace entail
