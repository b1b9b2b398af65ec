// Project store: round trip, migration, annotation log, model versions, predictions, crash safety; the
// models folder's housekeeping when a version is prepared.
#include "model/store/store.h"
#include "model/training/trainingrecord.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace entail;

namespace {

Pair makePair(int i, int label)
{
    Pair p;
    p.first.id = QString::number(1000 + 2 * i);
    p.second.id = QString::number(1001 + 2 * i);
    p.first.text = QStringLiteral("first \"tweet\" %1,\nwith a newline 🎉").arg(i);
    p.second.text = QStringLiteral("second tweet %1").arg(i);
    p.first.imageUrl = QStringLiteral("http://img.example.invalid/%1.jpg").arg(p.first.id);
    p.second.imageUrl = QStringLiteral("http://img.example.invalid/%1.png").arg(p.second.id);
    p.first.imagePathColumn = QStringLiteral("tweet_images/%1.jpg").arg(p.first.id);
    p.originalLabel = p.currentLabel = label;
    p.split = Split(i % kNumSplits);
    return p;
}

Dataset makeDataset(int n)
{
    Dataset ds;
    ds.sourceFile = QStringLiteral("synthetic.csv");
    ds.hasPathColumns = true;
    for (int i = 0; i < n; ++i)
        ds.pairs.push_back(makePair(i, i % 4 == 3 ? kNoLabel : i % kNumClasses));
    return ds;
}

// Child mode of the crash test: corrects the pairs round and round, reporting each committed correction on
// stdout, until it is killed (the bound is never reached: a commit takes about a millisecond; a write to the
// pipe of a parent that is gone ends it).
int runCrashChild(const QString &project)
{
    ProjectStore store;
    QString error;
    if (!store.open(project, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    std::vector<Pair> pairs = store.dataset().pairs;
    constexpr qint64 kFarBound = 100000000;
    for (qint64 n = 0; n < kFarBound; ++n) {
        Pair &p = pairs[size_t(n % qint64(pairs.size()))];
        p.currentLabel = (p.currentLabel + 1) % kNumClasses;
        if (!store.setLabel(p.key, p.currentLabel, QStringLiteral("child"), QStringLiteral("human"), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
        printf("committed %lld %d\n", static_cast<long long>(p.key), p.currentLabel);
        fflush(stdout);
    }
    return 0;
}

// "committed <key> <label>" lines, in order; a trailing partial line stays in `buffer`.
void takeCommitted(QByteArray &buffer, std::vector<std::pair<qint64, int>> *committed)
{
    int nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
        const QList<QByteArray> parts = buffer.left(nl).split(' ');
        buffer.remove(0, nl + 1);
        if (parts.size() == 3 && parts[0] == "committed")
            committed->emplace_back(parts[1].toLongLong(), parts[2].toInt());
    }
}

// A project of `n` pairs with long texts (about 1 KB a pair: a few hundred 4 KB pages), closed.
void writeLargeProject(const QString &path, int n)
{
    Dataset ds = makeDataset(n);
    for (Pair &p : ds.pairs)
        p.first.text += QString(900, QLatin1Char('x'));
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(path, &error) && store.addPairs(ds, QStringLiteral("tester"), &error), qPrintable(error));
}

// Overwrites `count` bytes at `offset` of `path` with random bytes.
void scribble(const QString &path, qint64 offset, int count, quint32 seed)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QRandomGenerator rng(seed);
    QByteArray noise(count, Qt::Uninitialized);
    for (char &c : noise)
        c = char(rng.bounded(256));
    QVERIFY(f.seek(offset));
    QCOMPARE(f.write(noise), qint64(count));
}

void runSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// Sets `path`'s modification time (nanoseconds since the epoch).
void setModified(const QString &path, qint64 ns)
{
    timespec times[2];
    times[0].tv_sec = times[1].tv_sec = time_t(ns / 1000000000);
    times[0].tv_nsec = times[1].tv_nsec = long(ns % 1000000000);
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}

qint64 modifiedNs(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

// The project at `path` is refused, with a message naming it, saying it is damaged and how to recover.
void expectRefusedAsDamaged(const QString &path)
{
    ProjectStore store;
    QString error;
    QVERIFY2(!store.open(path, &error), qPrintable(path));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("damaged"))
                 && error.contains(QLatin1String("entail export")),
             qPrintable(error));
}

}  // namespace

class TestStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void refusesExistingAndForeignFiles();
    void labelsAndLogOrder();
    void logIsAppendOnly();
    void migratesFromSchema1();
    void refusesNewerSchema();
    void modelVersionsAndPredictions();
    void survivesKillMidStream();
    void staleTempFiles();
    void prepareVersionRemovesStaleTempFiles();
    void refusesDamagedPages();
    void refusesTruncatedAndHeaderDamage();
    void refusesForeignDatabaseAndBrokenInvariants();
    void orphanCheckpointIsRemoved();
    void backupWhileAnotherProcessWrites();
    void verifiedStateSkipsChecksOnlyWhileUnchanged();
    void listingLeavesOutTheLabelSnapshot();
    void leadingFeffSurvives();
    void readOnlyOpenCreatesNoSideFiles();
    void followsWhatOthersCommit();
    void correctionComparesWithTheStoredLabel();
    void checkpointPutsCorrectionsInTheFile();
};

void TestStore::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.entail"));
    Dataset ds = makeDataset(10);
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.create(path, &error), qPrintable(error));
        QVERIFY2(store.addPairs(ds, QStringLiteral("tester"), &error), qPrintable(error));
        QVERIFY(ds.pairs.front().key > 0);
    }
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const Dataset back = store.dataset();
    QCOMPARE(back.pairs.size(), ds.pairs.size());
    QCOMPARE(back.sourceFile, ds.sourceFile);
    QCOMPARE(back.hasPathColumns, true);
    QCOMPARE(back.hasLabelIdx, false);
    for (size_t i = 0; i < ds.pairs.size(); ++i) {
        const Pair &a = ds.pairs[i];
        const Pair &b = back.pairs[i];
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.first.text, a.first.text);
        QCOMPARE(b.second.id, a.second.id);
        QCOMPARE(b.first.imageUrl, a.first.imageUrl);
        QCOMPARE(b.first.imagePathColumn, a.first.imagePathColumn);
        QCOMPARE(b.currentLabel, a.currentLabel);
        QCOMPARE(b.originalLabel, a.originalLabel);
        QCOMPARE(int(b.split), int(a.split));
        QCOMPARE(b.first.imageMissing, true);
    }
    QCOMPARE(store.pairCount(), 10);
    QVERIFY(store.pair(ds.pairs[3].key).has_value());
    QVERIFY(!store.pair(987654).has_value());
    // One "import" entry per labeled pair (pairs 3 and 7 of the 10 are unlabeled).
    QCOMPARE(int(store.log().size()), 8);
}

void TestStore::refusesExistingAndForeignFiles()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("x.entail")), "not a database at all");
    ProjectStore store;
    QString error;
    QVERIFY(!store.create(path, &error));
    QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!store.open(dir.filePath(QStringLiteral("none.entail")), &error));
    QVERIFY2(error.contains(QStringLiteral("no such project file")), qPrintable(error));
}

void TestStore::labelsAndLogOrder()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.create(dir.filePath(QStringLiteral("p.entail")), &error));
    Dataset ds = makeDataset(3);
    QVERIFY(store.addPairs(ds, QStringLiteral("importer"), &error));
    const qint64 key = ds.pairs[1].key;  // label Implies
    QVERIFY(store.setLabel(key, Contradictory, QStringLiteral("ann"), QStringLiteral("human"), &error));
    QVERIFY(store.setLabel(key, Contradictory, QStringLiteral("ann"), QStringLiteral("human"), &error));  // no-op
    QVERIFY(store.setLabel(key, NoEntailment, QStringLiteral("bob"), QStringLiteral("model"), &error));
    QVERIFY(!store.setLabel(key, 7, QStringLiteral("ann"), QStringLiteral("human"), &error));
    QVERIFY(!store.setLabel(424242, Implies, QStringLiteral("ann"), QStringLiteral("human"), &error));
    QVERIFY(!store.setLabel(key, Implies, QStringLiteral("ann"), QStringLiteral("robot"), &error));  // bad source

    const std::vector<LogEntry> log = store.log(key);
    QCOMPARE(int(log.size()), 3);
    QCOMPARE(log[0].source, QStringLiteral("import"));
    QCOMPARE(log[0].fromLabel, kNoLabel);
    QCOMPARE(log[0].toLabel, int(Implies));
    QCOMPARE(log[1].annotator, QStringLiteral("ann"));
    QCOMPARE(log[1].fromLabel, int(Implies));
    QCOMPARE(log[1].toLabel, int(Contradictory));
    QCOMPARE(log[2].annotator, QStringLiteral("bob"));
    QCOMPARE(log[2].source, QStringLiteral("model"));
    QCOMPARE(log[2].fromLabel, int(Contradictory));
    QCOMPARE(log[2].toLabel, int(NoEntailment));
    QVERIFY(log[0].seq < log[1].seq && log[1].seq < log[2].seq);
    QVERIFY(log[1].timestamp.isValid());
    QVERIFY(log[1].timestamp <= log[2].timestamp);
    QCOMPARE(store.pair(key)->currentLabel, int(NoEntailment));
    QCOMPARE(store.pair(key)->originalLabel, int(Implies));
}

void TestStore::logIsAppendOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.entail"));
    {
        ProjectStore store;
        Dataset ds = makeDataset(2);
        QVERIFY(store.create(path, nullptr));
        QVERIFY(store.addPairs(ds, QStringLiteral("a"), nullptr));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM annotation_log")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE annotation_log SET to_label = 0")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM annotation_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestStore::migratesFromSchema1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.entail"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList v1 = {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE pairs(key INTEGER PRIMARY KEY, ord INTEGER NOT NULL, id_1 TEXT NOT NULL,"
                           " text_1 TEXT NOT NULL, image_1 TEXT NOT NULL, image_1_path TEXT NOT NULL,"
                           " id_2 TEXT NOT NULL, text_2 TEXT NOT NULL, image_2 TEXT NOT NULL,"
                           " image_2_path TEXT NOT NULL, original_label INTEGER NOT NULL,"
                           " current_label INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE annotation_log(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " pair_key INTEGER NOT NULL REFERENCES pairs(key), annotator TEXT NOT NULL,"
                           " ts TEXT NOT NULL, from_label INTEGER NOT NULL, to_label INTEGER NOT NULL,"
                           " source TEXT NOT NULL CHECK(source IN ('human','import','model')))"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        for (const QString &sql : v1)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        for (int i = 0; i < 40; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pairs VALUES (%1, %1, '%2', 'a', '', '', '%3', 'b', '', '',"
                                          " %4, %4)")
                               .arg(i + 1).arg(100 + i).arg(200 + i).arg(i % 2 ? 2 : i % 4 / 2)));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label,"
                                      " source) VALUES (5, 'old', '2025-01-01T00:00:00.000Z', 2, 0, 'human')")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const Dataset ds = store.dataset();
    QCOMPARE(int(ds.pairs.size()), 40);
    QCOMPARE(ds.pairs[4].first.id, QStringLiteral("104"));
    int test = 0;
    for (const Pair &p : ds.pairs)
        test += p.split == Split::Test;
    QVERIFY2(test >= 3 && test <= 5, "stratified 10% test split assigned during migration");
    QCOMPARE(int(store.log(5).size()), 1);
    QCOMPARE(store.log(5).front().annotator, QStringLiteral("old"));
    // Tables of schema 2 work after migration.
    ModelVersion v;
    v.file = store.modelsDir() + QStringLiteral("/v1.entailmodel");
    QVERIFY2(store.addModel(v, &error), qPrintable(error));
    store.close();
    QVERIFY(store.open(path, &error));  // opening again does not migrate twice
    QCOMPARE(int(store.models().size()), 1);
}

void TestStore::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.entail"));
    {
        ProjectStore store;
        QVERIFY(store.create(path, nullptr));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("nv"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("nv"));
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
}

void TestStore::modelVersionsAndPredictions()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.create(dir.filePath(QStringLiteral("p.entail")), &error));
    Dataset ds = makeDataset(5);
    QVERIFY(store.addPairs(ds, QStringLiteral("a"), &error));
    QCOMPARE(store.nextModelName(), QStringLiteral("v1"));
    ModelVersion a, b;
    a.file = store.modelsDir() + QStringLiteral("/a.entailmodel");
    a.metricsJson = QStringLiteral("{\"macro_f1\":0.5}");
    QVERIFY(store.addModel(a, &error));
    b.file = store.modelsDir() + QStringLiteral("/b.entailmodel");
    QVERIFY(store.addModel(b, &error));
    QCOMPARE(a.name, QStringLiteral("v1"));
    QCOMPARE(b.name, QStringLiteral("v2"));
    QVERIFY(!store.activeModel().has_value());
    QVERIFY(store.setActiveModel(b.id, &error));
    QCOMPARE(store.activeModel()->id, b.id);
    QVERIFY(store.setActiveModel(a.id, &error));
    QCOMPARE(store.activeModel()->id, a.id);
    QCOMPARE(store.activeModel()->file, a.file);
    QCOMPARE(store.models().front().metricsJson, a.metricsJson);

    std::vector<qint64> keys;
    std::vector<Prediction> preds;
    for (const Pair &p : ds.pairs) {
        keys.push_back(p.key);
        Prediction pr;
        pr.both = {0.1f, 0.2f, 0.7f};
        pr.textOnly = {0.3f, 0.3f, 0.4f};
        pr.imageOnly = {float(p.key) / 100.f, 0.5f, 0.25f};
        preds.push_back(pr);
    }
    QVERIFY(store.savePredictions(a.id, keys, preds, &error));
    QVERIFY(store.savePredictions(a.id, keys, preds, &error));  // replaces, does not duplicate
    std::vector<qint64> k2;
    std::vector<Prediction> p2;
    QVERIFY(store.loadPredictions(a.id, &k2, &p2));
    QCOMPARE(k2, keys);
    QCOMPARE(p2[2].both[2], 0.7f);
    QCOMPARE(p2[3].imageOnly[0], float(keys[3]) / 100.f);
    QCOMPARE(p2[3].label(), int(NoEntailment));
    QVERIFY(!store.loadPredictions(b.id, &k2, &p2));
}

void TestStore::survivesKillMidStream()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.entail"));
    Dataset ds = makeDataset(3000);
    for (Pair &p : ds.pairs)
        p.currentLabel = p.originalLabel = p.currentLabel == kNoLabel ? int(NoEntailment) : p.currentLabel;
    {
        ProjectStore store;
        QVERIFY(store.create(path, nullptr));
        QVERIFY(store.addPairs(ds, QStringLiteral("a"), nullptr));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENTAIL_CRASH_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    std::vector<std::pair<qint64, int>> committed;
    QByteArray buffer;
    constexpr size_t kSeen = 150;
    while (committed.size() < kSeen && child.state() == QProcess::Running) {
        child.waitForReadyRead(10000);
        buffer += child.readAllStandardOutput();
        takeCommitted(buffer, &committed);
    }
    QCOMPARE(child.state(), QProcess::Running);  // the child never stops on its own
    child.kill();  // SIGKILL, in the middle of its stream of commits
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    buffer += child.readAllStandardOutput();  // what it reported between our last read and the kill
    takeCommitted(buffer, &committed);
    QVERIFY(committed.size() >= kSeen);

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    // The child's log entries are the reported corrections in order, plus at most one committed but
    // not yet reported when it was killed.
    std::vector<LogEntry> human;
    std::map<qint64, int> lastLogged;
    for (const LogEntry &e : store.log()) {
        lastLogged[e.pairKey] = e.toLabel;
        if (e.source == QStringLiteral("human"))
            human.push_back(e);
    }
    QVERIFY2(human.size() == committed.size() || human.size() == committed.size() + 1,
             qPrintable(QStringLiteral("%1 logged, %2 reported").arg(human.size()).arg(committed.size())));
    for (size_t i = 0; i < committed.size(); ++i) {
        QCOMPARE(human[i].pairKey, committed[i].first);
        QCOMPARE(human[i].toLabel, committed[i].second);
        QCOMPARE(human[i].annotator, QStringLiteral("child"));
    }
    // Every pair's current label is its last logged one: nothing half-written.
    for (const Pair &p : store.dataset().pairs)
        QCOMPARE(p.currentLabel, lastLogged.at(p.key));
    store.close();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

namespace {
// A file aged by an hour, as QSaveFile leaves one when its process is killed mid-write.
bool makeOld(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite)
        && file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime);
}
}  // namespace

void TestStore::staleTempFiles()
{
    QTemporaryDir dir;
    const QString models = dir.filePath(QStringLiteral("stale.models"));
    QVERIFY(QDir().mkpath(models));
    const QString model = test::writeFile(models + QStringLiteral("/v1.entailmodel"), "model");
    const QString old = test::writeFile(models + QStringLiteral("/v2.entailmodel.Ab3xYz"), "partial");
    const QString fresh = test::writeFile(models + QStringLiteral("/v3.entailmodel.Qq9Rr1"), "being written");
    const QString other = test::writeFile(models + QStringLiteral("/notes.txt.Ab3xYz"), "not ours");
    QVERIFY(makeOld(old));
    QVERIFY(makeOld(other));
    QCOMPARE(TrainingRecord::removeStaleTempFiles(models, 60), 1);
    QVERIFY(QFileInfo::exists(model));
    QVERIFY(!QFileInfo::exists(old));
    QVERIFY(QFileInfo::exists(fresh));
    QVERIFY(QFileInfo::exists(other));
}

// What the Train button and `entail train --project` both go through.
void TestStore::prepareVersionRemovesStaleTempFiles()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("p.entail")), &error), qPrintable(error));
    Dataset ds = makeDataset(6);
    QVERIFY2(store.addPairs(ds, QStringLiteral("a"), &error), qPrintable(error));
    const QString models = store.modelsDir();
    QVERIFY(QDir().mkpath(models));
    const QString old = test::writeFile(models + QStringLiteral("/v1.entailmodel.k1LLed"), "killed mid-write");
    const QString fresh = test::writeFile(models + QStringLiteral("/v1.entailmodel.n0wRun"), "another run");
    QVERIFY(makeOld(old));
    ModelVersion version;
    QVERIFY2(TrainingRecord::prepareVersion(store, TrainConfig{}, store.dataset(), &version, &error),
             qPrintable(error));
    QVERIFY(!QFileInfo::exists(old));
    QVERIFY(QFileInfo::exists(fresh));
    QCOMPARE(version.name, QStringLiteral("v1"));
    QCOMPARE(QFileInfo(version.file).absolutePath(), QDir(models).absolutePath());
}

void TestStore::refusesDamagedPages()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.entail"));
    writeLargeProject(good, 1200);
    QVERIFY2(QFileInfo(good).size() > 201 * 4096, "the fixture must have more than 200 pages");
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(good, &error), qPrintable(error));
        QCOMPARE(store.pairCount(), 1200);
        QCOMPARE(store.meta(QStringLiteral("pair_count")).toInt(), 1200);
    }
    const QString bad = dir.filePath(QStringLiteral("bad.entail"));
    QVERIFY(QFile::copy(good, bad));
    for (int page : {100, 150, 200})
        scribble(bad, qint64(page - 1) * 4096, 4096, quint32(page));
    expectRefusedAsDamaged(QFileInfo(bad).absoluteFilePath());

    const QString every7 = dir.filePath(QStringLiteral("every7.entail"));
    QVERIFY(QFile::copy(good, every7));
    for (qint64 page = 7; page * 4096 <= QFileInfo(every7).size(); page += 7)
        scribble(every7, (page - 1) * 4096, 4096, quint32(page));
    expectRefusedAsDamaged(QFileInfo(every7).absoluteFilePath());
}

void TestStore::refusesTruncatedAndHeaderDamage()
{
    QTemporaryDir dir;
    const QString good = QFileInfo(dir.filePath(QStringLiteral("good.entail"))).absoluteFilePath();
    writeLargeProject(good, 300);
    const QString cut = dir.filePath(QStringLiteral("cut.entail"));
    QVERIFY(QFile::copy(good, cut));
    QVERIFY(QFile::resize(cut, QFileInfo(cut).size() - 1));
    expectRefusedAsDamaged(QFileInfo(cut).absoluteFilePath());

    const QString header = dir.filePath(QStringLiteral("header.entail"));  // the 100-byte file header
    QVERIFY(QFile::copy(good, header));
    scribble(header, 0, 100, 7);
    expectRefusedAsDamaged(QFileInfo(header).absoluteFilePath());

    const QString page1 = dir.filePath(QStringLiteral("page1.entail"));  // the rest of page 1: the schema
    QVERIFY(QFile::copy(good, page1));
    scribble(page1, 100, 4096 - 100, 8);
    expectRefusedAsDamaged(QFileInfo(page1).absoluteFilePath());

    const QString pages12 = dir.filePath(QStringLiteral("pages12.entail"));
    QVERIFY(QFile::copy(good, pages12));
    scribble(pages12, 4096, 4096, 9);
    expectRefusedAsDamaged(QFileInfo(pages12).absoluteFilePath());
}

void TestStore::refusesForeignDatabaseAndBrokenInvariants()
{
    QTemporaryDir dir;
    const QString foreign = QFileInfo(dir.filePath(QStringLiteral("foreign.entail"))).absoluteFilePath();
    runSql(foreign, {QStringLiteral("CREATE TABLE t(x)"), QStringLiteral("PRAGMA user_version = 2")});
    expectRefusedAsDamaged(foreign);

    const QString good = QFileInfo(dir.filePath(QStringLiteral("good.entail"))).absoluteFilePath();
    writeLargeProject(good, 40);
    const auto variant = [&](const QString &name, const QStringList &sql) {
        const QString path = QFileInfo(dir.filePath(name)).absoluteFilePath();
        QFile::copy(good, path);
        runSql(path, sql);
        return path;
    };
    // Written behind the app's back: labels outside the domain, a label its log does not say, a lost pair,
    // the append-only triggers dropped.
    expectRefusedAsDamaged(variant(QStringLiteral("seven.entail"),
                                   {QStringLiteral("UPDATE pairs SET current_label = 7 WHERE key = 2")}));
    expectRefusedAsDamaged(variant(QStringLiteral("minus5.entail"),
                                   {QStringLiteral("UPDATE pairs SET original_label = -5 WHERE key = 3")}));
    expectRefusedAsDamaged(variant(QStringLiteral("nolog.entail"),
                                   {QStringLiteral("UPDATE pairs SET current_label = 2 WHERE key = 1")}));
    expectRefusedAsDamaged(variant(QStringLiteral("lost.entail"), {QStringLiteral("DELETE FROM pairs WHERE key = 4")}));
    expectRefusedAsDamaged(variant(QStringLiteral("notrigger.entail"),
                                   {QStringLiteral("DROP TRIGGER annotation_log_no_delete")}));
    // An older project without the recorded count still opens; a correction through the app keeps it valid.
    const QString old = variant(QStringLiteral("old.entail"), {QStringLiteral("DELETE FROM meta WHERE key = 'pair_count'")});
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(old, &error), qPrintable(error));
    QVERIFY2(store.setLabel(1, 2, QStringLiteral("t"), QStringLiteral("human"), &error), qPrintable(error));
    store.close();
    QVERIFY2(store.open(old, &error), qPrintable(error));
}

// A complete checkpoint no version records (a run killed between saving and recording it): removed before
// the next version is named, so that names never skip; a young one may still be recorded by its run.
void TestStore::orphanCheckpointIsRemoved()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY2(store.create(dir.filePath(QStringLiteral("p.entail")), &error), qPrintable(error));
    Dataset ds = makeDataset(6);
    QVERIFY2(store.addPairs(ds, QStringLiteral("a"), &error), qPrintable(error));
    const QString models = store.modelsDir();
    QVERIFY(QDir().mkpath(models));
    ModelVersion v1;
    v1.name = QStringLiteral("v1");
    v1.file = test::writeFile(models + QStringLiteral("/v1.entailmodel"), "recorded");
    QVERIFY2(store.addModel(v1, &error), qPrintable(error));
    QVERIFY(makeOld(v1.file));
    const QString orphan = test::writeFile(models + QStringLiteral("/v2.entailmodel"), "complete, never recorded");
    const QString young = test::writeFile(models + QStringLiteral("/v7.entailmodel"), "just saved by a run");
    QVERIFY(makeOld(orphan));
    ModelVersion version;
    QVERIFY2(TrainingRecord::prepareVersion(store, TrainConfig{}, store.dataset(), &version, &error),
             qPrintable(error));
    QCOMPARE(version.name, QStringLiteral("v2"));
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(QFileInfo::exists(v1.file));
    QVERIFY(QFileInfo::exists(young));
    QCOMPARE(int(store.models().size()), 1);
}

// A backup taken while another process commits corrections holds every correction committed before it.
void TestStore::backupWhileAnotherProcessWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.entail"));
    Dataset ds = makeDataset(2000);
    {
        ProjectStore store;
        QVERIFY(store.create(path, nullptr) && store.addPairs(ds, QStringLiteral("a"), nullptr));
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ENTAIL_CRASH_CHILD"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    std::vector<std::pair<qint64, int>> committed;
    QByteArray buffer;
    while (committed.size() < 300 && child.state() == QProcess::Running) {
        child.waitForReadyRead(10000);
        buffer += child.readAllStandardOutput();
        takeCommitted(buffer, &committed);
    }
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const QString copy = dir.filePath(QStringLiteral("copy.entail"));
    QVERIFY2(store.backup(copy, &error), qPrintable(error));
    QVERIFY(!store.backup(copy, &error));  // never over an existing file
    QCOMPARE(child.state(), QProcess::Running);  // it was writing all along
    child.kill();
    QVERIFY(child.waitForFinished(10000));

    ProjectStore backup;
    QVERIFY2(backup.open(copy, &error), qPrintable(error));  // consistent: passes every open-time check
    std::vector<LogEntry> human;
    for (const LogEntry &e : backup.log())
        if (e.source == QStringLiteral("human"))
            human.push_back(e);
    QVERIFY2(human.size() >= committed.size(), qPrintable(QString::number(human.size())));
    for (size_t i = 0; i < committed.size(); ++i) {
        QCOMPARE(human[i].pairKey, committed[i].first);
        QCOMPARE(human[i].toLabel, committed[i].second);
    }
}

void TestStore::verifiedStateSkipsChecksOnlyWhileUnchanged()
{
    // The window's loader thread checks a project and closes it; the window then opens it again on the GUI
    // thread. The second open skips the checks only for the same state on disk.
    QTemporaryDir dir;
    const QString path = QFileInfo(dir.filePath(QStringLiteral("v.entail"))).absoluteFilePath();
    writeLargeProject(path, 1200);
    QString error;
    VerifiedState state;
    {
        ProjectStore store;
        QVERIFY(!store.closeVerified().isValid());  // nothing open, nothing verified
        QVERIFY2(store.open(path, &error), qPrintable(error));
        state = store.closeVerified();
        QVERIFY(state.isValid() && !store.isOpen());
        QVERIFY2(store.open(path, &error, state), qPrintable(error));
        QCOMPARE(store.pairCount(), 1200);
        QVERIFY(store.closeVerified() == state);  // reading changes nothing on disk
    }
    // A commit by a writer that is still open changes the state (its -wal).
    {
        ProjectStore writer;
        QVERIFY2(writer.open(path, &error), qPrintable(error));
        QVERIFY2(writer.setLabel(writer.dataset().pairs[3].key, Implies, QStringLiteral("b"),
                                 QStringLiteral("human"), &error), qPrintable(error));
        ProjectStore reader;
        QVERIFY2(reader.open(path, &error, state), qPrintable(error));
        const VerifiedState afterCommit = reader.closeVerified();
        QVERIFY(afterCommit.isValid());
        QVERIFY(afterCommit != state);
    }
    {
        ProjectStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        state = store.closeVerified();
    }
    // The skip is real: damage that keeps the size, time, inode and headers is not looked for with the
    // state (which is why only a state this process has just verified is ever passed)...
    const qint64 modified = modifiedNs(path);
    scribble(path, qint64(150 - 1) * 4096, 4096, 150u);
    setModified(path, modified);
    {
        ProjectStore store;
        QVERIFY2(store.open(path, &error, state), qPrintable(error));
    }
    // ...and is found without it, or once the file's time differs.
    expectRefusedAsDamaged(path);
    setModified(path, modified + 1000000);
    ProjectStore store;
    QVERIFY(!store.open(path, &error, state));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

void TestStore::listingLeavesOutTheLabelSnapshot()
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.create(dir.filePath(QStringLiteral("p.entail")), &error));
    Dataset ds = makeDataset(40);
    QVERIFY(store.addPairs(ds, QStringLiteral("a"), &error));
    ModelVersion a, b;
    a.file = store.modelsDir() + QStringLiteral("/v1.entailmodel");
    a.configJson = TrainingRecord::configJson(TrainConfig{}, store.dataset());
    b.file = store.modelsDir() + QStringLiteral("/v2.entailmodel");
    b.configJson = QStringLiteral("not JSON, from another tool");
    QVERIFY(store.addModel(a, &error) && store.addModel(b, &error) && store.setActiveModel(a.id, &error));

    for (const ModelVersion &listed : {store.models().front(), *store.activeModel()}) {
        QVERIFY(!listed.configJson.contains(QLatin1String("\"labels\"")));
        const VersionRecord brief = TrainingRecord::read(listed);
        ModelVersion whole = listed;
        whole.configJson = store.fullConfigJson(listed.id);
        QCOMPARE(whole.configJson, a.configJson);
        const VersionRecord full = TrainingRecord::read(whole);
        QVERIFY(brief.hasConfig && brief.labels.empty());
        QCOMPARE(int(full.labels.size()), 40);
        QCOMPARE(brief.labeled, full.labeled);
        QCOMPARE(brief.labelsSha256, full.labelsSha256);
        QVERIFY(!brief.labelsSha256.isEmpty());
    }
    QCOMPARE(store.models().back().configJson, b.configJson);  // listed as it is
    QCOMPARE(store.fullConfigJson(b.id), b.configJson);
    QVERIFY(store.fullConfigJson(12345).isEmpty());
}

namespace {
QStringList sideFiles(const QString &project)
{
    QStringList out;
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        if (QFileInfo::exists(project + QLatin1String(suffix)))
            out << project + QLatin1String(suffix);
    return out;
}
}  // namespace

// Issue 10: a project opened read-only (asked for, or not writable by the user: see TestCli) creates no
// -wal/-shm beside it, reads as usual, refuses writes, and still passes through the damage checks.
void TestStore::readOnlyOpenCreatesNoSideFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.entail"));
    writeLargeProject(path, 50);
    QCOMPARE(sideFiles(path), QStringList());
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error, {}, ProjectStore::Access::ReadOnly), qPrintable(error));
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.dataset().pairs.size(), size_t(50));
        QCOMPARE(sideFiles(path), QStringList());
        QVERIFY(!store.setLabel(1, Implies, QStringLiteral("t"), QStringLiteral("human"), &error));
        QVERIFY(store.checkpoint());  // nothing to do, and nothing created
        QCOMPARE(sideFiles(path), QStringList());
    }
    const QString cut = dir.filePath(QStringLiteral("cut.entail"));
    QVERIFY(QFile::copy(path, cut));
    QVERIFY(QFile::resize(cut, QFileInfo(cut).size() - 1));
    scribble(path, 4096 * 3, 4096, 7);
    for (const QString &damaged : {cut, path}) {
        ProjectStore store;
        QString error;
        QVERIFY2(!store.open(damaged, &error, {}, ProjectStore::Access::ReadOnly), qPrintable(damaged));
        QVERIFY2(error.contains(damaged) && error.contains(QLatin1String("damaged")), qPrintable(error));
        QCOMPARE(sideFiles(damaged), QStringList());
    }
}

// Issue 10 item 4: a second connection (another window or process) sees what the first commits through
// data_version and the log entries after the last one it saw.
void TestStore::followsWhatOthersCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.entail"));
    writeLargeProject(path, 20);
    ProjectStore a, b;
    QString error;
    QVERIFY2(a.open(path, &error) && b.open(path, &error), qPrintable(error));
    const qint64 seen = b.lastLogSeq();
    QVERIFY(seen > 0);
    QVERIFY(b.logSince(seen).empty());
    const qint64 versionB = b.dataVersion(), versionA = a.dataVersion();
    const Pair p = b.dataset().pairs[4];
    const int to = (p.currentLabel + 1) % kNumClasses;
    QVERIFY2(a.setLabel(p.key, to, QStringLiteral("ann"), QStringLiteral("human"), &error), qPrintable(error));
    QCOMPARE(a.dataVersion(), versionA);  // its own commit does not count
    QVERIFY(b.dataVersion() != versionB);
    const std::vector<LogEntry> entries = b.logSince(seen);
    QCOMPARE(entries.size(), size_t(1));
    QCOMPARE(entries[0].pairKey, p.key);
    QCOMPARE(entries[0].toLabel, to);
    QCOMPARE(entries[0].annotator, QStringLiteral("ann"));
    QCOMPARE(b.lastLogSeq(), entries[0].seq);
    QCOMPARE(b.logSince(seen, 0).size(), size_t(0));  // the limit holds
}

// Issue 10 item 4: a correction equal to what a stale view shows is still compared with the stored label,
// written and logged; `previous` says what it replaced.
void TestStore::correctionComparesWithTheStoredLabel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.entail"));
    writeLargeProject(path, 10);
    ProjectStore a, b;
    QString error;
    QVERIFY2(a.open(path, &error) && b.open(path, &error), qPrintable(error));
    const Pair stale = b.dataset().pairs[2];  // B's view
    const int other = (stale.currentLabel + 1) % kNumClasses;
    QVERIFY(a.setLabel(stale.key, other, QStringLiteral("a"), QStringLiteral("human"), &error));
    int previous = -7;
    QVERIFY(b.setLabel(stale.key, stale.currentLabel, QStringLiteral("b"), QStringLiteral("human"), &error, &previous));
    QCOMPARE(previous, other);
    QCOMPARE(a.pair(stale.key)->currentLabel, stale.currentLabel);
    const std::vector<LogEntry> log = a.log(stale.key);
    QCOMPARE(log.back().annotator, QStringLiteral("b"));
    QCOMPARE(log.back().fromLabel, other);
    QCOMPARE(log.back().toLabel, stale.currentLabel);
    const size_t entries = log.size();
    QVERIFY(b.setLabel(stale.key, stale.currentLabel, QStringLiteral("b"), QStringLiteral("human"), &error, &previous));
    QCOMPARE(previous, stale.currentLabel);  // stored already: nothing written
    QCOMPARE(a.log(stale.key).size(), entries);
}

// Issue 10 item 5: after a passive checkpoint, a copy of the project file alone (no -wal) holds the
// correction. Prints the checkpoint's cost per correction.
void TestStore::checkpointPutsCorrectionsInTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cp.entail"));
    writeLargeProject(path, 2000);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const std::vector<Pair> pairs = store.dataset().pairs;
    auto copyHas = [&](const QString &name, qint64 key, int label) {
        const QString copy = dir.filePath(name);
        if (!QFile::copy(path, copy))
            return false;
        ProjectStore c;
        return c.open(copy, &error) && c.pair(key) && c.pair(key)->currentLabel == label;
    };
    const int to = (pairs[7].currentLabel + 1) % kNumClasses;
    QVERIFY(store.setLabel(pairs[7].key, to, QStringLiteral("t"), QStringLiteral("human"), &error));
    QVERIFY(!copyHas(QStringLiteral("before.entail"), pairs[7].key, to));  // only in the -wal so far
    QVERIFY2(store.checkpoint(&error), qPrintable(error));
    QVERIFY2(copyHas(QStringLiteral("after.entail"), pairs[7].key, to), qPrintable(error));
    // Cost: corrections with and without the checkpoint.
    const int n = 100;
    QElapsedTimer t;
    for (int withCheckpoint = 0; withCheckpoint < 2; ++withCheckpoint) {
        t.start();
        for (int i = 0; i < n; ++i) {
            const Pair &p = pairs[size_t(100 + i + withCheckpoint * n)];
            QVERIFY(store.setLabel(p.key, (p.currentLabel + 1) % kNumClasses, QStringLiteral("t"),
                                   QStringLiteral("human"), &error));
            if (withCheckpoint)
                QVERIFY(store.checkpoint(&error));
        }
        qInfo("%d corrections %s the passive checkpoint: %.2f ms each", n, withCheckpoint ? "with" : "without",
              double(t.nsecsElapsed()) / 1e6 / n);
    }
}

void TestStore::leadingFeffSurvives()
{
    // U+FEFF opening a field is the text's own character; SQLite took it for a UTF-16 byte-order mark and
    // dropped it (issue 10): every text column keeps it, also doubled, also as the whole text.
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    QVERIFY(store.create(dir.filePath(QStringLiteral("f.entail")), &error));
    const QString feff(QChar(0xFEFF));
    Dataset ds = makeDataset(3);
    ds.pairs[0].first.text = feff + QStringLiteral("text");
    ds.pairs[0].second.text = feff;
    ds.pairs[1].first.imageUrl = feff + QStringLiteral("http://x/3.jpg");
    ds.pairs[1].second.text = feff + feff;
    ds.pairs[2].first.id = feff + QStringLiteral("77");
    QVERIFY2(store.addPairs(ds, feff + QStringLiteral("annotator"), &error), qPrintable(error));
    QVERIFY(store.setMeta(QStringLiteral("note"), feff + QStringLiteral("n"), &error));
    const std::vector<Pair> back = store.dataset().pairs;
    QCOMPARE(back[0].first.text, feff + QStringLiteral("text"));
    QCOMPARE(back[0].second.text, feff);
    QCOMPARE(back[1].first.imageUrl, feff + QStringLiteral("http://x/3.jpg"));
    QCOMPARE(back[1].second.text, feff + feff);
    QCOMPARE(back[2].first.id, feff + QStringLiteral("77"));
    QCOMPARE(store.meta(QStringLiteral("note")).toString(), feff + QStringLiteral("n"));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray child = qgetenv("ENTAIL_CRASH_CHILD");
    if (!child.isEmpty())
        return runCrashChild(QString::fromLocal8Bit(child));
    TestStore t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_store.moc"
