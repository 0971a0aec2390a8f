// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsource.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

QString decodeEntities(const QString &s)
{
    static const QHash<QString, QString> named = {
        {u"amp"_s, u"&"_s},    {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},     {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},   {u"nbsp"_s, u" "_s},  {u"euro"_s, u"€"_s},   {u"pound"_s, u"£"_s},
        {u"yen"_s, u"¥"_s},    {u"mdash"_s, u"—"_s}, {u"ndash"_s, u"–"_s},  {u"minus"_s, u"−"_s},
        {u"rsquo"_s, u"’"_s},  {u"lsquo"_s, u"‘"_s}, {u"ldquo"_s, u"“"_s},  {u"rdquo"_s, u"”"_s},
        {u"hellip"_s, u"…"_s}, {u"times"_s, u"×"_s}, {u"percnt"_s, u"%"_s}, {u"thinsp"_s, u" "_s},
    };
    static const QRegularExpression entity(u"&(#x[0-9a-fA-F]+|#\\d+|[A-Za-z]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        QString r;
        if (e.startsWith(u"#x"_s, Qt::CaseInsensitive) || e.startsWith(u'#')) {
            bool ok = false;
            const uint code = e.startsWith(u"#x"_s, Qt::CaseInsensitive) ? e.mid(2).toUInt(&ok, 16)
                                                                         : e.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = code;
                r = QString::fromUcs4(&c, 1);
            }
        } else {
            r = named.value(e);
        }
        out += r.isNull() ? m.captured() : r;
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

} // namespace

QString htmlToText(const QString &html)
{
    QString s = html;
    s.remove(QRegularExpression(u"<(script|style|head)\\b.*?</\\1\\s*>"_s,
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption));
    s.remove(QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));
    s.replace(QRegularExpression(u"\\s+"_s), u" "_s);
    // Table rows as pipe table rows ("| Market | 2022 | 2023 |"), so the number finder reads
    // their header's years and units.
    s.replace(QRegularExpression(u"<tr\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption),
              u"\n| "_s);
    s.replace(QRegularExpression(u"</t[dh]\\s*>"_s, QRegularExpression::CaseInsensitiveOption),
              u" | "_s);
    s.replace(QRegularExpression(u"<(?:br|/p|/div|/h[1-6]|/li|/tr|/table|/title)\\b[^>]*>"_s,
                                 QRegularExpression::CaseInsensitiveOption),
              u"\n"_s);
    s.remove(QRegularExpression(u"<[^>]*>"_s));
    s = decodeEntities(s);
    QStringList lines = s.split(u'\n');
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    return lines.join(u'\n') + u'\n';
}

TextSource textFromBytes(const QByteArray &bytes, const QString &name)
{
    TextSource t;
    if (bytes.trimmed().isEmpty()) {
        t.error = u"%1: the text is empty"_s.arg(name);
        return t;
    }
    if (bytes.startsWith("%PDF")) {
        t.error = u"%1: a PDF; its text is read by the import library (readSource)"_s.arg(name);
        return t;
    }
    if (bytes.contains('\0')) {
        t.error = u"%1: a binary file, not text"_s.arg(name);
        return t;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        t.error = u"%1: not UTF-8 text"_s.arg(name);
        return t;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    const bool html =
        name.endsWith(u".html"_s, Qt::CaseInsensitive) ||
        name.endsWith(u".htm"_s, Qt::CaseInsensitive) ||
        text.left(512).contains(QRegularExpression(u"<(?:!doctype html|html|body|p|table)\\b"_s,
                                                   QRegularExpression::CaseInsensitiveOption));
    t.text = html ? htmlToText(text) : text;
    return t;
}

} // namespace Figdeck
