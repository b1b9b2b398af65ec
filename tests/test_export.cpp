// Exported labels keep their images: image paths are written relative to the exported file's folder (or
// absolute with --absolute-paths), and importing the file again finds every image the project had, from
// the command line and from the window's export alike. Import stays confined to the CSV's folder and the
// images folder: an export written away from the images needs that folder named (the export says which).
#include "model/data/demo.h"
#include "model/data/exportpaths.h"
#include "model/data/importer.h"
#include "model/store/store.h"
#include "testsupport.h"
#include "ui/session/projectsession.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace entail;

namespace {

struct ImageCount {
    int found = 0;
    int missing = 0;
};

ImageCount countImages(const Dataset &ds)
{
    ImageCount n;
    for (const Pair &p : ds.pairs)
        for (const Tweet *t : {&p.first, &p.second})
            (t->imageMissing ? n.missing : n.found) += 1;
    return n;
}

// "images: 110 found, 10 missing" from `entail import`.
ImageCount printedCount(const QString &out)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("images: (\\d+) found, (\\d+) missing")).match(out);
    return m.hasMatch() ? ImageCount{m.captured(1).toInt(), m.captured(2).toInt()} : ImageCount{-1, -1};
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;    // <dir>/work/demo.entail, its images in <dir>/work/demo.entail.images
    QString m_imagesDir;
    ImageCount m_images;  // what the project has

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("work")));
        m_project = path(QStringLiteral("work/demo.entail"));
        QString error;
        QVERIFY2(DemoProject::generate(m_project, &error, nullptr, 60), qPrintable(error));
        m_imagesDir = QDir::cleanPath(m_project + QStringLiteral(".images"));
        ProjectStore store;
        QVERIFY2(store.open(m_project, &error), qPrintable(error));
        m_images = countImages(store.dataset());
        QVERIFY(m_images.found > 50 && m_images.missing > 0);  // the demo leaves a few images out on purpose
    }

    void pathsAreRelativeToTheWrittenFile()
    {
        Dataset ds;
        Pair p;
        p.first.imageFile = path(QStringLiteral("work/pics/a.png"));
        p.first.imageMissing = false;
        p.second.imagePathColumn = QStringLiteral("old/b.png");  // never found: kept as imported
        ds.pairs.push_back(p);
        Dataset sub = ds;
        ExportPaths::rebase(sub, path(QStringLiteral("work/out/labels.csv")), false);
        QVERIFY(sub.hasPathColumns);
        QCOMPARE(sub.pairs[0].first.imagePathColumn, QStringLiteral("../pics/a.png"));
        QCOMPARE(sub.pairs[0].second.imagePathColumn, QStringLiteral("old/b.png"));
        Dataset beside = ds;
        ExportPaths::rebase(beside, path(QStringLiteral("work/labels.csv")), false);
        QCOMPARE(beside.pairs[0].first.imagePathColumn, QStringLiteral("pics/a.png"));
        Dataset absolute = ds;
        ExportPaths::rebase(absolute, path(QStringLiteral("work/out/labels.csv")), true);
        QCOMPARE(absolute.pairs[0].first.imagePathColumn, QDir::cleanPath(path(QStringLiteral("work/pics/a.png"))));

        QCOMPARE(ExportPaths::outsideFolder(ds, path(QStringLiteral("work/labels.csv"))), QString());
        QCOMPARE(ExportPaths::outsideFolder(ds, path(QStringLiteral("labels.csv"))), QString());
        QCOMPARE(ExportPaths::outsideFolder(ds, path(QStringLiteral("work/out/labels.csv"))),
                 QDir::cleanPath(path(QStringLiteral("work/pics"))));
        Pair other;
        other.first.imageFile = path(QStringLiteral("work/more/c.png"));
        other.first.imageMissing = false;
        ds.pairs.push_back(other);
        QCOMPARE(ExportPaths::outsideFolder(ds, path(QStringLiteral("work/out/labels.csv"))),
                 QDir::cleanPath(path(QStringLiteral("work"))));  // the one folder holding both
    }

    // entail export then entail import: every image the project had is found again.
    void cliRoundTrip_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<bool>("absolute");
        QTest::addColumn<bool>("needsImagesFolder");
        QTest::newRow("beside the project") << "work/labels.csv" << false << false;
        QTest::newRow("above the images") << "labels.csv" << false << false;
        QTest::newRow("subfolder") << "work/out/labels.csv" << false << true;
        QTest::newRow("sibling folder") << "sibling/labels.csv" << false << true;
        QTest::newRow("absolute, sibling folder") << "absolute/labels.csv" << true << true;
    }
    void cliRoundTrip()
    {
        QFETCH(QString, out);
        QFETCH(bool, absolute);
        QFETCH(bool, needsImagesFolder);
        const QString csv = path(out);
        QVERIFY(QDir().mkpath(QFileInfo(csv).absolutePath()));
        QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--project"), m_project,
                               QStringLiteral("--out"), csv};
        if (absolute)
            exportArgs << QStringLiteral("--absolute-paths");
        const test::CliRun exported = test::runEntail(exportArgs);
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString note = QStringLiteral("import with --images ") + m_imagesDir;
        QCOMPARE(exported.out.contains(note), needsImagesFolder);

        const QString project = path(QStringLiteral("imported-%1.entail").arg(QTest::currentDataTag()));
        QStringList importArgs{QStringLiteral("import"), csv, QStringLiteral("--project"), project};
        if (needsImagesFolder) {
            // Confined: without the folder named the import refuses, naming the line, and creates nothing.
            const test::CliRun refused = test::runEntail(importArgs);
            QCOMPARE(refused.code, 2);
            QVERIFY2(refused.err.contains(QStringLiteral("leads outside")) && refused.err.contains(csv),
                     qPrintable(refused.err));
            QVERIFY(!QFileInfo::exists(project));
            importArgs << QStringLiteral("--images") << m_imagesDir;
        }
        const test::CliRun imported = test::runEntail(importArgs);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const ImageCount n = printedCount(imported.out);
        QCOMPARE(n.found, m_images.found);
        QCOMPARE(n.missing, m_images.missing);

        // Exporting the imported project to the same file writes the same bytes.
        QFile first(csv);
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray before = first.readAll();
        first.close();
        const QString again = csv + QStringLiteral(".again.csv");
        exportArgs[2] = project;
        exportArgs[4] = again;
        QCOMPARE(test::runEntail(exportArgs).code, 0);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), before);
    }

    // The window's export (ProjectSession::exportLabels) writes the same paths and names the folder.
    void windowRoundTrip_data()
    {
        QTest::addColumn<QString>("out");
        QTest::addColumn<bool>("needsImagesFolder");
        QTest::newRow("beside the project") << "work/window.csv" << false;
        QTest::newRow("subfolder") << "work/exports/window.csv" << true;
        QTest::newRow("sibling folder") << "other/window.csv" << true;
    }
    void windowRoundTrip()
    {
        QFETCH(QString, out);
        QFETCH(bool, needsImagesFolder);
        const QString csv = path(out);
        QVERIFY(QDir().mkpath(QFileInfo(csv).absolutePath()));
        ProjectSession session;
        QSignalSpy opened(&session, &ProjectSession::opened);
        session.open(m_project);
        QVERIFY(opened.wait(30000));
        QSignalSpy done(&session, &ProjectSession::exportFinished);
        session.exportLabels(csv);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(1).toString(), QString());
        const QString imagesFolder = done.at(0).at(2).toString();
        QCOMPARE(imagesFolder, needsImagesFolder ? m_imagesDir : QString());

        ImportOptions options;
        options.imagesDir = imagesFolder;
        Dataset ds;
        InputError error;
        QVERIFY2(Importer::importCsv(csv, options, &ds, &error), qPrintable(error.toString()));
        const ImageCount n = countImages(ds);
        QCOMPARE(n.found, m_images.found);
        QCOMPARE(n.missing, m_images.missing);
    }
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
