// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up baseline: a bare QMainWindow that quits after its first paint, as figdeck
// --quit-after-first-paint does. `make bench` compares the two.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPaintEvent>

namespace {

class PaintProbe : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new PaintProbe(QStringLiteral("bare"), &window));
    window.resize(1280, 780);
    window.show();
    return app.exec();
}
