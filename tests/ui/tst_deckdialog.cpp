// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Slide Deck…: the dialog's choices become DeckOptions; it previews the first
// figure slides and says per figure what it becomes.
#include "deckdialog.h"
#include "reportloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Figdeck;
using namespace Qt::StringLiterals;

class DeckDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void previewAndNotes();
    void choicesSurviveReopening_data();
    void choicesSurviveReopening();
    void otherReportsFiguresStayChecked();
    void dataDialogPicksFigures();
    void dataChoicesAreRemembered_data();
    void dataChoicesAreRemembered();
};

void DeckDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("figdeck-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deckdialog"));
}

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

void DeckDialogTest::choicesSurviveReopening_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<int>("aspect");
    QTest::addColumn<bool>("pictures");
    QTest::addColumn<QStringList>("unchecked");
    QTest::newRow("print 4:3 pictures, two left out")
        << int(ThemeId::Print) << int(DeckAspect::Standard) << true
        << QStringList{QStringLiteral("headline"), QStringLiteral("sector-metrics")};
    QTest::newRow("dark 16:9, all")
        << int(ThemeId::Dark) << int(DeckAspect::Wide) << false << QStringList();
}

void DeckDialogTest::choicesSurviveReopening()
{
    QFETCH(int, theme);
    QFETCH(int, aspect);
    QFETCH(bool, pictures);
    QFETCH(QStringList, unchecked);
    QSettings().clear();
    const Report report = embeddedReport();
    {
        DeckDialog dialog;
        dialog.setReport(report);
        QSettings settings;
        dialog.restoreChoices(settings, ThemeId::Light);
        // Through the widgets, as the user does.
        const QList<QComboBox *> combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        combos.at(0)->setCurrentIndex(combos.at(0)->findData(theme));
        combos.at(1)->setCurrentIndex(combos.at(1)->findData(aspect));
        dialog.findChild<QCheckBox *>()->setChecked(pictures);
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("deckFigures"));
        for (int row = 0; row < list->count(); ++row) {
            if (unchecked.contains(list->item(row)->data(Qt::UserRole).toString()))
                list->item(row)->setCheckState(Qt::Unchecked);
        }
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    DeckDialog reopened;
    reopened.setReport(report);
    QSettings settings;
    reopened.restoreChoices(settings, ThemeId::Light);
    const DeckOptions back = reopened.options();
    QCOMPARE(int(back.theme), theme);
    QCOMPARE(int(back.aspect), aspect);
    QCOMPARE(back.pictures, pictures);
    QStringList expected;
    for (const Figure &f : report.figures) {
        if (!unchecked.contains(f.id))
            expected << f.id;
    }
    QCOMPARE(back.figureIds, expected);

    // Cancelled changes are not remembered.
    {
        DeckDialog dialog;
        dialog.setReport(report);
        dialog.restoreChoices(settings, ThemeId::Light);
        dialog.findChild<QCheckBox *>()->setChecked(!pictures);
        dialog.reject();
    }
    DeckDialog again;
    again.setReport(report);
    again.restoreChoices(settings, ThemeId::Light);
    QCOMPARE(again.options().pictures, pictures);
}

// Figures left out of one report's deck do not leave another report's figures out, and a
// first deck takes the window's theme.
void DeckDialogTest::otherReportsFiguresStayChecked()
{
    QSettings().clear();
    QSettings settings;
    const Report report = embeddedReport();
    {
        DeckDialog dialog;
        dialog.setReport(report);
        dialog.restoreChoices(settings, ThemeId::Dark);
        QCOMPARE(dialog.options().theme, ThemeId::Dark);
        DeckOptions o = dialog.options();
        o.figureIds = {QStringLiteral("headline")};
        dialog.setOptions(o);
        dialog.accept();
    }
    Report other = report;
    for (Figure &f : other.figures)
        f.id += QStringLiteral("-other");
    DeckDialog dialog;
    dialog.setReport(other);
    dialog.restoreChoices(settings, ThemeId::Light);
    QCOMPARE(dialog.options().figureIds.size(), other.figures.size());
    QCOMPARE(dialog.options().theme, ThemeId::Dark); // remembered, not the fallback
}

void DeckDialogTest::dataDialogPicksFigures()
{
    const Report report = embeddedReport();
    DataDialog dialog;
    dialog.setReport(report);
    QCOMPARE(dialog.figureIds().size(), report.figures.size());
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("dataFigures"));
    QVERIFY(list);
    QCOMPARE(list->count(), 4);
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.figureIds(),
             (QStringList{QStringLiteral("layer-shares"), QStringLiteral("sector-metrics")}));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    list->item(1)->setCheckState(Qt::Unchecked);
    list->item(3)->setCheckState(Qt::Unchecked);
    QVERIFY(!ok->isEnabled()); // nothing to write
    dialog.setFigureIds({QStringLiteral("cluster-output")});
    QCOMPARE(dialog.figureIds(), QStringList{QStringLiteral("cluster-output")});
    QVERIFY(ok->isEnabled());
}

// Export Data starts where the last one ended: the folder (while it exists), the file type and
// the figures left out; a figure the last report did not have starts checked.
void DeckDialogTest::dataChoicesAreRemembered_data()
{
    QTest::addColumn<QString>("written");      // file name written, in a temporary folder
    QTest::addColumn<QStringList>("ids");      // figures written (empty: all)
    QTest::addColumn<QString>("suggested");    // file name proposed next time
    QTest::addColumn<QStringList>("excluded"); // figures remembered as left out
    QTest::newRow("csv, two figures")
        << u"numbers.csv"_s << QStringList{u"headline"_s, u"sector-metrics"_s}
        << u"figdeck-data.csv"_s << QStringList{u"layer-shares"_s, u"cluster-output"_s};
    QTest::newRow("xlsx, every figure")
        << u"book.XLSX"_s << QStringList{} << u"figdeck-data.xlsx"_s << QStringList{};
}

void DeckDialogTest::dataChoicesAreRemembered()
{
    QFETCH(QString, written);
    QFETCH(QStringList, ids);
    QFETCH(QString, suggested);
    QFETCH(QStringList, excluded);
    const Report report = embeddedReport();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    saveDataSettings(settings, dataChoiceToRemember(report, ids, dir.filePath(written)));
    const DataSettings remembered = loadDataSettings(settings);
    QCOMPARE(remembered.excludedFigures, excluded);
    QCOMPARE(suggestedDataPath(remembered), QDir(dir.path()).filePath(suggested));
    // A folder that is gone gives Documents, with the remembered type.
    DataSettings gone = remembered;
    gone.directory = dir.filePath(u"removed"_s);
    QCOMPARE(QFileInfo(suggestedDataPath(gone)).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QCOMPARE(QFileInfo(suggestedDataPath(gone)).fileName(), suggested);
    // A hand-edited type is no type: xlsx.
    settings.setValue(u"data/format"_s, u"docx"_s);
    QVERIFY(loadDataSettings(settings).format == DataFormat::Xlsx);
}

QTEST_MAIN(DeckDialogTest)
#include "tst_deckdialog.moc"
