// entail team assign: pairs assigned to annotators, from a CSV (id_1,id_2,annotator) or dealt round robin
// among a list of annotators; entail team unassign: an annotator's assignments taken back. What an annotator
// finds in the window's "My queue" and "Assigned to me" (ProjectStore::assignPairs).
#include "app/cliassign.h"

#include "app/clipairrows.h"
#include "app/commands.h"
#include "model/store/store.h"

#include <QCoreApplication>
#include <map>
#include <unordered_set>

namespace entail::cli {

namespace {

class AssignCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    using Plan = std::map<QString, std::vector<qint64>>;  // annotator -> the keys of their pairs

    static QString usage()
    {
        return tr("usage: entail team assign --project PROJECT (--from FILE [--annotator NAME] | --annotators "
                  "A,B,C [--per-pair K])\n       entail team unassign --project PROJECT --annotator NAME");
    }

    static bool open(ProjectStore &store, const QString &path)
    {
        QString message;
        if (!store.open(path, &message)) {
            err() << message << "\n";
            return false;
        }
        if (store.isReadOnly()) {
            err() << tr("%1: the project is read-only; nothing was assigned").arg(path) << "\n";
            return false;
        }
        return true;
    }

    // Every row checked first: an unknown pair names its line and nothing is written. With `only`, the file
    // needs no annotator column, and of one that has it only the rows naming `only` (or none) count.
    static bool planFromFile(const QString &file, const ProjectStore &store, const QString &only, Plan *plan)
    {
        std::vector<PairRow> rows;
        if (!readPairRows(file, store, QStringLiteral("annotator"), !only.isEmpty(), &rows))
            return false;
        for (const PairRow &r : rows) {
            QString who = r.value.trimmed();
            if (!only.isEmpty() && !who.isEmpty() && who != only)
                continue;
            if (who.isEmpty())
                who = only;
            if (who.isEmpty()) {
                err() << tr("%1:%2: the row names no annotator").arg(file).arg(r.line) << "\n";
                return false;
            }
            (*plan)[who].push_back(r.key);
        }
        return true;
    }

    // Every pair not adjudicated, in the project's order, to `perPair` consecutive annotators of the list,
    // dealt round robin (pair i to annotators i*K .. i*K+K-1, modulo their number): each gets an even share.
    static Plan roundRobin(const ProjectStore &store, const QStringList &annotators, int perPair)
    {
        std::unordered_set<qint64> adjudicated;
        for (const AdjudicationRecord &r : store.adjudications())
            adjudicated.insert(r.pairKey);
        Plan plan;
        qint64 dealt = 0;
        for (const Pair &p : store.dataset().pairs) {
            if (adjudicated.count(p.key))
                continue;
            for (int j = 0; j < perPair; ++j)
                plan[annotators[int((dealt * perPair + j) % annotators.size())]].push_back(p.key);
            ++dealt;
        }
        return plan;
    }

    static QStringList names(const QString &list)
    {
        QStringList out;
        for (const QString &name : list.split(QLatin1Char(',')))
            if (!name.trimmed().isEmpty())
                out << name.trimmed();
        out.removeDuplicates();
        return out;
    }

    static int write(ProjectStore &store, const Plan &plan)
    {
        int written = 0, added = 0;
        for (const auto &[who, keys] : plan) {
            QString error;
            int n = 0;
            if (!store.assignPairs(keys, who, &error, &n)) {
                err() << error << "\n";
                return Internal;
            }
            written += int(keys.size());
            added += n;
        }
        out() << tr("%1 assignments written for %n annotator(s), %2 of them new", nullptr, int(plan.size()))
                     .arg(written).arg(added) << "\n";
        return Ok;
    }

    static int assign(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Assign pairs to annotators: a pair assigned to an annotator is in "
                                            "their queue until they have labelled it. Needs a reviewer or "
                                            "owner on a server project."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption from(QStringLiteral("from"), tr("CSV with id_1, id_2, annotator."), tr("FILE"));
        const QCommandLineOption annotators(QStringLiteral("annotators"), tr("Deal every pair that is not adjudicated among these annotators, round robin."), tr("A,B,C"));
        const QCommandLineOption perPair(QStringLiteral("per-pair"), tr("With --annotators: annotators per pair (default: the labels the project wants per pair, at most the number of annotators)."), tr("K"));
        const QCommandLineOption annotator(QStringLiteral("annotator"), tr("With --from: assign the file's pairs to NAME (rows naming another annotator are skipped)."), tr("NAME"));
        parser.addOptions({project, from, annotators, perPair, annotator});
        int code = Ok;
        if (!parseArguments(parser, QStringList{arguments.constFirst() + QStringLiteral(" assign")} + arguments.mid(2),
                            &code))
            return code;
        const QStringList list = names(parser.value(annotators));
        bool numeric = true;
        const int k = parser.isSet(perPair) ? parser.value(perPair).toInt(&numeric) : 0;
        if (!parser.isSet(project) || parser.isSet(from) == parser.isSet(annotators)
            || (parser.isSet(annotators) && (list.isEmpty() || parser.isSet(annotator)))
            || (parser.isSet(perPair) && (!parser.isSet(annotators) || !numeric || k < 1))
            || (parser.isSet(annotator) && parser.value(annotator).trimmed().isEmpty())) {
            err() << usage() << "\n";
            return BadInput;
        }
        ProjectStore store;
        if (!open(store, parser.value(project)))
            return BadInput;
        Plan plan;
        if (parser.isSet(from)) {
            if (!planFromFile(parser.value(from), store, parser.value(annotator).trimmed(), &plan))
                return BadInput;
        } else {
            plan = roundRobin(store, list, std::min(k > 0 ? k : store.labelsPerPair(), int(list.size())));
        }
        return write(store, plan);
    }

    static int unassign(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Take back every assignment of an annotator (their labels stay)."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption annotator(QStringLiteral("annotator"), tr("Whose assignments."), tr("NAME"));
        parser.addOptions({project, annotator});
        int code = Ok;
        if (!parseArguments(parser, QStringList{arguments.constFirst() + QStringLiteral(" unassign")} + arguments.mid(2),
                            &code))
            return code;
        const QString who = parser.value(annotator).trimmed();
        if (!parser.isSet(project) || who.isEmpty()) {
            err() << usage() << "\n";
            return BadInput;
        }
        ProjectStore store;
        if (!open(store, parser.value(project)))
            return BadInput;
        QString error;
        int removed = 0;
        if (!store.unassignPairs({}, who, &error, &removed)) {
            err() << error << "\n";
            return Internal;
        }
        out() << tr("%1 assignments of %2 taken back").arg(removed).arg(who) << "\n";
        return Ok;
    }
};

}  // namespace

int teamAssign(const QStringList &arguments) { return AssignCli::assign(arguments); }

int teamUnassign(const QStringList &arguments) { return AssignCli::unassign(arguments); }

QString teamAssignUsage() { return AssignCli::usage(); }

}  // namespace entail::cli
