#include "model/metrics/calibration.h"

#include <algorithm>
#include <cmath>

namespace entail {

namespace {
// Probabilities are floats; log(0) would make one confident mistake infinitely costly.
constexpr double kMinProbability = 1e-7;

void addToBin(std::vector<ReliabilityBin> &bins, double confidence, bool right)
{
    const int n = int(bins.size());
    const int b = std::clamp(int(confidence * n), 0, n - 1);
    ++bins[size_t(b)].count;
    bins[size_t(b)].confidence += confidence;
    bins[size_t(b)].accuracy += right ? 1.0 : 0.0;
}

// Turns the sums into means and returns the ECE over `total` pairs.
double finish(std::vector<ReliabilityBin> &bins, int total)
{
    double ece = 0.0;
    for (ReliabilityBin &b : bins) {
        if (b.count == 0)
            continue;
        b.confidence /= b.count;
        b.accuracy /= b.count;
        ece += std::fabs(b.accuracy - b.confidence) * b.count / std::max(1, total);
    }
    return ece;
}

std::vector<ReliabilityBin> emptyBins(int n)
{
    std::vector<ReliabilityBin> bins(size_t(std::max(1, n)));
    for (size_t i = 0; i < bins.size(); ++i) {
        bins[i].lower = double(i) / double(bins.size());
        bins[i].upper = double(i + 1) / double(bins.size());
    }
    return bins;
}
}  // namespace

CalibrationReport Calibration::report(const std::vector<int> &truth, const std::vector<Probs> &probs, int bins)
{
    CalibrationReport r;
    r.bins = emptyBins(bins);
    std::array<std::vector<ReliabilityBin>, kNumClasses> perClass;
    std::array<int, kNumClasses> classCount{};
    for (auto &b : perClass)
        b = emptyBins(bins);
    const size_t n = std::min(truth.size(), probs.size());
    for (size_t i = 0; i < n; ++i) {
        if (!isValidLabel(truth[i]))
            continue;
        const int predicted = argmax(probs[i]);
        const double confidence = probs[i][size_t(predicted)];
        addToBin(r.bins, confidence, predicted == truth[i]);
        addToBin(perClass[size_t(predicted)], confidence, predicted == truth[i]);
        ++classCount[size_t(predicted)];
        r.nll -= std::log(std::max(double(probs[i][size_t(truth[i])]), kMinProbability));
        ++r.count;
    }
    r.ece = finish(r.bins, r.count);
    for (int c = 0; c < kNumClasses; ++c)
        r.classEce[size_t(c)] = finish(perClass[size_t(c)], classCount[size_t(c)]);
    r.nll = r.count > 0 ? r.nll / r.count : 0.0;
    return r;
}

Probs Calibration::withTemperature(const Probs &p, double temperature)
{
    if (temperature == 1.0)
        return p;
    std::array<double, kNumClasses> z{};
    double top = -1e300;
    for (int c = 0; c < kNumClasses; ++c) {
        z[size_t(c)] = std::log(std::max(double(p[size_t(c)]), kMinProbability)) / temperature;
        top = std::max(top, z[size_t(c)]);
    }
    double sum = 0.0;
    for (double &v : z) {
        v = std::exp(v - top);
        sum += v;
    }
    Probs out{};
    for (int c = 0; c < kNumClasses; ++c)
        out[size_t(c)] = float(z[size_t(c)] / sum);
    return out;
}

std::vector<Probs> Calibration::withTemperature(const std::vector<Probs> &probs, double temperature)
{
    std::vector<Probs> out;
    out.reserve(probs.size());
    for (const Probs &p : probs)
        out.push_back(withTemperature(p, temperature));
    return out;
}

double Calibration::nll(const std::vector<int> &truth, const std::vector<Probs> &probs, double temperature)
{
    double sum = 0.0;
    int count = 0;
    const size_t n = std::min(truth.size(), probs.size());
    for (size_t i = 0; i < n; ++i) {
        if (!isValidLabel(truth[i]))
            continue;
        const Probs q = withTemperature(probs[i], temperature);
        sum -= std::log(std::max(double(q[size_t(truth[i])]), kMinProbability));
        ++count;
    }
    return count > 0 ? sum / count : 0.0;
}

double Calibration::fitTemperature(const std::vector<int> &truth, const std::vector<Probs> &probs)
{
    if (std::none_of(truth.begin(), truth.end(), isValidLabel))
        return 1.0;
    // Golden-section search over log T; 60 steps narrow the range to far below a meaningful digit.
    constexpr double kGolden = 0.6180339887498949;
    double lo = std::log(kMinTemperature), hi = std::log(kMaxTemperature);
    double a = hi - kGolden * (hi - lo), b = lo + kGolden * (hi - lo);
    double fa = nll(truth, probs, std::exp(a)), fb = nll(truth, probs, std::exp(b));
    for (int step = 0; step < 60; ++step) {
        if (fa < fb) {
            hi = b;
            b = a;
            fb = fa;
            a = hi - kGolden * (hi - lo);
            fa = nll(truth, probs, std::exp(a));
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + kGolden * (hi - lo);
            fb = nll(truth, probs, std::exp(b));
        }
    }
    const double best = std::exp((lo + hi) / 2);
    // No worse than leaving the probabilities alone (a flat NLL curve can end anywhere).
    return nll(truth, probs, best) < nll(truth, probs, 1.0) ? best : 1.0;
}

TemperatureFit Calibration::fit(const std::vector<int> &truth, const std::vector<Probs> &probs)
{
    TemperatureFit f;
    const CalibrationReport before = report(truth, probs);
    f.temperature = fitTemperature(truth, probs);
    const CalibrationReport after = report(truth, withTemperature(probs, f.temperature));
    f.count = before.count;
    f.nllBefore = before.nll;
    f.eceBefore = before.ece;
    f.nllAfter = after.nll;
    f.eceAfter = after.ece;
    return f;
}

}  // namespace entail
