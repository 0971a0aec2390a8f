// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "plaintext.h"
#include "ui_exportdialog.h"

#include "exportsettings.h"

#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Figdeck {

namespace {

// Shows through where a transparent export leaves the background empty, as image editors do.
void fillCheckerboard(QImage &image)
{
    QPixmap tile(16, 16);
    tile.fill(Qt::white);
    QPainter tilePainter(&tile);
    tilePainter.fillRect(0, 0, 8, 8, QColor(0xCC, 0xCC, 0xCC));
    tilePainter.fillRect(8, 8, 8, 8, QColor(0xCC, 0xCC, 0xCC));
    tilePainter.end();
    QPainter painter(&image);
    painter.fillRect(QRectF(QPointF(0, 0), image.deviceIndependentSize()), QBrush(tile));
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    m_ui->subjectLabel->hide();
    m_ui->previewGroup->hide();
    m_ui->previewLabel->setAccessibleName(tr("Preview of the exported figure"));
    m_ui->pixelSizeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->sharesAsBarsCheck->setToolTip(
        tr("Applies to figures that show the parts of a whole; bars are easier to compare"));
    populateChoices();
    // The size and appearance groups are two forms: give their labels one width so that their
    // fields line up.
    const QList<QLabel *> formLabels = {m_ui->sizeLabel, m_ui->customSizeLabel, m_ui->scaleLabel,
                                        m_ui->dpiLabel,  m_ui->themeLabel,      m_ui->layoutLabel};
    int labelWidth = 0;
    for (const QLabel *label : formLabels)
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel *label : formLabels)
        label->setMinimumWidth(labelWidth);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QSize preset = m_ui->sizeCombo->currentData().toSize();
        if (preset.isValid()) {
            m_ui->widthSpin->setValue(preset.width());
            m_ui->heightSpin->setValue(preset.height());
        }
    });
    const auto changed = [this] {
        updateEnabledState();
        schedulePreview();
    };
    for (QCheckBox *check : {m_ui->pngCheck, m_ui->pdfCheck, m_ui->svgCheck, m_ui->transparentCheck,
                             m_ui->sharesAsBarsCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    for (QComboBox *combo :
         {m_ui->sizeCombo, m_ui->scaleCombo, m_ui->themeCombo, m_ui->layoutCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_ui->widthSpin, m_ui->heightSpin, m_ui->dpiSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);

    setOptions(ExportOptions());
    setFormats({ExportFormat::Png});
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::populateChoices()
{
    const QList<SizePreset> presets = sizePresets();
    for (const SizePreset &preset : presets)
        m_ui->sizeCombo->addItem(preset.name, preset.size);
    m_ui->sizeCombo->addItem(tr("Custom"), QSize());

    for (QSpinBox *spin : {m_ui->widthSpin, m_ui->heightSpin})
        spin->setRange(MinFigureSide, MaxFigureSide);
    m_ui->dpiSpin->setRange(MinDpi, MaxDpi);

    for (int scale = MinPngScale; scale <= MaxPngScale; ++scale)
        m_ui->scaleCombo->addItem(tr("%1×").arg(scale), scale);

    const QList<ThemeChoice> themes = themeChoices();
    for (const ThemeChoice &theme : themes)
        m_ui->themeCombo->addItem(theme.name, int(theme.id));

    m_ui->layoutCombo->addItem(tr("Chart only"), int(ExportLayout::ChartOnly));
    m_ui->layoutCombo->addItem(tr("Slide (title, source, notes)"), int(ExportLayout::Slide));
    m_ui->layoutCombo->addItem(tr("Slide with narrative"), int(ExportLayout::Narrative));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_ui->widthSpin->value(), m_ui->heightSpin->value());
    o.scale = m_ui->scaleCombo->currentData().toInt();
    o.dpi = m_ui->dpiSpin->value();
    o.theme = ThemeId(m_ui->themeCombo->currentData().toInt());
    o.transparent = m_ui->transparentCheck->isChecked();
    o.layout = ExportLayout(m_ui->layoutCombo->currentData().toInt());
    o.sharesAsBars = m_ui->sharesAsBarsCheck->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    // Spin boxes first: selecting a preset overwrites them, selecting Custom keeps them.
    m_ui->widthSpin->setValue(options.size.width());
    m_ui->heightSpin->setValue(options.size.height());
    int sizeIndex = m_ui->sizeCombo->findData(options.size);
    if (sizeIndex < 0)
        sizeIndex = m_ui->sizeCombo->count() - 1;
    m_ui->sizeCombo->setCurrentIndex(sizeIndex);

    const int scaleIndex = m_ui->scaleCombo->findData(int(std::lround(options.scale)));
    m_ui->scaleCombo->setCurrentIndex(std::max(scaleIndex, 0));
    m_ui->dpiSpin->setValue(options.dpi);
    m_ui->themeCombo->setCurrentIndex(std::max(m_ui->themeCombo->findData(int(options.theme)), 0));
    m_ui->transparentCheck->setChecked(options.transparent);
    m_ui->layoutCombo->setCurrentIndex(
        std::max(m_ui->layoutCombo->findData(int(options.layout)), 0));
    m_ui->sharesAsBarsCheck->setChecked(options.sharesAsBars);
    updateEnabledState();
}

QList<ExportFormat> ExportDialog::formats() const
{
    QList<ExportFormat> result;
    if (m_ui->pngCheck->isChecked())
        result.append(ExportFormat::Png);
    if (m_ui->pdfCheck->isChecked())
        result.append(ExportFormat::Pdf);
    if (m_ui->svgCheck->isChecked())
        result.append(ExportFormat::Svg);
    return result;
}

void ExportDialog::setFormats(const QList<ExportFormat> &formats)
{
    m_ui->pngCheck->setChecked(formats.contains(ExportFormat::Png));
    m_ui->pdfCheck->setChecked(formats.contains(ExportFormat::Pdf));
    m_ui->svgCheck->setChecked(formats.contains(ExportFormat::Svg));
    updateEnabledState();
}

bool ExportDialog::isCustomSize() const
{
    return !m_ui->sizeCombo->currentData().toSize().isValid();
}

void ExportDialog::setSubject(const QString &text)
{
    m_ui->subjectLabel->setText(text);
    m_ui->subjectLabel->setVisible(!text.isEmpty());
}

void ExportDialog::setPreviewFigure(const Report &report, const QString &figureId)
{
    const Figure *figure = report.figure(figureId);
    if (!figure) {
        m_previewReport.reset();
        m_previewFigureId.clear();
        m_previewImage = QImage();
        m_ui->previewGroup->hide();
        return;
    }
    m_previewReport = report;
    m_previewFigureId = figureId;
    m_ui->previewLabel->setToolTip(plainToolTip(figure->title.text()));
    m_ui->previewGroup->show();
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    if (m_previewReport)
        m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    m_previewTimer->stop();
    const Figure *figure = m_previewReport ? m_previewReport->figure(m_previewFigureId) : nullptr;
    if (!figure)
        return;

    const ExportOptions o = options();
    const QSize fitted = o.size.scaled(m_ui->previewLabel->minimumSize(), Qt::KeepAspectRatio);
    const qreal dpr = devicePixelRatioF();
    QImage image(fitted * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    const bool showsTransparency =
        o.transparent && (m_ui->pngCheck->isChecked() || m_ui->svgCheck->isChecked());
    if (showsTransparency)
        fillCheckerboard(image);
    else
        image.fill(Qt::white);

    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.scale(qreal(fitted.width()) / o.size.width(), qreal(fitted.height()) / o.size.height());
    ExportOptions previewOptions = o;
    previewOptions.transparent = showsTransparency;
    paintFigure(painter, *m_previewReport, *figure, previewOptions);
    painter.end();

    m_previewImage = image;
    m_ui->previewLabel->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::updateEnabledState()
{
    const bool custom = isCustomSize();
    m_ui->customSizeLabel->setEnabled(custom);
    m_ui->widthSpin->setEnabled(custom);
    m_ui->heightSpin->setEnabled(custom);
    m_ui->timesLabel->setEnabled(custom);

    const bool png = m_ui->pngCheck->isChecked();
    const QList<QWidget *> pngOnly = {m_ui->scaleLabel, m_ui->scaleCombo, m_ui->dpiLabel,
                                      m_ui->dpiSpin, m_ui->pixelSizeLabel};
    for (QWidget *widget : pngOnly)
        widget->setEnabled(png);
    const int scale = m_ui->scaleCombo->currentData().toInt();
    m_ui->pixelSizeLabel->setText(tr("PNG image: %1 × %2 pixels")
                                      .arg(m_ui->widthSpin->value() * scale)
                                      .arg(m_ui->heightSpin->value() * scale));

    m_ui->transparentCheck->setEnabled(png || m_ui->svgCheck->isChecked());

    // The PNG scale only matters, and is only checked against the largest image, for PNG.
    ExportOptions checked = options();
    if (!png)
        checked.scale = 1;
    const QString problem =
        formats().isEmpty() ? tr("Choose at least one format.") : exportOptionsError(checked);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Figdeck
