#pragma once
// Versions of the libraries the program runs with, for the About box (their headers stay in model/).
#include <QString>

namespace entail {

struct LibraryVersions {
    QString torch;          // LibTorch, as compiled against
    QString opencv;         // OpenCV, as loaded at run time
    QString sentencepiece;  // as found by pkg-config at build time; empty if unknown
};

LibraryVersions libraryVersions();

}  // namespace entail
