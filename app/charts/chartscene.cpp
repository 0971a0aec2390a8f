// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscene.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace Figdeck {

ChartScene::ChartScene() = default;

ChartScene::~ChartScene() = default;

QChart *ChartScene::chart()
{
    if (!m_chart) {
        m_scene = std::make_unique<QGraphicsScene>();
        m_chart = new QChart;
        // Animations draw nothing in an immediate render; shadows rasterise vector exports.
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_chart->setDropShadowEnabled(false);
        m_chart->setBackgroundVisible(false);
        m_chart->setPlotAreaBackgroundVisible(false);
        m_chart->setBackgroundRoundness(0);
        m_chart->setMargins(QMargins());
        m_chart->layout()->setContentsMargins(0, 0, 0, 0);
        m_chart->legend()->hide();
        m_scene->addItem(m_chart);
    }
    return m_chart;
}

void ChartScene::render(QPainter &painter, const QRectF &rect, const QRectF &plotArea)
{
    QChart *c = chart();
    const QRectF local(QPointF(0, 0), rect.size());
    c->setGeometry(local);
    c->setPlotArea(plotArea.translated(-rect.topLeft()));
    c->layout()->activate();
    m_scene->setSceneRect(local);
    m_scene->render(&painter, rect, local, Qt::IgnoreAspectRatio);
}

QHorizontalStackedBarSeries *ChartScene::addHorizontalBars(const QList<QList<qreal>> &values,
                                                           qreal barWidth)
{
    QChart *c = chart();
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(barWidth);
    qsizetype categories = 0;
    for (const QList<qreal> &setValues : values) {
        auto *set = new QBarSet(QString());
        set->append(setValues);
        series->append(set);
        categories = std::max(categories, setValues.size());
    }
    c->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    for (qsizetype i = 0; i < categories; ++i)
        categoryAxis->append(QString::number(i));
    categoryAxis->setVisible(false);
    c->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    if (!m_valueAxis) {
        m_valueAxis = new QValueAxis;
        m_valueAxis->setVisible(false);
        c->addAxis(m_valueAxis, Qt::AlignBottom);
    }
    series->attachAxis(m_valueAxis);
    return series;
}

QRectF ChartScene::layOut(const QRectF &rect, const QMargins &margins)
{
    QChart *c = chart();
    const QRectF local(QPointF(0, 0), rect.size());
    c->setMargins(margins);
    c->setPlotArea(QRectF()); // QChart places it
    c->setGeometry(local);
    c->layout()->invalidate();
    c->layout()->activate();
    return c->plotArea().translated(rect.topLeft());
}

void ChartScene::paintLaidOut(QPainter &painter, const QRectF &rect)
{
    const QRectF local(QPointF(0, 0), rect.size());
    m_scene->setSceneRect(local);
    m_scene->render(&painter, rect, local, Qt::IgnoreAspectRatio);
}

QPointF ChartScene::position(const QRectF &rect, const QPointF &value, QAbstractSeries *series)
{
    return chart()->mapToPosition(value, series) + rect.topLeft();
}

void ChartScene::setValueMax(double max)
{
    if (m_valueAxis)
        m_valueAxis->setRange(0, max);
}

} // namespace Figdeck
