// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a pack is data in every XML Figdeck writes: the SVG of each hostile title, subtitle
// and label is well-formed (xmllint) and holds no element that came from the pack.
#include "figureexport.h"
#include "reportloader.h"
#include "xmltext.h"

#include <QApplication>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Figdeck;

namespace {

// The names of every element in the SVG, or the parse error.
QSet<QString> elementNames(const QByteArray &svg, QString *error)
{
    QSet<QString> names;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            names.insert(xml.name().toString());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return names;
}

} // namespace

class TestHostileSvg : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_report = embeddedReport();
        QString error;
        m_plainElements = elementNames(
            renderFigure(m_report, m_report.figures.first(), ExportFormat::Svg, ExportOptions{}),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("markup") << u"R&D <b>\"x\" 'y'</b>"_qs
                                << u"R&amp;D &lt;b&gt;&quot;x&quot; &apos;y&apos;&lt;/b&gt;"_qs;
        QTest::newRow("controls dropped, tab/newline kept")
            << u"a\u0001b\u0008c\td\ne\u001f"_qs << u"abc\td\ne"_qs;
        QTest::newRow("nonchars dropped") << u"a\uFFFEb\uFFFFc"_qs << u"abc"_qs;
        QTest::newRow("lone surrogates dropped")
            << QString(u"a"_qs + QChar(0xD800) + u"b"_qs + QChar(0xDC00)) << u"ab"_qs;
        QTest::newRow("pairs kept") << u"\U0001F600 \u4E2D"_qs << u"\U0001F600 \u4E2D"_qs;
    }
    void escaping()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(xmlEscaped(text), escaped);
    }

    void forbiddenBytes()
    {
        const QByteArray in = "<a>x\x01y\x1f\t\n\r z\xef\xbf\xbe\xef\xbf\xbf\xef\xbf\xbd</a>";
        QCOMPARE(withoutXmlForbiddenChars(in), QByteArray("<a>xy\t\n\r z\xef\xbf\xbd</a>"));
    }

    void hostileTitle_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("text");
        const QList<std::pair<const char *, QString>> texts = {
            {"ampersand", u"R&D firms (< 5% each)"_qs},
            {"script", u"<script>alert(1)</script>"_qs},
            {"svg markup", u"</title><script xmlns=\"http://www.w3.org/2000/svg\">x</script>"_qs},
            {"foreignObject", u"<foreignObject><a href=\"https://evil.example\">x</a>"_qs},
            {"entity", u"<!DOCTYPE x [<!ENTITY e \"boom\">]>&e;"_qs},
            {"cdata", u"]]><![CDATA[<script/>]]>"_qs},
            {"control", u"label\u0001with\u001bcontrols\u000c"_qs},
            {"noncharacter", u"end\uFFFE\uFFFF"_qs},
        };
        for (const char *where : {"title", "subtitle", "label"}) {
            for (const auto &[name, text] : texts)
                QTest::newRow(
                    qPrintable(QString::fromLatin1(where) + u' ' + QString::fromLatin1(name)))
                    << QString::fromLatin1(where) << text;
        }
    }
    void hostileTitle()
    {
        QFETCH(QString, where);
        QFETCH(QString, text);
        Report report = m_report;
        Figure &figure = report.figures.first();
        if (where == u"title")
            figure.title = Text(text);
        else if (where == u"subtitle")
            figure.subtitle = Text(text);
        else {
            for (Metric &metric : report.metrics) {
                if (metric.id == figure.metricIds.first())
                    metric.label = Text(text);
            }
        }

        const QByteArray svg = renderFigure(report, figure, ExportFormat::Svg, ExportOptions{});
        QVERIFY(!svg.isEmpty());
        QString error;
        const QSet<QString> names = elementNames(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // No element the pack text could have added: the same kinds as a plain figure's.
        QVERIFY2((names - m_plainElements).isEmpty(),
                 qPrintable(QStringList((names - m_plainElements).values()).join(u' ')));
        QVERIFY(!svg.contains("<script"));

        if (m_xmllint.isEmpty())
            QSKIP("xmllint (libxml2-utils) is not installed");
        QTemporaryDir dir;
        QFile file(dir.filePath(u"f.svg"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(svg);
        file.close();
        QProcess lint;
        lint.start(m_xmllint, {u"--noout"_qs, u"--nonet"_qs, file.fileName()});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    }

private:
    Report m_report;
    QSet<QString> m_plainElements;
    QString m_xmllint;
};

QTEST_MAIN(TestHostileSvg)
#include "tst_hostilesvg.moc"
