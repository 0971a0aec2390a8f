// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Slide Deck…: the dialog's choices become DeckOptions; it previews the first
// figure slides and says per figure what it becomes.
#include "deckdialog.h"
#include "reportloader.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QtTest>

using namespace Figdeck;

class DeckDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void previewAndNotes();
};

void DeckDialogTest::optionsRoundTrip_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("aspect");
    QTest::addColumn<bool>("pictures");
    QTest::addColumn<QStringList>("figures");
    QTest::newRow("light wide all")
        << int(ThemeId::Light) << int(DeckAspect::Wide) << false
        << QStringList{QStringLiteral("headline"), QStringLiteral("layer-shares"),
                       QStringLiteral("cluster-output"), QStringLiteral("sector-metrics")};
    QTest::newRow("print 4:3 pictures one")
        << int(ThemeId::Print) << int(DeckAspect::Standard) << true
        << QStringList{QStringLiteral("cluster-output")};
}

void DeckDialogTest::optionsRoundTrip()
{
    QFETCH(int, theme);
    QFETCH(int, aspect);
    QFETCH(bool, pictures);
    QFETCH(QStringList, figures);
    DeckDialog dialog;
    dialog.setReport(embeddedReport());
    DeckOptions options;
    options.theme = ThemeId(theme);
    options.aspect = DeckAspect(aspect);
    options.pictures = pictures;
    options.figureIds = figures;
    dialog.setOptions(options);
    const DeckOptions back = dialog.options();
    QCOMPARE(int(back.theme), theme);
    QCOMPARE(int(back.aspect), aspect);
    QCOMPARE(back.pictures, pictures);
    QCOMPARE(back.figureIds, figures);
    QCOMPARE(dialog.previewCount(), std::min(3, int(figures.size())));
}

void DeckDialogTest::previewAndNotes()
{
    DeckDialog dialog;
    dialog.setReport(embeddedReport());
    QCOMPARE(dialog.previewCount(), 3);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckFigures"));
    QVERIFY(list);
    QCOMPARE(list->count(), 4);
    QVERIFY(list->item(1)->text().contains(QLatin1String("native chart")));
    QVERIFY(list->item(3)->text().contains(QLatin1String("picture")));
    auto *pictures = dialog.findChild<QCheckBox *>();
    QVERIFY(pictures);
    pictures->setChecked(true);
    QVERIFY(list->item(1)->text().contains(QLatin1String("picture")));
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.previewCount(), 0);
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(DeckDialogTest)
#include "tst_deckdialog.moc"
