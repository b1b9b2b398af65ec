// `entail-studio [PROJECT.entail | FILE.csv [--images DIR]]`: the desktop application.
// Without an argument it opens the demo project, creating it on first run, and shows the guide once per user.
#include "model/runtime/runtime.h"
#include "ui/common/appsettings.h"
#include "ui/help/firstrunguide.h"
#include "ui/shell/mainwindow.h"
#include "ui/session/projectsession.h"
#include "model/runtime/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <memory>

int main(int argc, char **argv)
{
    entail::initRuntime();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EntailStudio"));
    QApplication::setApplicationName(QStringLiteral("entail-studio"));
    QApplication::setApplicationDisplayName(QObject::tr("Entail Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ENTAIL_VERSION));
    entail::installTranslators(app, entail::AppSettings().language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Review, correct and inspect multimodal entailment labels."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QObject::tr("A project (.entail) or a CSV file to import. Default: the demo."),
                                 QStringLiteral("[PROJECT.entail | FILE.csv]"));
    const QCommandLineOption images(QStringLiteral("images"), QObject::tr("Images folder of the CSV file."),
                                    QObject::tr("DIR"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   QObject::tr("A trained model file to load into the project once it is open."),
                                   QObject::tr("FILE"));
    parser.addOptions({images, model});
    parser.process(app);

    entail::MainWindow window;
    window.show();
    if (parser.isSet(model)) {
        const QString file = parser.value(model);
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = QObject::connect(window.session(), &entail::ProjectSession::opened, &window, [&window, file, once] {
            QObject::disconnect(*once);
            window.session()->loadModel(file);
        });
    }
    const QStringList args = parser.positionalArguments();
    entail::FirstRunGuide::showAtStart(&window, !args.isEmpty());
    if (args.isEmpty())
        window.openDemo();
    else if (args.constFirst().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        window.openCsv(args.constFirst(), parser.value(images));
    else
        window.openProject(args.constFirst());
    return app.exec();
}
