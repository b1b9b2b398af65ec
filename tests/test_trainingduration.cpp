// The expected duration of a training run: what a finished run records about its time, the arithmetic of
// the estimate, which earlier run it is taken from, and what the Train dialog shows. No training here.
#include "model/training/trainingduration.h"
#include "model/training/trainingrecord.h"
#include "ui/training/traindialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QtTest>

using namespace entail;

namespace {
TrainConfig headsOnly(int batchSize = 32)
{
    TrainConfig c;
    c.trainEncoders = false;
    c.batchSize = batchSize;
    return c;
}

// A version as ProjectStore::models() lists it, recorded by TrainingRecord like a real run.
ModelVersion version(qint64 id, const TrainConfig &config, double seconds, double batchSeconds, int batches,
                     int epochsRun)
{
    TrainResult result;
    result.ok = true;
    result.seconds = seconds;
    result.batchSeconds = batchSeconds;
    result.batchesRun = batches;
    std::vector<EpochSummary> history;
    history.resize(size_t(epochsRun));
    ModelVersion v;
    v.id = id;
    v.name = QStringLiteral("v%1").arg(id);
    v.configJson = TrainingRecord::configJson(config, Dataset{});
    v.metricsJson = TrainingRecord::metricsJson(result, history);
    return v;
}
}  // namespace

class TestTrainingDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void epochsAreTheConfiguredOrTheDefault()
    {
        TrainConfig c;
        c.epochs = 7;
        QCOMPARE(epochsToTrain(c), 7);
        c.epochs = 0;
        c.trainEncoders = true;
        QCOMPARE(epochsToTrain(c), 12);
        c.trainEncoders = false;
        QCOMPARE(epochsToTrain(c), 40);
    }

    void recordKeepsTheTiming()
    {
        const ModelVersion v = version(1, headsOnly(), 14.0, 10.0, 50, 5);
        const VersionRecord r = TrainingRecord::read(v);
        QCOMPARE(r.batchSeconds, 10.0);
        QCOMPARE(r.batchesRun, 50);
        QCOMPARE(r.machine, TrainingRecord::machineId());
        QVERIFY(!r.machine.isEmpty());
        QVERIFY(!r.machine.contains(QSysInfo::machineHostName()) || QSysInfo::machineHostName().isEmpty());
    }

    void arithmetic()
    {
        // 0.2 s per batch of 32; 4 s besides the batches over 5 epochs: 0.8 s per epoch.
        const VersionRecord run = TrainingRecord::read(version(1, headsOnly(32), 14.0, 10.0, 50, 5));
        TrainConfig next = headsOnly(64);
        next.epochs = 10;
        const DurationEstimate e = TrainingDuration::fromRun(run, QStringLiteral("v1"), next, 1000);
        QVERIFY(e.known);
        QCOMPARE(e.fromVersion, QStringLiteral("v1"));
        QCOMPARE(e.measuredBatchSize, 32);
        QVERIFY(qFuzzyCompare(e.measuredBatchSeconds, 0.2));
        QCOMPARE(e.epochs, 10);
        QCOMPARE(e.batchesPerEpoch, 16);  // 1000 pairs in batches of 64
        QVERIFY2(qAbs(e.seconds - 10 * (16 * 0.4 + 0.8)) < 1e-9, qPrintable(QString::number(e.seconds)));
        // v1 stopped early after 5 of its 40 (default) epochs: the new run likely does so too.
        QCOMPARE(e.likelyEpochs, 5);
        QVERIFY(qAbs(e.likelySeconds - 5 * (16 * 0.4 + 0.8)) < 1e-9);
        // A run that trained all its epochs says nothing about stopping early.
        TrainConfig all = headsOnly(32);
        all.epochs = 5;
        const VersionRecord full = TrainingRecord::read(version(1, all, 14.0, 10.0, 50, 5));
        const DurationEstimate f = TrainingDuration::fromRun(full, QStringLiteral("v1"), next, 1000);
        QCOMPARE(f.likelyEpochs, 10);
        QCOMPARE(f.likelySeconds, f.seconds);
        // Nothing measured (e.g. a version loaded from a model file) or nothing to train: no estimate.
        QVERIFY(!TrainingDuration::fromRun(VersionRecord{}, QStringLiteral("v1"), next, 1000).known);
        QVERIFY(!TrainingDuration::fromRun(run, QStringLiteral("v1"), next, 0).known);
    }

    void newestSimilarRunOfThisComputer()
    {
        TrainConfig encoders;
        encoders.trainEncoders = true;
        const QString here = TrainingRecord::machineId();
        std::vector<ModelVersion> versions = {version(1, headsOnly(), 10.0, 5.0, 100, 4),
                                              version(2, encoders, 100.0, 90.0, 100, 4),
                                              version(3, headsOnly(), 20.0, 10.0, 100, 4)};
        QCOMPARE(TrainingDuration::estimate(versions, headsOnly(), 100).fromVersion, QStringLiteral("v3"));
        QCOMPARE(TrainingDuration::estimate(versions, encoders, 100).fromVersion, QStringLiteral("v2"));
        TrainConfig textOnly = headsOnly();
        textOnly.useImages = false;
        QVERIFY(!TrainingDuration::estimate(versions, textOnly, 100).known);
        // Runs of another computer do not count.
        QVERIFY(!TrainingDuration::estimate(versions, headsOnly(), 100, QStringLiteral("elsewhere")).known);
        QVERIFY(TrainingDuration::estimate(versions, headsOnly(), 100, here).known);
        QVERIFY(!TrainingDuration::estimate({}, headsOnly(), 100).known);
    }

    void dialogShowsTheEstimateAndFollowsTheOptions()
    {
        TrainDialog dialog;
        dialog.setData({640, 100, 100}, QString());
        dialog.setConfig(headsOnly());
        QVERIFY2(dialog.durationText().contains(QStringLiteral("no estimate yet")), qPrintable(dialog.durationText()));
        // v1 trained all its 40 epochs: 0.05 s per batch of 32, 1 s per epoch besides.
        TrainConfig forty = headsOnly();
        forty.epochs = 40;
        dialog.setPastRuns({version(1, forty, 240.0, 200.0, 4000, 40)});
        const QString first = dialog.durationText();
        QVERIFY2(first.contains(QStringLiteral("run v1: 50 ms per batch of 32 pairs")), qPrintable(first));
        // 40 epochs (the heads-only default) x (20 batches x 0.05 s + 1 s) = 80 s.
        QCOMPARE(dialog.durationEstimate().epochs, 40);
        QVERIFY2(first.contains(QStringLiteral("about 80 s for 40 epoch(s)")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Early stopping can end it sooner")));
        dialog.epochsBox()->setValue(100);  // 200 s
        QVERIFY2(dialog.durationText().contains(QStringLiteral("about 3 min for 100 epoch(s)")),
                 qPrintable(dialog.durationText()));
        // v2, newer, stopped early after 4 epochs (the same pace): likely 8 s, at most 200 s.
        dialog.setPastRuns({version(1, forty, 240.0, 200.0, 4000, 40), version(2, headsOnly(), 24.0, 20.0, 400, 4)});
        const QString early = dialog.durationText();
        QVERIFY2(early.contains(QStringLiteral("about 10 s if training stops early after 4 epoch(s) as run v2 did, "
                                               "at most about 3 min")), qPrintable(early));
        dialog.findChild<QRadioButton *>(QStringLiteral("encodersToo"))->setChecked(true);
        QVERIFY(dialog.durationText().contains(QStringLiteral("no estimate yet")));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("expectedDuration"))->text(), dialog.durationText());
        qInfo("%s", qPrintable(first));
        qInfo("%s", qPrintable(early));
    }

    // The wrapped texts of the Data box are shown whole (as the dialog opens and after a longer estimate).
    void dialogShowsTheWholeText()
    {
        TrainDialog dialog;
        dialog.setData({420, 90, 90}, QString());
        dialog.setConfig(headsOnly());
        dialog.setPastRuns({version(1, headsOnly(), 24.0, 20.0, 400, 4)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto checkLabels = [&] {
            for (const QLabel *label : dialog.findChildren<QLabel *>()) {
                if (!label->wordWrap() || label->text().isEmpty())
                    continue;
                const int needed = label->heightForWidth(label->width());
                if (label->height() < needed)
                    return QStringLiteral("%1 px high, needs %2: %3").arg(label->height()).arg(needed).arg(label->text());
                const QRect r(label->mapTo(&dialog, QPoint(0, 0)), label->size());
                if (!dialog.rect().contains(r) || label->visibleRegion() != QRegion(label->rect()))
                    return QStringLiteral("cut: %1").arg(label->text());
            }
            return QString();
        };
        QTRY_COMPARE(checkLabels(), QString());
        dialog.findChild<QRadioButton *>(QStringLiteral("encodersToo"))->setChecked(true);  // another text
        QTRY_COMPARE(checkLabels(), QString());
        qInfo("dialog %dx%d", dialog.width(), dialog.height());
    }
};

QTEST_MAIN(TestTrainingDuration)
#include "test_trainingduration.moc"
