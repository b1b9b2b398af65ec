#include "model/data/demo.h"

#include "model/data/splits.h"
#include "model/store/projectbuilder.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace entail {

namespace {

class DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoProject)
};

// The rule, chosen so that neither modality alone can solve it:
//  - the two tweets talk about different accounts/events (visible in the text only) -> NoEntailment;
//  - same account and event: the second tweet's picture is a status board whose shapes are green
//    (confirmed -> Implies) or red (called off -> Contradictory). The texts never say which.
// The head of the network is additive over the text and image projections, and so is this rule.
const char *const kAccounts[] = {
    "Harbor FC",      "City Transit",   "Museum of Light", "Northside Library", "Pixel Games",
    "Green Valley Farm", "Riverside Zoo", "Metro Weather",  "Lakeside Theatre", "Summit Climbing Club",
    "Old Town Market", "Bay Area Runners", "Starlight Cinema", "Maple High School", "Coastline Ferries",
};
const char *const kEvents[] = {
    "open day", "home match", "night tour", "book fair", "launch party", "harvest festival",
    "feeding show", "storm briefing", "premiere", "charity climb", "food market", "city marathon",
};
const char *const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const kFirstTemplates[] = {
    "%1: our %2 is planned for %3! Tickets at the door. #%4",
    "Save the date 📅 %1 %2 on %3. More soon #%4",
    "Reminder from %1: the %2 takes place on %3 at %5:00. #%4",
    "%1 here 👋 Who is coming to the %2 this %3? #%4",
};
const char *const kSecondTemplates[] = {
    "%1 status board for the %2 on %3 👇 #%4",
    "Latest from %1 about %3's %2. See picture. #%4",
    "%1: update on the %2 (%3) in the image below #%4",
    "Official %1 notice: %2, %3. Details attached. #%4",
};

constexpr int kImageWidth = 200;
constexpr int kImageHeight = 160;
constexpr double kMissingImageRate = 0.03;  // some tweets come without a usable image file
constexpr double kNoisyLabelRate = 0.04;    // deliberately wrong labels, recorded for label-error tests

template <size_t N>
const char *pick(const char *const (&list)[N], std::mt19937_64 &rng)
{
    return list[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

double unit(std::mt19937_64 &rng) { return std::uniform_real_distribution<double>(0.0, 1.0)(rng); }

// Like QString::arg, but a template may leave some of the values unused.
QString fill(const char *pattern, const QStringList &values)
{
    QString out = QString::fromUtf8(pattern);
    for (int i = int(values.size()); i >= 1; --i)
        out.replace(QLatin1Char('%') + QString::number(i), values.at(i - 1));
    return out;
}

QString hashtag(const QString &account)
{
    QString tag;
    for (const QChar c : account)
        if (c.isLetterOrNumber())
            tag += c;
    return tag;
}

// A status board: `status` 0 = neutral (blue/yellow), 1 = green, 2 = red; plus grey distractors.
cv::Mat drawBoard(int status, std::mt19937_64 &rng)
{
    std::uniform_int_distribution<int> light(200, 250);
    cv::Mat img(kImageHeight, kImageWidth, CV_8UC3, cv::Scalar(light(rng), light(rng), light(rng)));
    std::uniform_int_distribution<int> jitter(-25, 25);
    auto colour = [&]() -> cv::Scalar {
        switch (status) {
        case 1: return {40.0 + jitter(rng), 170.0 + jitter(rng), 50.0 + jitter(rng)};   // green (BGR)
        case 2: return {45.0 + jitter(rng), 45.0 + jitter(rng), 200.0 + jitter(rng)};   // red
        default:
            return std::uniform_int_distribution<int>(0, 1)(rng) ? cv::Scalar(200.0 + jitter(rng), 120.0, 40.0)
                                                                : cv::Scalar(40.0, 200.0 + jitter(rng), 220.0);
        }
    };
    std::uniform_int_distribution<int> x(20, kImageWidth - 20), y(20, kImageHeight - 20), r(10, 24);
    const int shapes = std::uniform_int_distribution<int>(1, 4)(rng);
    const int distractors = std::uniform_int_distribution<int>(0, 2)(rng);
    // Grey distractors first, so that they never hide the shapes that carry the status.
    for (int i = 0; i < shapes + distractors; ++i) {
        const cv::Scalar c = i < distractors ? cv::Scalar(128 + jitter(rng), 128, 128) : colour();
        const cv::Point centre(x(rng), y(rng));
        const int radius = r(rng);
        switch (std::uniform_int_distribution<int>(0, 2)(rng)) {
        case 0: cv::circle(img, centre, radius, c, cv::FILLED, cv::LINE_AA); break;
        case 1:
            cv::rectangle(img, centre - cv::Point(radius, radius), centre + cv::Point(radius, radius), c, cv::FILLED);
            break;
        default: {
            const std::vector<cv::Point> tri{centre + cv::Point(0, -radius), centre + cv::Point(radius, radius),
                                             centre + cv::Point(-radius, radius)};
            cv::fillConvexPoly(img, tri, c, cv::LINE_AA);
        }
        }
    }
    cv::Mat noise(img.size(), img.type());
    cv::RNG noiseRng(rng());  // cv::randn would use OpenCV's global generator: not reproducible
    noiseRng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(6));
    img += noise;  // saturating add of the positive part is enough texture for a synthetic image
    return img;
}

bool writeImage(const QString &file, const cv::Mat &img)
{
    std::vector<uchar> bytes;
    const bool png = file.endsWith(QLatin1String(".png"));
    if (!cv::imencode(png ? ".png" : ".jpg", img, bytes))
        return false;
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size()))
        == qint64(bytes.size());
}

// Pair `i`'s ids, label and texts, and `status`, the state its second picture will show.
Pair draftPair(int i, std::mt19937_64 &rng, int *label, int *status)
{
    constexpr qint64 kFirstId = 1500000000000000000LL;
    constexpr int kNumAccounts = int(std::size(kAccounts));
    // 60% NoEntailment, 20% Implies, 20% Contradictory: imbalanced like real data, but learnable.
    const double u = unit(rng);
    *label = u < 0.6 ? NoEntailment : (u < 0.8 ? Implies : Contradictory);
    const bool unrelated = *label == NoEntailment;
    const int a = std::uniform_int_distribution<int>(0, kNumAccounts - 1)(rng);
    int b = a;
    if (unrelated)
        b = (a + std::uniform_int_distribution<int>(1, kNumAccounts - 1)(rng)) % kNumAccounts;
    const QString accountA = QString::fromUtf8(kAccounts[a]);
    const QString accountB = QString::fromUtf8(kAccounts[b]);
    const QString event = QString::fromUtf8(pick(kEvents, rng));
    const QString eventB = unrelated ? QString::fromUtf8(pick(kEvents, rng)) : event;
    const QString day = QString::fromUtf8(pick(kDays, rng));
    const QString hour = QString::number(std::uniform_int_distribution<int>(9, 20)(rng));

    Pair p;
    p.first.id = QString::number(kFirstId + 2 * i);
    p.second.id = QString::number(kFirstId + 2 * i + 1);
    p.first.text = fill(pick(kFirstTemplates, rng), {accountA, event, day, hashtag(accountA), hour});
    p.second.text = fill(pick(kSecondTemplates, rng), {accountB, eventB, day, hashtag(accountB)});
    // Status in the second picture: the label for same-topic pairs, random for NoEntailment ones.
    *status = *label == Implies ? 1 : *label == Contradictory ? 2 : std::uniform_int_distribution<int>(1, 2)(rng);
    return p;
}

// Where the pictures go: the folder, and its path relative to the project's folder (the path column).
struct PictureFolder {
    QString dir;
    QString relative;
};

// Draws both tweets' pictures (the first neutral, the second showing `status`) and writes those that are
// not deliberately missing.
bool drawPictures(Pair &p, int status, const PictureFolder &folder, std::mt19937_64 &rng, DemoSummary *sum,
                  QString *error)
{
    const std::pair<Tweet *, int> tweets[] = {{&p.first, 0}, {&p.second, status}};
    for (const auto &[tweet, board] : tweets) {
        const bool png = std::uniform_int_distribution<int>(0, 3)(rng) == 0;
        const QString name = tweet->id + (png ? QStringLiteral(".png") : QStringLiteral(".jpg"));
        tweet->imageUrl = QStringLiteral("https://media.example.invalid/demo/") + name;
        tweet->imagePathColumn = folder.relative + name;
        const cv::Mat img = drawBoard(board, rng);  // drawn even when missing: the same seed, the same draws
        if (unit(rng) < kMissingImageRate) {
            tweet->imageMissing = true;  // its file is never written
            ++sum->missingImages;
            continue;
        }
        const QString file = QDir(folder.dir).filePath(name);
        if (!writeImage(file, img)) {
            if (error)
                *error = DemoText::tr("%1: cannot write the demo image").arg(file);
            return false;
        }
        tweet->imageFile = file;
        tweet->imageMissing = false;
    }
    return true;
}

// The label the data set gives: the true one, or a deliberately wrong one now and then.
int givenLabel(int label, std::mt19937_64 &rng)
{
    if (unit(rng) < kNoisyLabelRate)
        return (label + std::uniform_int_distribution<int>(1, 2)(rng)) % kNumClasses;
    return label;
}

// Records the true labels of the deliberately wrong ones, the images folder and the seed in the project.
bool recordDemoFacts(ProjectStore &store, const Dataset &ds, const std::vector<int> &trueLabels,
                     const QString &imagesDir, quint64 seed, DemoSummary *sum, QString *error)
{
    QJsonObject noisy;
    for (size_t i = 0; i < ds.pairs.size(); ++i) {
        if (ds.pairs[i].currentLabel != trueLabels[i]) {
            noisy.insert(QString::number(ds.pairs[i].key), trueLabels[i]);
            sum->noisyLabels[ds.pairs[i].key] = trueLabels[i];
        }
    }
    return store.setMeta(QStringLiteral("demo_noisy_labels"),
                         QString::fromUtf8(QJsonDocument(noisy).toJson(QJsonDocument::Compact)), error)
        && store.setMeta(QStringLiteral("images_dir"), imagesDir, error)
        && store.setMeta(QStringLiteral("demo_seed"), QString::number(seed), error);
}

}  // namespace

QString DemoProject::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.entail"));
}

bool DemoProject::generate(const QString &projectPath, QString *error, DemoSummary *summary, int pairCount,
                           quint64 seed)
{
    const QFileInfo info(projectPath);
    const QString imagesDir = info.absoluteFilePath() + QStringLiteral(".images");
    if (!QDir().mkpath(imagesDir)) {
        if (error)
            *error = DemoText::tr("%1: cannot create the images folder").arg(imagesDir);
        return false;
    }
    std::mt19937_64 rng(seed);
    Dataset ds;
    ds.sourceFile = DemoText::tr("built-in demo");
    ds.hasPathColumns = true;
    ds.hasLabelIdx = true;
    std::vector<int> trueLabels;
    DemoSummary sum;
    const PictureFolder pictures{imagesDir, info.fileName() + QStringLiteral(".images/")};
    for (int i = 0; i < pairCount; ++i) {
        int label = 0, status = 0;
        Pair p = draftPair(i, rng, &label, &status);
        if (!drawPictures(p, status, pictures, rng, &sum, error))
            return false;
        p.originalLabel = p.currentLabel = givenLabel(label, rng);
        trueLabels.push_back(label);
        ds.pairs.push_back(std::move(p));
    }
    assignSplits(ds.pairs, 42);

    ProjectBuilder builder(projectPath);  // the project appears under its name only when complete
    ProjectStore &store = builder.store();
    if (!builder.create(error) || !store.addPairs(ds, QStringLiteral("demo"), error))
        return false;
    const bool ok = recordDemoFacts(store, ds, trueLabels, imagesDir, seed, &sum, error) && builder.finish(error);
    sum.pairs = int(ds.pairs.size());
    if (summary)
        *summary = sum;
    return ok;
}

std::map<qint64, int> DemoProject::noisyLabels(const QString &projectPath)
{
    std::map<qint64, int> out;
    ProjectStore store;
    if (!store.open(projectPath, nullptr))
        return out;
    const QJsonObject o =
        QJsonDocument::fromJson(store.meta(QStringLiteral("demo_noisy_labels")).toString().toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out[it.key().toLongLong()] = it.value().toInt();
    return out;
}

}  // namespace entail
