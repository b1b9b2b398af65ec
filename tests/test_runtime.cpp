// Memory with the app's malloc settings (initRuntime(): freed memory is kept for the next allocations):
// releaseFreedMemory() gives it back, whichever thread allocated it.
#include "model/runtime/runtime.h"

#include <QtTest>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

using namespace entail;

namespace {
constexpr size_t kBlock = 64 * 1024;
constexpr size_t kTotal = 256u * 1024 * 1024;
constexpr double kMiB = 1024.0 * 1024.0;

// Allocates and touches kTotal bytes in blocks the size of small tensors, then frees them.
void allocateAndFree()
{
    std::vector<std::unique_ptr<char[]>> blocks;
    for (size_t done = 0; done < kTotal; done += kBlock) {
        blocks.emplace_back(new char[kBlock]);
        std::memset(blocks.back().get(), 1, kBlock);
    }
}
}  // namespace

class TestRuntime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initRuntime();  // the app's settings (OMP_WAIT_POLICY is set by CTest: no second start)
        QVERIFY(residentBytes() > 0);
    }

    void freedMemoryIsKeptUntilReleased_data()
    {
        QTest::addColumn<bool>("workerThread");
        QTest::newRow("main thread") << false;
        QTest::newRow("worker thread") << true;  // training and prediction allocate in their own arenas
    }

    void freedMemoryIsKeptUntilReleased()
    {
        QFETCH(bool, workerThread);
        releaseFreedMemory();
        const long long start = residentBytes();
        if (workerThread)
            std::thread(allocateAndFree).join();
        else
            allocateAndFree();
        const long long kept = residentBytes();
        // Without the release, the freed blocks stay resident (this is what made a session reach 1.2 GB).
        QVERIFY2(kept - start > (long long)(kTotal / 2), qPrintable(QString::number((kept - start) / kMiB)));
        QElapsedTimer clock;
        clock.start();
        const long long released = releaseFreedMemory();
        const double ms = clock.nsecsElapsed() / 1e6;
        const long long end = residentBytes();
        qInfo("resident: %.0f MiB at start, %.0f MiB after freeing %.0f MiB, %.0f MiB after releaseFreedMemory() "
              "(released %.0f MiB in %.1f ms)", start / kMiB, kept / kMiB, kTotal / kMiB, end / kMiB, released / kMiB, ms);
        clock.start();
        releaseFreedMemory();
        qInfo("releaseFreedMemory() with nothing to release: %.2f ms", clock.nsecsElapsed() / 1e6);
        QVERIFY(released > (long long)(kTotal / 2));
        QVERIFY2(end - start < (long long)(kTotal / 8), qPrintable(QString::number((end - start) / kMiB)));
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "test_runtime.moc"
