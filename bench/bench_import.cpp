// Import and export at scale, side by side with the sqlite3 shell on the same file in the same run:
//   bench_import [--pairs N] [--dir DIR] [--table] | bench_import --table-of PROJECT|URL
// generates a CSV of N pairs (tweet-length texts over several lines, emoji, quotes and commas), then times
// `entail import` against `sqlite3 DB ".import --csv FILE pairs"` and `entail export` against
// `sqlite3 -csv DB "select ..."`, with each child's peak memory (getrusage). --table also times what the
// window does with the project (open, search, sort, filter) at that size. Prints figures, never fails.
#include "model/runtime/runtime.h"
#include "model/store/store.h"
#include "ui/pairs/pairfilterproxy.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/session/projectloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct ChildRun {
    double seconds = 0;
    long peakKb = 0;
    int code = -1;
};

// Runs `program args` with stdout sent to `stdoutFile` (or /dev/null) and stderr to /dev/null.
// The peak memory: a forked child's ru_maxrss starts at this bench's own resident size (Linux keeps the
// high-water mark across exec: ~60 MB here, which hid every smaller figure), so the program is started
// through GNU time when it is installed, which forks it from a small process and reports its own peak.
ChildRun runChild(const QString &program, const QStringList &args, const QString &stdoutFile = QString())
{
    const QString timeTool = QStringLiteral("/usr/bin/time");
    const QString peakFile = QDir::temp().filePath(QStringLiteral("bench_import_peak_%1").arg(getpid()));
    const bool viaTime = QFileInfo(timeTool).isExecutable();
    std::vector<QByteArray> bytes{QFile::encodeName(viaTime ? timeTool : program)};
    if (viaTime)
        for (const QString &a : {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peakFile, program})
            bytes.push_back(QFile::encodeName(a));
    for (const QString &a : args)
        bytes.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    const QByteArray out = QFile::encodeName(stdoutFile.isEmpty() ? QStringLiteral("/dev/null") : stdoutFile);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(fd, 1);
        dup2(null, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    ChildRun run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.peakKb = usage.ru_maxrss;
    QFile peak(peakFile);
    if (viaTime && peak.open(QIODevice::ReadOnly))
        run.peakKb = peak.readAll().trimmed().split('\n').constLast().toLong();
    QFile::remove(peakFile);
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

QByteArray tweet(std::mt19937_64 &rng)
{
    static const char *const words[] = {
        "the", "team", "wins", "again", "tonight", "breaking:", "new", "vaccine", "rollout", "in", "city", "hall",
        "\xF0\x9F\x94\xA5", "\xF0\x9F\x98\x82", "caf\xC3\xA9", "\xE2\x80\x94", "\"quoted\"", "yes,", "no,", "#news",
        "@someone", "https://t.co/abcDEF123", "markets", "fell", "rose", "3.5%", "after", "report", "says",
        "\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8", "weather", "storm", "closes", "schools", "&amp;", "update"};
    std::uniform_int_distribution<size_t> word(0, std::size(words) - 1);
    std::uniform_int_distribution<int> length(100, 280), lineBreak(0, 12);
    QByteArray text;
    const int target = length(rng);
    while (text.size() < target) {
        if (!text.isEmpty())
            text += lineBreak(rng) == 0 ? "\n" : " ";
        text += words[word(rng)];
    }
    // Quoted only where needed, as `entail export` writes: the export of the import is then the same file.
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    return '"' + text.replace("\"", "\"\"") + '"';
}

QString generateCsv(const QString &path, int pairs)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<quint64> id(1000000000000000000ULL, 1999999999999999999ULL);
    static const char *const labels[] = {"Contradictory", "Implies", "NoEntailment", "NoEntailment", "NoEntailment"};
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("id_1,text_1,image_1,id_2,text_2,image_2,label\n");
    QByteArray block;
    for (int i = 0; i < pairs; ++i) {
        const QByteArray a = QByteArray::number(id(rng)), b = QByteArray::number(id(rng));
        block += a + ',' + tweet(rng) + ",http://pbs.twimg.com/media/" + a + ".jpg," + b + ',' + tweet(rng)
            + ",http://pbs.twimg.com/media/" + b + ".jpg," + labels[rng() % 5] + '\n';
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
    return path;
}

void printPair(const char *what, const ChildRun &ours, const ChildRun &theirs, bool haveTheirs, double csvMb)
{
    std::printf("%-8s entail %.2f s (exit %d), peak %.0f MB = %.2fx the CSV", what, ours.seconds, ours.code,
                ours.peakKb / 1024.0, ours.peakKb / 1024.0 / csvMb);
    if (haveTheirs)
        std::printf(" | sqlite3 %.2f s (exit %d), peak %.0f MB | ratio %.2f", theirs.seconds, theirs.code,
                    theirs.peakKb / 1024.0, ours.seconds / theirs.seconds);
    else
        std::printf(" | sqlite3 not installed: no comparison");
    std::printf("\n");
}

void printStep(const char *what, QElapsedTimer &timer, int rows)
{
    std::printf("  %-46s %8.1f ms (%d rows)\n", what, timer.nsecsElapsed() / 1e6, rows);
    timer.restart();
}

// One table action as the window runs it: the GUI thread's own time in the call, then (a search or a text
// order of a large table is computed on a worker) the wait for its rows, with the longest gap between two
// ticks of a 5 ms timer on the GUI thread, which is what a user would feel.
template <typename Action>
void act(const char *what, entail::PairFilterProxy &proxy, Action action)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(5);
    action();
    proxy.rowCount();  // a view asks at once: the proxy maps its rows lazily
    const double call = clock.nsecsElapsed() / 1e6;
    longest = std::max(longest, clock.elapsed() - last);
    QEventLoop loop;
    QObject::connect(&proxy, &entail::PairFilterProxy::workingChanged, &loop, [&](bool working) {
        if (!working)
            loop.quit();
    });
    if (proxy.isWorking())
        loop.exec();
    proxy.rowCount();
    longest = std::max(longest, clock.elapsed() - last);
    std::printf("  %-40s %7.1f ms in the call, rows after %7.1f ms, longest stall %4lld ms (%d rows)\n", what, call,
                clock.nsecsElapsed() / 1e6, longest, proxy.rowCount());
}

// What the window does with the project: open it (damage checks included) and read every pair, fill the pair
// table (model and sorted proxy), then sort, search and filter as the table's header and filter bar do.
void printTableFigures(const QString &project)
{
    std::printf("the window's table actions (GUI thread, offscreen; resident %.0f MB before):\n",
                entail::residentBytes() / 1048576.0);
    QElapsedTimer timer;
    timer.start();
    entail::ProjectStore store;
    QString error;
    if (!store.open(project, &error))
        qFatal("%s", qPrintable(error));
    printStep("ProjectStore::open (damage checks)", timer, store.pairCount());
    // As the window reads it: a large project without its texts (PairTableModel::TextSource).
    const bool lazy = store.pairCount() >= entail::ProjectLoader::textsHeldBelow();
    entail::Dataset dataset = lazy ? store.datasetWithoutTexts() : store.dataset();
    printStep(lazy ? "ProjectStore::datasetWithoutTexts()" : "ProjectStore::dataset() (every pair)", timer,
              int(dataset.pairs.size()));
    entail::PairTableModel model;
    entail::PairFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(entail::PairTableModel::Id, Qt::AscendingOrder);
    timer.restart();
    model.setPairs(std::move(dataset.pairs), lazy ? entail::ProjectLoader::textSource(project, [&store] { return &store; })
                                                  : entail::PairTableModel::TextSource{});
    printStep("fill the table (model, sorted proxy)", timer, proxy.rowCount());
    using M = entail::PairTableModel;
    act("sort by tweet 1 text", proxy, [&] { proxy.sort(M::Text1, Qt::AscendingOrder); });
    act("sort by tweet 2 text, descending", proxy, [&] { proxy.sort(M::Text2, Qt::DescendingOrder); });
    act("sort by tweet 2 text, ascending again", proxy, [&] { proxy.sort(M::Text2, Qt::AscendingOrder); });
    act("sort by label", proxy, [&] { proxy.sort(M::CurrentLabel, Qt::AscendingOrder); });
    act("search both texts (\"storm closes\")", proxy, [&] { proxy.setSearchText(QStringLiteral("storm closes")); });
    act("clear the search", proxy, [&] { proxy.setSearchText(QString()); });
    act("filter: label Implies", proxy, [&] { proxy.setCurrentLabelFilter(int(entail::Implies)); });
    act("filter: and split test", proxy, [&] { proxy.setSplitFilter(int(entail::Split::Test)); });
    act("clear filters", proxy, [&] { proxy.clearFilters(); });
    std::printf("  resident after: %.0f MB\n", entail::residentBytes() / 1048576.0);
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pairsOption(QStringLiteral("pairs"), QStringLiteral("Pairs in the CSV."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption tableOption(QStringLiteral("table"), QStringLiteral("Also time open/search/sort/filter."));
    const QCommandLineOption projectOption(QStringLiteral("table-of"),
                                           QStringLiteral("Only the table's actions, on this project (a file or a "
                                                          "server's postgresql://... locator)."),
                                           QStringLiteral("PROJECT"));
    parser.addOptions({pairsOption, dirOption, tableOption, projectOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(projectOption)) {
        printTableFigures(parser.value(projectOption));
        return 0;
    }
    QTemporaryDir temporary;
    const QDir dir(parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path());
    const int pairs = parser.value(pairsOption).toInt();
    const QString entail = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("entail"));
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    QElapsedTimer timer;
    timer.start();
    const QString csv = generateCsv(dir.filePath(QStringLiteral("pairs.csv")), pairs);
    const double csvMb = QFileInfo(csv).size() / 1048576.0;
    std::printf("%d pairs, CSV %.1f MB (generated in %.1f s)\n", pairs, csvMb, timer.elapsed() / 1000.0);

    const QString project = dir.filePath(QStringLiteral("pairs.entail")), db = dir.filePath(QStringLiteral("plain.db"));
    for (const QString &f : {project, db})
        QFile::remove(f);
    const ChildRun ours = runChild(entail, {QStringLiteral("import"), csv, QStringLiteral("--project"), project});
    ChildRun theirs;
    if (!sqlite.isEmpty())
        theirs = runChild(sqlite, {db, QStringLiteral(".import --csv %1 pairs").arg(csv)});
    printPair("import", ours, theirs, !sqlite.isEmpty(), csvMb);

    const ChildRun exported = runChild(entail, {QStringLiteral("export"), QStringLiteral("--project"), project,
                                                QStringLiteral("--out"), dir.filePath(QStringLiteral("out.csv"))});
    ChildRun selected;
    if (!sqlite.isEmpty())
        selected = runChild(sqlite, {QStringLiteral("-csv"), project,
                                     QStringLiteral("SELECT id_1, text_1, image_1, id_2, text_2, image_2, CASE current_label"
                                                    " WHEN 0 THEN 'Contradictory' WHEN 1 THEN 'Implies' WHEN 2 THEN"
                                                    " 'NoEntailment' ELSE '' END FROM pairs ORDER BY ord")},
                            dir.filePath(QStringLiteral("select.csv")));
    printPair("export", exported, selected, !sqlite.isEmpty(), csvMb);
    QFile a(csv), b(dir.filePath(QStringLiteral("out.csv")));
    const bool same = a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
    std::printf("export == the imported CSV byte for byte: %s\n", same ? "yes" : "NO");
    if (parser.isSet(tableOption))
        printTableFigures(project);
    return 0;
}
