// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotecheck.h"

#include "jsonparser.h"
#include "textrules.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

struct QuoteText
{
    Q_DECLARE_TR_FUNCTIONS(Figdeck::QuoteCheck)
};

struct FoundQuote
{
    QString quote;
    QString sourceId; // the nearest enclosing "source" id, empty if none
    QString path;     // "metrics[2].quote"
    qsizetype offset = 0;
};

void collectQuotes(const Json::Value &v, const QString &path, const QString &sourceId,
                   QList<FoundQuote> *out)
{
    if (v.isArray()) {
        for (size_t i = 0; i < v.items().size(); ++i)
            collectQuotes(v.items()[i], path + u'[' + QString::number(i) + u']', sourceId, out);
        return;
    }
    if (!v.isObject())
        return;
    QString here = sourceId;
    if (const Json::Member *source = v.member("source"_L1); source && source->value.isString())
        here = source->value.string();
    for (const Json::Member &m : v.members()) {
        const QString memberPath = path.isEmpty() ? m.key() : path + u'.' + m.key();
        if (m.key() == u"quote"_s && m.value.isString())
            out->append({m.value.string(), here, memberPath, m.value.offset});
        else
            collectQuotes(m.value, memberPath, here, out);
    }
}

// Whitespace folded to single spaces, so a quote matches across the source's line breaks.
QString folded(const QString &s)
{
    return s.simplified();
}

} // namespace

QuoteCheck checkQuotes(const QByteArray &pack, const QString &packName,
                       const QList<QuoteSourceText> &texts)
{
    QuoteCheck result;
    const Json::ParseResult parsed = Json::parse(pack);
    if (!parsed.root)
        return result;
    QList<FoundQuote> quotes;
    collectQuotes(*parsed.root, QString(), QString(), &quotes);

    QList<QString> foldedTexts;
    foldedTexts.reserve(texts.size());
    for (const QuoteSourceText &t : texts)
        foldedTexts.append(folded(t.text));

    std::vector<qsizetype> offsets;
    QList<qsizetype> problems; // indexes into quotes
    QList<QString> messages;
    for (qsizetype q = 0; q < quotes.size(); ++q) {
        const FoundQuote &quote = quotes.at(q);
        const QString needle = folded(quote.quote);
        if (needle.isEmpty())
            continue;
        ++result.checked;
        // The texts this quote must be in: its source's own, else those given without an id,
        // else all of them.
        QList<qsizetype> own;
        for (const bool byId : {true, false}) {
            for (qsizetype i = 0; i < texts.size(); ++i) {
                const QString &id = texts.at(i).sourceId;
                if (byId ? (!id.isEmpty() && id == quote.sourceId) : id.isEmpty())
                    own.append(i);
            }
            if (!own.isEmpty())
                break;
        }
        if (own.isEmpty()) {
            for (qsizetype i = 0; i < texts.size(); ++i)
                own.append(i);
        }
        bool verbatim = false;
        for (qsizetype i : std::as_const(own))
            verbatim = verbatim || foldedTexts.at(i).contains(needle);
        if (verbatim)
            continue;
        QStringList ownNames;
        for (qsizetype i : std::as_const(own))
            ownNames.append(texts.at(i).name);
        QString elsewhere;
        for (qsizetype i = 0; i < texts.size() && elsewhere.isEmpty(); ++i) {
            if (!own.contains(i) && foldedTexts.at(i).contains(needle))
                elsewhere = texts.at(i).name;
        }
        const QString where = ownNames.join(u", "_s);
        messages.append(
            elsewhere.isEmpty()
                ? QuoteText::tr("quote not found verbatim in %1: \"%2\"")
                      .arg(where, elidedText(quote.quote, 120))
                : QuoteText::tr("quote not found verbatim in %1, but in %2 instead: \"%3\"")
                      .arg(where, elsewhere, elidedText(quote.quote, 120)));
        problems.append(q);
        offsets.push_back(quote.offset);
    }
    std::vector<qsizetype> sorted = offsets;
    std::sort(sorted.begin(), sorted.end());
    const std::vector<Json::Position> places = Json::positions(pack, parsed.contentStart, sorted);
    for (qsizetype p = 0; p < problems.size(); ++p) {
        const FoundQuote &quote = quotes.at(problems.at(p));
        const auto at = std::lower_bound(sorted.cbegin(), sorted.cend(), quote.offset);
        const Json::Position &pos = places[size_t(at - sorted.cbegin())];
        Diagnostic d;
        d.file = packName;
        d.line = pos.line;
        d.column = pos.column;
        d.path = quote.path;
        d.message = messages.at(p);
        result.diagnostics.append(d);
    }
    return result;
}

} // namespace Figdeck
