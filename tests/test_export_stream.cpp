// The streamed export (ProjectExport over a PairCursor): the bytes of the whole-dataset exporter (CSV and
// JSONL, texts that need quoting, a leading byte order mark, label_idx, path columns found only midway), and
// a project opened without the full damage check still refused when its pairs are damaged: a damaged page
// met while reading, a label outside the domain, a label its log disagrees with, a lost pair. A refused or
// failed export leaves the existing output as it was and no temporary file.
#include "model/core/labels.h"
#include "model/data/exportpaths.h"
#include "model/data/importer.h"
#include "model/store/projectexport.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace entail;

namespace {

// Texts that exercise every rule of CsvWriter::field, and a few that need none.
QString edgyText(int i, int tweet)
{
    const QString variants[] = {
        QStringLiteral("plain words"),
        QStringLiteral("a comma, then more"),
        QStringLiteral("she said \"no\" twice \"\""),
        QStringLiteral("two\nlines\r\nand a CR\rend"),
        QString(QChar(0xFEFF)) + QStringLiteral("starts with a byte order mark"),
        QStringLiteral("emoji \U0001F600 and accents \u00e9\u00e8"),
        QStringLiteral("back\\slash, tab\t, bell\a, unit\x1f, del\x7f, mid") + QChar(0xFEFF) + QStringLiteral("bom"),
        QString(),
    };
    return variants[(i + 3 * tweet) % 8] + QStringLiteral(" marker-%1-%2;").arg(tweet).arg(i);
}

Dataset edgyDataset(int pairs, bool labelIdx)
{
    Dataset ds;
    ds.hasLabelIdx = labelIdx;
    for (int i = 0; i < pairs; ++i) {
        Pair p;
        p.first.id = QString::number(2 * i + 1);
        p.second.id = QString::number(2 * i + 2);
        p.first.text = edgyText(i, 1);
        p.second.text = edgyText(i, 2);
        p.first.imageUrl = QStringLiteral("http://example.org/%1.jpg").arg(i);
        p.originalLabel = p.currentLabel = (i % 4) - 1;  // kNoLabel and the three labels
        p.split = Split(i % kNumSplits);
        ds.pairs.push_back(p);
    }
    return ds;
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

// The JSONL line as Qt's JSON writer gave it before it was written by hand (Exporter::appendJsonLine).
QByteArray qtJsonLine(const Pair &pair)
{
    const auto label = [](int l) { return isValidLabel(l) ? QJsonValue(labelName(l)) : QJsonValue(QJsonValue::Null); };
    const QString splits[] = {QStringLiteral("train"), QStringLiteral("validation"), QStringLiteral("test")};
    const QJsonObject object{
        {QStringLiteral("id_1"), pair.first.id},          {QStringLiteral("text_1"), pair.first.text},
        {QStringLiteral("image_1"), pair.first.imageUrl}, {QStringLiteral("id_2"), pair.second.id},
        {QStringLiteral("text_2"), pair.second.text},     {QStringLiteral("image_2"), pair.second.imageUrl},
        {QStringLiteral("label"), label(pair.currentLabel)},
        {QStringLiteral("original_label"), label(pair.originalLabel)},
        {QStringLiteral("split"), splits[int(pair.split)]},
    };
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    line.replace("\xEF\xBB\xBF", "\\ufeff");
    return line + '\n';
}

// What the exporter of a whole Dataset writes for the project as `target`.
QByteArray wholeDatasetBytes(const QString &project, const QString &target)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, &error))
        return error.toUtf8();
    Dataset ds = store.dataset();
    QByteArray bytes;
    if (target.endsWith(QLatin1String(".jsonl"))) {
        for (const Pair &p : ds.pairs)
            bytes += qtJsonLine(p);
        return bytes;
    }
    ExportPaths::rebase(ds, target, false);
    return Exporter::csvBytes(ds, &bytes, &error) ? bytes : error.toUtf8();
}

ProjectExport::Result streamedExport(const QString &project, const QString &target)
{
    ProjectStore store;
    ProjectExport::Result r;
    if (!store.open(project, &r.error, {}, ProjectStore::Access::ReadWrite, ProjectStore::Checks::WhileReading)) {
        r.outcome = ProjectExport::Outcome::Refused;
        return r;
    }
    return ProjectExport::write(store, target, false);
}

bool execSql(const QString &project, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(project);
        QSqlQuery q(db);
        ok = db.open() && q.exec(sql);
        if (!ok)
            qWarning() << q.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

}  // namespace

class TestExportStream : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;

    QString newProject(const Dataset &ds)
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.entail").arg(++m_projects));
        ProjectStore store;
        QString error;
        Dataset copy = ds;
        if (!store.create(file, &error) || !store.addPairs(copy, QStringLiteral("test"), &error))
            qWarning() << error;
        return file;
    }

private Q_SLOTS:
    void csvAndJsonlAreTheWholeDatasetsBytes_data()
    {
        QTest::addColumn<bool>("labelIdx");
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << false << "out.csv";
        QTest::newRow("csv with label_idx") << true << "idx.csv";
        QTest::newRow("jsonl") << true << "out.jsonl";
    }
    void csvAndJsonlAreTheWholeDatasetsBytes()
    {
        QFETCH(bool, labelIdx);
        QFETCH(QString, name);
        const QString project = newProject(edgyDataset(700, labelIdx));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, &error), qPrintable(error));
            QVERIFY2(store.setLabels({5, 6, 7}, {2, kNoLabel, 0}, QStringLiteral("me"), QStringLiteral("human"), &error),
                     qPrintable(error));  // logged corrections
        }
        const QString target = m_dir.filePath(name);
        const ProjectExport::Result r = streamedExport(project, target);
        QVERIFY2(r.outcome == ProjectExport::Outcome::Written, qPrintable(r.error));
        QCOMPARE(r.pairs, qint64(700));
        const QByteArray expected = wholeDatasetBytes(project, target);
        QVERIFY(expected.contains(name.endsWith(QLatin1String(".jsonl")) ? QByteArray("\"\\ufeffstarts with")
                                                                          : QByteArray("\"\xEF\xBB\xBF" "starts with")));
        QCOMPARE(readAll(target), expected);
    }

    // The header has path columns when any image was found, which the streamed export learns at that pair.
    void aFoundImageMidwayAddsThePathColumns()
    {
        const QString project = newProject(edgyDataset(400, false));
        const QString image = m_dir.filePath(QStringLiteral("pics/a.png"));
        {
            ProjectStore store;
            QString error;
            QVERIFY2(store.open(project, &error), qPrintable(error));
            std::optional<Pair> p = store.pair(250);
            QVERIFY(p);
            p->second.imageFile = image;
            p->second.imageMissing = false;
            QVERIFY2(store.setImageInfo({*p}, &error), qPrintable(error));
        }
        const QString target = m_dir.filePath(QStringLiteral("sub/paths.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const ProjectExport::Result r = streamedExport(project, target);
        QVERIFY2(r.outcome == ProjectExport::Outcome::Written, qPrintable(r.error));
        const QByteArray written = readAll(target);
        QVERIFY(written.startsWith("id_1,text_1,image_1,id_2,text_2,image_2,label,image_1_path,image_2_path\n"));
        QVERIFY(written.contains(",../pics/a.png\n"));
        QCOMPARE(written, wholeDatasetBytes(project, target));
        QCOMPARE(r.imagesFolder, QDir::cleanPath(m_dir.filePath(QStringLiteral("pics"))));
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("paths.csv")});
    }

    // A damaged page of the pairs: not looked for at open (no quick_check), met by the cursor on its way.
    void damagedPageIsMetWhileReading()
    {
        const QString project = newProject(edgyDataset(3000, false));
        const QString target = m_dir.filePath(QStringLiteral("damage/labels.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(streamedExport(project, target).outcome == ProjectExport::Outcome::Written);
        const QByteArray good = readAll(target);

        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        const qint64 pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        const qint64 at = bytes.indexOf("marker-1-1500;");
        QVERIFY(at > 0 && bytes.indexOf("marker-1-1500;", at + 1) < 0);
        QVERIFY(file.seek(at / pageSize * pageSize));  // the b-tree page's type byte
        QCOMPARE(file.write("\x00", 1), 1);
        file.close();

        ProjectStore store;
        QString error;
        QVERIFY2(!store.open(project, &error), "the full check finds the damage");
        QVERIFY2(store.open(project, &error, {}, ProjectStore::Access::ReadWrite, ProjectStore::Checks::WhileReading),
                 qPrintable(error));
        const ProjectExport::Result r = ProjectExport::write(store, target, false);
        QVERIFY(r.outcome == ProjectExport::Outcome::Refused);
        QVERIFY2(r.error.contains(project) && r.error.contains(QStringLiteral("damaged")), qPrintable(r.error));
        QCOMPARE(readAll(target), good);
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files), QStringList{QStringLiteral("labels.csv")});
    }

    // The invariants the full check looks for before opening, found by the cursor on the row (same message).
    void invariantsAreCheckedOnEveryRow_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("words");
        QTest::newRow("label outside") << "UPDATE pairs SET original_label = 5 WHERE key = 30" << "outside -1..2";
        QTest::newRow("log disagrees") << "UPDATE pairs SET current_label = 2 WHERE key = 250" << "but its log says";
        QTest::newRow("pair lost") << "UPDATE meta SET value = '501' WHERE key = 'pair_count'" << "were imported but";
    }
    void invariantsAreCheckedOnEveryRow()
    {
        QFETCH(QString, sql);
        QFETCH(QString, words);
        const QString project = newProject(edgyDataset(500, false));
        const QString target = m_dir.filePath(QStringLiteral("inv/%1.csv").arg(m_projects));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(streamedExport(project, target).outcome == ProjectExport::Outcome::Written);
        const QByteArray good = readAll(target);
        QVERIFY(execSql(project, sql));

        ProjectStore store;
        QString fullCheck;
        QVERIFY(!store.open(project, &fullCheck));
        const ProjectExport::Result r = streamedExport(project, target);
        QVERIFY(r.outcome == ProjectExport::Outcome::Refused);
        QVERIFY2(r.error.contains(words), qPrintable(r.error));
        QCOMPARE(r.error, fullCheck);
        QCOMPARE(readAll(target), good);
    }

    // Every code point below U+3000 and a few beyond, alone and between ASCII, as Qt's JSON writer writes it.
    void jsonStringsAreQtsBytes()
    {
        QList<char32_t> points;
        for (char32_t u = 1; u < 0x3000; ++u)
            points << u;
        points << 0xFEFF << 0xFFFD << 0x1F600 << 0x10FFFF;
        for (const char32_t u : std::as_const(points)) {
            if (u >= 0xD800 && u < 0xE000)
                continue;  // surrogates: no stored UTF-8 holds them
            const QString one = QString::fromUcs4(&u, 1);
            for (const QString &text : {one, QStringLiteral("a") + one + QStringLiteral("b") + one}) {
                QByteArray expected = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
                expected = expected.mid(1, expected.size() - 2).replace("\xEF\xBB\xBF", "\\ufeff");
                QByteArray written;
                Exporter::appendJsonString(written, text.toUtf8());
                QVERIFY2(written == expected, qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QLatin1Char('0'))));
            }
        }
    }

    void nulCharacterFailsWithoutOutput()
    {
        Dataset ds = edgyDataset(20, false);
        ds.pairs[12].second.text = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        const QString project = newProject(ds);
        const QString target = m_dir.filePath(QStringLiteral("nul/labels.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const ProjectExport::Result r = streamedExport(project, target);
        QVERIFY(r.outcome == ProjectExport::Outcome::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("pair 13 ")) && r.error.contains(QStringLiteral("NUL")),
                 qPrintable(r.error));
        QVERIFY(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestExportStream)
#include "test_export_stream.moc"
