#include "model/store/projectexport.h"

#include "model/core/labels.h"
#include "model/core/outputpath.h"
#include "model/data/csv.h"
#include "model/data/exportpaths.h"
#include "model/data/importer.h"
#include "model/store/paircursor.h"
#include "model/store/projectcopy.h"
#include "model/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <algorithm>
#include <array>

namespace entail {

namespace {

constexpr qsizetype kPartBytes = 1 << 20;  // written, then reused: the export's memory

struct Options {
    QString target;
    bool jsonl = false;
    bool absolute = false;
    bool pathColumns = false;  // the project's; turned on when a found image meets a project without them
    bool labelIdx = false;
};

enum class Pass { Done, NeedsPathColumns, Damaged, Failed };

// One attempt at the whole file: its temporary file disappears unless commit() succeeds.
class Output final {
public:
    explicit Output(const QString &target) : m_file(target)
    {
        // Unbuffered: QSaveFile::commit() (Qt 6.4) misses an error met only by its final flush
        // (OutputPath::writeAtomically); the parts written here are large anyway.
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        m_part.reserve(kPartBytes + kPartBytes / 4);
    }
    QByteArray &part() { return m_part; }
    bool write()
    {
        m_ok = m_ok && m_file.write(m_part) == m_part.size();
        m_part.clear();  // keeps its capacity
        return m_ok;
    }
    bool writeIfFull() { return m_part.size() < kPartBytes || write(); }
    bool commit() { return write() && (m_ok = m_file.commit()); }
    bool ok() const { return m_ok; }
    QString error(const QString &target) const { return OutputPath::writeError(target, m_file); }

private:
    QSaveFile m_file;
    QByteArray m_part;
    bool m_ok = false;
};

// A stored text as a CSV field; false for a NUL character. Stored texts are the UTF-8 Qt wrote; anything else
// goes through QString as the window would read it (invalid bytes become U+FFFD), as before the streaming.
bool addField(QByteArray &out, const PairCursor &cursor, PairCursor::Column column)
{
    const QByteArrayView bytes = cursor.utf8(column);
    if (bytes.contains('\0'))
        return false;
    if (bytes.isValidUtf8())
        CsvWriter::append(out, bytes);
    else
        CsvWriter::append(out, cursor.text(column).toUtf8());
    return true;
}

// A tweet's path column: rebased when its image was found (and the folder to name at import noted).
bool addPathColumn(QByteArray &out, const PairCursor &cursor, int tweet, const Options &o,
                   ExportPaths::OutsideFolder &outside)
{
    const auto file = tweet == 1 ? PairCursor::ImageFile1 : PairCursor::ImageFile2;
    if (cursor.integer(tweet == 1 ? PairCursor::ImageMissing1 : PairCursor::ImageMissing2) != 0
        || cursor.utf8(file).isEmpty())
        return addField(out, cursor, tweet == 1 ? PairCursor::ImagePath1 : PairCursor::ImagePath2);
    const QString image = cursor.text(file);
    outside.add(image);
    const QString column = ExportPaths::pathColumn(QDir(QFileInfo(o.target).absolutePath()), image, o.absolute);
    CsvWriter::append(out, column.toUtf8());
    return true;
}

bool hasFoundImage(const PairCursor &cursor)
{
    return (cursor.integer(PairCursor::ImageMissing1) == 0 && !cursor.utf8(PairCursor::ImageFile1).isEmpty())
        || (cursor.integer(PairCursor::ImageMissing2) == 0 && !cursor.utf8(PairCursor::ImageFile2).isEmpty());
}

// One row of Exporter::csvBytes; false for a NUL character.
bool addCsvRow(QByteArray &out, const PairCursor &cursor, const Options &o, ExportPaths::OutsideFolder &outside)
{
    static const std::array<QByteArray, 4> labels{labelName(kNoLabel).toUtf8(), labelName(0).toUtf8(),
                                                  labelName(1).toUtf8(), labelName(2).toUtf8()};
    constexpr PairCursor::Column kTweets[] = {PairCursor::Id1, PairCursor::Text1, PairCursor::Image1,
                                              PairCursor::Id2, PairCursor::Text2, PairCursor::Image2};
    for (const PairCursor::Column column : kTweets) {
        if (!addField(out, cursor, column))
            return false;
        out += ',';
    }
    const int label = cursor.integer(PairCursor::CurrentLabel);  // -1..2: the cursor checked it
    out += labels[size_t(label + 1)];
    for (int tweet = 1; o.pathColumns && tweet <= 2; ++tweet) {
        out += ',';
        if (!addPathColumn(out, cursor, tweet, o, outside))
            return false;
    }
    if (o.labelIdx) {
        out += ',';
        if (isValidLabel(label))
            out += QByteArray::number(label);
    }
    out += '\n';
    return true;
}

// One line of Exporter::jsonLine, from the stored bytes.
void addJsonRow(QByteArray &out, const PairCursor &c)
{
    using C = PairCursor;
    const QByteArrayView id1 = c.utf8(C::Id1), text1 = c.utf8(C::Text1), image1 = c.utf8(C::Image1),
                         id2 = c.utf8(C::Id2), text2 = c.utf8(C::Text2), image2 = c.utf8(C::Image2);
    for (const QByteArrayView field : {id1, text1, image1, id2, text2, image2}) {
        if (!field.isValidUtf8()) {  // as addField: through QString, as the window reads it
            out += Exporter::jsonLine(c.pair());
            return;
        }
    }
    const Split split = Split(std::clamp(c.integer(C::SplitColumn), 0, kNumSplits - 1));
    Exporter::appendJsonLine(out, {id1, text1, image1, id2, text2, image2, c.integer(C::CurrentLabel),
                                   c.integer(C::OriginalLabel), split});
}

Pass writeRows(PairCursor &cursor, Output &output, const Options &o, ProjectExport::Result *r)
{
    ExportPaths::OutsideFolder outside(o.target);
    if (!o.jsonl)
        output.part() += Exporter::csvHeader(o.pathColumns, o.labelIdx);
    QString error;
    while (cursor.next(&error)) {
        if (o.jsonl) {
            addJsonRow(output.part(), cursor);
        } else if (!o.pathColumns && hasFoundImage(cursor)) {
            return Pass::NeedsPathColumns;
        } else if (!addCsvRow(output.part(), cursor, o, outside)) {
            r->error = Exporter::nulMessage(cursor.rowsRead(), cursor.text(PairCursor::Id1),
                                            cursor.text(PairCursor::Id2));
            return Pass::Failed;
        }
        if (!output.writeIfFull())
            break;
    }
    if (!error.isEmpty()) {
        r->error = error;
        return Pass::Damaged;
    }
    if (!output.ok() || !output.commit()) {
        r->error = output.error(o.target);
        return Pass::Failed;
    }
    r->pairs = cursor.rowsRead();
    r->imagesFolder = o.jsonl ? QString() : outside.folder();
    return Pass::Done;
}

}  // namespace

ProjectExport::Result ProjectExport::write(const ProjectStore &store, const QString &target, bool absolutePaths)
{
    Result r;
    if (store.isServer()) {
        // The cursor reads a file: a server project is copied to a temporary one first (ProjectCopy keeps
        // every row and key, so the export is the same bytes).
        QTemporaryDir dir;
        ProjectStore copy;
        const QString file = dir.filePath(QStringLiteral("export.entail"));
        if (!dir.isValid() || !ProjectCopy::copy(store.path(), file, &r.error) || !copy.open(file, &r.error)) {
            r.outcome = Outcome::Refused;
            return r;
        }
        return write(copy, target, absolutePaths);
    }
    PairCursor cursor(store);
    if (!cursor.start(&r.error)) {
        r.outcome = Outcome::Refused;
        return r;
    }
    Options o;
    o.target = target;
    o.jsonl = target.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    o.absolute = absolutePaths;
    o.pathColumns = store.meta(QStringLiteral("has_path_columns")).toInt() != 0;
    o.labelIdx = store.meta(QStringLiteral("has_label_idx")).toInt() != 0;
    Pass pass = Pass::NeedsPathColumns;
    // The header depends on whether any image was found, known only at the first found one: the rows before
    // it are written again with the path columns (usually none or a few; never more than one restart).
    for (int attempt = 0; attempt < 2 && pass == Pass::NeedsPathColumns; ++attempt) {
        if (attempt > 0 && !cursor.rewind(&r.error)) {
            r.outcome = Outcome::Refused;
            return r;
        }
        o.pathColumns = o.pathColumns || attempt > 0;
        Output output(target);
        pass = writeRows(cursor, output, o, &r);
    }
    r.outcome = pass == Pass::Done ? Outcome::Written : pass == Pass::Damaged ? Outcome::Refused : Outcome::Failed;
    return r;
}

}  // namespace entail
