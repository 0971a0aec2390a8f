// SPDX-License-Identifier: GPL-3.0-or-later
// The export and print UI: the dialogs' choices and what they remember, and the controller's
// writing, copying and printing without its modal dialogs.
#include "exportcontroller.h"
#include "exportdialog.h"
#include "exportsettings.h"
#include "reportloader.h"
#include "summarydialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Figdeck;

Q_DECLARE_METATYPE(Figdeck::ExportFormat)
Q_DECLARE_METATYPE(Figdeck::ExportLayout)
Q_DECLARE_METATYPE(Figdeck::ThemeId)

namespace {

template <typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QPushButton *okButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes every file of the format starts with.
bool hasSignature(const QByteArray &bytes, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return bytes.startsWith("\x89PNG\r\n\x1a\n");
    case ExportFormat::Pdf:
        return bytes.startsWith("%PDF-");
    case ExportFormat::Svg:
        return bytes.trimmed().startsWith("<?xml") && bytes.contains("<svg");
    }
    return false;
}

QStringList filesIn(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

QStringList figureIds(const Report &report)
{
    QStringList ids;
    for (const Figure &figure : report.figures)
        ids.append(figure.id);
    return ids;
}

// Colours in an image, on a coarse grid: a blank image has one.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

// Figdeck::toString() returns a QString, which QTest's toString() lookup picks up by ADL for
// these enums; compare them by name instead.
QStringList names(const QList<ExportFormat> &formats)
{
    QStringList result;
    for (ExportFormat format : formats)
        result.append(toString(format));
    return result;
}

void compareOptions(const ExportOptions &actual, const ExportOptions &expected)
{
    QCOMPARE(actual.size, expected.size);
    QCOMPARE(actual.scale, expected.scale);
    QCOMPARE(actual.dpi, expected.dpi);
    QCOMPARE(actual.theme, expected.theme);
    QCOMPARE(actual.transparent, expected.transparent);
    QCOMPARE(toString(actual.layout), toString(expected.layout));
    QCOMPARE(actual.sharesAsBars, expected.sharesAsBars);
}

// Small figures keep the batch tests quick; the layout does not depend on the size.
ExportOptions smallOptions()
{
    ExportOptions options;
    options.size = QSize(640, 360);
    return options;
}

} // namespace

class TestExportUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("figdeck-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exportui"));
        m_report = embeddedReport();
        QVERIFY(m_report.figures.size() >= 2);
    }

    void init()
    {
        QSettings settings;
        settings.remove(QStringLiteral("export"));
        settings.remove(QStringLiteral("summary"));
    }

    void optionsRoundTripThroughSettings_data()
    {
        QTest::addColumn<int>("presetIndex"); // -1: custom
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QList<ExportFormat>>("formats");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<ThemeId>("theme");
        QTest::addColumn<ExportLayout>("layout");
        QTest::addColumn<bool>("transparent");
        QTest::addColumn<bool>("sharesAsBars");

        using F = ExportFormat;
        QTest::newRow("16:9 1920x1080") << 0 << QSize(1920, 1080) << QList<F>{F::Png} << 2 << 144
                                        << ThemeId::Light << ExportLayout::Slide << false << false;
        QTest::newRow("16:9 1280x720") << 1 << QSize(1280, 720) << QList<F>{F::Pdf} << 1 << 96
                                       << ThemeId::Dark << ExportLayout::ChartOnly << true << true;
        QTest::newRow("4:3 1600x1200")
            << 2 << QSize(1600, 1200) << QList<F>{F::Png, F::Svg} << 3 << 300 << ThemeId::Print
            << ExportLayout::Narrative << true << false;
        QTest::newRow("square 1080x1080")
            << 3 << QSize(1080, 1080) << QList<F>{F::Png, F::Pdf, F::Svg} << 1 << 72
            << ThemeId::Light << ExportLayout::Slide << false << true;
        QTest::newRow("custom 1000x750")
            << -1 << QSize(1000, 750) << QList<F>{F::Svg} << 2 << 220 << ThemeId::Dark
            << ExportLayout::Narrative << true << true;
    }

    void optionsRoundTripThroughSettings()
    {
        QFETCH(int, presetIndex);
        QFETCH(QSize, size);
        QFETCH(QList<ExportFormat>, formats);
        QFETCH(int, scale);
        QFETCH(int, dpi);
        QFETCH(ThemeId, theme);
        QFETCH(ExportLayout, layout);
        QFETCH(bool, transparent);
        QFETCH(bool, sharesAsBars);

        ExportOptions expected;
        expected.size = size;
        expected.scale = scale;
        expected.dpi = dpi;
        expected.theme = theme;
        expected.layout = layout;
        expected.transparent = transparent;
        expected.sharesAsBars = sharesAsBars;

        // Choose as a user does: the size in the preset box (and spin boxes), formats and the
        // rest through the dialog's widgets.
        ExportDialog dialog;
        auto *sizeCombo = child<QComboBox>(dialog, "sizeCombo");
        const int index = presetIndex < 0 ? sizeCombo->count() - 1 : presetIndex;
        sizeCombo->setCurrentIndex(index);
        if (presetIndex < 0) {
            child<QSpinBox>(dialog, "widthSpin")->setValue(size.width());
            child<QSpinBox>(dialog, "heightSpin")->setValue(size.height());
        }
        child<QCheckBox>(dialog, "pngCheck")->setChecked(formats.contains(ExportFormat::Png));
        child<QCheckBox>(dialog, "pdfCheck")->setChecked(formats.contains(ExportFormat::Pdf));
        child<QCheckBox>(dialog, "svgCheck")->setChecked(formats.contains(ExportFormat::Svg));
        child<QComboBox>(dialog, "scaleCombo")->setCurrentIndex(scale - 1);
        child<QSpinBox>(dialog, "dpiSpin")->setValue(dpi);
        auto *themeCombo = child<QComboBox>(dialog, "themeCombo");
        themeCombo->setCurrentIndex(themeCombo->findData(int(theme)));
        auto *layoutCombo = child<QComboBox>(dialog, "layoutCombo");
        layoutCombo->setCurrentIndex(layoutCombo->findData(int(layout)));
        child<QCheckBox>(dialog, "transparentCheck")->setChecked(transparent);
        child<QCheckBox>(dialog, "sharesAsBarsCheck")->setChecked(sharesAsBars);

        compareOptions(dialog.options(), expected);
        QCOMPARE(names(dialog.formats()), names(formats));
        QCOMPARE(dialog.isCustomSize(), presetIndex < 0);

        {
            QSettings settings;
            saveExportSettings(settings, ExportSettings{dialog.options(), dialog.formats(), {}});
        }
        QSettings settings;
        const ExportSettings loaded = loadExportSettings(settings);
        ExportDialog restored;
        restored.setOptions(loaded.options);
        restored.setFormats(loaded.formats);
        compareOptions(restored.options(), expected);
        QCOMPARE(names(restored.formats()), names(formats));
        QCOMPARE(child<QComboBox>(restored, "sizeCombo")->currentIndex(), index);
        QCOMPARE(restored.isCustomSize(), presetIndex < 0);
    }

    void defaultsWithoutSettings()
    {
        QSettings settings;
        const ExportSettings loaded = loadExportSettings(settings);
        compareOptions(loaded.options, ExportOptions());
        QCOMPARE(names(loaded.formats), QStringList{QStringLiteral("png")});
    }

    void badSettingsFallBackOrClamp()
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("export"));
        settings.setValue(QStringLiteral("formats"), QStringList{QStringLiteral("gif")});
        settings.setValue(QStringLiteral("width"), 100000);
        settings.setValue(QStringLiteral("height"), -5);
        settings.setValue(QStringLiteral("scale"), 17);
        settings.setValue(QStringLiteral("dpi"), 5);
        settings.setValue(QStringLiteral("theme"), QStringLiteral("neon"));
        settings.setValue(QStringLiteral("layout"), QStringLiteral("poster"));
        settings.endGroup();

        const ExportSettings loaded = loadExportSettings(settings);
        QCOMPARE(names(loaded.formats), QStringList{QStringLiteral("png")});
        QCOMPARE(loaded.options.size, QSize(MaxFigureSide, MinFigureSide));
        QCOMPARE(loaded.options.scale, qreal(MaxPngScale));
        QCOMPARE(loaded.options.dpi, MinDpi);
        QCOMPARE(loaded.options.theme, ExportOptions().theme);
        QCOMPARE(toString(loaded.options.layout), toString(ExportOptions().layout));
    }

    void customSizeEnablesSpinBoxes()
    {
        ExportDialog dialog;
        auto *sizeCombo = child<QComboBox>(dialog, "sizeCombo");
        auto *width = child<QSpinBox>(dialog, "widthSpin");
        auto *height = child<QSpinBox>(dialog, "heightSpin");

        sizeCombo->setCurrentIndex(1);
        QVERIFY(!width->isEnabled());
        QVERIFY(!height->isEnabled());
        QCOMPARE(dialog.options().size, QSize(1280, 720));

        sizeCombo->setCurrentIndex(sizeCombo->count() - 1);
        QVERIFY(dialog.isCustomSize());
        QVERIFY(width->isEnabled());
        QVERIFY(height->isEnabled());
        // Custom starts from the size shown before, and follows the spin boxes.
        QCOMPARE(dialog.options().size, QSize(1280, 720));
        width->setValue(900);
        height->setValue(900);
        QCOMPARE(dialog.options().size, QSize(900, 900));

        sizeCombo->setCurrentIndex(3);
        QVERIFY(!width->isEnabled());
        QCOMPARE(dialog.options().size, QSize(1080, 1080));
    }

    void noFormatDisablesOk()
    {
        ExportDialog dialog;
        dialog.setFormats({ExportFormat::Pdf});
        QVERIFY(okButton(dialog)->isEnabled());
        child<QCheckBox>(dialog, "pdfCheck")->setChecked(false);
        QVERIFY(dialog.formats().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->isHidden());
        child<QCheckBox>(dialog, "svgCheck")->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "problemLabel")->isHidden());
    }

    void pngControlsOnlyWithPng()
    {
        ExportDialog dialog;
        auto *png = child<QCheckBox>(dialog, "pngCheck");
        auto *svg = child<QCheckBox>(dialog, "svgCheck");
        auto *scale = child<QComboBox>(dialog, "scaleCombo");
        auto *dpi = child<QSpinBox>(dialog, "dpiSpin");
        auto *transparent = child<QCheckBox>(dialog, "transparentCheck");

        dialog.setFormats({ExportFormat::Pdf});
        QVERIFY(!scale->isEnabled());
        QVERIFY(!dpi->isEnabled());
        QVERIFY(!transparent->isEnabled()); // PDF pages are never transparent

        svg->setChecked(true);
        QVERIFY(!scale->isEnabled());
        QVERIFY(!dpi->isEnabled());
        QVERIFY(transparent->isEnabled());

        png->setChecked(true);
        QVERIFY(scale->isEnabled());
        QVERIFY(dpi->isEnabled());
        QVERIFY(transparent->isEnabled());
    }

    void pngPixelSizeIsShownAndBounded()
    {
        ExportDialog dialog;
        dialog.setFormats({ExportFormat::Png});
        ExportOptions options;
        options.size = QSize(1920, 1080);
        options.scale = 2;
        dialog.setOptions(options);
        QVERIFY(child<QLabel>(dialog, "pixelSizeLabel")->text().contains(QStringLiteral("3840")));
        QVERIFY(okButton(dialog)->isEnabled());

        // 8000 x 3 is beyond the largest image the exporter writes: say so, refuse OK.
        options.size = QSize(8000, 4500);
        options.scale = 3;
        dialog.setOptions(options);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->text().isEmpty());
        // The scale does not apply to vector formats.
        dialog.setFormats({ExportFormat::Pdf});
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void previewFollowsOptions()
    {
        ExportDialog dialog;
        dialog.setPreviewFigure(m_report, m_report.figures.constFirst().id);
        ExportOptions options;
        options.size = QSize(1920, 1080);
        dialog.setOptions(options);
        dialog.updatePreview();
        QImage image = dialog.previewImage();
        QVERIFY(!image.isNull());
        QCOMPARE(qRound(image.deviceIndependentSize().width() * 9 /
                        image.deviceIndependentSize().height()),
                 16);
        QVERIFY(distinctColours(image) > 10);

        child<QComboBox>(dialog, "sizeCombo")->setCurrentIndex(3); // square
        dialog.updatePreview();
        image = dialog.previewImage();
        QCOMPARE(image.width(), image.height());

        dialog.setPreviewFigure(m_report, QStringLiteral("no-such-figure"));
        QVERIFY(dialog.previewImage().isNull());
    }

    void exportAllWritesEveryFigureAndFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportController controller(nullptr);
        QSignalSpy exported(&controller, &ExportController::exported);
        QSignalSpy status(&controller, &ExportController::statusMessage);
        QSignalSpy progress(&controller, &ExportController::progressChanged);
        const QList<ExportFormat> formats = {ExportFormat::Png, ExportFormat::Pdf,
                                             ExportFormat::Svg};

        const BatchResult result =
            controller.exportAllTo(m_report, dir.path(), smallOptions(), formats);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.cancelled);

        const int total = int(m_report.figures.size() * formats.size());
        QCOMPARE(result.written.size(), total);
        QStringList expected;
        const QStringList ids = figureIds(m_report);
        for (int i = 0; i < ids.size(); ++i) {
            const QString &id = ids.at(i);
            for (ExportFormat format : formats) {
                // Numbered in the report's order.
                const QString name = QStringLiteral("%1-%2.").arg(i + 1).arg(id) + toString(format);
                expected.append(name);
                const QString path = dir.filePath(name);
                QVERIFY2(result.written.contains(path), qPrintable(path));
                QVERIFY2(hasSignature(readFile(path), format), qPrintable(path));
            }
        }
        expected.sort();
        QCOMPARE(filesIn(dir.path()), expected);

        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toStringList(), result.written);
        QCOMPARE(status.count(), 1);
        QCOMPARE(progress.count(), total);
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(progress.last().at(1).toInt(), total);
    }

    void cancelledExportLeavesNoPartialFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QList<ExportFormat> formats = {ExportFormat::Png, ExportFormat::Svg};
        // Files from an earlier export: the cancelled one must leave them as they were.
        const QByteArray old("old contents");
        for (const QString &id : figureIds(m_report)) {
            for (ExportFormat format : formats) {
                QFile file(dir.filePath(exportFileName(m_report, id, format)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(old);
            }
        }
        const QStringList before = filesIn(dir.path());

        ExportController controller(nullptr);
        QSignalSpy status(&controller, &ExportController::statusMessage);
        connect(&controller, &ExportController::progressChanged, &controller,
                [&controller](int done, int) {
                    if (done == 1)
                        controller.cancel();
                });
        const BatchResult result =
            controller.exportAllTo(m_report, dir.path(), smallOptions(), formats);
        QVERIFY(result.cancelled);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.written.size(), 1);
        QCOMPARE(filesIn(dir.path()), before); // no temporary or partial file left behind
        for (const QString &name : before) {
            const QString path = dir.filePath(name);
            const QByteArray bytes = readFile(path);
            if (result.written.contains(path))
                QVERIFY(hasSignature(bytes, ExportFormat::Png));
            else
                QCOMPARE(bytes, old);
        }
        QCOMPARE(status.count(), 1);

        // The next export is not cancelled by the last one's request.
        const BatchResult again =
            controller.exportFigureTo(m_report, m_report.figures.constLast().id, dir.path(),
                                      smallOptions(), {ExportFormat::Svg});
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QVERIFY(!again.cancelled);
        QCOMPARE(again.written.size(), 1);
    }

    void progressDialogShowsAndCancels()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QWidget window;
        ExportController controller(&window);
        const QList<ExportFormat> formats = {ExportFormat::Svg};
        const int total = int(m_report.figures.size());
        bool seen = false;
        // The user presses Cancel in the progress dialog while the second file is written.
        connect(&controller, &ExportController::progressChanged, &controller,
                [&](int done, int count) {
                    auto *progress = window.findChild<QProgressDialog *>();
                    QVERIFY(progress);
                    seen = true;
                    QCOMPARE(count, total);
                    QCOMPARE(progress->maximum(), total);
                    QCOMPARE(progress->windowModality(), Qt::WindowModal);
                    // Shown only when the export takes more than a moment.
                    QVERIFY(progress->minimumDuration() > 0);
                    QVERIFY(progress->minimumDuration() <= 2000);
                    if (done == 1)
                        progress->cancel();
                });
        const BatchResult result =
            controller.exportAllTo(m_report, dir.path(), smallOptions(), formats);
        QVERIFY(seen);
        QVERIFY(result.cancelled);
        QCOMPARE(result.written.size(), 1);
        QCOMPARE(filesIn(dir.path()),
                 QStringList{QStringLiteral("1-") + m_report.figures.constFirst().id +
                             QStringLiteral(".svg")});
        QVERIFY(!window.findChild<QProgressDialog *>()); // gone once the export ends
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString target = dir.filePath(QStringLiteral("not-a-folder/figures"));

        ExportController controller(nullptr);
        QSignalSpy exported(&controller, &ExportController::exported);
        QSignalSpy status(&controller, &ExportController::statusMessage);
        const BatchResult result =
            controller.exportAllTo(m_report, target, smallOptions(), {ExportFormat::Png});
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("not-a-folder")), qPrintable(result.error));
        QVERIFY(result.written.isEmpty());
        QCOMPARE(exported.count(), 0);
        QCOMPARE(status.count(), 0);

        const ExportResult single = controller.exportFigureToFile(
            m_report, m_report.figures.constFirst().id, ExportFormat::Pdf, smallOptions(),
            target + QStringLiteral("/one.pdf"));
        QVERIFY(!single.ok);
        QVERIFY2(single.error.contains(QStringLiteral("one.pdf")), qPrintable(single.error));
        QCOMPARE(exported.count(), 0);
    }

    void exportOneFigureToFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportController controller(nullptr);
        QSignalSpy exported(&controller, &ExportController::exported);
        const QString path = dir.filePath(QStringLiteral("slide 1.png"));
        ExportOptions options = smallOptions();
        options.scale = 2;
        const ExportResult result = controller.exportFigureToFile(
            m_report, m_report.figures.constFirst().id, ExportFormat::Png, options, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(QImage(path).size(), QSize(1280, 720));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.at(0).at(0).toStringList(), QStringList{path});

        const ExportResult unknown = controller.exportFigureToFile(
            m_report, QStringLiteral("no-such-figure"), ExportFormat::Png, options, path);
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(QStringLiteral("no-such-figure")));
        QCOMPARE(exported.count(), 1);
    }

    void copyFigurePutsPngAndSvgOnClipboard()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->clear();
        ExportController controller(nullptr);
        QSignalSpy status(&controller, &ExportController::statusMessage);
        ExportOptions options = smallOptions();
        options.scale = 2;

        QVERIFY(
            controller.copyFigureToClipboard(m_report, m_report.figures.constFirst().id, options));
        const QMimeData *data = clipboard->mimeData();
        QVERIFY(data);
        QVERIFY(data->hasFormat(QStringLiteral("image/png")));
        QVERIFY(data->hasFormat(QStringLiteral("image/svg+xml")));
        QVERIFY(data->hasImage());
        const QByteArray png = data->data(QStringLiteral("image/png"));
        QVERIFY(hasSignature(png, ExportFormat::Png));
        QCOMPARE(QImage::fromData(png).size(), QSize(1280, 720));
        QVERIFY(hasSignature(data->data(QStringLiteral("image/svg+xml")), ExportFormat::Svg));
        QCOMPARE(status.count(), 1);

        // An unknown figure changes nothing.
        QVERIFY(
            !controller.copyFigureToClipboard(m_report, QStringLiteral("no-such-figure"), options));
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("image/png")), png);
        QCOMPARE(status.count(), 1);
    }

    void summaryDialogReturnsSelectedFigures()
    {
        SummaryDialog dialog;
        dialog.setReport(m_report);
        const QStringList all = figureIds(m_report);
        QCOMPARE(dialog.selectedFigureIds(), all);
        QCOMPARE(dialog.options().figureIds, all);
        QVERIFY(okButton(dialog)->isEnabled());

        auto *list = child<QListWidget>(dialog, "figureList");
        QCOMPARE(list->count(), all.size());
        list->item(1)->setCheckState(Qt::Unchecked);
        QStringList expected = all;
        expected.removeAt(1);
        QCOMPARE(dialog.selectedFigureIds(), expected);

        QTest::mouseClick(child<QPushButton>(dialog, "selectNoneButton"), Qt::LeftButton);
        QVERIFY(dialog.selectedFigureIds().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "selectAllButton"), Qt::LeftButton);
        QCOMPARE(dialog.selectedFigureIds(), all);
        QVERIFY(okButton(dialog)->isEnabled());

        SummaryOptions options;
        options.pageSize = QPageSize(QPageSize::Letter);
        options.theme = ThemeId::Dark;
        options.figureIds = {all.constLast()};
        dialog.setOptions(options);
        const SummaryOptions chosen = dialog.options();
        QCOMPARE(chosen.figureIds, QStringList{all.constLast()});
        QCOMPARE(chosen.pageSize.id(), QPageSize::Letter);
        QCOMPARE(chosen.theme, ThemeId::Dark);

        options.figureIds.clear(); // empty: every figure
        dialog.setOptions(options);
        QCOMPARE(dialog.selectedFigureIds(), all);
    }

    void summarySettingsRoundTrip()
    {
        {
            QSettings settings;
            const SummarySettings defaults = loadSummarySettings(settings);
            QCOMPARE(defaults.theme, ThemeId::Print);
            QCOMPARE(defaults.pageSize.id(), defaultPageSize().id());
            saveSummarySettings(settings, SummarySettings{QPageSize(QPageSize::Letter),
                                                          ThemeId::Light, QStringLiteral("/x")});
        }
        QSettings settings;
        const SummarySettings loaded = loadSummarySettings(settings);
        QCOMPARE(loaded.pageSize.id(), QPageSize::Letter);
        QCOMPARE(loaded.theme, ThemeId::Light);
        QCOMPARE(loaded.directory, QStringLiteral("/x"));
    }

    void printPathPaintsPdfPages_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("printerPage");
        QTest::addColumn<int>("pageWidth"); // points
        QTest::addColumn<int>("pageHeight");
        QTest::newRow("A4") << QPageSize::A4 << 595 << 842;
        // The options ask for A4; the user changed the paper in the preview: the printer wins.
        QTest::newRow("Letter") << QPageSize::Letter << 612 << 792;
    }

    void printPathPaintsPdfPages()
    {
        QFETCH(QPageSize::PageSizeId, printerPage);
        QFETCH(int, pageWidth);
        QFETCH(int, pageHeight);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(printerPage));

        SummaryOptions options;
        options.pageSize = QPageSize(QPageSize::A4);
        options.figureIds = figureIds(m_report).mid(0, 2);
        const int pages = ExportController::paintSummaryTo(printer, m_report, options);
        QVERIFY(pages > 0);

        const QByteArray pdf = readFile(path);
        QVERIFY(hasSignature(pdf, ExportFormat::Pdf));
        const QString text = QString::fromLatin1(pdf);
        static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page[^s]"));
        QCOMPARE(int(text.count(pageObject)), pages);
        static const QRegularExpression mediaBoxes(QStringLiteral("/MediaBox\\s*\\[([^\\]]*)\\]"));
        QRegularExpressionMatchIterator boxes = mediaBoxes.globalMatch(text);
        QVERIFY(boxes.hasNext());
        while (boxes.hasNext()) {
            const QStringList numbers =
                boxes.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(numbers.size(), 4);
            QCOMPARE(qRound(numbers.at(2).toDouble()), pageWidth);
            QCOMPARE(qRound(numbers.at(3).toDouble()), pageHeight);
        }
    }

    void exportSummaryWritesPdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportController controller(nullptr);
        QSignalSpy exported(&controller, &ExportController::exported);
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        const ExportResult result = controller.exportSummaryTo(m_report, SummaryOptions(), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(hasSignature(readFile(path), ExportFormat::Pdf));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("summary.pdf")});
    }

private:
    Report m_report;
};

QTEST_MAIN(TestExportUi)
#include "tst_exportui.moc"
