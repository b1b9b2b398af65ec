#pragma once
// A tweet's text reduced to what makes two tweets "the same text": HTML entities decoded, case folded, links
// (http://, https://, www.) and @mentions removed, whitespace collapsed. The real data repeats one text with
// other images and other t.co links, which this puts into one group.
#include <QString>
#include <QStringView>

namespace entail {

class TextNormalizer final {
public:
    static QString normalize(QStringView text);
};

}  // namespace entail
