#pragma once
// The model file: our own container, no Torch needed to read its description (the UI uses readInfo).
// Layout: "ENTAILMD" | format version (uint32 BE) | section count (uint32 BE) |
//         sections: tag (4 bytes) | length (uint64 BE) | bytes |  SHA-256 of everything before (32 bytes).
// Sections: CONF config JSON (network, training, created_at), LABL label names JSON, TOKN tokenizer model,
// WGTS torch weights (torch::serialize archive), IENC/TENC TorchScript encoders (optional), METR metrics JSON.
#include "model/core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace entail {

struct CheckpointData {
    QJsonObject config;     // {"network": NetConfig, "training": {...}, "created_at": ISO 8601}
    QStringList labels;     // label names in id order
    QByteArray tokenizer;
    QByteArray weights;
    QByteArray imageEncoder;  // TorchScript module bytes, empty for the built-in encoder
    QByteArray textEncoder;
    QJsonObject metrics;    // {"validation": {...}, "test": {...}, "has_test": bool}
};

class Checkpoint final {
    Q_DECLARE_TR_FUNCTIONS(Checkpoint)

public:
    static constexpr quint32 kFormatVersion = 1;

    // Atomic (QSaveFile): either the whole new file or the old one stays.
    static bool write(const QString &path, const CheckpointData &data, QString *error);
    // Refuses (with a message naming the file) a missing, truncated, corrupt, foreign or newer file,
    // and one whose labels differ from this program's.
    static bool read(const QString &path, CheckpointData *data, QString *error);
    static std::optional<ModelInfo> readInfo(const QString &path, QString *error);
    static ModelInfo infoFrom(const QString &path, const CheckpointData &data);

private:
    // Magic, size, format version and checksum; `count` = the number of sections the header announces.
    // Magic, format version and section lengths against the file's size, before the body is read.
    static bool checkLayout(const QString &path, QFile &file, QString *error);
    static bool checkHeader(const QString &path, const QByteArray &header, qint64 fileSize, quint32 *count,
                            QString *error);
    static bool checkContainer(const QString &path, const QByteArray &all, quint32 *count, QString *error);
    // Sections by tag; false when one runs past the end or they do not cover the body exactly.
    static bool splitSections(const QByteArray &body, quint32 count, QHash<QByteArray, QByteArray> *sections);
    static bool readSections(const QString &path, const QHash<QByteArray, QByteArray> &sections, bool complete,
                             CheckpointData *data, QString *error);
};

}  // namespace entail
