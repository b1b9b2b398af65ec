#pragma once
// A tweets CSV streamed into a new project: the file is read part by part (memory stays bounded whatever
// its size), every record is checked as Importer checks it (located errors, duplicate ordered pairs, text
// limits, confined image paths), pairs are written in batches (PairImport), the stratified split is assigned
// from the labels at the end, and the project appears under its name only when complete (ProjectBuilder).
#include "model/data/csv.h"
#include "model/data/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMultiHash>
#include <array>
#include <functional>
#include <memory>

namespace entail {

class CsvFileReader;
class PairImport;
class PairRecords;
class ProjectBuilder;

struct ImportProgress {
    qint64 pairs = 0;
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0;
    qint64 elapsedMs = 0;
};

// What an import wrote, for its summary.
struct ImportCounts {
    qint64 pairs = 0;
    std::array<qint64, kNumClasses> labels{};
    qint64 unlabeled = 0;
    qint64 imagesFound = 0;
    qint64 imagesMissing = 0;
    std::array<qint64, kNumSplits> splits{};

    void add(const Pair &pair);  // counts all but its split
};

class ProjectImport final {
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Result { Ok, BadInput, Failed };
    static constexpr int kBatchPairs = 5000;    // per transaction
    static constexpr qint64 kPartBytes = 1 << 20;  // of the CSV read at a time
    static constexpr quint64 kSplitSeed = 42;

    ProjectImport(const QString &csvPath, const ImportOptions &options);
    ~ProjectImport();
    // Called about every `intervalMs` while pairs are written, and once at the end.
    void setProgress(std::function<void(const ImportProgress &)> callback, int intervalMs = 1000);

    // Builds the project with `builder` (its lock taken or takeable). BadInput: `message` names the CSV's
    // file and line; Failed: the project could not be written (named). `imagesDir` is recorded if not empty.
    Result run(ProjectBuilder &builder, const QString &annotator, const QString &imagesDir, QString *message);
    const ImportCounts &counts() const { return m_counts; }

private:
    struct Seen {
        int line;
        qint64 index;  // in import order
    };
    Result readHeader(CsvFileReader &reader, std::vector<CsvRecord> *records, size_t *next, QString *message);
    Result readRows(CsvFileReader &reader, std::vector<CsvRecord> records, size_t next, PairImport &writer,
                    const QString &annotator, QString *message);
    bool isNewPair(const Pair &pair, int line, const std::vector<Pair> &batch, const PairImport &writer,
                   InputError *error);
    bool flush(std::vector<Pair> &batch, PairImport &writer, const QString &annotator, QString *message);
    void count(const Pair &pair);
    Result build(ProjectBuilder &builder, const QString &annotator, const QString &imagesDir, QString *message);
    Result finish(ProjectBuilder &builder, PairImport &writer, const QString &imagesDir, QString *message);
    void report(qint64 bytesRead, qint64 bytesTotal, bool force);

    QString m_csv;
    ImportOptions m_options;
    std::unique_ptr<PairRecords> m_records;
    std::function<void(const ImportProgress &)> m_progress;
    int m_intervalMs = 1000;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
    QMultiHash<quint64, Seen> m_seen;  // a hash of "id_1/id_2" -> where it was
    std::vector<qint64> m_keys;        // every added pair's key, in import order
    std::vector<qint8> m_labels;       // and its label, for the split
    ImportCounts m_counts;
};

}  // namespace entail
