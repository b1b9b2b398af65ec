#pragma once
// Creating a project so that it appears under its name only when complete: it is built under a temporary
// name in the same folder (".<name>.importing-<pid>") and renamed into place at the end (an atomic step),
// while a lock file ("<name>.lock") keeps a second process from creating the same project at the same time.
// Temporaries left by a killed process are removed by the next build of the same name; nothing is deleted
// that this build did not create.
#include "model/store/store.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace entail {

class ProjectBuilder final {
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    explicit ProjectBuilder(const QString &path);
    ~ProjectBuilder();  // an unfinished build closes its store and removes its temporary file
    ProjectBuilder(const ProjectBuilder &) = delete;
    ProjectBuilder &operator=(const ProjectBuilder &) = delete;

    // Takes the lock; refuses when another process holds it or the project exists already. Removes the
    // temporaries of this name whose process is gone.
    bool lock(QString *error);
    // Creates the empty project under the temporary name in store() (taking the lock first if needed).
    bool create(QString *error);
    ProjectStore &store() { return m_store; }
    // Closes store(), syncs the file and renames it to the project's name.
    bool finish(QString *error);

    // The whole build of an imported CSV: create, add `dataset`'s pairs (keys assigned), record `imagesDir`
    // (if not empty), finish.
    bool build(Dataset &dataset, const QString &annotator, const QString &imagesDir, QString *error);

    QString temporaryPath() const { return m_temporary; }
    QString path() const { return m_path; }
    // lock() failed for want of room on the disk: the machine's failure, not the user's.
    bool failedOnFullDisk() const { return m_diskFull; }

private:
    bool refuse(QString *error, const QString &message) const;
    void removeLeftovers() const;

    QString m_path;
    QString m_temporary;
    ProjectStore m_store;
    std::unique_ptr<QLockFile> m_lock;
    bool m_finished = false;
    bool m_diskFull = false;
};

}  // namespace entail
