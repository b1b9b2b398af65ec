#pragma once
// The C API of libentail_spm.so, the only binary that links sentencepiece (see CMakeLists.txt there).
// Strings returned through `char **` are malloc()ed by the plugin; free them with espm_free_string.
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct EspmModel EspmModel;

#define ESPM_API_VERSION 1

typedef int (*espm_api_version_fn)(void);
// Trains a unigram model on `count` UTF-8 sentences; returns 0 on success, the serialized model in
// `model`/`model_size`. `options` are extra sentencepiece trainer flags ("--key=value ...").
typedef int (*espm_train_fn)(const char *const *sentences, size_t count, const char *options,
                             unsigned seed, char **model, size_t *model_size, char **error);
typedef EspmModel *(*espm_load_fn)(const char *model, size_t model_size, char **error);
typedef void (*espm_free_model_fn)(EspmModel *);
typedef void (*espm_free_string_fn)(char *);
// Returns the number of ids; writes at most `capacity` of them.
typedef int (*espm_encode_fn)(const EspmModel *, const char *text, int *ids, int capacity);
typedef int (*espm_piece_count_fn)(const EspmModel *);
// Writes the piece (NUL-terminated, truncated to capacity) and returns its full length.
typedef int (*espm_id_to_piece_fn)(const EspmModel *, int id, char *buffer, int capacity);
typedef int (*espm_piece_to_id_fn)(const EspmModel *, const char *piece);

#ifdef __cplusplus
}
#endif
