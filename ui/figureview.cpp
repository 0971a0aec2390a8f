// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureview.h"

#include "reportdocument.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Figdeck {

FigureView::FigureView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Chart"));
}

FigureView::~FigureView() = default;

void FigureView::setDocument(const ReportDocument *document)
{
    m_document = document;
    // The report's label colours, worked out once and kept while the user steps through its
    // figures (working them out per figure costs as much as the report is long). Connected
    // before the rebuilds below, so a rebuild after one of these edits sees the new colours.
    const auto forgetColors = [this] { m_labelColors.reset(); };
    connect(document, &ReportDocument::opened, this, forgetColors);
    connect(document, &ReportDocument::metricChanged, this, forgetColors);
    connect(document, &ReportDocument::metricListChanged, this, forgetColors);
    connect(document, &ReportDocument::figureChanged, this, forgetColors);
    connect(document, &ReportDocument::figureContentChanged, this, forgetColors);
    connect(document, &ReportDocument::figureListChanged, this, forgetColors);
    connect(document, &ReportDocument::opened, this, &FigureView::rebuild);
    connect(document, &ReportDocument::figureContentChanged, this, [this](const QString &id) {
        if (id == m_figureId)
            rebuild();
    });
    connect(document, &ReportDocument::sourceChanged, this, &FigureView::rebuild);
}

void FigureView::showFigure(const QString &figureId)
{
    m_figureId = figureId;
    rebuild();
}

void FigureView::setOptions(const ChartOptions &options)
{
    m_options = options;
    rebuild();
}

void FigureView::rebuild()
{
    const Figure *figure = m_document ? m_document->report().figure(m_figureId) : nullptr;
    if (!figure) {
        const QString id = m_figureId; // it may come back (undo)
        clear();
        m_figureId = id;
        return;
    }
    ++m_rebuilds;
    const QStringList highlighted = m_chart ? m_chart->highlightedMarks() : QStringList();
    ChartOptions options = m_options;
    if (!m_labelColors)
        m_labelColors = reportLabelColors(m_document->report());
    options.labelColors = m_labelColors;
    setFigure(m_document->report(), *figure, options);
    if (!highlighted.isEmpty())
        m_chart->setHighlightedMarks(highlighted);
}

void FigureView::setFigure(const Report &report, const Figure &figure, const ChartOptions &options)
{
    ChartOptions readable = options;
    readable.minTextPixelSize = std::max(options.minTextPixelSize, ChartViewMinTextPx);
    m_chart = createFigureChart(report, figure, readable);
    applyTextSize();
    m_figureId = figure.id;
    m_hovered.clear();
    m_background = options.theme.background;
    setAccessibleName(tr("Chart: %1").arg(figure.title.text(options.language)));
    setAccessibleDescription(m_chart->accessibleDescription());
    setToolTip(QString());
    update();
}

void FigureView::clear()
{
    m_chart.reset();
    m_figureId.clear();
    setAccessibleName(tr("Chart"));
    setAccessibleDescription(QString());
    update();
}

void FigureView::setHighlightedMarks(const QStringList &metricIds)
{
    if (!m_chart || m_chart->highlightedMarks() == metricIds)
        return;
    m_chart->setHighlightedMarks(metricIds);
    update();
}

void FigureView::setZoom(qreal zoom)
{
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, MinChartZoom, MaxChartZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    applyTextSize();
    update();
    emit zoomChanged(m_zoom);
}

void FigureView::zoomIn()
{
    for (const qreal step : ChartZoomSteps) {
        if (step > m_zoom + 1e-6) {
            setZoom(step);
            return;
        }
    }
}

void FigureView::zoomOut()
{
    for (auto it = std::crbegin(ChartZoomSteps); it != std::crend(ChartZoomSteps); ++it) {
        if (*it < m_zoom - 1e-6) {
            setZoom(*it);
            return;
        }
    }
}

qreal FigureView::textPixelSize() const
{
    return std::max(naturalTextPixelSize(size()), ChartViewMinTextPx) * m_zoom;
}

// The chart's text follows the view's size and zoom; its layout gives way to the text.
void FigureView::applyTextSize()
{
    if (m_chart)
        m_chart->setFrameTextPixelSize(textPixelSize());
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTextSize();
}

void FigureView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event);
        return;
    }
    // One step per notch (120 eighths of a degree); touchpads send smaller deltas.
    m_wheelAngle += event->angleDelta().y();
    while (m_wheelAngle >= 120) {
        m_wheelAngle -= 120;
        zoomIn();
    }
    while (m_wheelAngle <= -120) {
        m_wheelAngle += 120;
        zoomOut();
    }
    event->accept();
}

void FigureView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_background.isValid() ? m_background : palette().base().color());
    if (!m_chart)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_chart->paint(painter, QRectF(rect()));
    painter.end();
    emit painted();
}

void FigureView::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
    if (!m_chart)
        return;
    const QString mark = m_chart->markAt(QRectF(rect()), event->position());
    if (mark == m_hovered)
        return;
    m_hovered = mark;
    setCursor(mark.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    emit markHovered(mark);
}

void FigureView::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    if (!m_chart || event->button() != Qt::LeftButton)
        return;
    emit markClicked(m_chart->markAt(QRectF(rect()), event->position()));
}

void FigureView::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_hovered.isEmpty()) {
        m_hovered.clear();
        emit markHovered(QString());
    }
}

} // namespace Figdeck
