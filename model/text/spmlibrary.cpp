#include "model/text/spmlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <dlfcn.h>

#include <type_traits>

namespace entail {

namespace {

const char kPluginName[] = "libentail_spm.so";


// Not QCoreApplication::applicationDirPath(): the tokenizer must work before (or without) a Q*Application.
QString executableDir()
{
    const QFileInfo exe(QStringLiteral("/proc/self/exe"));
    const QString target = exe.symLinkTarget();
    return target.isEmpty() ? QString() : QFileInfo(target).absolutePath();
}

}  // namespace

const SpmLibrary &SpmLibrary::instance()
{
    // A function-local static: C++11 guarantees one thread-safe initialization.
    static const SpmLibrary library;
    return library;
}

QStringList SpmLibrary::candidatePaths()
{
    QStringList paths;
    const QByteArray env = qgetenv("ENTAIL_SPM_PLUGIN");
    if (!env.isEmpty())
        paths << QString::fromLocal8Bit(env);
    const QString dir = executableDir();
    if (!dir.isEmpty()) {
        const QString name = QString::fromLatin1(kPluginName);
        paths << QDir(dir).filePath(name);
        // Installed layout: <prefix>/bin/entail and <prefix>/<libdir>/entail-studio/libentail_spm.so.
        paths << QDir::cleanPath(dir + QStringLiteral("/../") + QStringLiteral(ENTAIL_PLUGIN_RELDIR) + QLatin1Char('/')
                                 + name);
        // Build tree: tests live in build/tests/, the plugin in build/bin/.
        paths << QDir::cleanPath(dir + QStringLiteral("/../bin/") + name);
    }
    paths.removeDuplicates();
    return paths;
}

SpmLibrary::SpmLibrary()
{
    QStringList tried;
    const QStringList paths = candidatePaths();
    for (const QString &path : paths) {
        QString why;
        if (tryLoad(path, &why)) {
            m_loaded = true;
            m_path = path;
            return;
        }
        tried << QStringLiteral("%1 (%2)").arg(path, why);
    }
    m_error = QCoreApplication::translate("SpmLibrary", "The tokenizer plugin %1 could not be loaded. Tried: %2. Set ENTAIL_SPM_PLUGIN to its path.")
                  .arg(QString::fromLatin1(kPluginName), tried.isEmpty() ? QCoreApplication::translate("SpmLibrary", "no location") : tried.join(QStringLiteral("; ")));
}

bool SpmLibrary::tryLoad(const QString &path, QString *why)
{
    if (!QFileInfo::exists(path)) {
        *why = QCoreApplication::translate("SpmLibrary", "not found");
        return false;
    }
    // RTLD_LOCAL | RTLD_DEEPBIND: the plugin's bundled protobuf must not meet LibTorch's (see model/spm/).
    void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!handle) {
        *why = QString::fromLocal8Bit(dlerror());
        return false;
    }
    bool complete = true;
    auto resolve = [&](auto &fn, const char *name) {
        fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(handle, name));
        complete = complete && fn;
    };
    espm_api_version_fn version = nullptr;
    resolve(version, "espm_api_version");
    resolve(train, "espm_train");
    resolve(load, "espm_load");
    resolve(freeModel, "espm_free_model");
    resolve(freeString, "espm_free_string");
    resolve(encode, "espm_encode");
    resolve(pieceCount, "espm_piece_count");
    resolve(idToPiece, "espm_id_to_piece");
    resolve(pieceToId, "espm_piece_to_id");
    if (!complete) {
        *why = QCoreApplication::translate("SpmLibrary", "not an Entail Studio tokenizer plugin (missing functions)");
    } else if (version() != ESPM_API_VERSION) {
        *why = QCoreApplication::translate("SpmLibrary", "plugin API version %1, expected %2").arg(version()).arg(ESPM_API_VERSION);
        complete = false;
    }
    if (!complete) {
        dlclose(handle);
        train = nullptr;
        load = nullptr;
        freeModel = nullptr;
        freeString = nullptr;
        encode = nullptr;
        pieceCount = nullptr;
        idToPiece = nullptr;
        pieceToId = nullptr;
        return false;
    }
    // Kept open for the life of the process: models created through it may live until exit.
    return true;
}

}  // namespace entail
