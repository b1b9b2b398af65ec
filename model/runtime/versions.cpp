#include "model/runtime/versions.h"

#include <opencv2/core/utility.hpp>
#include <torch/version.h>

namespace entail {

LibraryVersions libraryVersions()
{
    LibraryVersions v;
    v.torch = QStringLiteral(TORCH_VERSION);
    v.opencv = QString::fromStdString(cv::getVersionString());
#ifdef ENTAIL_SENTENCEPIECE_VERSION
    // sentencepiece lives in a plugin with no version call; the build records the one it compiled against.
    v.sentencepiece = QStringLiteral(ENTAIL_SENTENCEPIECE_VERSION);
#endif
    return v;
}

}  // namespace entail
