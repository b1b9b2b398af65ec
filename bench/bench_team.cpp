// Team mode on a local PostgreSQL server (a throw-away cluster, tests/pgcluster.h):
//   bench_team [--clients 8] [--labels 1000] [--pairs 2000]
// N concurrent `entail label` processes, each a role of its own labelling `--labels` pairs drawn from a
// shared pool (so that they meet on the same pairs and the server derives under contention): wall time,
// labels/s, each client's median and p99 latency of one label, and a check that no label was lost. Then one
// client through ProjectStore::recordAnnotatorLabel, the window's code path, and the cost of the window's
// change poll (dataVersion). Prints figures, never fails.
#include "model/core/labels.h"
#include "model/store/store.h"
#include "tests/pgcluster.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectsession.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace entail;

namespace {

QString locator(const test::PgCluster &pg, const QString &user)
{
    return QStringLiteral("postgresql://%1@%2:%3/postgres?project=bench").arg(user, pg.host()).arg(pg.port());
}

Dataset pairsOf(int n)
{
    Dataset ds;
    for (int i = 0; i < n; ++i) {
        Pair p;
        p.first.id = QString::number(i + 1);
        p.second.id = QString::number(1000000 + i);
        p.first.text = QStringLiteral("first tweet %1, a few words long like a real one").arg(i);
        p.second.text = QStringLiteral("second tweet %1 with other words").arg(i);
        p.originalLabel = p.currentLabel = NoEntailment;
        ds.pairs.push_back(p);
    }
    return ds;
}

double percentile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(q * v.size()))];
}

// Times `n` calls of `call(i)` one by one; prints what they are, with calls/s when `perSecond` names the unit.
void timeCalls(const char *what, int n, const char *perSecond, const std::function<void(int)> &call)
{
    std::vector<double> ms;
    QElapsedTimer all;
    all.start();
    for (int i = 0; i < n; ++i) {
        QElapsedTimer one;
        one.start();
        call(i);
        ms.push_back(one.nsecsElapsed() / 1e6);
    }
    if (perSecond)
        std::printf("%s: %.0f %s/s, median %.2f ms, p99 %.2f ms\n", what, n / (all.elapsed() / 1000.0), perSecond,
                    percentile(ms, 0.5), percentile(ms, 0.99));
    else
        std::printf("%s: median %.2f ms, p99 %.2f ms\n", what, percentile(ms, 0.5), percentile(ms, 0.99));
}

// Writes each client's CSV: `labels` distinct pairs of the pool, random labels.
QStringList writeClientFiles(const QTemporaryDir &dir, int clients, int labels, int pairs)
{
    QStringList files;
    QRandomGenerator rng(15);
    for (int c = 0; c < clients; ++c) {
        std::vector<int> pool(static_cast<size_t>(pairs));
        for (int i = 0; i < pairs; ++i)
            pool[size_t(i)] = i;
        std::shuffle(pool.begin(), pool.end(), rng);
        QByteArray csv = "id_1,id_2,label\n";
        for (int i = 0; i < labels; ++i)
            csv += QByteArray::number(pool[size_t(i)] + 1) + ',' + QByteArray::number(1000000 + pool[size_t(i)]) + ','
                   + labelName(int(rng.bounded(3))).toUtf8() + '\n';
        files << dir.filePath(QStringLiteral("client%1.csv").arg(c));
        QFile f(files.back());
        f.open(QIODevice::WriteOnly);
        f.write(csv);
    }
    return files;
}

void runClients(const test::PgCluster &pg, const QStringList &files, int labels)
{
    const QString entail = QCoreApplication::applicationDirPath() + QStringLiteral("/entail");
    std::vector<std::unique_ptr<QProcess>> procs;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < files.size(); ++c) {
        procs.push_back(std::make_unique<QProcess>());
        procs.back()->start(entail, {QStringLiteral("label"), QStringLiteral("--project"),
                                     locator(pg, QStringLiteral("client%1").arg(c)), QStringLiteral("--from"),
                                     files[c], QStringLiteral("--timings")});
    }
    for (auto &p : procs)
        p->waitForFinished(-1);
    const double seconds = wall.elapsed() / 1000.0;
    for (size_t c = 0; c < procs.size(); ++c) {
        const QString err = QString::fromUtf8(procs[c]->readAllStandardError());
        const QString line = err.section(QLatin1Char('\n'), -2, -2);
        std::printf("client %zu (exit %d): %s\n", c, procs[c]->exitCode(), qPrintable(line));
    }
    std::printf("%lld clients x %d labels: %.2f s wall, %.0f labels/s in all\n", qlonglong(procs.size()), labels,
                seconds, procs.size() * labels / seconds);
}

}  // namespace

// The window's whole path for a label key in team mode: ProjectSession::setLabel (the undo command, the store's
// recordAnnotatorLabel, the derived label read back into the table), on an opened server project.
void windowPath(const QString &project, int nLabels)
{
    entail::ProjectSession session;
    QEventLoop wait;
    QObject::connect(&session, &entail::ProjectSession::opened, &wait, &QEventLoop::quit);
    QObject::connect(&session, &entail::ProjectSession::openFailed, &wait, &QEventLoop::quit);
    session.open(project);
    wait.exec();
    const int rows = session.pairs()->rowCount();
    if (rows == 0) {
        std::printf("window path: the project did not open\n");
        return;
    }
    session.setTeamMode(true);
    timeCalls("window path (ProjectSession::setLabel in team mode), 1 client", nLabels, "labels",
              [&](int i) { session.setLabel(i % rows, (i + 1) % 3); });
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);  // ProjectSession's table model and undo stack
    QCommandLineParser parser;
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Concurrent clients."), QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption labels(QStringLiteral("labels"), QStringLiteral("Labels per client."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption pairs(QStringLiteral("pairs"), QStringLiteral("Pairs in the project."), QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({clients, labels, pairs});
    parser.addHelpOption();
    parser.process(app);
    const int nClients = parser.value(clients).toInt(), nLabels = parser.value(labels).toInt();
    const int nPairs = std::max(parser.value(pairs).toInt(), nLabels);
    if (!test::PgCluster::unavailableReason().isEmpty()) {
        std::printf("no PostgreSQL here: %s\n", qPrintable(test::PgCluster::unavailableReason()));
        return 0;
    }
    test::PgCluster pg;
    if (!pg.start()) {
        std::printf("cannot start a cluster: %s\n", qPrintable(pg.error()));
        return 0;
    }
    ProjectStore owner;
    QString error;
    QElapsedTimer t;
    t.start();
    Dataset ds = pairsOf(nPairs);
    if (!owner.create(locator(pg, pg.superuser()), &error) || !owner.addPairs(ds, QStringLiteral("bench"), &error)) {
        std::printf("cannot create the project: %s\n", qPrintable(error));
        return 0;
    }
    std::printf("project of %d pairs created on the server in %.2f s\n", nPairs, t.elapsed() / 1000.0);
    for (int c = 0; c <= nClients; ++c)
        owner.addTeamMember(QStringLiteral("client%1").arg(c), ProjectStore::TeamRole::Annotator, &error);
    QTemporaryDir dir;
    runClients(pg, writeClientFiles(dir, nClients, nLabels, nPairs), nLabels);
    const qint64 stored = qint64(owner.annotatorLabels().size());
    std::printf("annotator labels stored: %lld of %lld sent (%s)\n", stored, qlonglong(nClients) * nLabels,
                stored == qint64(nClients) * nLabels ? "none lost" : "LOST LABELS");

    // One client through the window's code path.
    ProjectStore gui;
    if (!gui.open(locator(pg, QStringLiteral("client%1").arg(nClients)), &error)) {
        std::printf("cannot open as a client: %s\n", qPrintable(error));
        return 0;
    }
    timeCalls("store call of the window's path, 1 client", nLabels, "labels",
              [&](int i) { gui.recordAnnotatorLabel(ds.pairs[size_t(i)].key, i % 3, QString(), &error); });
    windowPath(locator(pg, QStringLiteral("client%1").arg(nClients)), nLabels);
    timeCalls("change poll (dataVersion)", 200, nullptr, [&](int) { gui.dataVersion(); });
    return 0;
}
