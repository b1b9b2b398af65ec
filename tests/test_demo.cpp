// The built-in demo project: deterministic, labelled by a rule that needs text AND image, with recorded noise.
#include "model/data/demo.h"
#include "model/store/store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>

using namespace entail;

namespace {

QByteArray projectFingerprint(const QString &project)
{
    ProjectStore store;
    if (!store.open(project, nullptr))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Pair &p : store.dataset().pairs) {
        h.addData(p.first.text.toUtf8());
        h.addData(p.second.text.toUtf8());
        h.addData(QByteArray::number(p.currentLabel));
        h.addData(QByteArray::number(int(p.split)));
        for (const Tweet *t : {&p.first, &p.second}) {
            QFile f(t->imageFile);
            if (!t->imageFile.isEmpty() && f.open(QIODevice::ReadOnly))
                h.addData(f.readAll());
        }
    }
    return h.result();
}

// Mean colour of the strongly saturated pixels: >0 greenish, <0 reddish.
double greenMinusRed(const QString &file)
{
    const cv::Mat img = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
    double g = 0, r = 0;
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) {
            const cv::Vec3b px = img.at<cv::Vec3b>(y, x);  // BGR
            if (px[1] > 120 && px[2] < 110 && px[0] < 110)
                ++g;
            if (px[2] > 150 && px[1] < 110 && px[0] < 110)
                ++r;
        }
    return g - r;
}

QString topicOf(const QString &text)
{
    // The account name precedes the first ':' or ' status' etc.; compare hashtags instead (last word).
    return text.section(QLatin1Char('#'), -1).trimmed();
}

}  // namespace

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatesTheRule();
    void isDeterministic();
    void refusesExistingProject();
};

void TestDemo::generatesTheRule()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.entail"));
    QString error;
    DemoSummary summary;
    QVERIFY2(DemoProject::generate(path, &error, &summary), qPrintable(error));
    QCOMPARE(summary.pairs, DemoProject::kDefaultPairs);
    QVERIFY2(summary.missingImages > 5 && summary.missingImages < 100, "a few missing images");
    QVERIFY2(summary.noisyLabels.size() > 5 && summary.noisyLabels.size() < 60, "a few wrong labels");
    QCOMPARE(DemoProject::noisyLabels(path), summary.noisyLabels);

    ProjectStore store;
    QVERIFY(store.open(path, &error));
    const Dataset ds = store.dataset();
    QCOMPARE(int(ds.pairs.size()), DemoProject::kDefaultPairs);
    int counts[kNumClasses] = {}, splits[kNumSplits] = {}, checked = 0, missing = 0;
    for (const Pair &p : ds.pairs) {
        const auto noisy = summary.noisyLabels.find(p.key);
        const int truth = noisy == summary.noisyLabels.end() ? p.currentLabel : noisy->second;
        if (noisy != summary.noisyLabels.end())
            QVERIFY(truth != p.currentLabel);
        ++counts[truth];
        ++splits[int(p.split)];
        // The text decides NoEntailment: different hashtags (accounts) exactly when NoEntailment.
        QCOMPARE(topicOf(p.first.text) != topicOf(p.second.text), truth == NoEntailment);
        for (const Tweet *t : {&p.first, &p.second}) {
            QCOMPARE(t->imageMissing, t->imageFile.isEmpty());
            missing += t->imageMissing;
            if (!t->imageMissing)
                QVERIFY2(QFileInfo::exists(t->imageFile), qPrintable(t->imageFile));
        }
        // The second image decides Implies (green board) vs Contradictory (red board).
        if (truth != NoEntailment && !p.second.imageMissing) {
            const double gr = greenMinusRed(p.second.imageFile);
            QVERIFY2(truth == Implies ? gr > 0 : gr < 0, qPrintable(p.second.imageFile));
            ++checked;
        }
        // And the texts alone never say which: the same templates serve both.
        QVERIFY(!p.second.text.contains(QStringLiteral("cancel"), Qt::CaseInsensitive));
    }
    QCOMPARE(missing, summary.missingImages);
    QVERIFY(checked > 150);
    QVERIFY(counts[NoEntailment] > counts[Implies] && counts[Implies] > 60 && counts[Contradictory] > 60);
    QVERIFY(splits[int(Split::Test)] > 40 && splits[int(Split::Validation)] > 15);
}

void TestDemo::isDeterministic()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.entail"));
    const QString b = dir.filePath(QStringLiteral("b.entail"));
    const QString c = dir.filePath(QStringLiteral("c.entail"));
    QVERIFY(DemoProject::generate(a, nullptr, nullptr, 80));
    QVERIFY(DemoProject::generate(b, nullptr, nullptr, 80));
    QVERIFY(DemoProject::generate(c, nullptr, nullptr, 80, 7));
    const QByteArray fa = projectFingerprint(a);
    QVERIFY(!fa.isEmpty());
    QCOMPARE(projectFingerprint(b), fa);
    QVERIFY(projectFingerprint(c) != fa);
}

void TestDemo::refusesExistingProject()
{
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("taken.entail")), "keep me");
    QString error;
    QVERIFY(!DemoProject::generate(path, &error, nullptr, 10));
    QVERIFY2(error.contains(QStringLiteral("exists")), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
