#pragma once
// A project's schema on a PostgreSQL server: the same tables as a project file (storeschema.cpp) in the
// server's dialect, plus what a shared project needs the server itself to enforce:
// - three group roles per project (annotator < reviewer < owner), whose members a command adds;
// - row-level security: an annotator writes only labels and reviews in their own role's name, a reviewer
//   also adjudications and assignments (which annotator is to label which pair), only the owner changes
//   pairs, models or settings;
// - the current label derived inside the server (entail_derive_label: ConsensusRule's rule) by a trigger on
//   every annotator label and adjudication, logged in the append-only annotation log, so that no client can
//   set a current label, or a log entry, any other way.
#include <QString>

namespace entail {

class StoreConnection;

class StorePgSchema final {
public:
    enum class Role { Annotator, Reviewer, Owner };

    // Creates the schema, its tables, functions, triggers, roles and grants inside the caller's transaction;
    // the connection's user becomes the project's owner. Fails if the project exists.
    static bool create(const StoreConnection &c, const QString &database, QString *error);
    // The group role of a project (cluster-wide, so it names the database too); empty if over 63 bytes.
    static QString groupRole(const QString &database, const QString &project, Role role);
    // Adds the assignments table, with its grants, to a project created by a version without it (inside the
    // caller's transaction); refused, with a message, for a role that may not create tables in the project.
    static bool ensureAssignments(const StoreConnection &c, const QString &database, QString *error);
    // Creates the login role `name` if it does not exist and makes it a member of the project's `role`.
    static bool addMember(const StoreConnection &c, const QString &database, const QString &name, Role role,
                          QString *error);
};

}  // namespace entail
