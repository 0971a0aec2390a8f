// SPDX-License-Identifier: GPL-3.0-or-later
// The widgets that make start-up cheaper must not change what the user sees: the style's icons
// drawn the same though loaded late, wrapped labels as tall as QLabel makes them after every
// change of text, font or width, and the window's text shaped where its script needs it.
#include "lazyiconstyle.h"
#include "mainwindow.h"
#include "narrativepane.h"
#include "wraplabel.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QTextLayout>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Figdeck;

class TestStartupWidgets : public QObject
{
    Q_OBJECT

private slots:
    void lazyIconsAreTheStylesOwn_data();
    void lazyIconsAreTheStylesOwn();
    void toolBarOverflowButtonHasItsIcon();
    void wrapLabelIsAsTallAsQLabel_data();
    void wrapLabelIsAsTallAsQLabel();
    void scriptsThatNeedShapingAreShaped_data();
    void scriptsThatNeedShapingAreShaped();
};

void TestStartupWidgets::lazyIconsAreTheStylesOwn_data()
{
    QTest::addColumn<int>("icon");
    QTest::addColumn<bool>("withOption");
    QTest::addColumn<int>("extent");
    QTest::newRow("tool bar overflow, horizontal")
        << int(QStyle::SP_ToolBarHorizontalExtensionButton) << true << 16;
    QTest::newRow("tool bar overflow, vertical")
        << int(QStyle::SP_ToolBarVerticalExtensionButton) << true << 16;
    QTest::newRow("dialog OK, no option") << int(QStyle::SP_DialogOkButton) << false << 32;
    QTest::newRow("arrow right, 24 px") << int(QStyle::SP_ArrowRight) << false << 24;
    QTest::newRow("message box warning") << int(QStyle::SP_MessageBoxWarning) << true << 48;
}

void TestStartupWidgets::lazyIconsAreTheStylesOwn()
{
    QFETCH(int, icon);
    QFETCH(bool, withOption);
    QFETCH(int, extent);
    const auto pixmap = static_cast<QStyle::StandardPixmap>(icon);
    LazyIconStyle lazy(QStringLiteral("Fusion"));
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOption option;
    option.direction = Qt::RightToLeft; // a state the late icon must still be drawn for
    const QStyleOption *used = withOption ? &option : nullptr;

    const QIcon late = lazy.standardIcon(pixmap, used);
    const QIcon direct = fusion->standardIcon(pixmap, used);
    QVERIFY(!direct.isNull());
    QVERIFY(!late.isNull());
    QCOMPARE(late.availableSizes(), direct.availableSizes());
    QCOMPARE(late.actualSize(QSize(extent, extent)), direct.actualSize(QSize(extent, extent)));
    const QImage lateImage = late.pixmap(extent).toImage();
    const QImage directImage = direct.pixmap(extent).toImage();
    QCOMPARE(lateImage.size(), directImage.size());
    QCOMPARE(lateImage, directImage);
    // A copy of the icon (as QToolButton keeps one) draws the same.
    const QIcon copy = late;
    QCOMPARE(copy.pixmap(extent, QIcon::Disabled).toImage(),
             direct.pixmap(extent, QIcon::Disabled).toImage());
}

void TestStartupWidgets::toolBarOverflowButtonHasItsIcon()
{
    // The overflow button of a crowded tool bar, as Qt builds it under the application's style.
    QApplication::setStyle(new LazyIconStyle(QStringLiteral("Fusion")));
    QWidget window;
    auto *bar = new QToolBar(&window);
    for (int i = 0; i < 30; ++i)
        bar->addAction(QStringLiteral("Action %1").arg(i));
    window.resize(200, 60);
    bar->resize(200, 40);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QToolButton *overflow = nullptr;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            overflow = button;
    }
    QVERIFY(overflow);
    QVERIFY(overflow->isVisible());
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QStyleOption option;
    option.initFrom(overflow);
    const QIcon expected =
        fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, &option);
    QCOMPARE(overflow->icon().pixmap(16).toImage(), expected.pixmap(16).toImage());
    QApplication::setStyle(QStringLiteral("Fusion"));
}

void TestStartupWidgets::wrapLabelIsAsTallAsQLabel_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("rich");
    const QString longText = QStringLiteral(
        "Core-industry companies by layer, as reported for the end of 2025, with the jobs "
        "projection for 2026 to 2030 and the article's own rough conversion to US dollars");
    QTest::newRow("short, then long") << QStringLiteral("Headline") << longText << false;
    QTest::newRow("long, then short") << longText << QStringLiteral("Deployment results") << false;
    QTest::newRow("Chinese") << QStringLiteral(
                                    "人工智能企业数量超过6000家，核心产业规模突破1.2万亿元")
                             << QStringLiteral("就业") << false;
    QTest::newRow("rich text with a link")
        << QStringLiteral("Source: Next-Generation Artificial Intelligence Science and Technology "
                          "Industry Development Report 2026 · <a href=\"x:1\">Open source</a>")
        << QStringLiteral("Source: <a href=\"x:2\">a shorter one</a>") << true;
}

void TestStartupWidgets::wrapLabelIsAsTallAsQLabel()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, rich);
    WrapLabel cached;
    QLabel plain;
    plain.setWordWrap(true);
    for (QLabel *label : {static_cast<QLabel *>(&cached), &plain})
        label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    const auto compareAt = [&](const char *step) {
        for (const int width : {60, 140, 320, 900, 140, 60}) {
            if (cached.heightForWidth(width) != plain.heightForWidth(width))
                return QStringLiteral("%1, width %2: %3 against QLabel's %4")
                    .arg(QLatin1String(step))
                    .arg(width)
                    .arg(cached.heightForWidth(width))
                    .arg(plain.heightForWidth(width));
        }
        return QString();
    };
    cached.setText(first);
    plain.setText(first);
    QCOMPARE(compareAt("first text"), QString());
    cached.setText(second);
    plain.setText(second);
    QCOMPARE(compareAt("second text"), QString());
    QFont large = plain.font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    cached.setFont(large);
    plain.setFont(large);
    QCOMPARE(compareAt("larger font"), QString());
    cached.setMargin(9);
    plain.setMargin(9);
    QCOMPARE(compareAt("margin"), QString());
    // The widths asked above are all different heights: the comparison can tell them apart.
    QVERIFY(plain.heightForWidth(60) > plain.heightForWidth(900));
}

void TestStartupWidgets::scriptsThatNeedShapingAreShaped_data()
{
    QTest::addColumn<QString>("text");
    // Joined Arabic letters take less room than the same letters set one by one.
    QTest::newRow("Arabic") << QStringLiteral("مرحبا بالعالم، هذا تقرير عن الذكاء الاصطناعي");
    QTest::newRow("Arabic digits and words")
        << QStringLiteral("بلغ عدد الشركات أكثر من ٦٠٠٠ شركة في نهاية العام");
}

void TestStartupWidgets::scriptsThatNeedShapingAreShaped()
{
    QFETCH(QString, text);
    MainWindow window;
    const QFont windowFont = window.findChild<NarrativePane *>()->font();
    QFont shaped = windowFont;
    shaped.setStyleStrategy(QFont::StyleStrategy(shaped.styleStrategy() & ~QFont::PreferNoShaping));
    const auto width = [&text](const QFont &font) {
        QTextLayout layout(text, font);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(100000);
        layout.endLayout();
        return line.naturalTextWidth();
    };
    // The letters one by one (what skipping shaping would give), for contrast.
    qreal isolated = 0;
    for (const QChar c : text)
        isolated += QFontMetricsF(shaped).horizontalAdvance(c);
    QCOMPARE(width(windowFont), width(shaped));
    QVERIFY2(qAbs(width(shaped) - isolated) > 1.0,
             "the test text must look different shaped and unshaped");
}

QTEST_MAIN(TestStartupWidgets)
#include "tst_startupwidgets.moc"
