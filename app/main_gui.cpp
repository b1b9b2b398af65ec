// `entail-studio [PROJECT.entail | FILE.csv [--images DIR]]`: the desktop application.
// Without an argument it opens the demo project, creating it on first run.
#include "model/runtime.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char **argv)
{
    entail::initRuntime();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EntailStudio"));
    QApplication::setApplicationName(QStringLiteral("entail-studio"));
    QApplication::setApplicationDisplayName(QObject::tr("Entail Studio"));
    QApplication::setApplicationVersion(QStringLiteral(ENTAIL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Review, correct and inspect multimodal entailment labels."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QObject::tr("A project (.entail) or a CSV file to import. Default: the demo."),
                                 QStringLiteral("[PROJECT.entail | FILE.csv]"));
    const QCommandLineOption images(QStringLiteral("images"), QObject::tr("Images folder of the CSV file."),
                                    QObject::tr("DIR"));
    parser.addOption(images);
    parser.process(app);

    entail::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        window.openDemo();
    else if (args.constFirst().endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        window.openCsv(args.constFirst(), parser.value(images));
    else
        window.openProject(args.constFirst());
    return app.exec();
}
