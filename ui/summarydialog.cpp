// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarydialog.h"
#include "plaintext.h"
#include "ui_summarydialog.h"

#include "exportsettings.h"

#include <QListWidgetItem>

#include <QPushButton>
#include <QStyle>

#include <algorithm>

namespace Figdeck {

namespace {
constexpr int FigureIdRole = Qt::UserRole;
}

SummaryDialog::SummaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SummaryDialog>())
{
    m_ui->setupUi(this);
    // Sized to its rows: every title readable, no empty well under a short list.
    m_ui->figureList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    const QList<PageSizeChoice> pageSizes = summaryPageSizes();
    for (const PageSizeChoice &size : pageSizes)
        m_ui->pageSizeCombo->addItem(size.description, int(size.id));
    const QList<ThemeChoice> themes = themeChoices();
    for (const ThemeChoice &theme : themes)
        m_ui->themeCombo->addItem(theme.name, int(theme.id));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->figureList, &QListWidget::itemChanged, this, &SummaryDialog::updateEnabledState);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });

    setOptions(SummaryOptions{defaultPageSize(), {}, ThemeId::Print});
}

SummaryDialog::~SummaryDialog() = default;

void SummaryDialog::setReport(const Report &report)
{
    m_ui->figureList->clear();
    for (const Figure &figure : report.figures) {
        auto *item = new QListWidgetItem(figure.title.text(), m_ui->figureList);
        item->setData(FigureIdRole, figure.id);
        item->setToolTip(plainToolTip(figure.subtitle.text()));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_ui->figureList->count() > 0)
        m_ui->figureList->setCurrentRow(0);
    // Wide enough for the longest title, within reason.
    const int contentWidth = m_ui->figureList->sizeHintForColumn(0) +
                             2 * m_ui->figureList->frameWidth() +
                             style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_ui->figureList->setMinimumWidth(std::min(contentWidth, 640));
    updateEnabledState();
}

QStringList SummaryDialog::selectedFigureIds() const
{
    QStringList ids;
    for (int row = 0; row < m_ui->figureList->count(); ++row) {
        const QListWidgetItem *item = m_ui->figureList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(FigureIdRole).toString());
    }
    return ids;
}

void SummaryDialog::setSelectedFigureIds(const QStringList &figureIds)
{
    for (int row = 0; row < m_ui->figureList->count(); ++row) {
        QListWidgetItem *item = m_ui->figureList->item(row);
        const bool selected = figureIds.contains(item->data(FigureIdRole).toString());
        item->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabledState();
}

SummaryOptions SummaryDialog::options() const
{
    SummaryOptions o;
    o.pageSize = QPageSize(QPageSize::PageSizeId(m_ui->pageSizeCombo->currentData().toInt()));
    o.theme = ThemeId(m_ui->themeCombo->currentData().toInt());
    o.figureIds = selectedFigureIds();
    return o;
}

void SummaryDialog::setOptions(const SummaryOptions &options)
{
    const int pageIndex = m_ui->pageSizeCombo->findData(int(options.pageSize.id()));
    m_ui->pageSizeCombo->setCurrentIndex(std::max(pageIndex, 0));
    m_ui->themeCombo->setCurrentIndex(std::max(m_ui->themeCombo->findData(int(options.theme)), 0));
    for (int row = 0; row < m_ui->figureList->count(); ++row) {
        QListWidgetItem *item = m_ui->figureList->item(row);
        const bool selected = options.figureIds.isEmpty() ||
                              options.figureIds.contains(item->data(FigureIdRole).toString());
        item->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabledState();
}

void SummaryDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_ui->figureList->count(); ++row)
        m_ui->figureList->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void SummaryDialog::setAcceptText(const QString &text)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(text);
}

void SummaryDialog::updateEnabledState()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!selectedFigureIds().isEmpty());
}

} // namespace Figdeck
