#include "model/store/storepgschema.h"

#include "model/store/storeconnection.h"

#include <QSqlQuery>
#include <QStringList>
#include <iterator>

namespace entail {

namespace {

// %S: the schema; %A, %R, %O: the annotator, reviewer and owner group roles (all quoted).
// Which annotator is to label which pair: every member reads it, reviewers (and owners) write it.
const char kAssignmentsTable[] =
    "CREATE TABLE assignments(pair_key BIGINT NOT NULL REFERENCES pairs(key), annotator TEXT NOT NULL,"
    " ts TEXT NOT NULL, PRIMARY KEY (pair_key, annotator))";
const char kAssignmentsGrant[] = "GRANT INSERT, UPDATE, DELETE ON assignments TO %R";
// Every statement that changes assignments counts in meta "assignments_rev", which the data version (what
// an open window polls) includes: windows follow a reviewer's assignments as they follow labels.
const char kAssignmentsCounter[] =
    "CREATE OR REPLACE FUNCTION entail_assignments_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %S AS $$"
    " BEGIN"
    "  UPDATE meta SET value = (CAST(value AS BIGINT) + 1)::text WHERE key = 'assignments_rev';"
    "  IF NOT FOUND THEN INSERT INTO meta(key, value) VALUES ('assignments_rev', '1'); END IF;"
    "  RETURN NULL;"
    " END $$";
const char kAssignmentsTrigger[] =
    "CREATE TRIGGER assignments_changed AFTER INSERT OR UPDATE OR DELETE ON assignments"
    " FOR EACH STATEMENT EXECUTE FUNCTION entail_assignments_changed()";
// The table added to a project created by a version without it, with the grants a new project gives.
const char *const kAssignmentsAdded[] = {
    kAssignmentsTable,
    "GRANT SELECT ON assignments TO %A",
    kAssignmentsGrant,
    "GRANT ALL ON assignments TO %O",
    kAssignmentsCounter,
    kAssignmentsTrigger,
};

const char *const kTables[] = {
    "CREATE SCHEMA %S",
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE pairs(key BIGSERIAL PRIMARY KEY, ord INTEGER NOT NULL,"
    " id_1 TEXT NOT NULL, text_1 TEXT NOT NULL, image_1 TEXT NOT NULL, image_1_path TEXT NOT NULL,"
    " id_2 TEXT NOT NULL, text_2 TEXT NOT NULL, image_2 TEXT NOT NULL, image_2_path TEXT NOT NULL,"
    " original_label INTEGER NOT NULL, current_label INTEGER NOT NULL, split INTEGER NOT NULL DEFAULT 0,"
    " image_1_file TEXT NOT NULL DEFAULT '', image_1_missing INTEGER NOT NULL DEFAULT 1,"
    " image_2_file TEXT NOT NULL DEFAULT '', image_2_missing INTEGER NOT NULL DEFAULT 1)",
    "CREATE INDEX pairs_ord ON pairs(ord)",
    "CREATE TABLE annotation_log(seq BIGSERIAL PRIMARY KEY, pair_key BIGINT NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL, ts TEXT NOT NULL, from_label INTEGER NOT NULL, to_label INTEGER NOT NULL,"
    " source TEXT NOT NULL CHECK (source IN ('human','import','model')))",
    "CREATE INDEX annotation_log_pair ON annotation_log(pair_key, seq)",
    "CREATE TABLE models(id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, file TEXT NOT NULL, created TEXT NOT NULL,"
    " config TEXT NOT NULL, metrics TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE predictions(model_id BIGINT NOT NULL REFERENCES models(id),"
    " pair_key BIGINT NOT NULL REFERENCES pairs(key), b0 DOUBLE PRECISION, b1 DOUBLE PRECISION,"
    " b2 DOUBLE PRECISION, t0 DOUBLE PRECISION, t1 DOUBLE PRECISION, t2 DOUBLE PRECISION, i0 DOUBLE PRECISION,"
    " i1 DOUBLE PRECISION, i2 DOUBLE PRECISION, PRIMARY KEY(model_id, pair_key))",
    "CREATE SEQUENCE label_rev",
    "CREATE TABLE annotator_labels(pair_key BIGINT NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL DEFAULT current_user, label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 2),"
    " ts TEXT NOT NULL, rev BIGINT NOT NULL DEFAULT nextval('label_rev'), PRIMARY KEY (pair_key, annotator))",
    "CREATE INDEX annotator_labels_rev ON annotator_labels(rev)",
    "CREATE TABLE adjudications(pair_key BIGINT PRIMARY KEY REFERENCES pairs(key),"
    " reviewer TEXT NOT NULL DEFAULT current_user, label INTEGER NOT NULL CHECK (label BETWEEN 0 AND 2),"
    " ts TEXT NOT NULL, rev BIGINT NOT NULL DEFAULT nextval('label_rev'))",
    "CREATE INDEX adjudications_rev ON adjudications(rev)",
    "CREATE TABLE review_log(seq BIGSERIAL PRIMARY KEY, pair_key BIGINT NOT NULL REFERENCES pairs(key),"
    " annotator TEXT NOT NULL, ts TEXT NOT NULL, state TEXT NOT NULL, comment TEXT NOT NULL,"
    " label INTEGER NOT NULL)",
    "CREATE INDEX review_log_pair ON review_log(pair_key, seq)",
    "CREATE TABLE image_fetches(tweet_id TEXT PRIMARY KEY, url TEXT NOT NULL, ts TEXT NOT NULL,"
    " bytes BIGINT NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL)",
    kAssignmentsTable,
};

const char *const kFunctions[] = {
    "CREATE FUNCTION entail_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END$$",
    "CREATE TRIGGER annotation_log_append_only BEFORE UPDATE OR DELETE ON annotation_log"
    " FOR EACH ROW EXECUTE FUNCTION entail_append_only()",
    "CREATE TRIGGER review_log_append_only BEFORE UPDATE OR DELETE ON review_log"
    " FOR EACH ROW EXECUTE FUNCTION entail_append_only()",
    // ConsensusRule::derive/currentLabel (model/team/consensus.cpp), inside the server. The pair's row is
    // locked first, so two annotators labelling it at once are derived one after the other, each seeing the
    // other's committed label.
    "CREATE FUNCTION entail_derive_label(k BIGINT, who TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %S AS $$"
    " DECLARE cur INT; orig INT; adj INT; c0 INT; c1 INT; c2 INT; n INT; top INT; votes INT; lbl INT;"
    " BEGIN"
    "  SELECT current_label, original_label INTO cur, orig FROM pairs WHERE key = k FOR UPDATE;"
    "  IF NOT FOUND THEN RETURN; END IF;"
    "  SELECT count(*) FILTER (WHERE label = 0), count(*) FILTER (WHERE label = 1),"
    "   count(*) FILTER (WHERE label = 2) INTO c0, c1, c2 FROM annotator_labels WHERE pair_key = k;"
    "  SELECT label INTO adj FROM adjudications WHERE pair_key = k;"
    "  n := c0 + c1 + c2; top := 0; votes := c0;"
    "  IF c1 > votes THEN top := 1; votes := c1; END IF;"
    "  IF c2 > votes THEN top := 2; votes := c2; END IF;"
    "  IF adj IS NOT NULL THEN lbl := adj;"
    "  ELSIF n = 0 THEN lbl := orig;"
    "  ELSIF 2 * votes > n THEN lbl := top;"
    "  ELSE lbl := cur; END IF;"
    "  IF lbl IS DISTINCT FROM cur THEN"
    "   UPDATE pairs SET current_label = lbl WHERE key = k;"
    "   INSERT INTO annotation_log(pair_key, annotator, ts, from_label, to_label, source) VALUES (k, who,"
    "    to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), cur, lbl, 'human');"
    "  END IF;"
    " END $$",
    "CREATE FUNCTION entail_on_label() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %S AS $$"
    " BEGIN"
    "  IF TG_OP = 'DELETE' THEN PERFORM entail_derive_label(OLD.pair_key, session_user::text);"
    "  ELSE PERFORM entail_derive_label(NEW.pair_key, session_user::text); END IF;"
    "  RETURN NULL;"
    " END $$",
    "CREATE FUNCTION entail_new_rev() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN NEW.rev := nextval('label_rev'); RETURN NEW; END$$",
    "CREATE TRIGGER annotator_labels_derive AFTER INSERT OR UPDATE OR DELETE ON annotator_labels"
    " FOR EACH ROW EXECUTE FUNCTION entail_on_label()",
    "CREATE TRIGGER adjudications_derive AFTER INSERT OR UPDATE OR DELETE ON adjudications"
    " FOR EACH ROW EXECUTE FUNCTION entail_on_label()",
    "CREATE TRIGGER annotator_labels_rev BEFORE UPDATE ON annotator_labels"
    " FOR EACH ROW EXECUTE FUNCTION entail_new_rev()",
    "CREATE TRIGGER adjudications_rev BEFORE UPDATE ON adjudications FOR EACH ROW EXECUTE FUNCTION entail_new_rev()",
    kAssignmentsCounter,
    kAssignmentsTrigger,
};

const char *const kSecurity[] = {
    "GRANT %A TO %R",
    "GRANT %R TO %O",
    "GRANT %O TO current_user",
    "REVOKE ALL ON SCHEMA %S FROM PUBLIC",
    "GRANT USAGE ON SCHEMA %S TO %A",
    "GRANT SELECT ON ALL TABLES IN SCHEMA %S TO %A",
    "GRANT INSERT, UPDATE, DELETE ON annotator_labels TO %A",
    "GRANT INSERT ON review_log TO %A",
    "GRANT USAGE ON SEQUENCE label_rev, review_log_seq_seq TO %A",
    "GRANT INSERT, UPDATE, DELETE ON adjudications TO %R",
    kAssignmentsGrant,
    "GRANT ALL ON ALL TABLES IN SCHEMA %S TO %O",
    "GRANT ALL ON ALL SEQUENCES IN SCHEMA %S TO %O",
    "REVOKE EXECUTE ON FUNCTION entail_derive_label(BIGINT, TEXT) FROM PUBLIC",
    "ALTER TABLE annotator_labels ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY everyone_reads ON annotator_labels FOR SELECT USING (true)",
    "CREATE POLICY own_insert ON annotator_labels FOR INSERT WITH CHECK (annotator = current_user)",
    "CREATE POLICY own_update ON annotator_labels FOR UPDATE USING (annotator = current_user)"
    " WITH CHECK (annotator = current_user)",
    "CREATE POLICY own_delete ON annotator_labels FOR DELETE USING (annotator = current_user)",
    "ALTER TABLE adjudications ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY everyone_reads ON adjudications FOR SELECT USING (true)",
    "CREATE POLICY reviewer_writes ON adjudications FOR INSERT WITH CHECK (reviewer = current_user)",
    "CREATE POLICY reviewer_updates ON adjudications FOR UPDATE USING (true) WITH CHECK (reviewer = current_user)",
    "CREATE POLICY reviewer_deletes ON adjudications FOR DELETE USING (true)",
    "ALTER TABLE review_log ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY everyone_reads ON review_log FOR SELECT USING (true)",
    "CREATE POLICY own_insert ON review_log FOR INSERT WITH CHECK (annotator = current_user)",
};

const char *const kRoleNames[] = {"annotator", "reviewer", "owner"};

QString expand(const char *statement, const QString &schema, const QStringList &roles)
{
    QString s = QString::fromLatin1(statement);
    s.replace(QStringLiteral("%S"), StoreConnection::quotedName(schema));
    s.replace(QStringLiteral("%A"), StoreConnection::quotedName(roles[0]));
    s.replace(QStringLiteral("%R"), StoreConnection::quotedName(roles[1]));
    s.replace(QStringLiteral("%O"), StoreConnection::quotedName(roles[2]));
    return s;
}

bool runAll(const StoreConnection &c, const char *const *statements, size_t count, const QString &schema,
            const QStringList &roles, QString *error)
{
    QSqlQuery q(c.db());
    for (size_t i = 0; i < count; ++i)
        if (!c.exec(q, expand(statements[i], schema, roles), error))
            return false;
    return true;
}

// Creates the role `name` with `options` unless the server has it already.
bool ensureRole(const StoreConnection &c, const QString &name, const char *options, QString *error)
{
    QSqlQuery q(c.db());
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return c.fail(error, StoreConnection::tr("cannot read the server's roles"), q.lastError());
    return q.next()
        || c.exec(q, QStringLiteral("CREATE ROLE %1 %2").arg(StoreConnection::quotedName(name), QLatin1String(options)),
                  error);
}

// The group roles exist once per database and project; a project created again after being dropped finds them.
bool createRoles(const StoreConnection &c, const QStringList &roles, QString *error)
{
    for (const QString &role : roles)
        if (!ensureRole(c, role, "NOLOGIN", error))
            return false;
    return true;
}

// The project's annotator, reviewer and owner group roles.
bool projectRoles(const StoreConnection &c, const QString &database, QStringList *roles, QString *error)
{
    using Role = StorePgSchema::Role;
    for (Role r : {Role::Annotator, Role::Reviewer, Role::Owner})
        *roles << StorePgSchema::groupRole(database, c.schemaName(), r);
    return !roles->contains(QString())
        || c.refuse(error, StoreConnection::tr("%1: the database and project names are too long for the "
                                               "server's role names (63 bytes)").arg(c.path()));
}

}  // namespace

QString StorePgSchema::groupRole(const QString &database, const QString &project, Role role)
{
    const QString name = QStringLiteral("entail:%1/%2:%3").arg(database, project, QLatin1String(kRoleNames[int(role)]));
    return name.toUtf8().size() <= 63 ? name : QString();
}

bool StorePgSchema::create(const StoreConnection &c, const QString &database, QString *error)
{
    QStringList roles;
    if (!projectRoles(c, database, &roles, error))
        return false;
    if (c.hasProjectSchema())
        return c.refuse(error, StoreConnection::tr("%1: the project exists already").arg(c.path()));
    return createRoles(c, roles, error) && runAll(c, kTables, std::size(kTables), c.schemaName(), roles, error)
        && runAll(c, kFunctions, std::size(kFunctions), c.schemaName(), roles, error)
        && runAll(c, kSecurity, std::size(kSecurity), c.schemaName(), roles, error);
}

bool StorePgSchema::ensureAssignments(const StoreConnection &c, const QString &database, QString *error)
{
    if (c.hasSchemaObject(QStringLiteral("assignments")))
        return true;
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')")) || !q.next()
        || !q.value(0).toBool())
        return c.refuse(error, StoreConnection::tr("%1: the project was created by an older Entail Studio and has "
                                                   "no assignments yet; the role that created it must assign "
                                                   "pairs first (that adds the table)").arg(c.path()));
    QStringList roles;
    if (!projectRoles(c, database, &roles, error))
        return false;
    return runAll(c, kAssignmentsAdded, std::size(kAssignmentsAdded), c.schemaName(), roles, error);
}

bool StorePgSchema::addMember(const StoreConnection &c, const QString &database, const QString &name, Role role,
                              QString *error)
{
    const QString group = groupRole(database, c.schemaName(), role);
    if (group.isEmpty() || name.trimmed().isEmpty())
        return c.refuse(error, StoreConnection::tr("%1: no such role name").arg(name));
    return c.transaction(error, [&] {
        QSqlQuery q(c.db());
        return ensureRole(c, name, "LOGIN", error)
            && c.exec(q, QStringLiteral("GRANT %1 TO %2").arg(StoreConnection::quotedName(group),
                                                               StoreConnection::quotedName(name)), error);
    });
}

}  // namespace entail
