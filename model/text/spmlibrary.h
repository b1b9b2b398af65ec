#pragma once
// The sentencepiece plugin (libentail_spm.so), dlopen()ed once per process. Private to the tokenizer.
#include "model/text/spm/spm_plugin_api.h"

#include <QString>
#include <QStringList>

namespace entail {

class SpmLibrary final {
public:
    // The process-wide instance; the first call loads the plugin (thread-safe). Never null.
    static const SpmLibrary &instance();

    bool isLoaded() const { return m_loaded; }
    QString error() const { return m_error; }  // why loading failed, naming every path tried
    QString path() const { return m_path; }

    espm_train_fn train = nullptr;
    espm_load_fn load = nullptr;
    espm_free_model_fn freeModel = nullptr;
    espm_free_string_fn freeString = nullptr;
    espm_encode_fn encode = nullptr;
    espm_piece_count_fn pieceCount = nullptr;
    espm_id_to_piece_fn idToPiece = nullptr;
    espm_piece_to_id_fn pieceToId = nullptr;

    // Candidate locations in lookup order (env ENTAIL_SPM_PLUGIN first, then relative to the executable).
    static QStringList candidatePaths();

private:
    SpmLibrary();
    bool tryLoad(const QString &path, QString *why);

    bool m_loaded = false;
    QString m_error;
    QString m_path;
};

}  // namespace entail
