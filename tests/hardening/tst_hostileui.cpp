// SPDX-License-Identifier: GPL-3.0-or-later
// Pack text and paths in widgets are plain text: no markup rendered, no link opened, no
// mnemonic taken; stored window state that is corrupt falls back and is not saved again.
#include "hostilepack.h"
#include "mainwindow.h"
#include "plaintext.h"
#include "reportloader.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <climits>

using namespace Figdeck;

namespace {

const QString HostileHtml =
    u"<a href=\"https://evil.example/x\">click</a><img src=\"/etc/x\"> R&D"_qs;

// What a rich-text tool tip shows to the user, as plain characters.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument doc;
    doc.setHtml(toolTip);
    return doc.toPlainText();
}

// Records every URL any widget asks the desktop to open.
class UrlSpy : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class TestHostileUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const char *scheme : {"http", "https", "file", "mailto"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_urls, "open");
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase()
    {
        for (const char *scheme : {"http", "https", "file", "mailto"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        QCOMPARE(m_urls.opened, QList<QUrl>());
    }

    void helpers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << HostileHtml;
        QTest::newRow("line breaks") << u"a\n<b>b</b>\n  c"_qs;
        QTest::newRow("entities") << u"&amp; &lt; &#60;"_qs;
    }
    void helpers()
    {
        QFETCH(QString, text);
        QCOMPARE(shownToolTip(plainToolTip(text)), text);
        QCOMPARE(menuText(u"R&D report"_qs), u"R&&D report"_qs);
        QCOMPARE(plainToolTip(QString()), QString());
    }

    void toolTipIsCapped()
    {
        const QString huge(1 << 20, u'x');
        const QString shown = shownToolTip(plainToolTip(huge));
        QCOMPARE(shown.size(), qsizetype(MaxToolTipChars));
        QVERIFY(shown.endsWith(QChar(0x2026)));
    }

    void safeDocumentName()
    {
        QCOMPARE(Figdeck::safeDocumentName(u"<b>R&D</b> / ../2026: report"_qs),
                 u"b R D b .. 2026 report"_qs);
        QCOMPARE(Figdeck::safeDocumentName(u"<<>>"_qs), u"Figdeck summary"_qs);
        QVERIFY(Figdeck::safeDocumentName(QString(100000, u'a')).size() <= 80);
    }

    // "Cannot open report" shows the pack's path and messages as text, with no link to click.
    void cannotOpenDialogIsPlain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"<a href='https:evil.example'>x<a>.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"title\": \"<img src=x><a href='https://evil.example'>y</a>\"");
        file.close();

        MainWindow w;
        w.show(); // over a shown window the dialog opens at once
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            seen = true;
            QCOMPARE(box->textFormat(), Qt::PlainText);
            const QList<QLabel *> labels = box->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                QVERIFY(!label->openExternalLinks());
                QVERIFY(!(label->textInteractionFlags() & Qt::LinksAccessibleByMouse));
            }
            box->accept();
        });
        QVERIFY(!w.openReport(path));
        QVERIFY(seen);
    }

    void recentMenuIsEscapedAndCapped()
    {
        QStringList stored;
        for (int i = 0; i < 10000; ++i)
            stored << u"/reports/r"_qs + QString::number(i % 5000) + u".json"_qs;
        stored.prepend(u"/reports/R&D report.json"_qs);
        stored.insert(1, u"relative.json"_qs);
        QSettings().setValue(u"files/recent"_qs, stored);
        MainWindow w;
        QMenu *recent = nullptr;
        for (QMenu *menu : w.findChildren<QMenu *>()) {
            if (menu->title() == MainWindow::tr("Open &Recent"))
                recent = menu;
        }
        QVERIFY(recent);
        const QList<QAction *> actions = recent->actions();
        QCOMPARE(std::count_if(actions.cbegin(), actions.cend(),
                               [](const QAction *a) { return !a->isSeparator(); }),
                 8 + 1); // and Clear Menu
        QVERIFY2(actions.first()->text().startsWith(u"R&&D report.json"_qs),
                 qPrintable(actions.first()->text()));
    }

    // A window opened on a hostile but valid pack shows its first frame with every label of
    // the pack's text elided (tests/data/hardening/generate.py writes such packs; measured
    // before the fix: a 16 MiB title kept the window from showing for more than 150 s, a
    // word-wrapped label laying the whole title out for every size hint). A return to unbounded
    // labels shows as texts longer than the caps, or as a time-out.
    void hostilePackOpensBounded()
    {
        const auto [metrics, ids] = HostilePack::metrics(300);
        const QString title = u"Headline. "_qs.repeated(200000); // 2,000,000 characters
        const QString subtitle = u"abcdefghij"_qs.repeated(10000);
        const QJsonObject figure{{u"id"_qs, u"tiles"_qs},        {u"title"_qs, subtitle},
                                 {u"subtitle"_qs, subtitle},     {u"kind"_qs, u"tiles"_qs},
                                 {u"comparable"_qs, false},      {u"metrics"_qs, ids},
                                 {u"findings"_qs, QJsonArray{}}, {u"caveats"_qs, QJsonArray{}}};
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.figdeck.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(HostilePack::pack(title, metrics, figure, subtitle));
        file.close();

        MainWindow w(MainWindow::Startup{u"en"_qs, path});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QChar ellipsis(0x2026);
        for (const QString &name : {u"figureTitle"_qs, u"figureSubtitle"_qs}) {
            const QLabel *label = w.findChild<QLabel *>(name);
            QVERIFY(label);
            QCOMPARE(label->text().size(), MaxLabelChars);
            QCOMPARE(label->text().back(), ellipsis);
        }
        // The source line: the credit (report title, source title) elided, then its link.
        const QLabel *source = w.findChild<QLabel *>(u"sourceLabel"_qs);
        QVERIFY(source);
        QVERIFY2(source->text().size() < 3 * MaxLabelChars,
                 qPrintable(QString::number(source->text().size())));
        QVERIFY(w.windowTitle().size() < MaxLabelChars + 20);
        QVERIFY(w.windowTitle().contains(ellipsis));
        // The narrative: 200 of the 300 numbers, and a line for the 100 more.
        const auto *narrative = w.findChild<QTextBrowser *>(u"narrativePane"_qs);
        QVERIFY(narrative);
        const QString shown = narrative->toPlainText();
        QVERIFY(shown.contains(u"Metric 199"_qs));
        QVERIFY(!shown.contains(u"Metric 200"_qs));
        QVERIFY(shown.contains(u"… and 100 more, not listed here"_qs));
    }

    void corruptWindowState_data()
    {
        QTest::addColumn<QRect>("stored");
        QTest::addColumn<QList<int>>("splitter");
        const QList<int> good{240, 680, 360};
        QTest::newRow("far off screen") << QRect(1000000, -1000000, 800, 600) << good;
        QTest::newRow("huge") << QRect(0, 0, 1000000, 1000000) << good;
        QTest::newRow("INT_MAX panes")
            << QRect(10, 30, 1000, 700) << QList<int>{INT_MAX, INT_MAX, INT_MAX};
        QTest::newRow("zero panes") << QRect(10, 30, 1000, 700) << QList<int>{0, 1000, 0};
        QTest::newRow("negative pane") << QRect(10, 30, 1000, 700) << QList<int>{-5, 900, 300};
    }
    void corruptWindowState()
    {
        QFETCH(QRect, stored);
        QFETCH(QList<int>, splitter);
        {
            // Make the stored blobs the way the application does, from a window and splitter.
            QWidget window;
            window.setGeometry(stored);
            QSplitter split;
            for (int i = 0; i < 3; ++i)
                split.addWidget(new QWidget);
            split.setSizes(splitter);
            QByteArray state = split.saveState();
            // QSplitter::setSizes clamps; write the raw sizes as a corrupt file would hold them.
            QDataStream stream(&state, QIODevice::ReadWrite);
            stream.setVersion(QDataStream::Qt_5_0);
            qint32 marker, version;
            stream >> marker >> version;
            stream << splitter;
            QSettings settings;
            settings.setValue(u"window/geometry"_qs, window.saveGeometry());
            settings.setValue(u"window/splitter"_qs, state);
        }
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(screen.contains(w.geometry()) || w.geometry().width() <= screen.width(),
                 qPrintable(u"%1x%2"_qs.arg(w.width()).arg(w.height())));
        QVERIFY(w.width() <= screen.width() && w.height() <= screen.height());
        QVERIFY(w.geometry().intersects(screen));
        auto *split = w.findChild<QSplitter *>(u"mainSplitter"_qs);
        QVERIFY(split);
        for (const int size : split->sizes())
            QVERIFY2(size >= 80 && size < 100000, qPrintable(QString::number(size)));
        w.close();
        // What is saved again passes the checks when read back.
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.width() <= screen.width());
        for (const int size : again.findChild<QSplitter *>(u"mainSplitter"_qs)->sizes())
            QVERIFY(size >= 80 && size < 100000);
    }

private:
    UrlSpy m_urls;
};

QTEST_MAIN(TestHostileUi)
#include "tst_hostileui.moc"
