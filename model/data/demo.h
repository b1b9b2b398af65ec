#pragma once
// The built-in demo project: synthetic tweet pairs whose label needs BOTH text and image.
// Generated deterministically (same seed -> same texts, images and labels), no downloaded data.
#include <QString>
#include <map>

namespace entail {

struct DemoSummary {
    int pairs = 0;
    int missingImages = 0;
    std::map<qint64, int> noisyLabels;  // pair key -> the true label of each deliberately wrong label
};

class DemoProject final {
public:
    static constexpr int kDefaultPairs = 600;
    static constexpr quint64 kDefaultSeed = 2026;
    // Creates `projectPath` (must not exist) and its images in "<projectPath>.images/".
    static bool generate(const QString &projectPath, QString *error, DemoSummary *summary = nullptr,
                         int pairs = kDefaultPairs, quint64 seed = kDefaultSeed);
    // Pair key -> true label of the deliberately wrong labels recorded in a demo project.
    static std::map<qint64, int> noisyLabels(const QString &projectPath);
    // Where the GUI keeps its demo project (under the user's data folder).
    static QString defaultPath();
};

}  // namespace entail
