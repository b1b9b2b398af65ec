#include "model/store/projectimport.h"

#include "model/data/csvfilereader.h"
#include "model/data/pairrecords.h"
#include "model/data/pairstream.h"
#include "model/data/splits.h"
#include "model/store/pairimport.h"
#include "model/store/projectbuilder.h"

#include <QFileInfo>

namespace entail {

namespace {

quint64 idsHash(const Pair &pair)
{
    return quint64(qHash(pair.first.id, 0x9e3779b97f4a7c15ULL)) ^ (quint64(qHash(pair.second.id, 17)) * 31);
}

}  // namespace

ProjectImport::ProjectImport(const QString &csvPath, const ImportOptions &options)
    : m_csv(csvPath), m_options(options)
{
}

ProjectImport::~ProjectImport() = default;

void ProjectImport::setProgress(std::function<void(const ImportProgress &)> callback, int intervalMs)
{
    m_progress = std::move(callback);
    m_intervalMs = intervalMs;
}

void ProjectImport::report(qint64 bytesRead, qint64 bytesTotal, bool force)
{
    const qint64 now = m_clock.elapsed();
    if (!m_progress || (!force && now - m_lastReport < m_intervalMs))
        return;
    m_lastReport = now;
    m_progress(ImportProgress{m_counts.pairs, bytesRead, bytesTotal, now});
}

ProjectImport::Result ProjectImport::readHeader(CsvFileReader &reader, std::vector<CsvRecord> *records, size_t *next,
                                                QString *message)
{
    InputError error;
    m_records = std::make_unique<PairRecords>(m_csv, QFileInfo(m_csv).absolutePath(), m_options);
    if (!reader.open(Importer::kMaxCsvBytes, &error)) {
        *message = error.toString();
        return Result::BadInput;
    }
    for (;;) {
        if (!reader.next(records, &error)) {
            *message = error.toString();
            return Result::BadInput;
        }
        if (records->empty()) {
            m_records->fail(0, tr("the file holds only blank lines"), &error);
            *message = error.toString();
            return Result::BadInput;
        }
        *next = 0;
        while (*next < records->size() && PairRecords::isBlank((*records)[*next]))
            ++*next;
        if (*next < records->size())
            break;
    }
    if (!m_records->readHeader((*records)[(*next)++], &error)) {
        *message = error.toString();
        return Result::BadInput;
    }
    return Result::Ok;
}

// Entailment is directional, so (id_1, id_2) and (id_2, id_1) are two pairs; the same ordered pair twice
// would be one pair with two labels. Only a hash of the ids is kept per pair; a match is checked on the pair.
bool ProjectImport::isNewPair(const Pair &pair, int line, const std::vector<Pair> &batch, const PairImport &writer,
                              InputError *error)
{
    const quint64 hash = idsHash(pair);
    const qint64 batchStart = m_counts.pairs - qint64(batch.size());
    for (auto it = m_seen.constFind(hash); it != m_seen.cend() && it.key() == hash; ++it) {
        const qint64 index = it.value().index;
        const bool same = index >= batchStart
            ? batch[size_t(index - batchStart)].first.id == pair.first.id
                && batch[size_t(index - batchStart)].second.id == pair.second.id
            : writer.sameIds(m_keys[size_t(index)], pair);
        if (same)
            return m_records->fail(line,
                                   tr("pair %1/%2 already appears on line %3")
                                       .arg(PairRecords::shown(pair.first.id), PairRecords::shown(pair.second.id))
                                       .arg(it.value().line),
                                   error);
    }
    m_seen.insert(hash, Seen{line, m_counts.pairs});
    return true;
}

void ImportCounts::add(const Pair &pair)
{
    ++pairs;
    if (isValidLabel(pair.currentLabel))
        ++labels[size_t(pair.currentLabel)];
    else
        ++unlabeled;
    for (const Tweet *t : {&pair.first, &pair.second})
        ++(t->imageMissing ? imagesMissing : imagesFound);
}

void ProjectImport::count(const Pair &pair)
{
    m_counts.add(pair);  // its split is known only at the end
    m_labels.push_back(qint8(pair.currentLabel));
}

bool ProjectImport::flush(std::vector<Pair> &batch, PairImport &writer, const QString &annotator, QString *message)
{
    if (!writer.add(batch, annotator, message))
        return false;
    for (const Pair &p : batch)
        m_keys.push_back(p.key);
    batch.clear();
    return true;
}

ProjectImport::Result ProjectImport::readRows(CsvFileReader &reader, std::vector<CsvRecord> records, size_t next,
                                              PairImport &writer, const QString &annotator, QString *message)
{
    InputError error;
    std::vector<Pair> batch;
    PairStream stream(reader, *m_records, std::move(records), next);
    for (;;) {
        PairStream::Batch read = stream.take();
        for (PairStream::Row &row : read.rows) {
            if (!isNewPair(row.pair, row.line, batch, writer, &error)
                || !m_records->resolveImages(row.line, &row.pair, &error)) {
                *message = error.toString();
                return Result::BadInput;
            }
            count(row.pair);
            batch.push_back(std::move(row.pair));
            if (batch.size() >= size_t(kBatchPairs) && !flush(batch, writer, annotator, message))
                return Result::Failed;
        }
        report(read.bytesRead, reader.size(), false);
        if (read.failed) {
            *message = read.error.toString();
            return Result::BadInput;
        }
        if (read.last)
            break;
    }
    return flush(batch, writer, annotator, message) ? Result::Ok : Result::Failed;
}

ProjectImport::Result ProjectImport::finish(ProjectBuilder &builder, PairImport &writer, const QString &imagesDir,
                                            QString *message)
{
    const std::vector<Split> splits = stratifiedSplits(m_labels, kSplitSeed);
    for (const Split s : splits)
        ++m_counts.splits[size_t(s)];
    Dataset description;
    description.sourceFile = QFileInfo(m_csv).absoluteFilePath();
    description.hasPathColumns = m_records->hasPathColumns();
    description.hasLabelIdx = m_records->hasLabelIdx();
    const bool ok = writer.finish(m_keys, splits, description, message)
        && (imagesDir.isEmpty() || builder.store().setMeta(QStringLiteral("images_dir"), imagesDir, message))
        && builder.finish(message);
    return ok ? Result::Ok : Result::Failed;
}

ProjectImport::Result ProjectImport::run(ProjectBuilder &builder, const QString &annotator, const QString &imagesDir,
                                         QString *message)
{
    const Result result = build(builder, annotator, imagesDir, message);
    if (result == Result::Failed)
        message->replace(builder.temporaryPath(), builder.path());  // the user knows the project's name
    return result;
}

ProjectImport::Result ProjectImport::build(ProjectBuilder &builder, const QString &annotator, const QString &imagesDir,
                                           QString *message)
{
    m_clock.start();
    CsvFileReader reader(m_csv, kPartBytes);
    std::vector<CsvRecord> records;
    size_t next = 0;
    Result result = readHeader(reader, &records, &next, message);
    if (result != Result::Ok)
        return result;
    if (!builder.create(message))
        return Result::Failed;
    PairImport writer(builder.store());
    if (!writer.begin(message))
        return Result::Failed;
    result = readRows(reader, std::move(records), next, writer, annotator, message);
    if (result != Result::Ok)
        return result;
    if (m_counts.pairs == 0) {
        InputError error;
        m_records->fail(0, tr("no pairs (only a header)"), &error);
        *message = error.toString();
        return Result::BadInput;
    }
    report(reader.size(), reader.size(), true);
    return finish(builder, writer, imagesDir, message);
}

}  // namespace entail
