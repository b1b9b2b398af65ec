// `entail-studio`: the desktop application.
#include "model/runtime.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char **argv)
{
    entail::initRuntime();
    QApplication app(argc, argv);
    QLabel label(QObject::tr("Entail Studio"));
    label.show();
    return app.exec();
}
