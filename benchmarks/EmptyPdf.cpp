// The reference for the sample's report: a program that starts Qt and writes one empty page
// through QPdfWriter, as `crewplan report` does before it lays anything out. Usage:
// crewplan_empty_pdf OUT.pdf
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

int main(int argc, char** argv) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    QPainter painter(&writer);
    return painter.end() ? 0 : 1;
}
