// libentail_spm.so: sentencepiece behind a small C API, loaded with dlopen (see CMakeLists.txt here).
#include "spm_plugin_api.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#define ESPM_EXPORT extern "C" __attribute__((visibility("default")))

struct EspmModel {
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

char *copyString(const std::string &s)
{
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out) {
        std::memcpy(out, s.data(), s.size());
        out[s.size()] = '\0';
    }
    return out;
}

void setError(char **error, const std::string &message)
{
    if (error)
        *error = copyString(message);
}

class VectorIterator final : public sentencepiece::SentenceIterator {
public:
    VectorIterator(const char *const *sentences, size_t count) : m_sentences(sentences), m_count(count) {}
    bool done() const override { return m_index >= m_count; }
    void Next() override { ++m_index; }
    const std::string &value() const override
    {
        m_current = m_sentences[m_index];
        return m_current;
    }
    sentencepiece::util::Status status() const override { return {}; }

private:
    const char *const *m_sentences;
    size_t m_count;
    size_t m_index = 0;
    mutable std::string m_current;
};

}  // namespace

ESPM_EXPORT int espm_api_version(void) { return ESPM_API_VERSION; }

ESPM_EXPORT int espm_train(const char *const *sentences, size_t count, const char *options, unsigned seed,
                           char **model, size_t *model_size, char **error)
{
    try {
        sentencepiece::SetRandomGeneratorSeed(seed);
        VectorIterator it(sentences, count);
        std::string serialized;
        const auto status = sentencepiece::SentencePieceTrainer::Train(options ? options : "", &it, &serialized);
        if (!status.ok()) {
            setError(error, status.ToString());
            return 1;
        }
        *model = static_cast<char *>(std::malloc(serialized.size()));
        if (!*model) {
            setError(error, "out of memory");
            return 1;
        }
        std::memcpy(*model, serialized.data(), serialized.size());
        *model_size = serialized.size();
        return 0;
    } catch (const std::exception &e) {
        setError(error, e.what());
        return 1;
    }
}

ESPM_EXPORT EspmModel *espm_load(const char *model, size_t model_size, char **error)
{
    auto *m = new EspmModel;
    const auto status = m->processor.LoadFromSerializedProto(std::string(model, model_size));
    if (!status.ok()) {
        setError(error, status.ToString());
        delete m;
        return nullptr;
    }
    return m;
}

ESPM_EXPORT void espm_free_model(EspmModel *m) { delete m; }

ESPM_EXPORT void espm_free_string(char *s) { std::free(s); }

ESPM_EXPORT int espm_encode(const EspmModel *m, const char *text, int *ids, int capacity)
{
    std::vector<int> out;
    if (!m->processor.Encode(text, &out).ok())
        return 0;
    const int n = int(out.size());
    for (int i = 0; i < n && i < capacity; ++i)
        ids[i] = out[size_t(i)];
    return n;
}

ESPM_EXPORT int espm_piece_count(const EspmModel *m) { return m->processor.GetPieceSize(); }

ESPM_EXPORT int espm_id_to_piece(const EspmModel *m, int id, char *buffer, int capacity)
{
    if (id < 0 || id >= m->processor.GetPieceSize())
        return -1;
    const std::string &piece = m->processor.IdToPiece(id);
    if (capacity > 0) {
        const size_t n = std::min(piece.size(), size_t(capacity - 1));
        std::memcpy(buffer, piece.data(), n);
        buffer[n] = '\0';
    }
    return int(piece.size());
}

ESPM_EXPORT int espm_piece_to_id(const EspmModel *m, const char *piece) { return m->processor.PieceToId(piece); }
