// entail label: one annotator's labels from a CSV (id_1,id_2,label), each row its own transaction.
// entail agreement: inter-annotator agreement of the labels recorded per annotator (model/team/agreement).
// entail team add-annotator: a server project's annotator or reviewer role for a login; team assign and
// unassign: cli_assign.cpp.
#include "app/cliassign.h"
#include "app/clipairrows.h"
#include "app/commands.h"
#include "model/core/labels.h"
#include "model/store/store.h"
#include "model/team/agreement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace entail::cli {
namespace {

struct LabelRow {
    int line = 0;
    qint64 key = 0;
    int label = kNoLabel;
};

class TeamCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static bool openProject(ProjectStore &store, const QString &path, bool write)
    {
        QString message;
        if (!store.open(path, &message)) {
            err() << message << "\n";
            return false;
        }
        if (write && store.isReadOnly()) {
            err() << tr("%1: the project is read-only; no label was written").arg(path) << "\n";
            return false;
        }
        return true;
    }

    // Every row checked before the first is written: an unknown pair or label names its line, nothing is
    // changed.
    static bool readRows(const QString &file, const ProjectStore &store, std::vector<LabelRow> *rows)
    {
        std::vector<PairRow> pairRows;
        if (!readPairRows(file, store, QStringLiteral("label"), false, &pairRows))
            return false;
        for (const PairRow &r : pairRows) {
            LabelRow row{r.line, r.key, kNoLabel};
            if (!labelFromName(r.value, &row.label) || !isValidLabel(row.label)) {
                err() << tr("%1:%2: unknown label \"%3\" (Contradictory, Implies or NoEntailment)").arg(file).arg(r.line).arg(r.value) << "\n";
                return false;
            }
            rows->push_back(row);
        }
        return true;
    }

    static int label(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Record one annotator's labels from a CSV with the columns id_1, id_2 and label."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption annotator(QStringLiteral("annotator"), tr("Who labelled."), tr("NAME"));
        const QCommandLineOption from(QStringLiteral("from"), tr("CSV with id_1, id_2, label."), tr("FILE"));
        const QCommandLineOption timings(QStringLiteral("timings"),
                                         tr("Print the latency of one label (median and 99th percentile)."));
        parser.addOptions({project, annotator, from, timings});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        const bool server = parser.value(project).startsWith(QLatin1String("postgres"));
        if (!parser.isSet(project) || !parser.isSet(from) || (!server && parser.value(annotator).trimmed().isEmpty())) {
            err() << tr("usage: entail label --project FILE|URL --annotator NAME --from labels.csv (on a server the role is the annotator)") << "\n";
            return BadInput;
        }
        ProjectStore store;
        std::vector<LabelRow> rows;
        if (!openProject(store, parser.value(project), true) || !readRows(parser.value(from), store, &rows))
            return BadInput;
        int changed = 0;
        std::vector<double> latencies;
        QElapsedTimer all;
        all.start();
        for (size_t i = 0; i < rows.size(); ++i) {
            QString error;
            int previous = kNoLabel;
            QElapsedTimer one;
            one.start();
            if (!store.recordAnnotatorLabel(rows[i].key, rows[i].label, parser.value(annotator).trimmed(), &error, &previous)) {
                err() << "\n" << tr("%1:%2: %3 (the %4 rows before it are saved)").arg(parser.value(from)).arg(rows[i].line).arg(error).arg(i) << "\n";
                return Internal;
            }
            latencies.push_back(one.nsecsElapsed() / 1e6);
            changed += previous != rows[i].label ? 1 : 0;
            if ((i + 1) % 1000 == 0 || i + 1 == rows.size()) {
                err() << "\r" << tr("labelled %1/%2").arg(i + 1).arg(rows.size());
                err().flush();
            }
        }
        const QString who = store.isServer() ? store.serverIdentity() : parser.value(annotator).trimmed();
        err() << "\n" << tr("%1 labels recorded for %2, %3 of them new or changed")
                             .arg(rows.size()).arg(who).arg(changed) << "\n";
        if (parser.isSet(timings) && !latencies.empty()) {
            std::sort(latencies.begin(), latencies.end());
            const auto at = [&](double q) { return latencies[std::min(latencies.size() - 1, size_t(q * latencies.size()))]; };
            err() << tr("label latency: median %1 ms, p99 %2 ms; %3 labels/s")
                         .arg(at(0.5), 0, 'f', 2).arg(at(0.99), 0, 'f', 2)
                         .arg(rows.size() / std::max(all.elapsed() / 1000.0, 1e-3), 0, 'f', 0) << "\n";
        }
        return Ok;
    }

    static QJsonValue number(double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); }

    static QJsonObject toJson(const AgreementReport &r)
    {
        QJsonArray cohen;
        for (const PairwiseKappa &k : r.cohen)
            cohen.append(QJsonObject{{"a", k.a}, {"b", k.b}, {"kappa", number(k.kappa)}, {"n", k.n}});
        QJsonObject perClass;
        for (int c = 0; c < kNumClasses; ++c)
            perClass.insert(labelName(c), number(r.perClass[size_t(c)]));
        return {{"annotators", QJsonArray::fromStringList(r.annotators)},
                {"pairs_multiply_labelled", r.pairsMultiplyLabelled},
                {"cohen_kappa", cohen},
                {"fleiss_kappa", number(r.fleissKappa)},
                {"krippendorff_alpha", number(r.krippendorffAlpha)},
                {"per_class_agreement", perClass}};
    }

    static QString text(double v) { return std::isnan(v) ? tr("undefined") : QString::number(v, 'f', 3); }

    static void printReport(const AgreementReport &r)
    {
        out() << tr("annotators: %1").arg(r.annotators.join(QStringLiteral(", "))) << "\n"
              << tr("pairs labelled by two or more: %1").arg(r.pairsMultiplyLabelled) << "\n"
              << tr("Fleiss' kappa: %1").arg(text(r.fleissKappa)) << "\n"
              << tr("Krippendorff's alpha (nominal): %1").arg(text(r.krippendorffAlpha)) << "\n";
        for (const PairwiseKappa &k : r.cohen)
            out() << tr("Cohen's kappa %1 / %2: %3 over %4 pairs").arg(k.a, k.b, text(k.kappa)).arg(k.n) << "\n";
        for (int c = 0; c < kNumClasses; ++c)
            out() << tr("agreement on %1: %2").arg(labelName(c), text(r.perClass[size_t(c)])) << "\n";
    }

    static int agreement(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Inter-annotator agreement of the labels recorded per annotator "
                                            "(entail label): each annotator's latest label of a pair."));
        const QCommandLineOption project(QStringLiteral("project"), tr("Project file, or a server project postgresql://USER@HOST[:PORT]/DATABASE?project=NAME."), tr("PROJECT"));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOptions({project, json});
        int code = Ok;
        if (!parseArguments(parser, arguments, &code))
            return code;
        ProjectStore store;
        if (!parser.isSet(project)) {
            err() << tr("usage: entail agreement --project FILE [--json]") << "\n";
            return BadInput;
        }
        if (!openProject(store, parser.value(project), false))
            return BadInput;
        std::vector<AnnotatorLabel> labels;
        for (const AnnotatorLabelRecord &r : store.annotatorLabels())
            labels.push_back({r.pairKey, r.annotator, r.label});
        const AgreementReport report = Agreement::report(labels, kNumClasses);
        if (parser.isSet(json))
            out() << QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
        else
            printReport(report);
        return Ok;
    }
};

// entail team add-annotator NAME --role annotator|reviewer --project URL (assign, unassign: cli_assign.cpp)
class TeamAdminCli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList &arguments)
    {
        const QString usage = tr("usage: entail team add-annotator NAME --role annotator|reviewer|owner --project "
                                 "postgresql://USER@HOST[:PORT]/DATABASE?project=NAME");
        if (arguments.value(1) == QLatin1String("assign"))
            return teamAssign(arguments);
        if (arguments.value(1) == QLatin1String("unassign"))
            return teamUnassign(arguments);
        if (arguments.value(1) != QLatin1String("add-annotator")) {
            err() << usage << "\n" << teamAssignUsage() << "\n";
            return (arguments.value(1) == QLatin1String("--help") || arguments.value(1) == QLatin1String("-h"))
                ? Ok : BadInput;
        }
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Give a login role (created if new, without a password: set one with "
                                            "psql's \\password) the annotator, reviewer or owner role of a "
                                            "server project. Needs the project's owner."));
        parser.addPositionalArgument(QStringLiteral("name"), tr("Login role of the annotator."));
        const QCommandLineOption role(QStringLiteral("role"), tr("annotator, reviewer or owner."), tr("ROLE"),
                                      QStringLiteral("annotator"));
        const QCommandLineOption project(QStringLiteral("project"), tr("Server project locator."), tr("URL"));
        parser.addOptions({role, project});
        int code = Ok;
        if (!parseArguments(parser, QStringList{arguments.constFirst() + QStringLiteral(" add-annotator")}
                                        + arguments.mid(2), &code))
            return code;
        const QStringList roles{QStringLiteral("annotator"), QStringLiteral("reviewer"), QStringLiteral("owner")};
        if (parser.positionalArguments().size() != 1 || !parser.isSet(project) || !roles.contains(parser.value(role))) {
            err() << usage << "\n";
            return BadInput;
        }
        ProjectStore store;
        QString message;
        if (!store.open(parser.value(project), &message)) {
            err() << message << "\n";
            return BadInput;
        }
        const QString name = parser.positionalArguments().constFirst();
        if (!store.addTeamMember(name, ProjectStore::TeamRole(roles.indexOf(parser.value(role))), &message)) {
            err() << message << "\n";
            return BadInput;
        }
        out() << tr("%1 is now %2 of %3").arg(name, parser.value(role), store.path()) << "\n";
        return Ok;
    }
};

const Registration teamCommand({QStringLiteral("team"),
                                TeamAdminCli::tr("add an annotator or reviewer to a server project; assign pairs"),
                                &TeamAdminCli::run});
const Registration labelCommand({QStringLiteral("label"), TeamCli::tr("record one annotator's labels from a CSV"),
                                 &TeamCli::label});
const Registration agreementCommand({QStringLiteral("agreement"),
                                     TeamCli::tr("inter-annotator agreement (Cohen, Fleiss, Krippendorff)"),
                                     &TeamCli::agreement});

}  // namespace
}  // namespace entail::cli
