// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "reportloader.h"

#include <QStandardPaths>
#include <QTest>

using namespace Figdeck;

class TestReportLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void embeddedReportLoadsWithoutDiagnostics()
    {
        const LoadResult result = loadReportPack(embeddedReportPath());
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY(result.ok());
    }

    void embeddedFiguresInOrder()
    {
        const Report report = embeddedReport();
        QStringList ids;
        for (const Figure &figure : report.figures)
            ids << figure.id;
        QCOMPARE(ids,
                 QStringList({QStringLiteral("headline"), QStringLiteral("layer-shares"),
                              QStringLiteral("cluster-output"), QStringLiteral("sector-metrics")}));
    }

    void roundTrip()
    {
        const Report report = embeddedReport();
        const QByteArray bytes = serializeReportPack(report);
        const LoadResult again = parseReportPack(bytes, QStringLiteral("roundtrip.json"));
        QVERIFY2(again.diagnostics.isEmpty(),
                 again.diagnostics.isEmpty() ? ""
                                             : qPrintable(again.diagnostics.first().toString()));
        QVERIFY(again.ok());
        QVERIFY(*again.report == report);
        QCOMPARE(serializeReportPack(*again.report), bytes);
    }
};

QTEST_GUILESS_MAIN(TestReportLoader)
#include "tst_reportloader.moc"
