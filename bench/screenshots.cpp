// Not a benchmark and not a test: writes PNG pictures of the main window (a demo project with made-up
// predictions) and of the dialogs in every language, for looking at (README, reviews of a layout change).
// The tests assert what these pictures show (tests/widgetchecks.h); this tool only takes them.
//
//   screenshots [DIR]      (default: ./screenshots; QT_QPA_PLATFORM=offscreen needs no display)
//
// The main window is taken in every language as it opens on this screen (its size is in the file name),
// with every dock shown; run it on an Xvfb screen of 1280x720 and of 1920x1080 to see a small laptop and a
// common monitor.
//
// Settings go to a temporary folder: the user's own settings are neither read nor changed.
#include "model/core/labels.h"
#include "model/data/demo.h"
#include "model/labelissues/labelissuefinder.h"
#include "model/labelissues/labelissuestore.h"
#include "model/store/store.h"
#include "model/runtime/translations.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/firstrunguide.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/labelissues/labelissuepanel.h"
#include "ui/labelissues/labelissuesfeature.h"
#include "ui/pairs/pairbrowser.h"
#include "ui/pairs/pairtablemodel.h"
#include "ui/duplicates/duplicatefeature.h"
#include "ui/duplicates/duplicatesdialog.h"
#include "ui/reviewstate/commentdialog.h"
#include "ui/reviewstate/reviewfeature.h"
#include "ui/review/imagezoomdialog.h"
#include "ui/session/imagefetchdialog.h"
#include "ui/session/newprojectdialog.h"
#include "ui/session/projectsession.h"
#include "ui/shell/mainwindow.h"
#include "ui/common/appsettings.h"
#include "ui/team/adjudicationdialog.h"
#include "ui/team/agreementdock.h"
#include "ui/team/serverprojectdialog.h"
#include "ui/team/teamfeature.h"
#include "ui/training/traindialog.h"
#include "model/training/trainingrecord.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QScreen>
#include <QScrollArea>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace entail;

namespace {

constexpr int kPairs = 150;

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget &widget, const QDir &dir, const QString &name)
{
    widget.show();
    settle(100);
    const QString file = dir.filePath(name + QStringLiteral(".png"));
    const bool ok = widget.grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

// The model "agrees" with the label except on every fifth pair, with confidences spread over 0.5-0.96.
void setFakePredictions(PairTableModel *pairs)
{
    std::vector<qint64> keys;
    std::vector<Prediction> predictions;
    for (const Pair &p : pairs->pairs()) {
        const int label = isValidLabel(p.currentLabel) ? p.currentLabel : NoEntailment;
        const int call = p.key % 5 == 0 ? (label + 1) % kNumClasses : label;
        const float confidence = 0.5f + float(p.key % 47) / 100.0f;
        Prediction pred;
        for (int i = 0; i < kNumClasses; ++i)
            pred.both[size_t(i)] = i == call ? confidence : (1.0f - confidence) / 2.0f;
        keys.push_back(p.key);
        predictions.push_back(pred);
    }
    pairs->setPredictions(keys, predictions);
}

// Review states on a few pairs (the shown pair: unsure with a comment), so that the Flags column and the note
// above the label bar show them.
void reviewSomePairs(MainWindow &window, PairBrowser *browser)
{
    auto *review = window.findChild<ReviewFeature *>();
    for (auto [row, state] : {std::pair{1, ReviewState::Skipped}, std::pair{2, ReviewState::Confirmed},
                              std::pair{3, ReviewState::Unsure}}) {
        browser->selectSourceRow(row);
        if (review->state(row) != state)  // each language's window opens the same project
            review->setState(state);
    }
    browser->selectSourceRow(3);
    review->setComment(QStringLiteral("The second picture may show another street: ask Maria."));
}

// The duplicates of the first pair that has any, and the comment dialog (English only).
bool reviewDialogs(MainWindow &window, PairBrowser *browser, const QDir &out)
{
    auto *duplicates = window.findChild<DuplicateFeature *>();
    for (int row = 0; row < duplicates->groups().rowCount(); ++row)
        if (duplicates->groups().groupSize(row) > 1) {
            browser->selectSourceRow(row);
            break;
        }
    bool ok = true;
    if (DuplicatesDialog *dialog = duplicates->showDuplicates()) {
        ok = save(*dialog, out, QStringLiteral("duplicates-dialog"));
        dialog->close();
    }
    CommentDialog comment(4, QStringLiteral("The second picture may show another street: ask Maria."), &window);
    return save(comment, out, QStringLiteral("comment-dialog")) && ok;
}

// Label-issue scores stored in the project, so that the window shows its quality column and noise matrix.
bool storeLabelIssues(const QString &project, QString *error)
{
    ProjectStore store;
    LabelIssueOptions options;
    options.repeats = 1;
    LabelIssueResult result;
    return store.open(project, error) && LabelIssueFinder::find(store.dataset().pairs, options, &result)
        && LabelIssueStore::save(store, result, error);
}

bool mainWindow(const QString &project, const QDir &out, const QString &language)
{
    installTranslators(*qApp, language);
    QSettings().clear();  // as on a first start: no window layout saved by the previous language's window
    MainWindow window;
    window.show();
    QEventLoop loop;
    QObject::connect(window.session(), &ProjectSession::opened, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.openProject(project);
    loop.exec();
    if (!window.session()->isOpen())
        return false;
    setFakePredictions(window.session()->pairs());
    auto *browser = window.findChild<PairBrowser *>(QStringLiteral("pairBrowser"));
    reviewSomePairs(window, browser);
    settle(300);  // the stored label-issue scores load on a worker thread
    if (auto *issues = window.findChild<LabelIssuesFeature *>())
        issues->walk(+1);  // the first suspect, and its line in the status bar
    if (auto *training = window.findChild<QDockWidget *>(QStringLiteral("trainingDock")))
        training->show();
    settle(500);  // image previews decode on a worker thread
    const QSize screen = window.screen()->size();
    const QString size = QStringLiteral("_%1_%2x%3").arg(language).arg(screen.width()).arg(screen.height());
    bool ok = save(window, out, QStringLiteral("main-window") + size);
    if (auto *issues = window.findChild<LabelIssuesFeature *>())  // below the metrics: scrolled to on a small screen
        ok = save(*issues->panel(), out, QStringLiteral("label-issues-panel") + size) && ok;
    if (language != QLatin1String("en"))
        return ok;
    ok = reviewDialogs(window, browser, out) && ok;

    // The cheat sheet is modal: taken while it is open.
    QTimer::singleShot(300, &window, [&ok, &out] {
        if (QWidget *sheet = QApplication::activeModalWidget()) {
            ok = save(*sheet, out, QStringLiteral("shortcuts-dialog")) && ok;
            sheet->close();
        }
    });
    window.showShortcuts();
    return ok;
}

// A second demo project in which alice, bob and carol labelled the first pairs (a dash: not labelled), so that
// the window opens it in team mode: agreed pairs, a majority, disagreements, pairs waiting for a second label.
bool storeTeamLabels(const QString &project, QString *error)
{
    static const char *const kLabels[] = {"0-121-20212-", "011221002-21", "021-111022--"};
    static const char *const kNames[] = {"alice", "bob", "carol"};
    ProjectStore store;
    if (!DemoProject::generate(project, error, nullptr, kPairs) || !store.open(project, error))
        return false;
    const std::vector<Pair> &pairs = store.dataset().pairs;
    for (int a = 0; a < 3; ++a)
        for (int i = 0; kLabels[a][i] != '\0'; ++i)
            if (kLabels[a][i] != '-'
                && !store.recordAnnotatorLabel(pairs[size_t(i)].key, kLabels[a][i] - '0',
                                               QString::fromLatin1(kNames[a]), error))
                return false;
    return true;
}

// The modal password prompt: taken while it is open, then cancelled.
bool passwordPrompt(QWidget *parent, const QDir &out, const QString &suffix)
{
    bool ok = false;
    QTimer::singleShot(300, parent, [&ok, &out, &suffix] {
        if (QWidget *prompt = QApplication::activeModalWidget()) {
            ok = save(*prompt, out, QStringLiteral("server-password") + suffix);
            prompt->close();
        }
    });
    QString password;
    const QString reason = QCoreApplication::translate("entail::TeamFeature", "The server asks for a password.");
    ServerProjectDialog::askPassword(parent, QStringLiteral("postgresql://alice@db.example.org/labels?project=tweets"),
                                     reason, &password);
    return ok;
}

// The team's dialogs of this window: Adjudicate, Open server project and its password prompt.
bool teamDialogs(MainWindow &window, const QDir &out, const QString &suffix)
{
    auto *team = window.findChild<TeamFeature *>();
    team->showAdjudication();
    settle(300);
    bool ok = team->dialog() && save(*team->dialog(), out, QStringLiteral("adjudicate-dialog") + suffix);
    if (team->dialog())
        team->dialog()->close();
    ServerProjectDialog server(&window);
    server.setLocator(QStringLiteral("postgresql://alice@db.example.org:5432/labels?project=tweets"));
    ok = save(server, out, QStringLiteral("server-project-dialog") + suffix) && ok;
    server.close();
    return passwordPrompt(&window, out, suffix) && ok;
}

// The team project's window as alice sees it, with the Agreement dock raised; then in blind mode.
bool teamWindow(const QString &project, const QDir &out, const QString &language)
{
    installTranslators(*qApp, language);
    QSettings().clear();
    AppSettings().setAnnotator(QStringLiteral("alice"));
    MainWindow window;
    window.show();
    auto *team = window.findChild<TeamFeature *>();
    QEventLoop loop;  // team mode reads the annotators' labels once the project is open
    QObject::connect(team, &TeamFeature::refreshed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    window.openProject(project);
    loop.exec();
    if (!window.session()->isOpen() || !team->snapshot())
        return false;
    setFakePredictions(window.session()->pairs());
    window.findChild<PairBrowser *>(QStringLiteral("pairBrowser"))->selectSourceRow(1);
    team->dock()->show();
    team->dock()->raise();
    settle(500);
    const QSize screen = window.screen()->size();
    const QString size = QStringLiteral("_%1_%2x%3").arg(language).arg(screen.width()).arg(screen.height());
    bool ok = save(window, out, QStringLiteral("main-window-team") + size);
    ok = save(*team->dock(), out, QStringLiteral("agreement-dock") + size) && ok;
    if (auto *page = team->dock()->findChild<QScrollArea *>())  // all of it, as it scrolls on a small screen
        ok = save(*page->widget(), out, QStringLiteral("agreement-dock-page") + size) && ok;
    auto *blind = window.findChild<QAction *>(QStringLiteral("blindModeAction"));
    blind->setChecked(true);
    settle(300);
    ok = save(window, out, QStringLiteral("main-window-blind") + size) && ok;
    blind->setChecked(false);
    return teamDialogs(window, out, QLatin1Char('_') + language) && ok;
}

bool dialogs(const QString &language, const QDir &out)
{
    installTranslators(*qApp, language);
    const QString suffix = QLatin1Char('_') + language;
    AboutDialog about;
    FirstRunGuide guide;
    TrainDialog train;
    train.setData({420, 90, 90}, QString());
    {
        // An earlier run of this computer, so that the dialog shows an expected duration.
        TrainResult measured;
        measured.seconds = 30.0;
        measured.batchSeconds = 27.0;
        measured.batchesRun = 98;
        ModelVersion v1;
        v1.id = 1;
        v1.name = QStringLiteral("v1");
        v1.configJson = TrainingRecord::configJson(train.config(), Dataset{});
        v1.metricsJson = TrainingRecord::metricsJson(measured, std::vector<EpochSummary>(7));
        train.setPastRuns({v1});
    }
    NewProjectDialog newProject(QDir::homePath());
    QImage image(200, 160, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ImageZoomDialog zoom(image, QStringLiteral("Tweet 2"));
    ProjectSession session;
    ImageFetchDialog fetch(&session, nullptr);
    bool ok = save(about, out, QStringLiteral("about") + suffix);
    ok = save(guide, out, QStringLiteral("firstrunguide") + suffix) && ok;
    ok = save(train, out, QStringLiteral("train-dialog") + suffix) && ok;
    ok = save(newProject, out, QStringLiteral("new-project-dialog") + suffix) && ok;
    ok = save(fetch, out, QStringLiteral("get-images-dialog") + suffix) && ok;
    return save(zoom, out, QStringLiteral("image-zoom-dialog") + suffix) && ok;
}

}  // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir work;
    QCoreApplication::setOrganizationName(QStringLiteral("EntailStudioScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("screenshots"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, work.filePath(QStringLiteral("settings")));

    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("screenshots"));
    QString error;
    const QString project = work.filePath(QStringLiteral("demo.entail"));
    const QString teamProject = work.filePath(QStringLiteral("team.entail"));
    if (!QDir().mkpath(out.absolutePath()) || !DemoProject::generate(project, &error, nullptr, kPairs)
        || !storeLabelIssues(project, &error) || !storeTeamLabels(teamProject, &error)) {
        std::fprintf(stderr, "screenshots: %s\n", qPrintable(error.isEmpty() ? out.absolutePath() : error));
        return 1;
    }
    bool ok = true;
    for (const Language &language : availableLanguages()) {
        if (language.code.isEmpty())
            continue;
        ok = mainWindow(project, out, language.code) && ok;
        ok = teamWindow(teamProject, out, language.code) && ok;
        ok = dialogs(language.code, out) && ok;
    }
    return ok ? 0 : 1;
}
