// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckdialog.h"

#include "dataexport.h"
#include "exportsettings.h"
#include "figureexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace Figdeck {

namespace {
constexpr int FigureIdRole = Qt::UserRole;
constexpr int PreviewSlides = 3;
constexpr int PreviewWidth = 240;

QString contentText(const Report &report, const Figure &figure, const DeckOptions &options)
{
    switch (deckContentFor(report, figure, options)) {
    case DeckContent::NativeChart:
        return DeckDialog::tr("native chart, editable data");
    case DeckContent::TextBoxes:
        return DeckDialog::tr("text boxes");
    case DeckContent::Picture:
        return DeckDialog::tr("picture: %1").arg(deckPictureReason(report, figure, options));
    }
    return {};
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // paths and report text are not markup
    box.exec();
}

// One checkable row per figure of the report, all checked.
void fillFigureList(QListWidget *list, const Report &report)
{
    const QSignalBlocker blocker(list);
    list->clear();
    for (const Figure &figure : report.figures) {
        auto *item = new QListWidgetItem(figure.title.text(), list);
        item->setData(FigureIdRole, figure.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList checkedFigureIds(const QListWidget *list)
{
    QStringList ids;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            ids << item->data(FigureIdRole).toString();
    }
    return ids;
}

// Checks the rows whose figure is in ids (every row when ids is empty).
void checkFigures(QListWidget *list, const QStringList &ids)
{
    const QSignalBlocker blocker(list);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const bool on = ids.isEmpty() || ids.contains(item->data(FigureIdRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QString existingFolder(const QString &remembered)
{
    if (!remembered.isEmpty() && QDir(remembered).exists())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

DeckDialog::DeckDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Slide Deck"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_figures = new QListWidget(this);
    m_figures->setObjectName(QStringLiteral("deckFigures"));
    m_figures->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    form->addRow(tr("&Figures:"), m_figures);
    m_theme = new QComboBox(this);
    for (const ThemeChoice &theme : themeChoices())
        m_theme->addItem(theme.name, int(theme.id));
    form->addRow(tr("&Theme:"), m_theme);
    m_aspect = new QComboBox(this);
    for (DeckAspect a : allDeckAspects())
        m_aspect->addItem(a == DeckAspect::Wide ? tr("Widescreen (16:9)") : tr("Standard (4:3)"),
                          int(a));
    form->addRow(tr("&Slides:"), m_aspect);
    m_pictures = new QCheckBox(tr("Every figure as a &picture (no editable charts)"), this);
    form->addRow(QString(), m_pictures);
    layout->addLayout(form);

    auto *previewLabel = new QLabel(tr("Preview of the first figure slides:"), this);
    layout->addWidget(previewLabel);
    m_previewRow = new QHBoxLayout;
    layout->addLayout(m_previewRow);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_figures, &QListWidget::itemChanged, this, &DeckDialog::updatePreview);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &DeckDialog::updatePreview);
    connect(m_aspect, &QComboBox::currentIndexChanged, this, &DeckDialog::updatePreview);
    connect(m_pictures, &QCheckBox::toggled, this, &DeckDialog::updateFigureNotes);
}

void DeckDialog::setReport(const Report &report)
{
    m_report = report;
    fillFigureList(m_figures, m_report);
    updateFigureNotes();
    updatePreview();
}

DeckOptions DeckDialog::options() const
{
    DeckOptions o;
    o.theme = ThemeId(m_theme->currentData().toInt());
    o.aspect = DeckAspect(m_aspect->currentData().toInt());
    o.pictures = m_pictures->isChecked();
    o.figureIds = checkedFigureIds(m_figures);
    return o;
}

void DeckDialog::setOptions(const DeckOptions &options)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(options.theme))));
    m_aspect->setCurrentIndex(std::max(0, m_aspect->findData(int(options.aspect))));
    m_pictures->setChecked(options.pictures);
    checkFigures(m_figures, options.figureIds);
    updateFigureNotes();
    updatePreview();
}

void DeckDialog::restoreChoices(QSettings &settings, ThemeId theme)
{
    const DeckSettings remembered = loadDeckSettings(settings, theme);
    DeckOptions o;
    o.theme = remembered.theme;
    o.aspect = remembered.aspect;
    o.pictures = remembered.pictures;
    for (const Figure &figure : m_report.figures) {
        if (!remembered.excludedFigures.contains(figure.id))
            o.figureIds << figure.id;
    }
    // Every figure left out last time: start again from all of them, not from none.
    setOptions(o);
}

void DeckDialog::rememberChoices(QSettings &settings) const
{
    DeckSettings remembered = loadDeckSettings(settings, ThemeId::Light);
    const DeckOptions o = options();
    remembered.theme = o.theme;
    remembered.aspect = o.aspect;
    remembered.pictures = o.pictures;
    // Another report's figures left out stay left out; this report's are as checked now.
    for (const Figure &figure : m_report.figures) {
        remembered.excludedFigures.removeAll(figure.id);
        if (!o.figureIds.contains(figure.id))
            remembered.excludedFigures << figure.id;
    }
    saveDeckSettings(settings, remembered);
}

void DeckDialog::accept()
{
    QSettings settings;
    rememberChoices(settings);
    QDialog::accept();
}

int DeckDialog::previewCount() const
{
    return int(m_previews.size());
}

void DeckDialog::updateFigureNotes()
{
    const DeckOptions o = options();
    const QSignalBlocker blocker(m_figures);
    for (int row = 0; row < m_figures->count(); ++row) {
        QListWidgetItem *item = m_figures->item(row);
        const Figure *figure = m_report.figure(item->data(FigureIdRole).toString());
        if (!figure)
            continue;
        const QString note = contentText(m_report, *figure, o);
        item->setText(tr("%1 — %2").arg(figure->title.text(), note));
    }
}

void DeckDialog::updatePreview()
{
    const DeckOptions o = options();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!o.figureIds.isEmpty());
    qDeleteAll(m_previews);
    m_previews.clear();
    const QSize slide = deckSlideSize(o.aspect);
    const qreal scale = qreal(PreviewWidth) / slide.width();
    const qreal dpr = devicePixelRatioF();
    ExportOptions figureOptions;
    figureOptions.size = slide;
    figureOptions.theme = o.theme;
    figureOptions.layout = ExportLayout::Slide;
    figureOptions.sharesAsBars = o.sharesAsBars;
    // No figure checked: nothing to preview (an empty list would mean every figure).
    const QList<const Figure *> figures =
        o.figureIds.isEmpty() ? QList<const Figure *>() : deckFigures(m_report, o);
    for (const Figure *figure : figures) {
        if (m_previews.size() == PreviewSlides)
            break;
        QImage image(QSize(PreviewWidth, qRound(slide.height() * scale)) * dpr,
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        {
            QPainter painter(&image);
            painter.scale(scale, scale);
            paintFigure(painter, m_report, *figure, figureOptions);
        }
        auto *label = new QLabel(this);
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setToolTip(figure->title.text());
        m_previewRow->addWidget(label);
        m_previews << label;
    }
}

QString exportSlideDeck(QWidget *parent, const Report &report, ThemeId theme)
{
    DeckDialog dialog(parent);
    dialog.setReport(report);
    QSettings settings;
    dialog.restoreChoices(settings, theme);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    DeckSettings remembered = loadDeckSettings(settings, theme);
    const QString path = QFileDialog::getSaveFileName(
        parent, DeckDialog::tr("Export Slide Deck"),
        QDir(existingFolder(remembered.directory)).filePath(QStringLiteral("figdeck.pptx")),
        DeckDialog::tr("PowerPoint presentations (*.pptx)"));
    if (path.isEmpty())
        return {};
    remembered.directory = QFileInfo(path).absolutePath();
    saveDeckSettings(settings, remembered);
    const ExportResult result = writeDeck(report, dialog.options(), path);
    if (!result.ok) {
        showError(parent, DeckDialog::tr("Export Slide Deck"), result.error);
        return {};
    }
    return result.path;
}

DataDialog::DataDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Data"));
    auto *layout = new QVBoxLayout(this);
    auto *label =
        new QLabel(tr("The numbers of these &figures, one sheet each and one with all:"), this);
    layout->addWidget(label);
    m_figures = new QListWidget(this);
    m_figures->setObjectName(QStringLiteral("dataFigures"));
    label->setBuddy(m_figures);
    layout->addWidget(m_figures);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No figure checked: nothing to write (an empty list would mean every figure).
    connect(m_figures, &QListWidget::itemChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!figureIds().isEmpty());
    });
}

void DataDialog::setReport(const Report &report)
{
    fillFigureList(m_figures, report);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_figures->count() > 0);
}

QStringList DataDialog::figureIds() const
{
    return checkedFigureIds(m_figures);
}

void DataDialog::setFigureIds(const QStringList &ids)
{
    checkFigures(m_figures, ids);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!figureIds().isEmpty());
}

QString suggestedDataPath(const DataSettings &remembered)
{
    return QDir(existingFolder(remembered.directory))
        .filePath(QStringLiteral("figdeck-data.") + toString(remembered.format));
}

DataSettings dataChoiceToRemember(const Report &report, const QStringList &ids, const QString &path)
{
    DataSettings choice;
    choice.directory = QFileInfo(path).absolutePath();
    choice.format = dataFormatForPath(path).value_or(DataFormat::Xlsx);
    if (!ids.isEmpty()) {
        for (const Figure &f : report.figures) {
            if (!ids.contains(f.id))
                choice.excludedFigures << f.id;
        }
    }
    return choice;
}

QString exportData(QWidget *parent, const Report &report)
{
    QSettings settings;
    const DataSettings remembered = loadDataSettings(settings);
    DataDialog dialog(parent);
    dialog.setReport(report);
    QStringList checked;
    for (const Figure &f : report.figures) {
        if (!remembered.excludedFigures.contains(f.id))
            checked << f.id;
    }
    if (!checked.isEmpty()) // a choice that leaves nothing checked starts from every figure
        dialog.setFigureIds(checked.size() == report.figures.size() ? QStringList() : checked);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    // Every figure checked: the whole report, as without --figures.
    QStringList ids = dialog.figureIds();
    if (ids.size() == report.figures.size())
        ids.clear();
    const QString xlsx = DeckDialog::tr("Excel workbooks (*.xlsx)");
    const QString csv = DeckDialog::tr("CSV files (*.csv)");
    QString filter = remembered.format == DataFormat::Csv ? csv : xlsx;
    QString path = QFileDialog::getSaveFileName(parent, DeckDialog::tr("Export Data"),
                                                suggestedDataPath(remembered),
                                                xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    if (!dataFormatForPath(path))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const ExportResult result = writeData(report, ids, path);
    if (!result.ok) {
        showError(parent, DeckDialog::tr("Export Data"), result.error);
        return {};
    }
    saveDataSettings(settings, dataChoiceToRemember(report, ids, result.path));
    return result.path;
}

} // namespace Figdeck
