// Runs the fuzz function over the seed corpus (a normal test in every build, no libFuzzer needed) and
// checks each seed's expected outcome: files named valid_* import, every other seed is rejected.
#include "model/data/importer.h"

#include <QDir>
#include <QFile>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <corpus folder>\n", argv[0]);
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
    int failures = 0;
    for (const QString &name : names) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "FAIL %s: cannot read it\n", qPrintable(name));
            ++failures;
            continue;
        }
        const QByteArray data = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));

        entail::Dataset dataset;
        entail::InputError error;
        const bool imported = entail::Importer::importBytes(data, name, QString(), {}, &dataset, &error);
        const bool expected = name.startsWith(QLatin1String("valid_"));
        if (imported != expected) {
            std::fprintf(stderr, "FAIL %s: %s\n", qPrintable(name),
                         imported ? "imported, but should be rejected" : qPrintable(error.toString()));
            ++failures;
        } else {
            std::printf("ok   %s: %s\n", qPrintable(name),
                        imported ? qPrintable(QStringLiteral("%1 pairs").arg(dataset.pairs.size()))
                                 : qPrintable(error.toString()));
        }
    }
    std::printf("%lld seeds, %d failures\n", static_cast<long long>(names.size()), failures);
    return names.isEmpty() || failures > 0 ? 1 : 0;
}
