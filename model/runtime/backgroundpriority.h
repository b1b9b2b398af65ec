#pragma once
// Marks the calling thread as background work (training, batch re-prediction). Linux keeps a nice value
// per thread, and the threads LibTorch and OpenCV start from it inherit it, so the GUI thread wins the
// CPU whenever it has something to do. Only for threads this program owns: the value cannot be raised
// back without privileges. Set ENTAIL_NO_BACKGROUND_PRIORITY=1 to compare (bench_responsiveness).
namespace entail {

class BackgroundPriority final {
public:
    static constexpr int kNice = 10;
    static void applyToCurrentThread();
};

}  // namespace entail
