// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurechart.h"
#include "report.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Figdeck {

class ReportDocument;

// Shows one figure's chart. The chart is built when a figure is set (only the figure on
// screen ever gets one) and painted through the backend-neutral FigureChart interface.
class FigureView : public QWidget
{
    Q_OBJECT
public:
    explicit FigureView(QWidget *parent = nullptr);
    ~FigureView() override;

    // The view shows a figure of the document and rebuilds its chart when the figure or one of
    // its metrics changes (and only then: rebuildCount() says how often).
    void setDocument(const ReportDocument *document);
    void showFigure(const QString &figureId);
    void setOptions(const ChartOptions &options);
    int rebuildCount() const { return m_rebuilds; }

    void setFigure(const Report &report, const Figure &figure, const ChartOptions &options);
    void clear();
    QString figureId() const { return m_figureId; }
    FigureChart *chart() const { return m_chart.get(); }

    void setHighlightedMarks(const QStringList &metricIds);

    // Zoom sizes the chart's text (ChartZoomSteps, MinChartZoom..MaxChartZoom); the chart lays
    // itself out again at each step. Ctrl+wheel zooms as well.
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom() { setZoom(1); }
    bool canZoomIn() const { return m_zoom < MaxChartZoom; }
    bool canZoomOut() const { return m_zoom > MinChartZoom; }
    // The pixel size of the chart's small print at this size and zoom: the natural size for the
    // view's rect (never under ChartViewMinTextPx) times the zoom.
    qreal textPixelSize() const;

    QSize sizeHint() const override { return {720, 480}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

signals:
    void markHovered(const QString &metricId); // empty when leaving a mark
    void markClicked(const QString &metricId);
    void painted();
    void zoomChanged(qreal zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyTextSize();

    QPointer<const ReportDocument> m_document;
    ChartOptions m_options;
    int m_rebuilds = 0;
    std::unique_ptr<FigureChart> m_chart;
    // The document's label colours while no edit changes them (see setDocument).
    std::shared_ptr<const LabelColors> m_labelColors;
    QString m_figureId;
    QString m_hovered;
    QColor m_background;
    qreal m_zoom = 1;
    int m_wheelAngle = 0; // eighths of a degree not yet turned into zoom steps
};

} // namespace Figdeck
