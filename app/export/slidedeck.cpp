// SPDX-License-Identifier: GPL-3.0-or-later
// The slide deck: PresentationML parts written as text, DrawingML charts with their data in an
// embedded SpreadsheetML workbook, zipped by QuaZip.
#include "slidedeck.h"

#include "credit.h"

#include "exportstrings.h"
#include "exportwriter.h"
#include "figurechart.h"
#include "format.h"
#include "honestmarks.h"
#include "ooxml.h"
#include "seriesdata.h"
#include "textblock.h"
#include "textrules.h"

#include <QDir>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace Figdeck {

using Ooxml::xmlText;

QString toString(DeckAspect a)
{
    switch (a) {
    case DeckAspect::Wide:
        return QStringLiteral("16:9");
    case DeckAspect::Standard:
        return QStringLiteral("4:3");
    }
    return {};
}

QList<DeckAspect> allDeckAspects()
{
    return {DeckAspect::Wide, DeckAspect::Standard};
}

std::optional<DeckAspect> deckAspectFromString(const QString &s)
{
    for (DeckAspect a : allDeckAspects()) {
        if (toString(a) == s.trimmed())
            return a;
    }
    return std::nullopt;
}

QSize deckSlideSize(DeckAspect a)
{
    return a == DeckAspect::Wide ? QSize(1280, 720) : QSize(960, 720);
}

namespace {

bool isLowerBound(const Metric &m)
{
    return m.qualifier == Qualifier::MoreThan || m.qualifier == Qualifier::AtLeast;
}

bool anyLowerBound(const QList<const Metric *> &metrics)
{
    return std::any_of(metrics.cbegin(), metrics.cend(),
                       [](const Metric *m) { return isLowerBound(*m); });
}

bool oneUnit(const QList<const Metric *> &metrics)
{
    return std::all_of(metrics.cbegin(), metrics.cend(),
                       [&](const Metric *m) { return m->unit == metrics.first()->unit; });
}

} // namespace

QString deckPictureReason(const Report &report, const Figure &figure, const DeckOptions &options)
{
    if (options.pictures)
        return ExportMessage::tr("every figure as a picture, as asked");
    const QList<const Metric *> metrics = report.metricsOf(figure);
    switch (figure.kind) {
    case ChartKind::Tiles:
        return {};
    case ChartKind::Shares:
    case ChartKind::PartWhole:
        if (anyLowerBound(metrics))
            return ExportMessage::tr("a lower bound cannot be drawn as an exact bar or slice");
        return {};
    case ChartKind::SmallMultiples:
    case ChartKind::Bars:
    case ChartKind::Series:
        if (!figure.comparable || !oneUnit(metrics))
            return ExportMessage::tr("its values are on separate scales");
        if (anyLowerBound(metrics))
            return ExportMessage::tr("a lower bound cannot be drawn as an exact bar or slice");
        return {};
    }
    return {};
}

DeckContent deckContentFor(const Report &report, const Figure &figure, const DeckOptions &options)
{
    if (!deckPictureReason(report, figure, options).isEmpty())
        return DeckContent::Picture;
    return figure.kind == ChartKind::Tiles ? DeckContent::TextBoxes : DeckContent::NativeChart;
}

QList<const Figure *> deckFigures(const Report &report, const DeckOptions &options)
{
    QList<const Figure *> figures;
    for (const Figure &f : report.figures) {
        if (options.figureIds.isEmpty() || options.figureIds.contains(f.id))
            figures << &f;
    }
    return figures;
}

int deckSlideCount(const Report &report, const DeckOptions &options)
{
    return int(deckFigures(report, options).size()) + 2;
}

namespace {

// Lengths in EMU (914400 an inch, 12700 a point); font sizes in hundredths of a point.
constexpr qint64 EmuPerInch = 914400;
constexpr qint64 EmuPerPoint = 12700;
constexpr qint64 EmuPerPixel = 9525; // at 96 DPI
constexpr qint64 SlideHeight = 6858000;
constexpr qint64 Margin = EmuPerInch / 2;
constexpr qint64 TopMargin = EmuPerInch * 35 / 100;
constexpr qint64 BottomMargin = EmuPerInch * 3 / 10;
constexpr qint64 SmallGap = EmuPerInch / 8;
// A tile's text box insets, and its headline's largest and smallest sizes (points).
constexpr qint64 TileInsetX = EmuPerInch * 15 / 100;
constexpr qint64 TileInsetY = EmuPerInch / 10;
constexpr int TileValuePt = 32;
constexpr int SmallestTileValuePt = 18;
constexpr int TitlePt = 28;
constexpr int SubtitlePt = 16;
constexpr int NotePt = 12;
constexpr int SourcePt = 10;
// The average advance of the theme's font (DejaVu Sans) in ems: enough to estimate how many
// lines a text box needs.
constexpr qreal AverageAdvance = 0.56;
constexpr qreal LineHeight = 1.2;

const QString NsA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString NsR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString NsP = QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main");
const QString NsC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/chart");
const QString RelBase =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
const QString TypeBase = QStringLiteral("application/vnd.openxmlformats-officedocument.");

QString namespaces()
{
    return QStringLiteral(" xmlns:a=\"%1\" xmlns:r=\"%2\" xmlns:p=\"%3\"").arg(NsA, NsR, NsP);
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb).mid(1).toUpper();
}

QString solidFill(const QColor &c)
{
    return QStringLiteral("<a:solidFill><a:srgbClr val=\"%1\"/></a:solidFill>").arg(hex(c));
}

// DrawingML's preset pattern `preset` in `ink` over `fill`.
QString patternFill(const QString &preset, const QColor &ink, const QColor &fill)
{
    return QStringLiteral("<a:pattFill prst=\"%1\"><a:fgClr><a:srgbClr val=\"%2\"/></a:fgClr>"
                          "<a:bgClr><a:srgbClr val=\"%3\"/></a:bgClr></a:pattFill>")
        .arg(preset, hex(ink), hex(fill));
}

// Derived values: a diagonal hatch, so they never read as stated ones.
QString derivedFill(const Theme &theme)
{
    return patternFill(QStringLiteral("wdUpDiag"), theme.mutedText, theme.derived);
}

QColor onFill(const QColor &fill)
{
    return fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x1A, 0x1D, 0x21);
}

// A series' texture over its colour (Theme::seriesTexture): DrawingML's narrow lines and dots,
// never the diagonal that means derived.
QString textureFill(FillTexture texture, const QColor &fill)
{
    QString preset;
    switch (texture) {
    case FillTexture::Solid:
        return solidFill(fill);
    case FillTexture::Horizontal:
        preset = QStringLiteral("narHorz");
        break;
    case FillTexture::Vertical:
        preset = QStringLiteral("narVert");
        break;
    case FillTexture::Dots:
        preset = QStringLiteral("dotGrid");
        break;
    }
    return patternFill(preset, ChartPaint::textureInk(fill), fill);
}

struct Rect
{
    qint64 x = 0, y = 0, cx = 0, cy = 0;
};

QString xfrm(const Rect &r, const QString &prefix = QStringLiteral("a"))
{
    return QStringLiteral(
               "<%5:xfrm><a:off x=\"%1\" y=\"%2\"/><a:ext cx=\"%3\" cy=\"%4\"/></%5:xfrm>")
        .arg(r.x)
        .arg(r.y)
        .arg(r.cx)
        .arg(r.cy)
        .arg(prefix);
}

struct Run
{
    QString text;
    int pt = NotePt;
    QColor color;
    bool bold = false;
    bool italic = false;
    bool superscript = false;
};

struct Paragraph
{
    QList<Run> runs;
    QString align = QStringLiteral("l");
    int spaceAfterPt = 0;
    bool bullet = false;
};

Paragraph para(const QString &text, int pt, const QColor &color, bool bold = false)
{
    Paragraph p;
    p.runs << Run{text, pt, color, bold};
    return p;
}

// Lines a text needs in a box `width` EMU wide: an estimate from the font's average advance.
int linesFor(const QString &text, int pt, qint64 width)
{
    const qreal perLine = std::max(1.0, qreal(width) / (AverageAdvance * pt * EmuPerPoint));
    int lines = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines += std::max(1, int(std::ceil(line.size() / perLine)));
    return lines;
}

qint64 heightFor(const QList<Paragraph> &paragraphs, qint64 width)
{
    qreal points = 0;
    for (const Paragraph &p : paragraphs) {
        QString text;
        int pt = NotePt;
        for (const Run &r : p.runs) {
            text += r.text;
            pt = std::max(pt, r.pt);
        }
        points += linesFor(text, pt, width - (p.bullet ? EmuPerInch / 4 : 0)) * pt * LineHeight +
                  p.spaceAfterPt;
    }
    return qint64(std::ceil(points * EmuPerPoint)) + EmuPerPoint * 4;
}

// Writes the parts of a deck; one instance per renderDeck().
class DeckWriter
{
public:
    DeckWriter(const Report &report, const DeckOptions &options)
        : m_report(report)
        , m_options(options)
        , m_theme(Theme::get(options.theme))
        , m_width(options.aspect == DeckAspect::Wide ? 12192000 : 9144000)
        , m_lang(xmlText(report.language.isEmpty() ? QStringLiteral("en") : report.language))
        , m_labelColors(reportLabelColors(report))
    {
    }

    QByteArray write(QString *error);

private:
    struct Slide
    {
        QString shapes;
        QString notes;
        QStringList relationships; // rId3 onwards
    };

    QString runXml(const Run &run) const;
    QString paragraphXml(const Paragraph &p) const;
    QString textBody(const QList<Paragraph> &paragraphs, const QString &anchor = {},
                     bool autofit = true) const;
    QString textBox(Slide &slide, const QString &name, const Rect &r,
                    const QList<Paragraph> &paragraphs, bool title = false,
                    const QString &anchor = {}) const;
    int nextId(Slide &slide) const;
    QString addRelationship(Slide &slide, const QString &type, const QString &target) const;

    Slide titleSlide() const;
    Slide figureSlide(const Figure &figure, QString *error);
    Slide closingSlide() const;
    void addTiles(Slide &slide, const Figure &figure, const Rect &area,
                  const QString &description) const;
    bool addPicture(Slide &slide, const Figure &figure, const Rect &area,
                    const QString &description, QString *error);
    bool addChart(Slide &slide, const Figure &figure, const Rect &area, const QString &description,
                  QString *error);

    QString figureNotes(const Figure &figure) const;
    QString notesXml(const QString &text) const;
    QString slideXml(const Slide &slide) const;
    QString statusOf(const Metric &m) const;

    const Report &m_report;
    const DeckOptions &m_options;
    const Theme m_theme;
    const qint64 m_width;
    const QString m_lang;
    // The colours every label keeps across the deck's charts and pictures, worked out once.
    const std::shared_ptr<const LabelColors> m_labelColors;
    QList<Ooxml::Part> m_media; // charts, their workbooks, pictures
    QStringList m_overrides;    // content type overrides of those
    int m_charts = 0;
    int m_images = 0;
    mutable int m_shapeIds = 0;
};

int DeckWriter::nextId(Slide &) const
{
    return ++m_shapeIds;
}

QString DeckWriter::addRelationship(Slide &slide, const QString &type, const QString &target) const
{
    const QString id = QStringLiteral("rId%1").arg(slide.relationships.size() + 3);
    slide.relationships << QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>")
                               .arg(id, RelBase, type, target);
    return id;
}

QString DeckWriter::runXml(const Run &run) const
{
    QString attrs = QStringLiteral(" lang=\"%1\" sz=\"%2\"").arg(m_lang).arg(run.pt * 100);
    if (run.bold)
        attrs += QStringLiteral(" b=\"1\"");
    if (run.italic)
        attrs += QStringLiteral(" i=\"1\"");
    if (run.superscript)
        attrs += QStringLiteral(" baseline=\"30000\"");
    return QStringLiteral("<a:r><a:rPr%1 dirty=\"0\">%2<a:latin typeface=\"%3\"/><a:ea "
                          "typeface=\"%3\"/><a:cs typeface=\"%3\"/></a:rPr><a:t>%4</a:t></a:r>")
        .arg(attrs, solidFill(run.color.isValid() ? run.color : m_theme.text),
             xmlText(m_theme.fontFamily),
             // As much as a figure lays out (TextBlock): a 16 MiB report title, copied into
             // every slide's source line, the notes and the properties, cost 3.6 s and 532 MB.
             xmlText(elidedText(run.text, TextBlock::MaxLaidOutChars)));
}

QString DeckWriter::paragraphXml(const Paragraph &p) const
{
    QString ppr = QStringLiteral("<a:pPr algn=\"%1\"").arg(p.align);
    if (p.bullet)
        ppr += QStringLiteral(" marL=\"228600\" indent=\"-228600\"");
    ppr += QLatin1Char('>');
    if (p.spaceAfterPt > 0)
        ppr +=
            QStringLiteral("<a:spcAft><a:spcPts val=\"%1\"/></a:spcAft>").arg(p.spaceAfterPt * 100);
    if (p.bullet)
        ppr += QStringLiteral("<a:buFont typeface=\"%1\"/><a:buChar char=\"•\"/>")
                   .arg(xmlText(m_theme.fontFamily));
    else
        ppr += QStringLiteral("<a:buNone/>");
    ppr += QStringLiteral("</a:pPr>");
    QString runs;
    for (const Run &r : p.runs)
        runs += runXml(r);
    const int pt = p.runs.isEmpty() ? NotePt : p.runs.first().pt;
    return QStringLiteral("<a:p>%1%2<a:endParaRPr lang=\"%3\" sz=\"%4\" dirty=\"0\"/></a:p>")
        .arg(ppr, runs, m_lang)
        .arg(pt * 100);
}

QString DeckWriter::textBody(const QList<Paragraph> &paragraphs, const QString &anchor,
                             bool autofit) const
{
    QString body = QStringLiteral("<a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" "
                                  "bIns=\"0\" anchor=\"%1\">%2</a:bodyPr><a:lstStyle/>")
                       .arg(anchor.isEmpty() ? QStringLiteral("t") : anchor,
                            autofit ? QStringLiteral("<a:normAutofit/>") : QString());
    for (const Paragraph &p : paragraphs)
        body += paragraphXml(p);
    if (paragraphs.isEmpty())
        body += QStringLiteral("<a:p><a:endParaRPr lang=\"%1\"/></a:p>").arg(m_lang);
    return body;
}

QString DeckWriter::textBox(Slide &slide, const QString &name, const Rect &r,
                            const QList<Paragraph> &paragraphs, bool title,
                            const QString &anchor) const
{
    const int id = nextId(slide);
    return QStringLiteral("<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\"/><p:cNvSpPr "
                          "txBox=\"1\"/><p:nvPr>%3</p:nvPr></p:nvSpPr><p:spPr>%4<a:prstGeom "
                          "prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/></p:spPr><p:txBody>%5"
                          "</p:txBody></p:sp>")
        .arg(id)
        .arg(xmlText(name), title ? QStringLiteral("<p:ph type=\"title\"/>") : QString(), xfrm(r),
             textBody(paragraphs, anchor));
}

QString DeckWriter::slideXml(const Slide &slide) const
{
    return QStringLiteral("<p:sld%1><p:cSld><p:bg><p:bgPr>%2<a:effectLst/></p:bgPr></p:bg>"
                          "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>"
                          "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>%3</p:spTree></p:cSld><p:clrMapOvr>"
                          "<a:masterClrMapping/></p:clrMapOvr></p:sld>")
        .arg(namespaces(), solidFill(m_theme.background), slide.shapes);
}

QString DeckWriter::notesXml(const QString &text) const
{
    QString paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n')))
        paragraphs += QStringLiteral("<a:p><a:r><a:rPr lang=\"%1\" sz=\"1200\" dirty=\"0\"/>"
                                     "<a:t>%2</a:t></a:r></a:p>")
                          .arg(m_lang, xmlText(elidedText(line, TextBlock::MaxLaidOutChars)));
    return QStringLiteral(
               "<p:notes%1><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/>"
               "<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
               "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr><a:spLocks "
               "noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph "
               "type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr>%2</p:spPr></p:sp>"
               "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr><a:spLocks "
               "noGrp=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr>"
               "</p:nvSpPr><p:spPr>%3</p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>%4</p:txBody>"
               "</p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
               "</p:notes>")
        .arg(namespaces(), xfrm({1143000, 685800, 4572000, 4572000 * SlideHeight / m_width}),
             xfrm({685800, 5486400, 5486400, 3429000}), paragraphs);
}

QString DeckWriter::statusOf(const Metric &m) const
{
    QString status = originText(m);
    if (m.isProjected())
        status = Export::tr("%1, projected").arg(status);
    return status;
}

// What a presenter needs to answer "where is that from?": findings with their quotes, and
// every number with its qualifier, period, status, source and quote.
QString DeckWriter::figureNotes(const Figure &figure) const
{
    QStringList lines;
    lines << figure.title.text();
    if (!figure.findings.isEmpty()) {
        lines << QString() << Export::tr("Findings:");
        for (const Finding &f : figure.findings) {
            lines << QStringLiteral("• ") + f.text.text();
            if (!f.quote.isEmpty())
                lines << Export::tr("  Quote: “%1”").arg(f.quote);
        }
    }
    lines << QString() << Export::tr("Numbers:");
    for (const Metric *m : m_report.metricsOf(figure)) {
        lines << QStringLiteral("• %1: %2").arg(m->label.text(), formatValue(*m));
        const QString qualifier =
            m->qualifier == Qualifier::Exact ? Export::tr("exact") : qualifierPhrase(m->qualifier);
        const QString period = m->period.isEmpty() ? Export::tr("not stated") : periodText(*m);
        lines << Export::tr("  Qualifier: %1; period: %2; status: %3")
                     .arg(qualifier, period, statusOf(*m));
        lines << QStringLiteral("  ") + metricCredit(m_report, *m); // each number's own source
        if (!m->quote.isEmpty())
            lines << Export::tr("  Quote: “%1”").arg(m->quote);
    }
    if (!figure.caveats.isEmpty()) {
        lines << QString() << Export::tr("Caveats:");
        for (int i = 0; i < figure.caveats.size(); ++i)
            lines << caveatNote(figure, i);
    }
    return lines.join(QLatin1Char('\n'));
}

DeckWriter::Slide DeckWriter::titleSlide() const
{
    Slide slide;
    const qint64 width = m_width - 2 * Margin;
    QList<Paragraph> title{para(m_report.title.text(), 36, m_theme.text, true)};
    const qint64 titleHeight = heightFor(title, width);
    QList<Paragraph> details;
    if (!m_report.issuer.isEmpty())
        details << para(m_report.issuer.text(), 20, m_theme.text);
    QStringList when;
    if (!m_report.event.isEmpty())
        when << m_report.event.text();
    if (!m_report.date.isEmpty())
        when << m_report.date;
    if (!when.isEmpty())
        details << para(when.join(QStringLiteral(" · ")), 18, m_theme.mutedText);
    QList<Paragraph> source{para(sourceLine(m_report), 12, m_theme.mutedText)};
    const qint64 detailsHeight = heightFor(details, width);
    const qint64 sourceHeight = heightFor(source, width);
    const qint64 top = std::max<qint64>(TopMargin, (SlideHeight - titleHeight - detailsHeight) / 2 -
                                                       EmuPerInch / 2);
    slide.shapes += textBox(slide, QStringLiteral("Title"), {Margin, top, width, titleHeight},
                            title, true, QStringLiteral("b"));
    if (!details.isEmpty())
        slide.shapes +=
            textBox(slide, QStringLiteral("Issuer and date"),
                    {Margin, top + titleHeight + SmallGap * 2, width, detailsHeight}, details);
    slide.shapes +=
        textBox(slide, QStringLiteral("Source"),
                {Margin, SlideHeight - BottomMargin - sourceHeight, width, sourceHeight}, source);

    QStringList notes{m_report.title.text(), sourceLine(m_report)};
    for (const Section &section : m_report.sections) {
        notes << QString() << section.title.text() + QLatin1Char(':');
        for (const Finding &f : section.findings) {
            notes << QStringLiteral("• ") + f.text.text();
            if (!f.quote.isEmpty())
                notes << Export::tr("  Quote: “%1”").arg(f.quote);
        }
    }
    slide.notes = notes.join(QLatin1Char('\n'));
    return slide;
}

DeckWriter::Slide DeckWriter::closingSlide() const
{
    Slide slide;
    const qint64 width = m_width - 2 * Margin;
    QList<Paragraph> body;
    body << para(Export::tr("Sources"), 24, m_theme.text, true);
    body.last().spaceAfterPt = 6;
    // Every source of the report, each a bullet, the last one followed by the caveats' gap.
    const QList<const Source *> sources = sourcesOfReport(m_report);
    QStringList sourceNotes;
    for (const Source *s : sources) {
        Paragraph source = para(sourceReference(*s), 14, m_theme.text);
        source.bullet = true;
        source.spaceAfterPt = 6;
        body << source;
        sourceNotes << QStringLiteral("• ") + sourceReference(*s);
    }
    if (!sources.isEmpty())
        body.last().spaceAfterPt = 18;
    if (!m_report.caveats.isEmpty()) {
        body << para(Export::tr("Caveats"), 24, m_theme.text, true);
        body.last().spaceAfterPt = 6;
        for (const Caveat &c : m_report.caveats) {
            Paragraph p = para(c.text.text(), 14, m_theme.text);
            p.bullet = true;
            p.spaceAfterPt = 6;
            body << p;
        }
    }
    const qint64 height = std::min(heightFor(body, width), SlideHeight - 2 * TopMargin);
    slide.shapes += textBox(slide, QStringLiteral("Sources and caveats"),
                            {Margin, TopMargin, width, height}, body);
    QStringList notes{Export::tr("Sources:"), sourceLine(m_report)};
    notes << sourceNotes;
    if (!m_report.caveats.isEmpty()) {
        notes << QString() << Export::tr("Caveats:");
        for (const Caveat &c : m_report.caveats)
            notes << QStringLiteral("• ") + c.text.text();
    }
    slide.notes = notes.join(QLatin1Char('\n'));
    return slide;
}

DeckWriter::Slide DeckWriter::figureSlide(const Figure &figure, QString *error)
{
    Slide slide;
    const qint64 width = m_width - 2 * Margin;
    QList<Paragraph> header{para(figure.title.text(), TitlePt, m_theme.text, true)};
    const qint64 titleHeight = heightFor(header, width);
    QList<Paragraph> subtitle;
    if (!figure.subtitle.isEmpty())
        subtitle << para(figure.subtitle.text(), SubtitlePt, m_theme.mutedText);
    const qint64 subtitleHeight = subtitle.isEmpty() ? 0 : heightFor(subtitle, width);

    QList<Paragraph> notes;
    for (int i = 0; i < figure.caveats.size(); ++i) {
        Paragraph p;
        p.runs << Run{caveatSign(i) + QLatin1Char(' '), NotePt, m_theme.accent, true};
        p.runs << Run{figure.caveats.at(i).text.text(), NotePt, m_theme.text};
        p.spaceAfterPt = 3;
        notes << p;
    }
    QList<Paragraph> source{para(sourceLine(m_report, figure), SourcePt, m_theme.mutedText)};
    const qint64 notesHeight = notes.isEmpty() ? 0 : heightFor(notes, width);
    const qint64 sourceHeight = heightFor(source, width);

    qint64 y = TopMargin;
    slide.shapes += textBox(slide, QStringLiteral("Title"), {Margin, y, width, titleHeight}, header,
                            true, QStringLiteral("b"));
    y += titleHeight;
    if (!subtitle.isEmpty()) {
        slide.shapes += textBox(slide, QStringLiteral("Subtitle"),
                                {Margin, y + SmallGap / 2, width, subtitleHeight}, subtitle);
        y += SmallGap / 2 + subtitleHeight;
    }
    const qint64 sourceTop = SlideHeight - BottomMargin - sourceHeight;
    const qint64 notesTop = sourceTop - SmallGap / 2 - notesHeight;
    slide.shapes +=
        textBox(slide, QStringLiteral("Source"), {Margin, sourceTop, width, sourceHeight}, source);
    if (!notes.isEmpty())
        slide.shapes +=
            textBox(slide, QStringLiteral("Notes"), {Margin, notesTop, width, notesHeight}, notes);
    const Rect area{Margin, y + SmallGap * 2, width,
                    std::max<qint64>(EmuPerInch, notesTop - SmallGap * 2 - (y + SmallGap * 2))};

    ChartOptions chartOptions;
    chartOptions.theme = m_theme;
    chartOptions.sharesAsBars = m_options.sharesAsBars;
    chartOptions.labelColors = m_labelColors;
    const QString description =
        createFigureChart(m_report, figure, chartOptions)->accessibleDescription();
    bool ok = true;
    switch (deckContentFor(m_report, figure, m_options)) {
    case DeckContent::TextBoxes:
        addTiles(slide, figure, area, description);
        break;
    case DeckContent::NativeChart:
        ok = addChart(slide, figure, area, description, error);
        break;
    case DeckContent::Picture:
        ok = addPicture(slide, figure, area, description, error);
        break;
    }
    if (!ok)
        return {};
    slide.notes = figureNotes(figure);
    return slide;
}

void DeckWriter::addTiles(Slide &slide, const Figure &figure, const Rect &area,
                          const QString &description) const
{
    // An amount restated in another unit goes inside the tile of what it restates.
    const QList<const Metric *> metrics = m_report.metricsOf(figure);
    QList<const Metric *> tiles;
    QHash<QString, QList<const Metric *>> equivalents;
    for (const Metric *m : metrics) {
        const bool restates = !m->equivalentOf.isEmpty() &&
                              std::any_of(metrics.cbegin(), metrics.cend(), [&](const Metric *o) {
                                  return o->id == m->equivalentOf;
                              });
        if (restates)
            equivalents[m->equivalentOf] << m;
        else
            tiles << m;
    }
    if (tiles.isEmpty())
        return;
    const int n = int(tiles.size());
    const int columns = n <= 3 ? n : (n == 4 ? 2 : 3);
    const int rows = (n + columns - 1) / columns;
    const qint64 gap = SmallGap;
    const qint64 tileWidth = (area.cx - gap * (columns - 1)) / columns;
    const qint64 tileHeight = std::min<qint64>((area.cy - gap * (rows - 1)) / rows, EmuPerInch * 2);
    const qint64 top = area.y + (area.cy - (tileHeight * rows + gap * (rows - 1))) / 2;

    // Each tile's text at a headline size: the value with its notes' marks, what it restates
    // (with theirs), its label and its badges.
    const auto tileText = [&](const Metric &m, int valuePt) {
        const auto marked = [&](const QString &shown, const QString &metricId, int pt,
                                const QColor &color, bool bold) {
            Paragraph p = para(shown, pt, color, bold);
            const QStringList signs = caveatSignsFor(figure, metricId);
            if (!signs.isEmpty()) {
                Run sign{QLatin1Char(' ') + shownCaveatSigns(signs), pt, m_theme.accent, true};
                sign.superscript = true;
                p.runs << sign;
            }
            return p;
        };
        QList<Paragraph> text{marked(formatValue(m), m.id, valuePt, m_theme.text, true)};
        for (const Metric *e : equivalents.value(m.id))
            text << marked(Export::tr("(%1)").arg(formatValue(*e)), e->id, 14, m_theme.mutedText,
                           false);
        QString label = m.label.text();
        if (m.unit.is(UnitKind::Count) && !m.noun.isEmpty() &&
            !label.contains(m.noun.text(), Qt::CaseInsensitive))
            label = Export::tr("%1 (%2)").arg(label, m.noun.text());
        text << para(label, 14, m_theme.text);
        QStringList badges;
        if (!m.period.isEmpty())
            badges << periodText(m);
        if (isLowerBound(m))
            badges << Export::tr("lower bound");
        if (m.isProjected())
            badges << Export::tr("projected");
        if (m.origin == Origin::Derived)
            badges << Export::tr("derived");
        if (!badges.isEmpty())
            text << para(badges.join(QStringLiteral(" · ")), 11, m_theme.mutedText);
        return text;
    };
    // One headline size for every tile, the largest at which each value and its marks stay on
    // one line (measured in the deck's font: "> ¥1.2 trillion †" at 32 pt is wider than a
    // third of a slide) and each tile's text fits its tile.
    const qint64 innerWidth = tileWidth - 2 * TileInsetX;
    const qint64 innerHeight = tileHeight - 2 * TileInsetY;
    QFont headline(m_theme.fontFamily);
    headline.setBold(true);
    headline.setPixelSize(100);
    const QFontMetricsF headlineMetrics(headline);
    qreal widest = 0; // EMU per point of headline size
    for (const Metric *m : std::as_const(tiles)) {
        QString line;
        const QList<Paragraph> text = tileText(*m, 1);
        for (const Run &run : text.constFirst().runs)
            line += run.text;
        widest = std::max(widest, headlineMetrics.horizontalAdvance(line) / 100 * EmuPerPoint);
    }
    int valuePt = TileValuePt;
    const auto fits = [&](int pt) {
        if (widest * pt > innerWidth * 0.95)
            return false;
        return std::all_of(tiles.cbegin(), tiles.cend(), [&](const Metric *m) {
            return heightFor(tileText(*m, pt), innerWidth) <= innerHeight;
        });
    };
    while (valuePt > SmallestTileValuePt && !fits(valuePt))
        valuePt -= 2;

    QString shapes;
    for (int i = 0; i < n; ++i) {
        const Metric &m = *tiles.at(i);
        const Rect r{area.x + (i % columns) * (tileWidth + gap),
                     top + (i / columns) * (tileHeight + gap), tileWidth, tileHeight};
        const QList<Paragraph> text = tileText(m, valuePt);
        const int id = nextId(slide);
        shapes +=
            QStringLiteral(
                "<p:sp><p:nvSpPr><p:cNvPr id=\"%1\" name=\"%2\" descr=\"%3\"/><p:cNvSpPr/>"
                "<p:nvPr/></p:nvSpPr><p:spPr>%4<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd "
                "name=\"adj\" fmla=\"val 6000\"/></a:avLst></a:prstGeom>%5<a:ln><a:noFill/>"
                "</a:ln></p:spPr><p:txBody>%6</p:txBody></p:sp>")
                .arg(id)
                .arg(xmlText(QStringLiteral("Tile ") + m.id), xmlText(describeMetric(m)), xfrm(r),
                     solidFill(m_theme.surface),
                     textBody(text, QStringLiteral("ctr"))
                         .replace(QStringLiteral("lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\""),
                                  QStringLiteral("lIns=\"%1\" tIns=\"%2\" rIns=\"%1\" bIns=\"%2\"")
                                      .arg(TileInsetX)
                                      .arg(TileInsetY)));
    }
    const int group = nextId(slide);
    const QString frame = QStringLiteral("<a:off x=\"%1\" y=\"%2\"/><a:ext cx=\"%3\" cy=\"%4\"/>")
                              .arg(area.x)
                              .arg(area.y)
                              .arg(area.cx)
                              .arg(area.cy);
    slide.shapes += QStringLiteral("<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"%1\" name=\"Tiles\" "
                                   "descr=\"%2\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
                                   "<p:grpSpPr><a:xfrm>%3<a:chOff x=\"%4\" y=\"%5\"/><a:chExt "
                                   "cx=\"%6\" cy=\"%7\"/></a:xfrm></p:grpSpPr>%8</p:grpSp>")
                        .arg(group)
                        .arg(xmlText(description), frame)
                        .arg(area.x)
                        .arg(area.y)
                        .arg(area.cx)
                        .arg(area.cy)
                        .arg(shapes);
}

bool DeckWriter::addPicture(Slide &slide, const Figure &figure, const Rect &area,
                            const QString &description, QString *error)
{
    // The picture as large as the area allows within the exporter's aspect limit, centred.
    int w = int(area.cx / EmuPerPixel);
    int h = int(area.cy / EmuPerPixel);
    w = std::min(w, h * MaxAspect);
    h = std::min(h, w * MaxAspect);
    const qint64 cx = qint64(w) * EmuPerPixel;
    const qint64 cy = qint64(h) * EmuPerPixel;
    ExportOptions options;
    options.size = QSize(w, h);
    options.scale = 2;
    options.theme = m_options.theme;
    options.layout = ExportLayout::ChartOnly;
    options.sharesAsBars = m_options.sharesAsBars;
    // The chart's small print as large as the slide's notes (a point is 4/3 pixels).
    options.chartTextPixelSize = NotePt * 4.0 / 3.0;
    options.labelColors = m_labelColors;
    const QByteArray png = renderFigure(m_report, figure, ExportFormat::Png, options);
    const QByteArray svg = renderFigure(m_report, figure, ExportFormat::Svg, options);
    if (png.isEmpty() || svg.isEmpty()) {
        if (error)
            *error = ExportMessage::tr("the figure %1 could not be rendered: %2")
                         .arg(figure.id, exportOptionsError(options));
        return false;
    }
    const int n = ++m_images;
    const QString pngName = QStringLiteral("image%1.png").arg(n);
    const QString svgName = QStringLiteral("image%1.svg").arg(n);
    m_media << Ooxml::Part{QStringLiteral("ppt/media/") + pngName, png}
            << Ooxml::Part{QStringLiteral("ppt/media/") + svgName, svg};
    const QString pngId =
        addRelationship(slide, QStringLiteral("image"), QStringLiteral("../media/") + pngName);
    const QString svgId =
        addRelationship(slide, QStringLiteral("image"), QStringLiteral("../media/") + svgName);
    const Rect r{area.x + (area.cx - cx) / 2, area.y + (area.cy - cy) / 2, cx, cy};
    slide.shapes +=
        QStringLiteral(
            "<p:pic><p:nvPicPr><p:cNvPr id=\"%1\" name=\"%2\" "
            "descr=\"%3\"/><p:cNvPicPr><a:picLocks "
            "noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip "
            "r:embed=\"%4\"><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">"
            "<asvg:svgBlip "
            "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" "
            "r:embed=\"%5\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch>"
            "</p:blipFill><p:spPr>%6<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>"
            "</p:pic>")
            .arg(nextId(slide))
            .arg(xmlText(QStringLiteral("Chart ") + figure.id), xmlText(description), pngId, svgId,
                 xfrm(r));
    return true;
}

// A native chart's data: categories down column A, one series per column from B. A point
// without a metric is a gap: an empty cell, no point in the chart's cache, never a zero.
struct ChartData
{
    enum class Type { Doughnut, Bar, PercentStackedBar, Column, Line };
    struct Series
    {
        QString name;
        QList<const Metric *> points;             // per category; null: no value
        QColor color;                             // invalid: per point
        MarkerShape marker = MarkerShape::Circle; // a line's points
        FillTexture texture = FillTexture::Solid; // a column's, as the window draws it
        // Per point when color is invalid, as the window draws the parts of a share group
        // (none: the theme's colours by position, solid).
        QList<QColor> pointColors;
        QList<FillTexture> pointTextures;
    };
    Type type = Type::Bar;
    QStringList categories;
    QList<Series> series;
    bool legend = false;
    QString valueFormat = QStringLiteral("#,##0"); // the value axis' number format
    double axisMax = 0;                            // 0: automatic
    bool fromZero = true;                          // the value axis starts at zero
    bool labelAll = true; // every point labelled; else only the qualified ones and line ends
};

// What a mark's style says beyond its value, for names where the chart cannot say it itself.
QString styleNote(const Metric &m)
{
    QStringList notes;
    if (m.origin == Origin::Derived)
        notes << Export::tr("derived");
    if (m.status != Status::Observed)
        notes << statusWord(m.status);
    return notes.join(Export::tr(", "));
}

QString derivedName(const Metric &m)
{
    const QString note = styleNote(m);
    return note.isEmpty() ? m.label.text() : Export::tr("%1 (%2)").arg(m.label.text(), note);
}

// A series' legend name says which of its marks are hatched (derived) or lighter with a dashed
// or dotted outline (projected, estimated).
QString seriesName(const QString &label, const QList<const Metric *> &points)
{
    QStringList notes;
    const auto any = [&](auto pred) { return std::any_of(points.cbegin(), points.cend(), pred); };
    if (any([](const Metric *m) { return m && m->origin == Origin::Derived; }))
        notes << Export::tr("hatched: derived");
    if (any([](const Metric *m) { return m && m->status == Status::Projected; }))
        notes << Export::tr("dashed: projected");
    if (any([](const Metric *m) { return m && m->status == Status::Estimated; }))
        notes << Export::tr("dotted: estimated");
    if (notes.isEmpty())
        return label;
    if (label.isEmpty())
        return notes.join(Export::tr("; "));
    return Export::tr("%1 (%2)").arg(label, notes.join(Export::tr("; ")));
}

// The value axis' number format: the numbers' own unit and scale word ("#,##0,,,, \" TWh\""
// for watt-hours in the trillions), so the workbook keeps the real numbers and the axis reads
// like Figdeck's labels.
QString valueFormatFor(const QList<const Metric *> &metrics)
{
    if (metrics.isEmpty())
        return QStringLiteral("General");
    const Unit &unit = metrics.first()->unit;
    if (unit.is(UnitKind::Percent))
        return QStringLiteral("0\"%\"");
    double most = 0;
    for (const Metric *m : metrics)
        most = std::max({most, std::fabs(m->value), std::fabs(m->high.value_or(0))});
    // The largest power of a thousand with a scale word or prefix of its own ("1 TWh",
    // "$1 billion"; "1,000" has none).
    const int top = most >= 1000 ? std::min(4, int(std::floor(std::log10(most) / 3))) : 0;
    for (int thousands = top; thousands >= 0; --thousands) {
        const QString one = formatAmount(std::pow(1000.0, thousands), unit);
        const qsizetype at = one.indexOf(QLatin1Char('1'));
        if (at < 0)
            continue;
        const QString prefix = one.left(at);
        const QString suffix = one.mid(at + 1);
        if (!suffix.isEmpty() && !suffix.at(0).isSpace() && !suffix.at(0).isLetter() &&
            suffix.at(0) != QLatin1Char('%'))
            continue;
        if (prefix.contains(QRegularExpression(QStringLiteral("[0-9]"))))
            continue;
        const auto quoted = [](const QString &s) {
            return s.isEmpty() ? QString() : QLatin1Char('"') + s + QLatin1Char('"');
        };
        const bool small = most / std::pow(1000.0, thousands) < 10;
        return quoted(prefix) + (small ? QStringLiteral("#,##0.0") : QStringLiteral("#,##0")) +
               QString(thousands, QLatin1Char(',')) + quoted(suffix);
    }
    return QStringLiteral("#,##0");
}

ChartData chartDataFor(const Report &report, const Figure &figure, const DeckOptions &options,
                       const Theme &theme, const LabelColors &colors)
{
    ChartData data;
    const QList<const Metric *> metrics = report.metricsOf(figure);
    data.valueFormat = valueFormatFor(metrics);
    data.fromZero = std::none_of(metrics.cbegin(), metrics.cend(),
                                 [](const Metric *m) { return m->value < 0; });
    const bool complete = !figure.shares || figure.shares->complete;
    // A part's colour and texture follow its label's palette slot, as in the window
    // (LabelColors::partSlots), not its position.
    const QList<const Metric *> parts = sharePartsOf(report, figure);
    const QList<int> partSlots = colors.partSlots(parts, theme);
    const auto partSlotOf = [&](const Metric *m) {
        const qsizetype at = parts.indexOf(m);
        return at < 0 ? -1 : partSlots.at(at);
    };
    const auto slotColor = [&](int slot) {
        return slot < 0 ? theme.derived : theme.seriesColor(slot);
    };
    const auto slotTexture = [&](int slot) {
        return slot < 0 ? FillTexture::Solid : theme.seriesTexture(slot);
    };
    if (figure.kind == ChartKind::PartWhole) {
        data.type = ChartData::Type::PercentStackedBar;
        data.legend = true;
        data.categories << (figure.shares ? figure.shares->whole.text() : figure.title.text());
        for (const Metric *m : metrics) {
            const int slot = partSlotOf(m);
            ChartData::Series s;
            s.name = derivedName(*m);
            s.points = {m};
            s.color = slotColor(slot);
            s.texture = slotTexture(slot);
            data.series << s;
        }
        return data;
    }
    if (figure.kind == ChartKind::Series) {
        // The periods and series of the window's chart, in its order and colours.
        const SeriesGrid grid = seriesGrid(report, figure, QString());
        data.type = drawnAsLine(figure) ? ChartData::Type::Line : ChartData::Type::Column;
        data.categories = grid.periods;
        QStringList labels;
        for (const SeriesData &s : grid.series)
            labels << s.label;
        const QList<QColor> seriesColors = colors.colors(labels, theme);
        const QList<int> slotOf = colors.paletteSlots(labels, theme);
        const bool several = grid.series.size() > 1;
        for (int i = 0; i < grid.series.size(); ++i) {
            const QList<const Metric *> &points = grid.cells.at(i);
            const QColor color =
                several ? seriesColors.at(i) : figureSeriesColor(metrics, colors, theme, QString());
            data.series << ChartData::Series{
                seriesName(grid.series.at(i).label, points),
                points,
                color,
                several ? theme.seriesMarker(std::max(0, slotOf.at(i))) : MarkerShape::Circle,
                several && data.type == ChartData::Type::Column ? theme.seriesTexture(slotOf.at(i))
                                                                : FillTexture::Solid,
                {},
                {}};
        }
        data.legend =
            several || std::any_of(data.series.cbegin(), data.series.cend(),
                                   [](const ChartData::Series &s) { return !s.name.isEmpty(); });
        if (!several && data.series.first().name.isEmpty())
            data.series.first().name = figure.title.text();
        data.labelAll = !several;
        return data;
    }
    if (figure.kind == ChartKind::Bars) {
        // Ranked by value or as listed, as the window draws them; one colour, grey for derived.
        const QColor single = figureSeriesColor(metrics, colors, theme, QString());
        ChartData::Series s;
        s.name = figure.title.text();
        for (const Metric *m : barsInOrder(report, figure)) {
            data.categories << derivedName(*m);
            s.points << m;
        }
        s.color = single;
        data.series << s;
        return data;
    }
    // Shares: a doughnut when the parts make the whole; bars when asked, or when they do not
    // (a doughnut would stretch them to a full circle). Comparable small multiples: bars.
    data.type = figure.kind == ChartKind::Shares && complete &&
                        !sharesDrawnAsBars(figure, options.sharesAsBars)
                    ? ChartData::Type::Doughnut
                    : ChartData::Type::Bar;
    data.legend = data.type == ChartData::Type::Doughnut;
    ChartData::Series s;
    s.name = figure.title.text();
    for (const Metric *m : metrics) {
        data.categories << derivedName(*m);
        s.points << m;
        if (figure.kind == ChartKind::Shares) {
            s.pointColors << slotColor(partSlotOf(m));
            s.pointTextures << slotTexture(partSlotOf(m));
        }
    }
    if (data.type == ChartData::Type::Bar && figure.shares)
        data.axisMax = figure.shares->total;
    data.series << s;
    return data;
}

QString strCache(const QStringList &values)
{
    QString xml = QStringLiteral("<c:strCache><c:ptCount val=\"%1\"/>").arg(values.size());
    for (int i = 0; i < values.size(); ++i)
        xml += QStringLiteral("<c:pt idx=\"%1\"><c:v>%2</c:v></c:pt>")
                   .arg(i)
                   .arg(xmlText(values.at(i)));
    return xml + QStringLiteral("</c:strCache>");
}

// A gap has no point at all (ptCount still counts it), so no client reads it as zero.
QString numCache(const QList<const Metric *> &points, const QString &format)
{
    QString xml =
        QStringLiteral("<c:numCache><c:formatCode>%1</c:formatCode><c:ptCount val=\"%2\"/>")
            .arg(xmlText(format))
            .arg(points.size());
    for (int i = 0; i < points.size(); ++i) {
        if (!points.at(i))
            continue;
        xml += QStringLiteral("<c:pt idx=\"%1\"><c:v>%2</c:v></c:pt>")
                   .arg(i)
                   .arg(QString::number(points.at(i)->value, 'g', QLocale::FloatingPointShortest));
    }
    return xml + QStringLiteral("</c:numCache>");
}

class ChartXml
{
public:
    ChartXml(const ChartData &data, const Theme &theme, const QString &lang, qint64 plotWidth)
        : m_data(data)
        , m_theme(theme)
        , m_lang(lang)
        , m_plotWidth(plotWidth)
    {
        // A line's last labels, from the highest down: one too close to a label already kept
        // would print over it, so the legend and the axis say that value instead.
        double most = 0;
        QList<std::pair<double, int>> ends;
        for (int i = 0; i < data.series.size(); ++i) {
            const QList<const Metric *> &points = data.series.at(i).points;
            m_endLabelled << false;
            if (!points.isEmpty() && points.constLast()) {
                ends << std::make_pair(points.constLast()->value, i);
                most = std::max(most, std::fabs(points.constLast()->value));
            }
        }
        std::sort(ends.begin(), ends.end(), std::greater<>());
        double last = std::numeric_limits<double>::infinity();
        for (const auto &[value, i] : std::as_const(ends)) {
            if (last - value >= most * 0.07) {
                m_endLabelled[i] = true;
                last = value;
            }
        }
    }

    QString chart() const;
    Ooxml::Sheet sheet() const;

private:
    static QString sheetName() { return QStringLiteral("Sheet1"); }
    bool isBar() const
    {
        return m_data.type == ChartData::Type::Bar ||
               m_data.type == ChartData::Type::PercentStackedBar;
    }
    int labelPt() const { return m_data.series.size() > 1 ? 12 : 14; }
    QString textProperties(int pt, const QColor &color, bool bold = false) const;
    QString series(int index) const;
    QString labels(const ChartData::Series &s) const;
    bool labelled(const ChartData::Series &s, int point) const;
    QString fillOf(const ChartData::Series &s, int point) const;
    QString lineOf(const ChartData::Series &s, int point) const;
    QString markerOf(const ChartData::Series &s, int point) const;
    QColor colorOf(const ChartData::Series &s, int point) const;
    QString axes() const;

    const ChartData &m_data;
    const Theme &m_theme;
    const QString m_lang;
    const qint64 m_plotWidth;
    QList<bool> m_endLabelled; // per series: its last point labelled (lines)
};

QString ChartXml::textProperties(int pt, const QColor &color, bool bold) const
{
    return QStringLiteral("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"%1\"%2>%3"
                          "<a:latin typeface=\"%4\"/></a:defRPr></a:pPr><a:endParaRPr "
                          "lang=\"%5\"/></a:p></c:txPr>")
        .arg(pt * 100)
        .arg(bold ? QStringLiteral(" b=\"1\"") : QString(), solidFill(color),
             xmlText(m_theme.fontFamily), m_lang);
}

QColor ChartXml::colorOf(const ChartData::Series &s, int point) const
{
    const QColor base =
        s.color.isValid() ? s.color : s.pointColors.value(point, m_theme.seriesColor(point));
    const Metric *m = s.points.value(point);
    if (m && m_data.type != ChartData::Type::Doughnut)
        return barColor(*m, base, m_theme, QString());
    return base;
}

// Derived values hatched; projected and estimated ones lighter (with a dashed or dotted outline
// from lineOf); an upper bound fades towards zero, as Figdeck draws them.
QString ChartXml::fillOf(const ChartData::Series &s, int point) const
{
    const Metric *m = s.points.value(point);
    if (!m)
        return solidFill(colorOf(s, point));
    const HonestValue v = honestValue(*m);
    if (v.derived)
        return derivedFill(m_theme);
    const QColor fill = ChartPaint::statusFill(colorOf(s, point), v.status, m_theme);
    if (v.open == OpenEnd::TowardsZero && m_data.type != ChartData::Type::Doughnut &&
        m_data.type != ChartData::Type::Line) {
        // Bars fade from the zero end (left), columns from the bottom; a fall the other way.
        const bool fall = m->value < 0;
        const int angle =
            isBar() ? (fall ? 10800000 : 0) : (fall ? 5400000 : 16200000); // 60000ths of a degree
        return QStringLiteral("<a:gradFill rotWithShape=\"1\"><a:gsLst><a:gs pos=\"0\"><a:srgbClr "
                              "val=\"%1\"><a:alpha val=\"12000\"/></a:srgbClr></a:gs><a:gs "
                              "pos=\"100000\"><a:srgbClr val=\"%1\"/></a:gs></a:gsLst><a:lin "
                              "ang=\"%2\" scaled=\"0\"/></a:gradFill>")
            .arg(hex(fill))
            .arg(angle);
    }
    const FillTexture texture = s.pointTextures.value(point, s.texture);
    return texture == FillTexture::Solid ? solidFill(fill) : textureFill(texture, fill);
}

QString dash(MarkStatus status)
{
    switch (status) {
    case MarkStatus::Observed:
        return {};
    case MarkStatus::Projected:
        return QStringLiteral("<a:prstDash val=\"dash\"/>");
    case MarkStatus::Estimated:
        return QStringLiteral("<a:prstDash val=\"sysDot\"/>");
    }
    return {};
}

// The outline of a mark (bars, columns, slices) or, on a line, the segment into a point.
QString ChartXml::lineOf(const ChartData::Series &s, int point) const
{
    const Metric *m = s.points.value(point);
    const MarkStatus status = m ? honestValue(*m).status : MarkStatus::Observed;
    if (m_data.type == ChartData::Type::Line) {
        const Metric *before = s.points.value(point - 1);
        const MarkStatus previous = before ? honestValue(*before).status : MarkStatus::Observed;
        return QStringLiteral("<a:ln w=\"34925\" cap=\"flat\">%1%2<a:round/></a:ln>")
            .arg(solidFill(s.color), dash(status != MarkStatus::Observed ? status : previous));
    }
    if (status != MarkStatus::Observed)
        return QStringLiteral("<a:ln w=\"19050\">%1%2</a:ln>")
            .arg(solidFill(colorOf(s, point)), dash(status));
    return QStringLiteral("<a:ln w=\"12700\">%1</a:ln>").arg(solidFill(m_theme.background));
}

// A line's point: filled, or hollow for a projected or estimated value.
QString ChartXml::markerOf(const ChartData::Series &s, int point) const
{
    const Metric *m = s.points.value(point);
    const bool lighter = m && honestValue(*m).lighter();
    // DrawingML has no pentagon: an x stands for it (still its own shape).
    static const QHash<MarkerShape, QString> symbols{
        {MarkerShape::Circle, QStringLiteral("circle")},
        {MarkerShape::Square, QStringLiteral("square")},
        {MarkerShape::Diamond, QStringLiteral("diamond")},
        {MarkerShape::Triangle, QStringLiteral("triangle")},
        {MarkerShape::Star, QStringLiteral("star")},
        {MarkerShape::Pentagon, QStringLiteral("x")}};
    return QStringLiteral("<c:marker><c:symbol val=\"%4\"/><c:size val=\"8\"/><c:spPr>%1"
                          "<a:ln w=\"19050\">%2%3</a:ln></c:spPr></c:marker>")
        .arg(solidFill(lighter ? m_theme.background : s.color), solidFill(s.color),
             m ? dash(honestValue(*m).status) : QString(), symbols.value(s.marker));
}

// Every qualified value says so on its mark; plain ones where there is room for them (a line
// of several series labels its last point, as the window does).
bool ChartXml::labelled(const ChartData::Series &s, int point) const
{
    const Metric *m = s.points.value(point);
    if (!m)
        return false;
    if (m_data.labelAll)
        return true;
    const HonestValue v = honestValue(*m);
    if (v.open != OpenEnd::None || v.approximate || v.isRange())
        return true;
    if (m_data.type == ChartData::Type::Line)
        return point == s.points.size() - 1 &&
               m_endLabelled.value(int(&s - m_data.series.constData()));
    const qsizetype n = std::max<qsizetype>(1, m_data.series.size());
    const qreal column =
        qreal(m_plotWidth) / std::max<qsizetype>(1, m_data.categories.size()) / 1.6 / n;
    return formatValue(*m).size() * AverageAdvance * labelPt() * EmuPerPoint <= column * 1.1;
}

QString ChartXml::labels(const ChartData::Series &s) const
{
    const bool inside = m_data.type == ChartData::Type::Doughnut ||
                        m_data.type == ChartData::Type::PercentStackedBar;
    QString position;
    switch (m_data.type) {
    case ChartData::Type::Doughnut:
        break;
    case ChartData::Type::PercentStackedBar:
        position = QStringLiteral("ctr");
        break;
    case ChartData::Type::Line:
        position = QStringLiteral("t");
        break;
    case ChartData::Type::Bar:
    case ChartData::Type::Column:
        position = QStringLiteral("outEnd");
        break;
    }
    const QString hidden = QStringLiteral(
        "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
        "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>");
    QString xml = QStringLiteral("<c:dLbls>");
    for (int i = 0; i < s.points.size(); ++i) {
        const Metric *m = s.points.at(i);
        if (!m)
            continue;
        if (!labelled(s, i)) {
            xml +=
                QStringLiteral("<c:dLbl><c:idx val=\"%1\"/><c:delete val=\"1\"/></c:dLbl>").arg(i);
            continue;
        }
        // Inside a mark the label takes the mark's contrast colour; outside, the text's.
        const QColor color =
            !inside || m->origin == Origin::Derived ? m_theme.text : onFill(colorOf(s, i));
        xml +=
            QStringLiteral("<c:dLbl><c:idx val=\"%1\"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/>"
                           "<a:p><a:r><a:rPr lang=\"%2\" sz=\"%7\" b=\"1\">%3<a:latin "
                           "typeface=\"%4\"/></a:rPr><a:t>%5</a:t></a:r></a:p></c:rich></c:tx>"
                           "%6<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName "
                           "val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
                           "<c:showBubbleSize val=\"0\"/></c:dLbl>")
                .arg(i)
                .arg(m_lang, solidFill(color), xmlText(m_theme.fontFamily),
                     xmlText(formatValue(*m)),
                     position.isEmpty() ? QString()
                                        : QStringLiteral("<c:dLblPos val=\"%1\"/>").arg(position))
                .arg(labelPt() * 100);
    }
    xml += QStringLiteral("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>") +
           textProperties(labelPt(), m_theme.text, true) + hidden;
    if (m_data.type == ChartData::Type::Doughnut)
        xml += QStringLiteral("<c:showLeaderLines val=\"0\"/>");
    return xml + QStringLiteral("</c:dLbls>");
}

QString ChartXml::series(int index) const
{
    const ChartData::Series &s = m_data.series.at(index);
    const int rows = int(m_data.categories.size());
    const bool line = m_data.type == ChartData::Type::Line;
    const bool bar = m_data.type != ChartData::Type::Doughnut && !line;
    QString xml = QStringLiteral("<c:ser><c:idx val=\"%1\"/><c:order val=\"%1\"/><c:tx><c:strRef>"
                                 "<c:f>%2</c:f>%3</c:strRef></c:tx>")
                      .arg(index)
                      .arg(xmlText(Ooxml::rangeRef(sheetName(), 0, index + 1, 0, index + 1)),
                           strCache({s.name}));
    if (line) {
        xml += QStringLiteral("<c:spPr>%1</c:spPr>").arg(lineOf(s, 0)) + markerOf(s, 0);
    } else {
        const int first = int(
            std::find_if(s.points.cbegin(), s.points.cend(), [](const Metric *m) { return m; }) -
            s.points.cbegin());
        xml += QStringLiteral("<c:spPr>%1%2</c:spPr>").arg(fillOf(s, first), lineOf(s, first));
    }
    if (bar)
        xml += QStringLiteral("<c:invertIfNegative val=\"0\"/>");
    for (int i = 0; i < s.points.size(); ++i) {
        if (!s.points.at(i))
            continue;
        if (line) {
            xml += QStringLiteral("<c:dPt><c:idx val=\"%1\"/>%2<c:bubble3D val=\"0\"/><c:spPr>%3"
                                  "</c:spPr></c:dPt>")
                       .arg(i)
                       .arg(markerOf(s, i), lineOf(s, i));
        } else {
            xml += QStringLiteral("<c:dPt><c:idx val=\"%1\"/>%2<c:bubble3D val=\"0\"/><c:spPr>%3%4"
                                  "</c:spPr></c:dPt>")
                       .arg(i)
                       .arg(bar ? QStringLiteral("<c:invertIfNegative val=\"0\"/>") : QString(),
                            fillOf(s, i), lineOf(s, i));
        }
    }
    xml += labels(s);
    xml +=
        QStringLiteral("<c:cat><c:strRef><c:f>%1</c:f>%2</c:strRef></c:cat>")
            .arg(xmlText(Ooxml::rangeRef(sheetName(), 1, 0, rows, 0)), strCache(m_data.categories));
    xml += QStringLiteral("<c:val><c:numRef><c:f>%1</c:f>%2</c:numRef></c:val>")
               .arg(xmlText(Ooxml::rangeRef(sheetName(), 1, index + 1, rows, index + 1)),
                    numCache(s.points, QStringLiteral("General")));
    if (line)
        xml += QStringLiteral("<c:smooth val=\"0\"/>");
    return xml + QStringLiteral("</c:ser>");
}

QString ChartXml::axes() const
{
    const bool stacked = m_data.type == ChartData::Type::PercentStackedBar;
    const bool horizontal = isBar();
    const QString line =
        QStringLiteral("<c:spPr><a:ln w=\"9525\">%1</a:ln></c:spPr>").arg(solidFill(m_theme.grid));
    const QString format = stacked ? QStringLiteral("0%") : m_data.valueFormat;
    QString scaling = QStringLiteral("<c:orientation val=\"minMax\"/>");
    if (m_data.axisMax > 0)
        scaling += QStringLiteral("<c:max val=\"%1\"/>").arg(m_data.axisMax);
    if (m_data.fromZero)
        scaling += QStringLiteral("<c:min val=\"0\"/>");
    // Bars top to bottom in the figure's order, the value axis at the bottom; columns and
    // lines left to right in date order, the value axis on the left.
    // Every bar carries its value: no value axis or grid competes with the labels.
    const bool valueAxis = m_data.type != ChartData::Type::Bar;
    const QString grid = !valueAxis ? QString()
                                    : QStringLiteral("<c:majorGridlines><c:spPr><a:ln w=\"6350\">"
                                                     "%1</a:ln></c:spPr></c:majorGridlines>")
                                          .arg(solidFill(m_theme.grid));
    return QStringLiteral("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation "
                          "val=\"%4\"/></c:scaling><c:delete val=\"%1\"/><c:axPos val=\"%5\"/>"
                          "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark "
                          "val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos "
                          "val=\"low\"/>%2%3<c:crossAx val=\"1002\"/><c:crosses "
                          "val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
                          "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
               .arg(stacked ? 1 : 0)
               .arg(line, textProperties(m_data.series.size() > 1 ? 12 : 14, m_theme.text),
                    horizontal ? QStringLiteral("maxMin") : QStringLiteral("minMax"),
                    horizontal ? QStringLiteral("l") : QStringLiteral("b")) +
           QStringLiteral("<c:valAx><c:axId val=\"1002\"/><c:scaling>%1</c:scaling><c:delete "
                          "val=\"%6\"/><c:axPos val=\"%7\"/>%2<c:numFmt "
                          "formatCode=\"%3\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
                          "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:spPr>"
                          "<a:ln><a:noFill/></a:ln></c:spPr>%4<c:crossAx val=\"1001\"/><c:crosses "
                          "val=\"%5\"/><c:crossBetween val=\"between\"/></c:valAx>")
               .arg(scaling, grid, xmlText(format), textProperties(12, m_theme.mutedText),
                    horizontal ? QStringLiteral("max") : QStringLiteral("autoZero"))
               .arg(valueAxis ? 0 : 1)
               .arg(horizontal ? QStringLiteral("b") : QStringLiteral("l"));
}

QString ChartXml::chart() const
{
    QString plot;
    QString series;
    for (int i = 0; i < m_data.series.size(); ++i)
        series += ChartXml::series(i);
    const QString axisIds = QStringLiteral("<c:axId val=\"1001\"/><c:axId val=\"1002\"/>");
    switch (m_data.type) {
    case ChartData::Type::Doughnut:
        plot = QStringLiteral("<c:doughnutChart><c:varyColors val=\"1\"/>%1<c:firstSliceAng "
                              "val=\"0\"/><c:holeSize val=\"55\"/></c:doughnutChart>")
                   .arg(series);
        break;
    case ChartData::Type::Bar:
        plot = QStringLiteral("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/>"
                              "<c:varyColors val=\"0\"/>%1<c:gapWidth val=\"60\"/>%2</c:barChart>")
                   .arg(series, axisIds) +
               axes();
        break;
    case ChartData::Type::Column:
        plot = QStringLiteral("<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>"
                              "<c:varyColors val=\"0\"/>%1<c:gapWidth val=\"60\"/><c:overlap "
                              "val=\"0\"/>%2</c:barChart>")
                   .arg(series, axisIds) +
               axes();
        break;
    case ChartData::Type::Line:
        plot = QStringLiteral("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors "
                              "val=\"0\"/>%1<c:marker val=\"1\"/>%2</c:lineChart>")
                   .arg(series, axisIds) +
               axes();
        break;
    case ChartData::Type::PercentStackedBar:
        plot = QStringLiteral("<c:barChart><c:barDir val=\"bar\"/><c:grouping "
                              "val=\"percentStacked\"/><c:varyColors val=\"0\"/>%1<c:gapWidth "
                              "val=\"40\"/><c:overlap val=\"100\"/>%2</c:barChart>")
                   .arg(series, axisIds) +
               axes();
        break;
    }
    const QString legendXml =
        m_data.legend ? QStringLiteral("<c:legend><c:legendPos val=\"%1\"/><c:overlay val=\"0\"/>%2"
                                       "</c:legend>")
                            .arg(m_data.type == ChartData::Type::Doughnut ? QStringLiteral("r")
                                                                          : QStringLiteral("t"),
                                 textProperties(m_data.series.size() > 1 ? 12 : 14, m_theme.text))
                      : QString();
    return QStringLiteral(
               "<c:chartSpace xmlns:c=\"%1\" xmlns:a=\"%2\" xmlns:r=\"%3\"><c:date1904 val=\"0\"/>"
               "<c:lang val=\"%4\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted "
               "val=\"1\"/><c:plotArea><c:layout/>%5<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>"
               "</c:spPr></c:plotArea>%6<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/>"
               "</c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>%7<c:externalData "
               "r:id=\"rId1\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>")
        .arg(NsC, NsA, NsR, m_lang, plot, legendXml, textProperties(14, m_theme.text));
}

Ooxml::Sheet ChartXml::sheet() const
{
    Ooxml::Sheet sheet;
    sheet.name = sheetName();
    QList<Ooxml::Cell> header{Ooxml::Cell()};
    for (const ChartData::Series &s : m_data.series)
        header << Ooxml::Cell::str(s.name, true);
    // Beside the data, the values as Figdeck writes them (with their qualifiers).
    for (const ChartData::Series &s : m_data.series)
        header << Ooxml::Cell::str(Export::tr("%1, as stated").arg(s.name), true);
    sheet.rows << header;
    for (int r = 0; r < m_data.categories.size(); ++r) {
        QList<Ooxml::Cell> row{Ooxml::Cell::str(m_data.categories.at(r))};
        // A gap stays an empty cell: a zero would be a number the source never gave.
        for (const ChartData::Series &s : m_data.series) {
            const Metric *m = s.points.value(r);
            row << (m ? Ooxml::Cell::num(m->value) : Ooxml::Cell());
        }
        for (const ChartData::Series &s : m_data.series) {
            const Metric *m = s.points.value(r);
            row << (m ? Ooxml::Cell::str(formatValue(*m)) : Ooxml::Cell());
        }
        sheet.rows << row;
    }
    sheet.columnWidths << 40;
    for (int i = 0; i < m_data.series.size(); ++i)
        sheet.columnWidths << 16;
    for (int i = 0; i < m_data.series.size(); ++i)
        sheet.columnWidths << 24;
    return sheet;
}

bool DeckWriter::addChart(Slide &slide, const Figure &figure, const Rect &area,
                          const QString &description, QString *error)
{
    const ChartData data = chartDataFor(m_report, figure, m_options, m_theme, *m_labelColors);
    const ChartXml chart(data, m_theme, m_lang, area.cx);
    QString zipError;
    const QByteArray workbook = Ooxml::workbook({chart.sheet()}, &zipError);
    if (workbook.isEmpty()) {
        if (error)
            *error = zipError;
        return false;
    }
    const int n = ++m_charts;
    const QString chartName = QStringLiteral("chart%1.xml").arg(n);
    const QString bookName = QStringLiteral("Microsoft_Excel_Worksheet%1.xlsx").arg(n);
    m_media
        << Ooxml::Part{QStringLiteral("ppt/charts/") + chartName, Ooxml::xmlPart(chart.chart())}
        << Ooxml::Part{QStringLiteral("ppt/charts/_rels/") + chartName + QStringLiteral(".rels"),
                       Ooxml::xmlPart(
                           QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats."
                                          "org/package/2006/relationships\"><Relationship "
                                          "Id=\"rId1\" Type=\"%1package\" Target=\"../"
                                          "embeddings/%2\"/></Relationships>")
                               .arg(RelBase, bookName))}
        << Ooxml::Part{QStringLiteral("ppt/embeddings/") + bookName, workbook};
    m_overrides << QStringLiteral("<Override PartName=\"/ppt/charts/%1\" ContentType=\"%2"
                                  "drawingml.chart+xml\"/>")
                       .arg(chartName, TypeBase);
    const QString id =
        addRelationship(slide, QStringLiteral("chart"), QStringLiteral("../charts/") + chartName);
    slide.shapes +=
        QStringLiteral("<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id=\"%1\" name=\"%2\" "
                       "descr=\"%3\"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>%4"
                       "<a:graphic><a:graphicData uri=\"%5\"><c:chart xmlns:c=\"%5\" r:id=\"%6\"/>"
                       "</a:graphicData></a:graphic></p:graphicFrame>")
            .arg(nextId(slide))
            .arg(xmlText(QStringLiteral("Chart ") + figure.id), xmlText(description),
                 xfrm(area, QStringLiteral("p")), NsC, id);
    return true;
}

QString themeXml(const Theme &theme)
{
    const auto colour = [](const QString &name, const QColor &c) {
        return QStringLiteral("<a:%1><a:srgbClr val=\"%2\"/></a:%1>").arg(name, hex(c));
    };
    QString scheme = colour(QStringLiteral("dk1"), theme.text) +
                     colour(QStringLiteral("lt1"), theme.background) +
                     colour(QStringLiteral("dk2"), theme.mutedText) +
                     colour(QStringLiteral("lt2"), theme.surface);
    for (int i = 0; i < 6; ++i)
        scheme += colour(QStringLiteral("accent%1").arg(i + 1), theme.seriesColor(i));
    scheme += colour(QStringLiteral("hlink"), theme.seriesColor(0)) +
              colour(QStringLiteral("folHlink"), theme.seriesColor(4));
    const QString font = QStringLiteral("<a:latin typeface=\"%1\"/><a:ea typeface=\"\"/><a:cs "
                                        "typeface=\"\"/>")
                             .arg(xmlText(theme.fontFamily));
    const QString fill = QStringLiteral("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
    const QString line = QStringLiteral("<a:ln w=\"9525\">%1</a:ln>").arg(fill);
    const QString effect = QStringLiteral("<a:effectStyle><a:effectLst/></a:effectStyle>");
    return QStringLiteral(
               "<a:theme xmlns:a=\"%1\" name=\"Figdeck %2\"><a:themeElements><a:clrScheme "
               "name=\"Figdeck %2\">%3</a:clrScheme><a:fontScheme name=\"Figdeck\"><a:majorFont>%4"
               "</a:majorFont><a:minorFont>%4</a:minorFont></a:fontScheme><a:fmtScheme "
               "name=\"Figdeck\"><a:fillStyleLst>%5%5%5</a:fillStyleLst><a:lnStyleLst>%6%6%6"
               "</a:lnStyleLst><a:effectStyleLst>%7%7%7</a:effectStyleLst><a:bgFillStyleLst>%5%5%5"
               "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/>"
               "<a:extraClrSchemeLst/></a:theme>")
        .arg(NsA, Theme::name(theme.id), scheme, font, fill, line, effect);
}

QString relationships(const QStringList &entries)
{
    return QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                          "relationships\">") +
           entries.join(QString()) + QStringLiteral("</Relationships>");
}

QString relationship(const QString &id, const QString &type, const QString &target)
{
    return QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>")
        .arg(id, RelBase, type, target);
}

const QString ClrMap = QStringLiteral(
    "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "
    "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" "
    "accent6=\"accent6\" hlink=\"hlink\" folHlink=\"folHlink\"/>");
const QString EmptyTree = QStringLiteral(
    "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
    "<p:grpSpPr/></p:spTree>");

QByteArray DeckWriter::write(QString *error)
{
    QList<Slide> slides;
    slides << titleSlide();
    for (const Figure *figure : deckFigures(m_report, m_options)) {
        m_shapeIds = 0;
        Slide slide = figureSlide(*figure, error);
        if (slide.shapes.isEmpty())
            return {};
        slides << slide;
    }
    m_shapeIds = 0;
    slides << closingSlide();

    QList<Ooxml::Part> parts;
    const auto add = [&](const QString &name, const QString &xml) {
        parts << Ooxml::Part{name, Ooxml::xmlPart(xml)};
    };
    const QString pml = TypeBase + QStringLiteral("presentationml.");
    QString types = QStringLiteral(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>");
    types += QStringLiteral("<Default Extension=\"xlsx\" ContentType=\"%1spreadsheetml.sheet\"/>")
                 .arg(TypeBase);
    const auto override = [&](const QString &part, const QString &type) {
        types += QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(part, type);
    };
    override(QStringLiteral("/ppt/presentation.xml"),
             pml + QStringLiteral("presentation.main+xml"));
    override(QStringLiteral("/ppt/slideMasters/slideMaster1.xml"),
             pml + QStringLiteral("slideMaster+xml"));
    override(QStringLiteral("/ppt/slideLayouts/slideLayout1.xml"),
             pml + QStringLiteral("slideLayout+xml"));
    override(QStringLiteral("/ppt/notesMasters/notesMaster1.xml"),
             pml + QStringLiteral("notesMaster+xml"));
    override(QStringLiteral("/ppt/theme/theme1.xml"), TypeBase + QStringLiteral("theme+xml"));
    override(QStringLiteral("/ppt/theme/theme2.xml"), TypeBase + QStringLiteral("theme+xml"));
    override(QStringLiteral("/ppt/presProps.xml"), pml + QStringLiteral("presProps+xml"));
    override(QStringLiteral("/ppt/tableStyles.xml"), pml + QStringLiteral("tableStyles+xml"));
    override(QStringLiteral("/docProps/core.xml"),
             QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    override(QStringLiteral("/docProps/app.xml"),
             TypeBase + QStringLiteral("extended-properties+xml"));
    for (int i = 1; i <= slides.size(); ++i) {
        override(QStringLiteral("/ppt/slides/slide%1.xml").arg(i),
                 pml + QStringLiteral("slide+xml"));
        override(QStringLiteral("/ppt/notesSlides/notesSlide%1.xml").arg(i),
                 pml + QStringLiteral("notesSlide+xml"));
    }
    types += m_overrides.join(QString()) + QStringLiteral("</Types>");
    add(QStringLiteral("[Content_Types].xml"), types);

    add(QStringLiteral("_rels/.rels"),
        relationships({relationship(QStringLiteral("rId1"), QStringLiteral("officeDocument"),
                                    QStringLiteral("ppt/presentation.xml")),
                       QStringLiteral("<Relationship Id=\"rId2\" Type=\"http://schemas."
                                      "openxmlformats.org/package/2006/relationships/metadata/"
                                      "core-properties\" Target=\"docProps/core.xml\"/>"),
                       relationship(QStringLiteral("rId3"), QStringLiteral("extended-properties"),
                                    QStringLiteral("docProps/app.xml"))}));
    add(QStringLiteral("docProps/core.xml"),
        QStringLiteral("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
                       "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/"
                       "1.1/\"><dc:title>%1</dc:title><dc:creator>Figdeck</dc:creator>"
                       "<dc:language>%2</dc:language></cp:coreProperties>")
            .arg(xmlText(elidedText(m_report.title.text(), TextBlock::MaxLaidOutChars)), m_lang));
    add(QStringLiteral("docProps/app.xml"),
        QStringLiteral("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                       "extended-properties\"><Application>Figdeck %1</Application><Slides>%2"
                       "</Slides><Notes>%2</Notes></Properties>")
            .arg(QStringLiteral(FIGDECK_VERSION))
            .arg(slides.size()));

    QStringList presentationRels{relationship(QStringLiteral("rId1"), QStringLiteral("slideMaster"),
                                              QStringLiteral("slideMasters/slideMaster1.xml")),
                                 relationship(QStringLiteral("rId2"), QStringLiteral("notesMaster"),
                                              QStringLiteral("notesMasters/notesMaster1.xml")),
                                 relationship(QStringLiteral("rId3"), QStringLiteral("theme"),
                                              QStringLiteral("theme/theme1.xml")),
                                 relationship(QStringLiteral("rId4"), QStringLiteral("presProps"),
                                              QStringLiteral("presProps.xml")),
                                 relationship(QStringLiteral("rId5"), QStringLiteral("tableStyles"),
                                              QStringLiteral("tableStyles.xml"))};
    QString slideIds;
    for (int i = 1; i <= slides.size(); ++i) {
        const QString id = QStringLiteral("rId%1").arg(100 + i);
        presentationRels << relationship(id, QStringLiteral("slide"),
                                         QStringLiteral("slides/slide%1.xml").arg(i));
        slideIds += QStringLiteral("<p:sldId id=\"%1\" r:id=\"%2\"/>").arg(255 + i).arg(id);
    }
    add(QStringLiteral("ppt/_rels/presentation.xml.rels"), relationships(presentationRels));
    add(QStringLiteral("ppt/presentation.xml"),
        QStringLiteral("<p:presentation%1 saveSubsetFonts=\"1\"><p:sldMasterIdLst><p:sldMasterId "
                       "id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst><p:notesMasterIdLst>"
                       "<p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>%2"
                       "</p:sldIdLst><p:sldSz cx=\"%3\" cy=\"%4\"/><p:notesSz cx=\"6858000\" "
                       "cy=\"9144000\"/></p:presentation>")
            .arg(namespaces(), slideIds)
            .arg(m_width)
            .arg(SlideHeight));
    add(QStringLiteral("ppt/presProps.xml"),
        QStringLiteral("<p:presentationPr%1/>").arg(namespaces()));
    add(QStringLiteral("ppt/tableStyles.xml"),
        QStringLiteral("<a:tblStyleLst xmlns:a=\"%1\" "
                       "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>")
            .arg(NsA));
    add(QStringLiteral("ppt/theme/theme1.xml"), themeXml(m_theme));
    // The notes pages print on paper: the light theme's colours whatever the slides'.
    add(QStringLiteral("ppt/theme/theme2.xml"), themeXml(Theme::get(ThemeId::Light)));
    add(QStringLiteral("ppt/slideMasters/slideMaster1.xml"),
        QStringLiteral("<p:sldMaster%1><p:cSld><p:bg><p:bgPr>%2<a:effectLst/></p:bgPr></p:bg>%3"
                       "</p:cSld>%4<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" "
                       "r:id=\"rId1\"/></p:sldLayoutIdLst></p:sldMaster>")
            .arg(namespaces(), solidFill(m_theme.background), EmptyTree, ClrMap));
    add(QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
        relationships({relationship(QStringLiteral("rId1"), QStringLiteral("slideLayout"),
                                    QStringLiteral("../slideLayouts/slideLayout1.xml")),
                       relationship(QStringLiteral("rId2"), QStringLiteral("theme"),
                                    QStringLiteral("../theme/theme1.xml"))}));
    add(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"),
        QStringLiteral("<p:sldLayout%1 preserve=\"1\"><p:cSld name=\"Figdeck\">%2</p:cSld>"
                       "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>")
            .arg(namespaces(), EmptyTree));
    add(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
        relationships({relationship(QStringLiteral("rId1"), QStringLiteral("slideMaster"),
                                    QStringLiteral("../slideMasters/slideMaster1.xml"))}));
    add(QStringLiteral("ppt/notesMasters/notesMaster1.xml"),
        QStringLiteral("<p:notesMaster%1><p:cSld>%2</p:cSld>%3</p:notesMaster>")
            .arg(namespaces(), EmptyTree, ClrMap));
    add(QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
        relationships({relationship(QStringLiteral("rId1"), QStringLiteral("theme"),
                                    QStringLiteral("../theme/theme2.xml"))}));

    for (int i = 1; i <= slides.size(); ++i) {
        const Slide &slide = slides.at(i - 1);
        const QString n = QString::number(i);
        add(QStringLiteral("ppt/slides/slide%1.xml").arg(n), slideXml(slide));
        QStringList rels{relationship(QStringLiteral("rId1"), QStringLiteral("slideLayout"),
                                      QStringLiteral("../slideLayouts/slideLayout1.xml")),
                         relationship(QStringLiteral("rId2"), QStringLiteral("notesSlide"),
                                      QStringLiteral("../notesSlides/notesSlide%1.xml").arg(n))};
        rels += slide.relationships;
        add(QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(n), relationships(rels));
        add(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(n), notesXml(slide.notes));
        add(QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(n),
            relationships({relationship(QStringLiteral("rId1"), QStringLiteral("notesMaster"),
                                        QStringLiteral("../notesMasters/notesMaster1.xml")),
                           relationship(QStringLiteral("rId2"), QStringLiteral("slide"),
                                        QStringLiteral("../slides/slide%1.xml").arg(n))}));
    }
    parts += m_media;
    return Ooxml::zip(parts, error);
}

} // namespace

QByteArray renderDeck(const Report &report, const DeckOptions &options, QString *error)
{
    DeckWriter writer(report, options);
    return writer.write(error);
}

ExportResult writeDeck(const Report &report, const DeckOptions &options, const QString &path)
{
    ExportResult result;
    result.path = path;
    for (const QString &id : options.figureIds) {
        if (!report.figure(id)) {
            result.error = ExportMessage::tr("Figure id '%1' is unknown.").arg(id);
            return result;
        }
    }
    QString error;
    const QByteArray bytes = renderDeck(report, options, &error);
    if (bytes.isEmpty()) {
        result.error =
            ExportMessage::tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), error);
        return result;
    }
    return writeFileAtomically(path, bytes);
}

} // namespace Figdeck
