// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberfinder.h"

#include "format.h"
#include "textrules.h"
#include "texttables.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

struct Span
{
    qsizetype start;
    qsizetype end;
};

// The date a text gives itself, the line it is on, and the words of its datelines that come
// before the story on a line of their own ("Beijing, Nov. 20, 2025 -- ", "NOV 20 (Reuters) - ",
// "Aug. 12, 2025 — "): the story's date and place, no sentence of it and no number.
struct Dateline
{
    QDate date;              // invalid when the text gives none (or only "NOV 20", no year)
    qsizetype line = -1;     // of the date, 0-based; -1 for none
    QList<Span> beforeStory; // in the text, in order
    // Who its byline says published it: "Published 14 September 2026 by Example Research",
    // "By Example Research, 14 September 2026"; empty for none.
    QString publisher;
};

Dateline datelineIn(const QString &text);
bool isMonth(const QString &word);

// ---- The words of the finder: each maps to a row of the model's tables ----------------------

struct Phrase
{
    const char *text; // UTF-8, lower case
    Qualifier qualifier;
};

// Words before the number, longest first where one ends another ("no more than", "more than").
const QList<Phrase> &qualifierWordsBefore()
{
    static const QList<Phrase> words = {
        // Signs, as tables and Figdeck's own exports write them: "> ¥1.2 trillion", "≈ $165bn".
        {"\u2248", Qualifier::Approximate},
        {"~", Qualifier::Approximate},
        {"\u2265", Qualifier::AtLeast},
        {"\u2264", Qualifier::AtMost},
        {">", Qualifier::MoreThan},
        {"<", Qualifier::LessThan},
        {"no more than", Qualifier::AtMost},
        {"no fewer than", Qualifier::AtLeast},
        {"no less than", Qualifier::AtLeast},
        {"more than", Qualifier::MoreThan},
        {"in excess of", Qualifier::MoreThan},
        {"upwards of", Qualifier::MoreThan},
        {"over", Qualifier::MoreThan},
        {"above", Qualifier::MoreThan},
        {"exceeding", Qualifier::MoreThan},
        {"exceeded", Qualifier::MoreThan},
        {"surpassed", Qualifier::MoreThan},
        {"surpassing", Qualifier::MoreThan},
        {"surpasses", Qualifier::MoreThan},
        // A forecast's verb: "expected to exceed $850 billion", "will surpass 40 GW". "top" and
        // "pass" only after "to"/"will": "the top 5 vendors" is no bound.
        {"exceed", Qualifier::MoreThan},
        {"surpass", Qualifier::MoreThan},
        {"to top", Qualifier::MoreThan},
        {"will top", Qualifier::MoreThan},
        {"to pass", Qualifier::MoreThan},
        {"will pass", Qualifier::MoreThan},
        {"exceeds", Qualifier::MoreThan},
        // "passed 30 gigawatts", "tops 30 GW" (a headline's verb): past the number, not at it.
        {"passed", Qualifier::MoreThan},
        {"topped", Qualifier::MoreThan},
        {"tops", Qualifier::MoreThan},
        {"at least", Qualifier::AtLeast},
        {"approximately", Qualifier::Approximate},
        {"approx.", Qualifier::Approximate},
        {"roughly", Qualifier::Approximate},
        {"about", Qualifier::Approximate},
        {"around", Qualifier::Approximate},
        {"some", Qualifier::Approximate},
        {"circa", Qualifier::Approximate},
        {"just under", Qualifier::Nearly},
        {"close to", Qualifier::Nearly},
        {"nearly", Qualifier::Nearly},
        {"almost", Qualifier::Nearly},
        {"less than", Qualifier::LessThan},
        {"fewer than", Qualifier::LessThan},
        {"under", Qualifier::LessThan},
        {"below", Qualifier::LessThan},
        {"up to", Qualifier::AtMost},
        {"at most", Qualifier::AtMost},
        {"超过", Qualifier::MoreThan},
        {"逾", Qualifier::MoreThan},
        {"突破", Qualifier::MoreThan},
        {"高于", Qualifier::MoreThan},
        {"至少", Qualifier::AtLeast},
        {"不少于", Qualifier::AtLeast},
        {"大约", Qualifier::Approximate},
        {"约为", Qualifier::Approximate},
        {"约占", Qualifier::Approximate},
        {"约有", Qualifier::Approximate},
        {"约达", Qualifier::Approximate},
        {"约", Qualifier::Approximate},
        {"接近", Qualifier::Nearly},
        {"将近", Qualifier::Nearly},
        {"近", Qualifier::Nearly},
        {"不足", Qualifier::LessThan},
        {"不到", Qualifier::LessThan},
        {"低于", Qualifier::LessThan},
        {"最多", Qualifier::AtMost},
    };
    return words;
}

// Words after the number (and its unit): "6,000+", "3000多家", "5万以上", "约3亿左右".
const QList<Phrase> &qualifierWordsAfter()
{
    static const QList<Phrase> words = {
        {"+", Qualifier::MoreThan},       {"以上", Qualifier::MoreThan},
        {"多", Qualifier::MoreThan},      {"余", Qualifier::MoreThan},
        {"左右", Qualifier::Approximate}, {"以内", Qualifier::AtMost},
        {"or more", Qualifier::AtLeast},
    };
    return words;
}

struct CurrencyWord
{
    const char *text; // UTF-8, lower case
    const char *code; // a code of currencyTable()
};

// Currency words beyond the table's English names (which are matched too, with a plural s).
const QList<CurrencyWord> &extraCurrencyWords()
{
    static const QList<CurrencyWord> words = {
        {"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"dollars", "USD"}, {"dollar", "USD"},
        {"euros", "EUR"},      {"pounds", "GBP"},       {"yuan", "CNY"},    {"rmb", "CNY"},
        {"renminbi", "CNY"},   {"yen", "JPY"},          {"美元", "USD"},    {"欧元", "EUR"},
        {"英镑", "GBP"},       {"日元", "JPY"},         {"人民币", "CNY"},  {"元", "CNY"},
    };
    return words;
}

// Signs before the number. The table has ¥ for both yen and yuan: in the texts this reads, ¥ and
// the full-width ￥ are yuan (the issue's rule); "JP¥" is yen.
QString currencyBefore(const QString &before, int *signLength)
{
    static const QList<QPair<QString, QString>> signs = [] {
        QList<QPair<QString, QString>> s{{u"US$"_s, u"USD"_s},
                                         {u"JP¥"_s, u"JPY"_s},
                                         {u"RMB"_s, u"CNY"_s},
                                         {u"¥"_s, u"CNY"_s},
                                         {u"￥"_s, u"CNY"_s}};
        for (const CurrencyEntry &e : currencyTable()) {
            const QString symbol = QString::fromUtf8(e.symbol);
            if (symbol != u"¥"_s)
                s.append({symbol, QString(e.code)});
            if (symbol != QString(e.code))
                s.append({QString(e.code), QString(e.code)});
        }
        std::stable_sort(s.begin(), s.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
        return s;
    }();
    QString t = before;
    int spaces = 0;
    while (t.endsWith(u' ')) {
        t.chop(1);
        ++spaces;
    }
    for (const auto &[sign, code] : signs) {
        if (!t.endsWith(sign))
            continue;
        // A letter code must stand as a word: "RMB 5", not "ABCRMB 5".
        const int at = t.size() - sign.size();
        if (sign.at(0).isLetter() && at > 0 && t.at(at - 1).isLetter())
            continue;
        *signLength = sign.size() + spaces;
        return code;
    }
    return QString();
}

QString currencyWordAfter(const QString &after, int *length)
{
    static const QList<QPair<QString, QString>> words = [] {
        QList<QPair<QString, QString>> w;
        for (const CurrencyWord &c : extraCurrencyWords())
            w.append({QString::fromUtf8(c.text), QString::fromLatin1(c.code)});
        for (const CurrencyEntry &e : currencyTable()) {
            const QString name = QString::fromUtf8(e.name).toLower();
            w.append({name + u's', QString(e.code)});
            w.append({name, QString(e.code)});
            w.append({QString(e.code).toLower(), QString(e.code)});
        }
        std::stable_sort(w.begin(), w.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
        return w;
    }();
    const QString lower = after.toLower();
    for (const auto &[word, code] : words) {
        if (!lower.startsWith(word))
            continue;
        if (word.at(0).isLetter() && word.at(0).unicode() < 128 && lower.size() > word.size() &&
            lower.at(word.size()).isLetter())
            continue;
        *length = word.size();
        return code;
    }
    return QString();
}

// Full-width digits and signs read as ASCII, one code unit for one (offsets stay). Among
// full-width digits, a full-width comma before three of them groups thousands ("１２８，４００")
// and a full-width hyphen before one is a minus ("－３．４％"); elsewhere "，" ends a clause.
QString foldFullWidth(const QString &text)
{
    const auto fullWidthDigit = [&text](qsizetype i) {
        return i >= 0 && i < text.size() && text.at(i).unicode() >= 0xFF10 &&
               text.at(i).unicode() <= 0xFF19;
    };
    QString s = text;
    for (qsizetype i = 0; i < s.size(); ++i) {
        QChar &c = s[i];
        const char16_t u = c.unicode();
        if (u == 0xFF0C && fullWidthDigit(i - 1) && fullWidthDigit(i + 1) &&
            fullWidthDigit(i + 2) && fullWidthDigit(i + 3) && !fullWidthDigit(i + 4))
            c = u',';
        else if (u == 0xFF0D && fullWidthDigit(i + 1))
            c = u'-';
        else if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u'0' + (u - 0xFF10));
        else if (u == 0xFF05)
            c = u'%';
        else if (u == 0xFF0E)
            c = u'.';
        else if (u == 0x2212) // minus sign
            c = u'-';
        else if (u == 0x00A0 || u == 0x202F || u == 0x2009)
            c = u' ';
    }
    return s;
}

// Whether the full stop after `word` ends no sentence: an abbreviation before a lowercase word
// or a digit ("Nov. 20", "in Oct. 2025", "No. 3", "approx. 40", "Acme Corp. said"), or a title
// before a name ("Dr. Li"). A month's abbreviation is one the month table reads (isMonth) and
// shorter than its name; "May.", "June." and "July." are the names.
bool stopEndsNoSentence(const QString &word, QChar next)
{
    static const QStringList titles = {u"mr"_s, u"mrs"_s, u"ms"_s, u"dr"_s, u"prof"_s};
    static const QStringList abbreviations = {
        u"no"_s,  u"nos"_s, u"approx"_s, u"est"_s, u"corp"_s, u"inc"_s,  u"co"_s,
        u"ltd"_s, u"plc"_s, u"vs"_s,     u"cf"_s,  u"etc"_s,  u"jr"_s,   u"sr"_s,
        u"st"_s,  u"gov"_s, u"sen"_s,    u"rep"_s, u"dept"_s, u"govt"_s, u"bros"_s,
        u"ave"_s, u"fig"_s, u"figs"_s,   u"pp"_s,  u"vol"_s,  u"ed"_s};
    const QString lower = word.toLower();
    if (titles.contains(lower))
        return true;
    if (!next.isDigit() && !next.isLower())
        return false;
    const bool monthAbbreviation = word.size() <= 4 && isMonth(word) && lower != u"may"_s &&
                                   lower != u"june"_s && lower != u"july"_s;
    return monthAbbreviation || abbreviations.contains(lower);
}

// Sentences and table rows: a line break, or . ! ? followed by a space, or 。！？；; a table's
// row is one line, whatever its cells hold ("Acme Inc.  45"). The words of a dateline before
// its story (skipped, in order) are no sentence.
QList<Span> sentences(const QString &t, const TextTables &tables, const QList<Span> &skipped)
{
    qsizetype nextSkip = 0;
    qsizetype line = 0;
    bool row = tables.isRow(0);
    QList<Span> out;
    int start = 0;
    // The first character since start that is neither a digit nor a space: a sentence made only
    // of those so far is list numbering ("1. "). Kept as the text is read, so a long run of
    // digits is not read again at every full stop.
    int other = 0;
    auto close = [&](int end) {
        while (start < end && t.at(start).isSpace())
            ++start;
        int e = end;
        while (e > start && t.at(e - 1).isSpace())
            --e;
        if (e > start)
            out.append({start, e});
        start = end;
        other = end;
    };
    for (int i = 0; i < t.size(); ++i) {
        if (nextSkip < skipped.size() && i == skipped.at(nextSkip).start) {
            close(i);
            start = int(skipped.at(nextSkip).end);
            other = start;
            i = start - 1;
            ++nextSkip;
            continue;
        }
        const QChar c = t.at(i);
        if (c == u'\n') {
            close(i);
            row = tables.isRow(++line);
        } else if (row) {
            // one sentence up to the line's end
        } else if (c == u'。' || c == u'！' || c == u'？' || c == u'；') {
            close(i + 1);
        } else if ((c == u'.' || c == u'!' || c == u'?') &&
                   (i + 1 == t.size() || t.at(i + 1) == u' ')) {
            // Not after a one-letter abbreviation ("U.S. dollars"), nor list numbering ("1. "),
            // nor an abbreviation the sentence goes on after ("Nov. 20", "Oct. 2025").
            // ("52.1." ends one).
            const bool abbreviation = i >= 2 && t.at(i - 2) == u'.' && t.at(i - 1).isLetter();
            const bool numbering = c == u'.' && i > start && other >= i;
            bool goesOn = false;
            if (c == u'.' && !abbreviation && !numbering) {
                int w = i;
                while (w > start && t.at(w - 1).isLetter())
                    --w;
                int n = i + 1;
                while (n < t.size() && t.at(n) == u' ')
                    ++n;
                // No abbreviation or title is longer than "approx".
                goesOn = w < i && i - w <= 6 && n < t.size() &&
                         stopEndsNoSentence(t.mid(w, i - w), t.at(n));
            }
            if (!abbreviation && !numbering && !goesOn)
                close(i + 1);
        }
        if (other == i && (c.isDigit() || c.isSpace()))
            ++other;
    }
    close(t.size());
    return out;
}

bool isYear(const QString &digits)
{
    if (digits.size() != 4)
        return false;
    const int y = digits.toInt();
    return y >= 1900 && y <= 2100;
}

const QRegularExpression &rx(const char *pattern)
{
    // One compiled expression per pattern literal; the finder uses a handful.
    static QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromUtf8(pattern),
                                                      QRegularExpression::CaseInsensitiveOption));
    return *it;
}

// How many months after the part of a year before the dateline's ended a new sentence's bare
// part is still that one: news reports its latest figures ("in December" in January 2026 is
// December 2025), and names the year of older ones.
constexpr int recentMonths = 3;

// The words around a number that the finder reads: qualifiers, signs, scale words and units are
// short, so it reads this many characters on each side. Reading the whole rest of the sentence
// would make a long sentence with many numbers quadratic.
constexpr int nearChars = 64;

// The nearChars characters of s before at.
QString nearBefore(const QString &s, qsizetype at)
{
    const qsizetype from = std::max<qsizetype>(0, at - nearChars);
    return s.mid(from, at - from);
}

// Which characters of a sentence are taken by spans (URLs, times, word numbers): overlap(a, b)
// says whether any character in [a, b) is, in constant time.
class Taken
{
public:
    explicit Taken(qsizetype size)
        : m_depth(size + 1, 0)
    {
    }
    void add(qsizetype start, qsizetype end)
    {
        ++m_depth[start];
        --m_depth[end];
        m_counted = false;
    }
    bool overlaps(qsizetype start, qsizetype end)
    {
        if (!m_counted) {
            // depth per character, then how many characters before each position are taken
            m_before.assign(m_depth.size(), 0);
            int depth = 0;
            for (size_t i = 0; i + 1 < m_depth.size(); ++i) {
                depth += m_depth[i];
                m_before[i + 1] = m_before[i] + (depth > 0 ? 1 : 0);
            }
            m_counted = true;
        }
        return m_before[size_t(end)] > m_before[size_t(start)];
    }

private:
    std::vector<int> m_depth;
    std::vector<qsizetype> m_before;
    bool m_counted = false;
};

// A candidate number inside one sentence.
struct Candidate
{
    int start = 0; // in the whole text
    int end = 0;   // past the number's words and unit
    double value = 0;
    std::optional<double> high; // a range's high end ("between 4 and 6 GW"); value is its low
    Unit unit = Unit::count();
    Qualifier qualifier = Qualifier::Exact;
    QString period; // its table column's, when the header names one
    // The phrase it was read from: with its qualifier words and currency sign ("more than €1.6
    // billion", "超过950万辆以上"); start..end when there are none.
    int phraseStart = 0;
    int phraseEnd = 0;
};

// A table of phrases as text, converted once (not at every number: 5% of --numbers' work).
struct PhraseText
{
    QString text;
    Qualifier qualifier;
};

QList<PhraseText> asText(const QList<Phrase> &phrases)
{
    QList<PhraseText> texts;
    texts.reserve(phrases.size());
    for (const Phrase &p : phrases)
        texts.append({QString::fromUtf8(p.text), p.qualifier});
    return texts;
}

// The qualifier that the words before `before` state; strips them from `before`.
Qualifier qualifierBefore(QString *before)
{
    static const QList<PhraseText> words = asText(qualifierWordsBefore());
    QString t = before->trimmed().toLower();
    for (const PhraseText &p : words) {
        const QString &word = p.text;
        if (!t.endsWith(word))
            continue;
        const int at = t.size() - word.size();
        if (word.at(0).unicode() < 128 && at > 0 && t.at(at - 1).isLetter())
            continue;
        QString kept = *before;
        while (kept.endsWith(u' '))
            kept.chop(1);
        kept.chop(word.size());
        *before = kept;
        return p.qualifier;
    }
    return Qualifier::Exact;
}

// The qualifier that the words after the number state; *length: how many characters of
// `after` its words take, the spaces and measure word before them included (0 when none).
Qualifier qualifierAfter(const QString &after, int *length)
{
    *length = 0;
    QString t = after.toLower();
    int skipped = 0;
    while (skipped < t.size() && t.at(skipped).isSpace())
        ++skipped;
    // Two spaces or more (or a tab) end a cell of a table: what follows is the next cell's
    // ("41%      +2.1 pp").
    if (skipped >= 2 || after.startsWith(u'\t'))
        return Qualifier::Exact;
    t.remove(0, skipped);
    // A Chinese measure word comes between: "120万辆左右", "5000人以上", "65岁以上".
    static const QString measureWords = u"人辆家个名户台座项件所位种只次岁元"_s;
    if (!t.isEmpty() && measureWords.contains(t.at(0))) {
        t.remove(0, 1);
        ++skipped;
    }
    static const QList<PhraseText> words = asText(qualifierWordsAfter());
    for (const PhraseText &p : words) {
        const QString &word = p.text;
        // "6,000+" but not "6,000 +3" or "41% +2.1 pp": a plus sign right after the number.
        if (t.startsWith(word) && (word != u"+"_s || skipped == 0)) {
            *length = skipped + int(word.size());
            return p.qualifier;
        }
    }
    return Qualifier::Exact;
}

// Where the phrase of a number at `at` of s starts: where `near` (the characters before it,
// as nearBefore gave them, less the qualifier words and sign read from its end) now ends.
int phraseStartOf(const QString &s, qsizetype at, const QString &near)
{
    qsizetype start = std::max<qsizetype>(0, at - nearChars) + near.size();
    while (start < at && s.at(start).isSpace())
        ++start;
    return int(std::min(start, at));
}

// "约为全球销量的60%", "不足去年全年的80%", "超过全国的35%": a Chinese qualifier that reaches
// over the whole its number is a part of, within the clause; Exact for none.
Qualifier chineseQualifierOverWhole(const QString &near)
{
    const QRegularExpressionMatch m =
        rx("(约为|约占|大约|不足|低于|少于|超过|高于|多于|接近|将近)[^，。；、,;:\\d]{0,16}的$")
            .match(near);
    if (!m.hasMatch())
        return Qualifier::Exact;
    const QString word = m.captured(1);
    if (word.startsWith(u'约') || word == u"大约"_s)
        return Qualifier::Approximate;
    if (word == u"不足"_s || word == u"低于"_s || word == u"少于"_s)
        return Qualifier::LessThan;
    if (word == u"接近"_s || word == u"将近"_s)
        return Qualifier::Nearly;
    return Qualifier::MoreThan;
}

bool falls(const QString &before)
{
    return rx(R"((?:fell|fallen|falls|dropped|drops|declined|declines|decreased|shrank|shrunk|)"
              R"(slumped|plunged|lost|down|cut)(?: by)?\s*$|(?:下降|减少|下跌)了?\s*$)")
        .match(before)
        .hasMatch();
}

double scaled(const QString &digits, int exponent)
{
    QString s = digits;
    s.remove(u',');
    s.remove(u' ');
    return QString(s + u'e' + QString::number(exponent)).toDouble();
}

// The low end of a range that ends with the number after `near`: "between 4 and ", "2 to ",
// "4-", "$2bn–$", "4 GW to ", "3万至". unitWords: the number's own scale and unit words ("GW",
// "million", "万"), which the low end may repeat ("2 million to 3 million") or leave out
// ("2 to 3 million"); exponent: their scale. Not a change ("from 3.4 GW to ", "by 2 to ",
// "从3.4吉瓦降至"), a year ("in 2023 to "), a negative number or another unit ("5% to ").
struct RangeLow
{
    double value = 0;
    int digitsAt = 0; // where its digits start in near
    int phraseAt = 0; // where its phrase starts ("between" included)
};

std::optional<RangeLow> rangeLowBefore(const QString &near, const QString &unitWords, int exponent)
{
    static const QRegularExpression low(
        u"(?:\\b(between)\\s+)?(?:\\b(from|by)\\s+|(从|由))?([$€£¥]|US\\$)?"
        u"(?<![-\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?"
        u"(?: ?([^\\s\\d]{1,12}?))?\\s*(and|to|-|–|—|~|～|至|到)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = low.match(near);
    if (!m.hasMatch() || m.capturedLength(2) > 0 || m.capturedLength(3) > 0)
        return std::nullopt;
    const bool between = m.capturedLength(1) > 0;
    const QString connector = m.captured(8).toLower();
    if (connector == u"and"_s && !between)
        return std::nullopt;
    const QString digits = m.captured(5);
    const QString fraction = m.captured(6);
    const QString tail = m.captured(7);
    // Its own words, when it has any, are the number's ("4 GW to 6 GW", "2bn-3bn", "3万至5万")
    // or their scale before the unit ("2 million to 3 million euros", "4.2万亿至4.5万亿元"),
    // never another unit that starts alike ("4 GW to 6 GWh").
    if (!tail.isEmpty()) {
        if (!unitWords.startsWith(tail, Qt::CaseInsensitive))
            return std::nullopt;
        const QString rest = unitWords.mid(tail.size());
        if (!rest.isEmpty() && !rest.front().isSpace() && rest.front().unicode() < 0x80)
            return std::nullopt;
    }
    if (!between && tail.isEmpty() && fraction.isEmpty() && isYear(digits))
        return std::nullopt;
    // After a verb of change, "to" with the low end's own words is the change and where it went:
    // "rose 5 million to 20 million", "grew $2bn to $3bn"; "rose 4 to 6 percent" is a range.
    static const QRegularExpression changed(
        u"\\b(?:rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|climbed|"
        u"jumped|gained|added|fell|fallen|falls|falling|dropped|declined|decreased|slipped|lost|"
        u"cut|up|down)\\s+$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (connector == u"to"_s && (!tail.isEmpty() || m.capturedLength(4) > 0) &&
        changed.match(QStringView(near).left(m.capturedStart())).hasMatch())
        return std::nullopt;
    RangeLow result;
    result.value = scaled(digits + fraction, exponent);
    result.digitsAt = int(m.capturedStart(5));
    result.phraseAt = int(m.capturedStart());
    return result;
}

// Reads scale words and the unit after a number; returns how much of `after` they took.
int readUnit(const QString &sentenceRest, int *exponent, Unit *unit, bool *unitFound)
{
    // Units and scale words are short: read only the start of the rest of the sentence, so the
    // cost per number does not grow with the sentence.
    const QString after = sentenceRest.left(48);
    int pos = 0;
    static const QList<QPair<QString, int>> scales = {
        {u"万亿"_s, 12},   {u"亿"_s, 8},      {u"万"_s, 4},       {u"trillion"_s, 12},
        {u"billion"_s, 9}, {u"million"_s, 6}, {u"thousand"_s, 3}, {u"tn"_s, 12},
        {u"bn"_s, 9},      {u"mn"_s, 6},      {u"m"_s, 6},        {u"k"_s, 3},
    };
    auto word = [&](const QString &w, int at) {
        if (!QStringView(after).mid(at).startsWith(w, Qt::CaseInsensitive))
            return false;
        const int end = at + w.size();
        return w.at(0).unicode() >= 128 || end >= after.size() || !after.at(end).isLetter();
    };
    int p = pos;
    while (p < after.size() && after.at(p) == u' ' && p < 1)
        ++p;
    for (const auto &[w, e] : scales) {
        // "m" and "k" only straight after the digits ("€59m", "5k"), never "5 m" (metres).
        if (w.size() == 1 && p != 0)
            continue;
        if (word(w, p)) {
            *exponent += e;
            pos = p + w.size();
            break;
        }
    }
    QString rest = after.mid(pos);
    int q = 0;
    while (q < rest.size() && rest.at(q) == u' ' && q < 1)
        ++q;
    const QString r = rest.mid(q);
    struct UnitWord
    {
        const char *pattern;
        UnitKind kind;
    };
    static const QList<UnitWord> kinds = {
        {R"(^(?:%|per ?cent\b|percent\b))", UnitKind::Percent},
        {R"(^(?:percentage[ -]points?\b|pp\b|个百分点))", UnitKind::PercentagePoints},
        {R"(^(?:times\b(?= (?:more|less|larger|higher|bigger|greater|smaller|as|the|over|faster))|x\b|×|倍))",
         UnitKind::Multiple},
    };
    for (const UnitWord &k : kinds) {
        const QRegularExpressionMatch m = rx(k.pattern).match(r);
        if (m.hasMatch()) {
            *unit = Unit::ofKind(k.kind);
            *unitFound = true;
            return pos + q + m.capturedLength();
        }
    }
    int len = 0;
    const QString code = currencyWordAfter(r, &len);
    if (!code.isEmpty()) {
        *unit = Unit::currencyOf(code);
        *unitFound = true;
        return pos + q + len;
    }
    static const QRegularExpression customUnit(
        u"^(?:[kMGTP]?Wh|[kMGT]W|[kMG]t(?:CO2e?)?|Gt|tonnes|km|kg)(?![A-Za-z])"_s);
    const QRegularExpressionMatch m = customUnit.match(r);
    if (m.hasMatch()) {
        *unit = Unit::custom(Text(m.captured()), Text(m.captured()));
        *unitFound = true;
        return pos + q + m.capturedLength();
    }
    // The same units spelled out, as news writes them: "30 gigawatts", "4.2 terawatt-hours",
    // "120万千瓦", "5吉瓦".
    struct SpelledUnit
    {
        QRegularExpression words;
        QString symbol;
    };
    static const QList<SpelledUnit> spelled = [] {
        QList<SpelledUnit> list;
        for (const auto &[prefix, letter] : {std::pair{"kilo", "k"}, std::pair{"mega", "M"},
                                             std::pair{"giga", "G"}, std::pair{"tera", "T"}}) {
            const QString head = QString::fromLatin1(prefix);
            const QString l = QString::fromLatin1(letter);
            const auto options = QRegularExpression::CaseInsensitiveOption;
            list.append(
                {QRegularExpression(u"^"_s + head + u"watt[- ]hours?\\b"_s, options), l + u"Wh"_s});
            list.append({QRegularExpression(u"^"_s + head + u"watts?\\b"_s, options), l + u"W"_s});
        }
        list.append({QRegularExpression(u"^千瓦时"_s), u"kWh"_s});
        list.append({QRegularExpression(u"^千瓦"_s), u"kW"_s});
        list.append({QRegularExpression(u"^兆瓦"_s), u"MW"_s});
        list.append({QRegularExpression(u"^吉瓦"_s), u"GW"_s});
        return list;
    }();
    for (const SpelledUnit &w : spelled) {
        const QRegularExpressionMatch spelledOut = w.words.match(r);
        if (!spelledOut.hasMatch())
            continue;
        *unit = Unit::custom(Text(w.symbol), Text(w.symbol));
        *unitFound = true;
        return pos + q + int(spelledOut.capturedLength());
    }
    return pos;
}

bool isMonth(const QString &word)
{
    return rx(R"(^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|)"
              R"(aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$)")
        .match(word)
        .hasMatch();
}

// The month (1 to 12) a month's name or its abbreviation says ("Aug", "August", "sept."), 0
// for a word that is none.
int monthNumber(const QString &word)
{
    static const QStringList names = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                      u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return isMonth(word) ? int(names.indexOf(word.left(3).toLower())) + 1 : 0;
}

QString lastWord(const QString &before)
{
    const QRegularExpressionMatch m = rx(R"(([A-Za-z][A-Za-z.\-]*)\s$)").match(before);
    return m.hasMatch() ? m.captured(1) : QString();
}

// Numbers that are not the report's: names, pages, versions, licences ("iPhone 14", "CC BY 4.0",
// "page 3", "Figure 2").
bool namesSomething(const QString &word)
{
    if (word.isEmpty())
        return false;
    if (rx(R"(^(?:page|p\.|pp\.|figure|fig\.|table|chapter|section|version|v\.|article|annex|no\.|)"
           R"(number|model|level|phase|grade|route|room|by|windows|ios|android|gpt|covid|)"
           R"(point|item|step|part|appendix|box)$)")
            .match(word)
            .hasMatch())
        return true;
    // Mixed case or capitals: "iPhone", "BY", "A"; not a sentence's "Over".
    bool upperAfterFirst = false;
    for (int i = 1; i < word.size(); ++i)
        upperAfterFirst = upperAfterFirst || word.at(i).isUpper();
    return upperAfterFirst;
}

struct WordNumber
{
    const char *pattern; // one capture: the number's place
    double value;
    UnitKind kind;
};

int smallNumber(const QString &w)
{
    static const QStringList words = {u"zero"_s,  u"one"_s,  u"two"_s, u"three"_s,
                                      u"four"_s,  u"five"_s, u"six"_s, u"seven"_s,
                                      u"eight"_s, u"nine"_s, u"ten"_s};
    const int i = words.indexOf(w.toLower());
    if (i >= 0)
        return i;
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok ? n : -1;
}

int ordinal(const QString &w)
{
    static const QStringList words = {u"first"_s, u"second"_s, u"third"_s,   u"fourth"_s,
                                      u"fifth"_s, u"sixth"_s,  u"seventh"_s, u"eighth"_s,
                                      u"ninth"_s, u"tenth"_s};
    const int i = words.indexOf(w.toLower());
    if (i >= 0)
        return i + 1;
    static const QString chinese = u"一二三四五六七八九十"_s;
    if (w.size() == 1 && chinese.contains(w))
        return chinese.indexOf(w) + 1;
    return w.toInt();
}

// A quarter that names its year, as a period: "Q4 2022", "2022 Q4", "2022-Q4", "fourth quarter
// of 2022", "2022年第四季度", "2022年四季度", "2022年4季度" and "2022年Q4" are "2022-Q4". Not
// "2022年前三季度" (the first three quarters together).
constexpr const char *quarterPattern =
    R"(\bQ([1-4]) ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) ?-?Q([1-4])\b|)"
    R"((?<!\d)((?:19|20)\d\d) ?年 ?(?:第 ?)?([一二三四1-4]) ?季度|)"
    R"((?<!\d)((?:19|20)\d\d) ?年 ?Q([1-4])(?!\d)|)"
    R"(\b(first|second|third|fourth)[ -]quarter of ((?:19|20)\d\d)\b)";

QString quarterPeriod(int year, int quarter)
{
    return QString::number(year) + u"-Q"_s + QString::number(quarter);
}

// The words of a quarter and of its year in m: of the first of `pairs` (the capture numbers of
// a quarter and of its year, one pair per alternative of its pattern) that matched.
std::pair<QString, QString> quarterAndYearWords(const QRegularExpressionMatch &m,
                                                std::initializer_list<std::pair<int, int>> pairs)
{
    for (const auto &[quarter, year] : pairs) {
        if (m.capturedLength(quarter) > 0)
            return {m.captured(quarter), m.captured(year)};
    }
    return {};
}

QString quarterOf(const QRegularExpressionMatch &m)
{
    const auto [quarter, year] = quarterAndYearWords(m, {{1, 2}, {4, 3}, {6, 5}, {8, 7}, {9, 10}});
    return quarterPeriod(year.toInt(), ordinal(quarter));
}

// A quarter without its year: "一季度", "第三季度", "3季度", "the third quarter", "fourth-quarter"
// (not "2025年三季度", "今年一季度", "上年四季度" or "the third quarter of last year", whose year
// is said, nor "前三季度"). It takes a year named before it in its sentence, else the last one of
// the sentence before, as a bare half does, else the dateline's once it has ended.
constexpr const char *bareQuarterPattern =
    R"((?<![年\d第前])(?:第 ?)?([一二三四1-4]) ?季度|\b(first|second|third|fourth)[ -]quarter\b(?! of\b))";

// A quarter named relative to the text's own date: "今年一季度", "去年第四季度", "Q1 this year",
// "Q4 of last year", "the first quarter of this year", "this year's third quarter".
constexpr const char *relativeQuarterPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS R"()(?:的)? ?(?:第 ?)?([一二三四1-4]) ?季度|)"
    R"(\bQ([1-4]) (?:of )?(this|last|next) year\b|)"
    R"(\b(first|second|third|fourth)[ -]quarter of (this|last|next) year\b|)"
    R"(\b(this|last|next) year's (first|second|third|fourth) quarter\b)";

// The years after the text's own (-2 to 1) that "前年", "去年", "今年", "明年", "last", "this"
// and "next" say.
int yearOffsetOf(const QString &word)
{
    // FIGDECK_ZH_RELATIVE_YEARS, each word with its years after the text's.
    static const QHash<QString, int> zh = {{u"前年"_s, -2}, {u"去年"_s, -1}, {u"上年"_s, -1},
                                           {u"今年"_s, 0},  {u"本年"_s, 0},  {u"明年"_s, 1},
                                           {u"后年"_s, 2}};
    if (const auto it = zh.constFind(word); it != zh.cend())
        return *it;
    return word.compare(u"last"_s, Qt::CaseInsensitive) == 0   ? -1
           : word.compare(u"next"_s, Qt::CaseInsensitive) == 0 ? 1
                                                               : 0;
}

// A relative quarter's period: "2025-Q1" of the text's year when it gives one; else the words
// as written, which findNumbers then moves to FoundNumber::relativePeriod.
QString relativeQuarterOf(const QRegularExpressionMatch &m, int textYear)
{
    if (textYear <= 0)
        return m.captured().simplified();
    const auto [quarter, offset] = quarterAndYearWords(m, {{2, 1}, {3, 4}, {5, 6}, {8, 7}});
    return quarterPeriod(textYear + yearOffsetOf(offset), ordinal(quarter));
}

// A half-year that names its year: "H1 2024", "2024 H1", "2024-H2", "first half of 2024",
// "second-half of 2024", "2024年上半年", "2024年下半年". Its period is the text as written (its
// date, 2024-H1, comes from dateOfPeriod). Not "half of the firms", "more than half", "一半".
constexpr const char *halfPattern =
    R"(\bH([12]) ?((?:19|20)\d\d)\b|\b((?:19|20)\d\d) ?-?H([12])\b|)"
    R"(\b(first|second)[ -]half of ((?:19|20)\d\d)\b|((?:19|20)\d\d) ?年 ?(上|下)半年)";

// A half without its year: "the first half", "second-half", "上半年" (not "去年上半年", whose
// year is another's, nor "first half of the decade"). It takes a year named before it in its
// sentence.
constexpr const char *bareHalfPattern =
    R"(\b(first|second)[ -]half\b(?! ?of\b)|(?<![年\d])(上|下)半年)";

// The half (1 or 2) and year of a halfPattern match.
std::pair<int, int> halfAndYearOf(const QRegularExpressionMatch &m)
{
    if (m.capturedLength(1) > 0)
        return {m.captured(1).toInt(), m.captured(2).toInt()};
    if (m.capturedLength(4) > 0)
        return {m.captured(4).toInt(), m.captured(3).toInt()};
    if (m.capturedLength(5) > 0)
        return {m.captured(5).compare(u"first"_s, Qt::CaseInsensitive) == 0 ? 1 : 2,
                m.captured(6).toInt()};
    return {m.captured(8) == u"上"_s ? 1 : 2, m.captured(7).toInt()};
}

QString halfOf(const QRegularExpressionMatch &m)
{
    return m.captured().simplified();
}

// A bare half's period with the year it takes: "first half of 2024", "2024年上半年".
QString halfOfYear(const QRegularExpressionMatch &bare, const QString &year)
{
    if (bare.capturedLength(2) > 0)
        return year + u'年' + bare.captured(2) + u"半年"_s;
    return bare.captured(1).toLower() + u" half of "_s + year;
}

// A half of a year named relative to the text's own date: "今年上半年", "去年下半年", "the first
// half of this year", "first half of last year", "this year's second half".
constexpr const char *relativeHalfPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS R"()(?:的)? ?(上|下)半年|)"
    R"(\b(first|second)[ -]half of (this|last|next) year\b|)"
    R"(\b(this|last|next) year's (first|second) half\b)";

// The half (1 or 2) and the years after the text's own (-2 to 1) of a relativeHalfPattern match.
std::pair<int, int> halfAndOffsetOf(const QRegularExpressionMatch &m)
{
    if (m.capturedLength(1) > 0)
        return {m.captured(2) == u"上"_s ? 1 : 2, yearOffsetOf(m.captured(1))};
    if (m.capturedLength(3) > 0)
        return {m.captured(3).compare(u"first"_s, Qt::CaseInsensitive) == 0 ? 1 : 2,
                yearOffsetOf(m.captured(4))};
    return {m.captured(6).compare(u"first"_s, Qt::CaseInsensitive) == 0 ? 1 : 2,
            yearOffsetOf(m.captured(5))};
}

// A relative half's period: of the text's year when it gives one, in the words the finder
// writes a half that names its year ("2025年上半年", "first half of 2025"); else the words as
// written, which findNumbers then moves to FoundNumber::relativePeriod.
QString relativeHalfOf(const QRegularExpressionMatch &m, int textYear)
{
    if (textYear <= 0)
        return m.captured().simplified();
    const auto [half, offset] = halfAndOffsetOf(m);
    const QString year = QString::number(textYear + offset);
    if (m.capturedLength(1) > 0)
        return year + (half == 1 ? u"年上半年"_s : u"年下半年"_s);
    return (half == 1 ? u"first half of "_s : u"second half of "_s) + year;
}

// A year named relative to the text's own date: "去年", "今年", "明年全年", "last year", "this
// year", "next year". Not a part of one ("今年以来", "今年前三季度", "今年1-8月", "去年同期": a
// relative half or quarter is read as one), not "the last year" or "the next year" (the twelve
// months around the text), nor "so far this year". readPeriods leaves out those of a relative
// half or quarter ("the first half of last year"); yearsIn, those compared with ("比去年",
// "from last year").
constexpr const char *relativeYearPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS
    R"()(?:全年|年度)?+(?!同期|以来|相比|前|[上下]半|的? ?(?:第 ?)?[一二三四1-4] ?季|)"
    R"(Q[1-4]|\d|[一二三四五六七八九十]+月)|)"
    R"((?<!\bthe )(?<!\bso far )\b(this|last|next) year\b(?! so far| to date))";

// A relative year's period: the text's year moved as its words say ("2024" for "去年" in a
// text of 2025), as the finder writes a year; else the words as written, which findNumbers
// then moves to FoundNumber::relativePeriod.
QString relativeYearOf(const QRegularExpressionMatch &m, int textYear)
{
    if (textYear <= 0)
        return m.captured().simplified();
    const QString word = m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2);
    return QString::number(textYear + yearOffsetOf(word));
}

// The first months of a year, without the year: "1-8月", "1—8月", "1至8月", "前三季度", "前8个
// 月", "前两个月"; "the first three quarters", "the first eight months", "January-August",
// "January to August", "Jan–Aug". firstMonthsEnd reads the month it ends with.
#define FIGDECK_ZH_FIRST_MONTHS                                                                    \
    "(?:前 ?[两二三] ?个? ?季度|1 ?[-—–~～至到] ?(?:1[01]|[2-9]) ?月份?|"          \
    "前 ?(?:十一|[两二三四五六七八九十]|1[01]|[2-9]) ?个 ?月)"
#define FIGDECK_EN_FIRST_MONTHS                                                                     \
    "(?:\\bfirst (?:two|three) quarters|\\bfirst (?:two|three|four|five|six|seven|eight|nine|"      \
    "ten|eleven|[2-9]|1[01]) months|\\bJanuary ?(?:-|–|—|to|through|until) ?(?:February|March|" \
    "April|May|June|July|August|September|October|November)\\b|\\bJan\\.? ?[-–—] ?(?:Feb|Mar|"  \
    "Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov)\\b\\.?)"

// The first months of a year that name it: "2025年1—8月", "2025年前三季度", "the first three
// quarters of 2025", "January-August 2025", "January to August of 2024", "the first eight
// months of 2023". Its period is the months in words, as every view names them ("Jan–Aug
// 2025", "2025年1—8月"): not the year's, with which it is not comparable.
constexpr const char *firstMonthsPattern =
    "(?<!\\d)((?:19|20)\\d\\d) ?年 ?(?:的)? ?" FIGDECK_ZH_FIRST_MONTHS "|"
    "(?:\\bthe )?" FIGDECK_EN_FIRST_MONTHS " (?:of |in )?((?:19|20)\\d\\d)\\b";

// The first months of a year named relative to the text's date: "今年1—8月", "去年前三季度",
// "the first three quarters of this year", "January-August last year".
constexpr const char *relativeFirstMonthsPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS ")(?:的)? ?" FIGDECK_ZH_FIRST_MONTHS "|"
    "(?:\\bthe )?" FIGDECK_EN_FIRST_MONTHS " (?:of )?(this|last|next) year\\b";

// The first months of a year without it ("前三季度", "in the first eight months"): they take a
// year named before them in their sentence, as a bare half does.
constexpr const char *bareFirstMonthsPattern =
    "(?<![年\\d])" FIGDECK_ZH_FIRST_MONTHS "|(?:\\bthe )?" FIGDECK_EN_FIRST_MONTHS;

// A year to a date the text does not name: "今年以来", "年初至今", "2025年以来", "so far this
// year", "year to date". Of the dateline's year when the text gives one ("2025年以来", "2025 to
// date"), else the words as written; never the whole year, and no date: no month to end with.
constexpr const char *namedYearToDatePattern =
    "(?<!\\d)((?:19|20)\\d\\d) ?年(?:初)? ?(?:以来|至今)";
constexpr const char *yearToDatePattern =
    "(今年|本年|年初)(?:以来|至今)|"
    "\\b(?:so far this year|this year so far|this year to date|(?:the )?year[- ]to[- ]date|"
    "since the (?:start|beginning) of (?:the|this) year)\\b";

// The month the first months of a year in text end with (2 to 11), 0 for none.
int firstMonthsEnd(const QString &text)
{
    static const QRegularExpression quarters(
        u"前 ?([两二三]) ?个? ?季度|first (two|three) quarters"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression months(
        u"1 ?[-—–~～至到] ?(1[01]|[2-9]) ?月|前 ?(十一|[两二三四五六七八九十]|1[01]|[2-9]) ?个 ?月|"
        u"first (two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months|"
        u"\\bJan(?:uary)?\\.? ?(?:-|–|—|to|through|until) ?([A-Za-z]{3})"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList counts = {u"two"_s,   u"three"_s, u"four"_s, u"five"_s, u"six"_s,
                                       u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s,  u"eleven"_s};
    static const QString zhCounts = u"两三四五六七八九十"_s;
    const auto count = [](const QString &w) {
        if (w == u"十一"_s)
            return 11;
        if (w == u"二"_s)
            return 2;
        if (zhCounts.contains(w) && w.size() == 1)
            return int(zhCounts.indexOf(w)) + 2;
        if (const qsizetype i = counts.indexOf(w.toLower()); i >= 0)
            return int(i) + 2;
        return w.toInt();
    };
    if (const QRegularExpressionMatch q = quarters.match(text); q.hasMatch())
        return 3 * count(q.capturedLength(1) > 0 ? q.captured(1) : q.captured(2));
    const QRegularExpressionMatch m = months.match(text);
    if (!m.hasMatch())
        return 0;
    if (m.capturedLength(4) > 0) {
        return monthNumber(m.captured(4));
    }
    for (int g = 1; g <= 3; ++g) {
        if (m.capturedLength(g) > 0)
            return count(m.captured(g));
    }
    return 0;
}

// The period of the first months of a year, in words of the text's language as every view names
// it ("Jan–Aug 2025", "2025年1—8月"); empty when the months are no part of a year.
QString firstMonthsPeriod(int year, const QString &months)
{
    const int end = firstMonthsEnd(months);
    const std::optional<PeriodDate> date =
        PeriodDate::parse(QStringLiteral("%1-01/%2").arg(year).arg(end, 2, 10, QLatin1Char('0')));
    if (!date)
        return QString();
    const bool chinese = std::any_of(months.cbegin(), months.cend(), isCjk);
    return formatPeriodDate(*date, chinese ? u"zh"_s : u"en"_s);
}

QString firstMonthsOf(const QRegularExpressionMatch &m)
{
    return firstMonthsPeriod((m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2)).toInt(),
                             m.captured());
}

// Relative first months: of the text's year when it gives one, else the words as written,
// which findNumbers then moves to FoundNumber::relativePeriod.
QString relativeFirstMonthsOf(const QRegularExpressionMatch &m, int textYear)
{
    if (textYear <= 0)
        return m.captured().simplified();
    const QString word = m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2);
    return firstMonthsPeriod(textYear + yearOffsetOf(word), m.captured());
}

// A year to date's period: "2025年以来", "2025 to date" (the text's year for "今年以来", "so far
// this year"), the words as written when the text gives no year.
QString yearToDateOf(const QRegularExpressionMatch &m, int textYear)
{
    if (textYear <= 0)
        return m.captured().simplified();
    if (m.capturedLength(1) > 0)
        return QString::number(textYear) + u"年以来"_s;
    return QString::number(textYear) + u" to date"_s;
}

// The three months of a quarter as a span of months: "4-6月", "7—9月", "10至12月", "July to
// September", "April-June", "Oct–Dec". A quarter, "YYYY-Qn", as "第三季度" is; not "1-3月", which
// is the first months of a year (FIGDECK_ZH_FIRST_MONTHS) and keeps that form.
#define FIGDECK_ZH_QUARTER_MONTHS                                                                  \
    "(?:(?<!\\d)(?:4 ?[-—–~～至到] ?6|7 ?[-—–~～至到] ?9|10 ?[-—–~～至到] ?12) ?月份?)"
#define FIGDECK_EN_MONTH_SPAN " ?(?:-|–|—|to|through|until) ?"
#define FIGDECK_EN_QUARTER_MONTHS                                                                  \
    "(?:\\b(?:April|Apr\\.?)" FIGDECK_EN_MONTH_SPAN                                                \
    "(?:June|Jun)\\b|\\b(?:July|Jul\\.?)" FIGDECK_EN_MONTH_SPAN                                    \
    "(?:September|Sept?)\\b|\\b(?:October|Oct\\.?)" FIGDECK_EN_MONTH_SPAN "(?:December|Dec)\\b)"

// Quarter months that name their year ("2025年7—9月", "July to September 2025", "July-September
// of 2024"), that name it relative to the text's date ("今年7—9月", "去年10至12月", "April to June
// this year"), and bare ones, which take a year as a bare quarter does.
constexpr const char *quarterMonthsPattern =
    "(?<!\\d)((?:19|20)\\d\\d) ?年 ?(?:的)? ?" FIGDECK_ZH_QUARTER_MONTHS
    "|" FIGDECK_EN_QUARTER_MONTHS " (?:of |in )?((?:19|20)\\d\\d)\\b";
constexpr const char *relativeQuarterMonthsPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS ")(?:的)? ?" FIGDECK_ZH_QUARTER_MONTHS
    "|" FIGDECK_EN_QUARTER_MONTHS " (?:of )?(this|last|next) year\\b";
constexpr const char *bareQuarterMonthsPattern =
    "(?<![年\\d])" FIGDECK_ZH_QUARTER_MONTHS "|" FIGDECK_EN_QUARTER_MONTHS;

// Other months of one year, from a month after January ("3-8月", "2月至11月" is not one: the
// month is said once), "March to August", "Feb-Nov": with their year, relative to the text's
// date, or bare, as quarter months are. Read after those and the first months of a year, so
// that what is left is neither ("7—9月" is a quarter, "1-8月" the first months).
#define FIGDECK_ZH_MONTH_SPAN                                                                      \
    "(?:(?<![\\d—–~～至到-])(?:1[01]|0?[2-9]) ?[-—–~～至到] ?(?:1[0-2]|0?[3-9]) ?月份?)"
#define FIGDECK_EN_MONTH_NAME                                                                      \
    "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"             \
    "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
#define FIGDECK_EN_MONTHS_SPAN                                                                     \
    "(?-i:\\b" FIGDECK_EN_MONTH_NAME "\\.?" FIGDECK_EN_MONTH_SPAN FIGDECK_EN_MONTH_NAME "\\b\\.?)"
constexpr const char *monthSpanPattern =
    "(?<!\\d)((?:19|20)\\d\\d) ?年 ?(?:的)? ?" FIGDECK_ZH_MONTH_SPAN "|" FIGDECK_EN_MONTHS_SPAN
    " (?:of |in )?((?:19|20)\\d\\d)\\b";
constexpr const char *relativeMonthSpanPattern =
    "(" FIGDECK_ZH_RELATIVE_YEARS ")(?:的)? ?" FIGDECK_ZH_MONTH_SPAN "|" FIGDECK_EN_MONTHS_SPAN
    " (?:of )?(this|last|next) year\\b";
constexpr const char *bareMonthSpanPattern =
    "(?<![年\\d])" FIGDECK_ZH_MONTH_SPAN "|" FIGDECK_EN_MONTHS_SPAN;

// The first and last month (1 to 12) of a span of months in text; {0, 0} for none.
std::pair<int, int> monthsOfSpan(const QString &text)
{
    static const QRegularExpression span(
        u"(\\d{1,2}) ?[-—–~～至到] ?(\\d{1,2}) ?月|([A-Za-z]{3})[A-Za-z]*\\.?"
        u" ?(?:-|–|—|to|through|until) ?([A-Za-z]{3})"_s);
    const QRegularExpressionMatch m = span.match(text);
    if (!m.hasMatch())
        return {0, 0};
    if (m.capturedLength(1) > 0)
        return {m.captured(1).toInt(), m.captured(2).toInt()};
    return {monthNumber(m.captured(3)), monthNumber(m.captured(4))};
}

// The period of months of a year in the words of the text's language, as every view names it
// ("Mar–Aug 2025", "2025年3—8月"; "2025年下半年" for July to December); empty for months that are
// no span of one year ("8-3月").
QString monthSpanPeriod(int year, const QString &months)
{
    const auto [start, end] = monthsOfSpan(months);
    const bool chinese = std::any_of(months.cbegin(), months.cend(), isCjk);
    if (start == 7 && end == 12)
        return chinese ? QString::number(year) + u"年下半年"_s
                       : u"second half of "_s + QString::number(year);
    const std::optional<PeriodDate> date =
        PeriodDate::parse(QStringLiteral("%1-%2/%3")
                              .arg(year)
                              .arg(start, 2, 10, QLatin1Char('0'))
                              .arg(end, 2, 10, QLatin1Char('0')));
    return date ? formatPeriodDate(*date, chinese ? u"zh"_s : u"en"_s) : QString();
}

// One month of a year: "2025年10月", "10月份", "October 2025", "Oct 2025", "in October",
// "October's", "October last year", "上月", "last month". Not a date ("10月17日", "October 17",
// "17 October 2025"), a time in or at the end of a month ("10月末", "10月底", "10月初", "截至10
// 月", "end of October", "as of October", "by October", "late October"), a month compared with
// ("比上月", "from last month"), an end of a span ("October 2025 to March 2026", "从3月到10
// 月") nor a quarter that ends with it ("the October 2025 quarter"): those are read as no period
// (unreadMonthsPattern). A month's number is its flow over that month; a stock at its end has a
// day the text seldom states.
#define FIGDECK_ZH_MONTH_AFTER                                                                                      \
    " ?月份?+(?! ?\\d{1,2} ?[日号])(?![末底初]|[上中下]旬|以来|至今|起|以[后前]|前|后|同期|" \
    " ?[-—–~～至到])"
#define FIGDECK_EN_MONTH_BEFORE                                                                    \
    "(?<!end of )(?<!as of )(?<!since )(?<!by )(?<!until )(?<!till )(?<!through )(?<!from )"       \
    "(?<!between )(?<!to )(?<!last )(?<!this )(?<!next )(?<!early )(?<!late )(?<!mid-)(?<!mid )"   \
    "(?<!start of )(?<!beginning of )(?<!middle of )(?<!close of )(?<!\\d )(?<!\\d)"
#define FIGDECK_EN_MONTH_AFTER                                                                     \
    "(?! \\d{1,2}(?:st|nd|rd|th)?\\b)(?!\\s*(?:[-–—]|to\\b|through\\b|until\\b|till\\b))"      \
    "(?! quarter\\b)"
#define FIGDECK_EN_FULL_MONTHS                                                                     \
    "January|February|March|April|June|July|August|September|October|November|December"
constexpr const char *monthPattern =
    "(?<![\\d至止到自从])((?:19|20)\\d\\d) ?年 ?(?:的)? ?(1[0-2]|0?[1-9])" FIGDECK_ZH_MONTH_AFTER
    "|" FIGDECK_EN_MONTH_BEFORE "(?-i:\\b(" FIGDECK_EN_FULL_MONTHS
    "|May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b)\\.? (?:of |in )?((?:19|20)\\d\\d)"
    "\\b" FIGDECK_EN_MONTH_AFTER;
constexpr const char *relativeMonthPattern =
    "(?<![比较与同至止到自从])(" FIGDECK_ZH_RELATIVE_YEARS
    ")(?:的)? ?(1[0-2]|0?[1-9])" FIGDECK_ZH_MONTH_AFTER "|" FIGDECK_EN_MONTH_BEFORE
    "(?-i:\\b(" FIGDECK_EN_FULL_MONTHS
    "|May)\\b) (?:of )?(this|last|next) year\\b" FIGDECK_EN_MONTH_AFTER;
// "last October" is of the year before the text's, "this October" of its own. A pattern of its
// own: its first letters ("l", "t") would have every such position of a sentence try the
// lookbehinds of relativeMonthPattern's months.
constexpr const char *lastOrThisMonthPattern =
    "\\b(?<!\\bthe )(?<!\\bsince )(?<!\\bfrom )(?<!\\bthan )(last|this) "
    "(?-i:(" FIGDECK_EN_FULL_MONTHS "|May)\\b)" FIGDECK_EN_MONTH_AFTER;
// The month before the text's date, or its own (which has not ended by then).
constexpr const char *lastMonthPattern =
    "(?<![比较与同环至止到自从])(上个?月|本月)(?![末底初]|[上中下]旬|以来|至今|同期)|"
    "(?<!the )(?<!than )(?<!from )(?<!on )(?<!over )(?<!with )(?<!since )(?<!end of )"
    "(?<!as of )(?<!by )\\b(last|this) month\\b(?!'s end| end)";
// A month without its year: it takes one as a bare quarter does. "May" only as "in May" and
// "May's" (else it is the verb).
constexpr const char *bareMonthPattern =
    "(?<![年\\d—–~～至到止自从比较上本-])(?<![-—–~～至到] )(1[0-2]|0?[1-9])" FIGDECK_ZH_MONTH_AFTER
    "|" FIGDECK_EN_MONTH_BEFORE "(?-i:\\b(" FIGDECK_EN_FULL_MONTHS
    ")\\b|(?<=\\b[Ii]n )(May)\\b|\\b(May)(?='s\\b)|"
    // An abbreviation with its full stop: "in Sept.", "Oct.'s" (not the name "Jan").
    "\\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)" FIGDECK_EN_MONTH_AFTER
    "(?! (?:of )?(?:(?:19|20)\\d\\d|(?:this|last|next) year)\\b)";
// The words of one month as written when the finder gives it no year (FoundNumber::
// relativePeriod): isRelativePeriod reads them.
constexpr const char *monthWordsPattern =
    "(?:" FIGDECK_ZH_RELATIVE_YEARS ")?(?:的)? ?(?:1[0-2]|0?[1-9]) ?月份?|上个?月|本月|"
    "(?:last|this) month|(?:(?:last|this) )?(?:" FIGDECK_EN_FULL_MONTHS
    "|May)(?: (?:of )?(?:this|last|next) "
    "year)?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.";

// One month's period in the words of the text's language, as every view names it ("Oct 2025",
// "2025年10月"); empty for no month.
QString monthPeriod(int year, int month, bool chinese)
{
    const std::optional<PeriodDate> date =
        PeriodDate::parse(QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    return date ? formatPeriodDate(*date, chinese ? u"zh"_s : u"en"_s) : QString();
}

// The month (1 to 12) and whether it is Chinese, of a match of the month patterns above: its
// number, else its name in whichever of `names` captured.
std::pair<int, bool> monthOfMatch(const QRegularExpressionMatch &m, int number,
                                  std::initializer_list<int> names)
{
    if (m.capturedLength(number) > 0)
        return {m.captured(number).toInt(), true};
    for (int g : names) {
        if (m.capturedLength(g) > 0)
            return {monthNumber(m.captured(g)), false};
    }
    return {0, false};
}

// The quarter (1 to 4) whose months text names: by its first month's number or name.
int quarterOfMonths(const QString &text)
{
    static const QRegularExpression first(u"(\\d{1,2}) ?[-—–~～至到]|\\b([A-Za-z]{3})"_s);
    const QRegularExpressionMatch m = first.match(text);
    const int month = m.capturedLength(1) > 0 ? m.captured(1).toInt() : monthNumber(m.captured(2));
    return month >= 1 ? (month - 1) / 3 + 1 : 0;
}

// Months the finder does not read as a period, once the spans, quarters and single months above
// are read: "1-12月", "from May-October", a time in or at the end of a month ("10月末", "截至
// 2025年10月", "end of October", "as of October 2025"), with the year before or after them. A
// number they speak for gets no period rather than their year's, nor a period of another
// clause; not a date ("11月17日", "October 5"), which says when something happened.
constexpr const char *unreadMonthsPattern =
    "(?:(?<!\\d)(?:19|20)\\d\\d ?年 ?)?(?<![\\d—–~～至到-])(?:1[0-2]|0?[1-9]) ?"
    "(?:[-—–~～至到] ?(?:1[0-2]|0?[1-9]) ?)?月(?:份|末|底)?(?! ?\\d{1,2} ?[日号])|"
    "(?-i:\\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    "December)(?:" FIGDECK_EN_MONTH_SPAN "(?:January|February|March|April|May|June|July|August|"
    "September|October|November|December))?(?: (?:of )?(?:19|20)\\d\\d)?\\b(?! \\d{1,2}\\b))|"
    // The same months a year before: "上年同期为…", "去年同期" (not "比上年同期增长", a change).
    "(?<![比较与和同])(?:上年|去年|前年)同期";

// A period as written relative to the text's date: a year, a half or a quarter of "this
// year" that the text, with no dateline, gives no year.
bool isRelativePeriod(const QString &period)
{
    static const QRegularExpression whole(
        u"^(?:"_s + QString::fromUtf8(relativeHalfPattern) + u"|"_s +
            QString::fromUtf8(relativeQuarterPattern) + u"|"_s +
            QString::fromUtf8(relativeYearPattern) + u"|"_s +
            QString::fromUtf8(relativeFirstMonthsPattern) + u"|"_s +
            QString::fromUtf8(bareFirstMonthsPattern) + u"|"_s +
            QString::fromUtf8(relativeQuarterMonthsPattern) + u"|"_s +
            QString::fromUtf8(relativeMonthSpanPattern) + u"|"_s +
            QString::fromUtf8(monthWordsPattern) + u"|"_s + QString::fromUtf8(yearToDatePattern) +
            u")$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !period.isEmpty() && whole.match(period).hasMatch();
}

// A quarter's or a half's period in text, else an empty one.
QString quarterOrHalfIn(const QString &text)
{
    const QRegularExpressionMatch quarter = rx(quarterPattern).match(text);
    if (quarter.hasMatch())
        return quarterOf(quarter);
    const QRegularExpressionMatch half = rx(halfPattern).match(text);
    return half.hasMatch() ? halfOf(half) : QString();
}

// The clauses of a sentence: a status word (expects, forecast, 预计) and a year speak for the
// clause they are in. ";", ", and", ", but", ", while", "，而", "，但" and the like start a clause
// of its own (hard); a bare ", " or "，" starts a part that continues the one before (soft: list
// items after "forecast" are forecasts too).
struct Clause
{
    qsizetype start;
    bool hard;
};

QList<Clause> clausesOf(const QString &s)
{
    static const QRegularExpression breaks(
        u"(;|，\\s*(?=而|但|并|同时|此外|另外|然而|不过)|,\\s+(?=(?:and|but|while|whilst|whereas|"
        u"although|though|yet)\\b))|(，|,\\s)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Clause> out{{0, false}};
    for (auto it = breaks.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({m.capturedEnd(), m.capturedLength(1) > 0});
    }
    return out;
}

// The words between a number and a year after it that make the year the number's own period:
// a few words of its phrase and a preposition of time ("48.2 million passengers in 2025",
// "50 GW by 2030", "9% by the end of 2025", "5 million in March 2024"), no conjunction, no
// other number, no punctuation.
bool yearFollowsPhrase(QStringView gap)
{
    if (gap.size() > 40)
        return false;
    for (QChar c : gap) {
        if (!c.isLetter() && c != u' ' && c != u'-' && c != u'\'')
            return false;
    }
    const QList<QStringView> words = gap.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    if (words.size() > 5)
        return false;
    static const QStringList conjunctions = {u"and"_s,  u"but"_s, u"or"_s,      u"while"_s,
                                             u"than"_s, u"nor"_s, u"whereas"_s, u"versus"_s};
    static const QStringList timeWords = {u"in"_s, u"by"_s,         u"for"_s,   u"during"_s,
                                          u"of"_s, u"through"_s,    u"until"_s, u"till"_s,
                                          u"to"_s, u"throughout"_s, u"within"_s};
    for (QStringView w : words) {
        if (conjunctions.contains(w, Qt::CaseInsensitive))
            return false;
    }
    const QStringView last = words.last();
    return timeWords.contains(last, Qt::CaseInsensitive) || isMonth(last.toString());
}

// The words between a number and a status word after it that make the word the number's:
// "3 million are expected", "50 GW by 2030"; not "5 million in 2024 and are expected".
bool statusFollowsPhrase(QStringView gap)
{
    if (gap.size() > 32)
        return false;
    for (QChar c : gap) {
        if (c.isDigit())
            return false;
    }
    return !rx(R"(\b(?:and|but|or|while|whereas|than)\b)").match(gap).hasMatch();
}

int yearOf(const QString &period)
{
    // "2022", "2022-Q4", "2026/2030", "H1 2024"
    return rx(R"((?:19|20)\d\d)").match(period.section(u'/', -1)).captured().toInt();
}

// A year a sentence names: a number's period, or with "since 2019", "than 2020", "比2020年" a
// reference that is no number's period. One named relative to the text's date ("去年", "next
// year") is the year it is of when the text has a dateline; else its text is the words as
// written, and it is unresolved: no year for a half or quarter to take.
struct Year
{
    qsizetype start;
    qsizetype end;
    QString text;
    bool reference = false;
    bool unresolved = false;
};

// The years of sentence s, in order; numbers: where its numbers' phrases start, in order (a
// table's cell that states a year's digits as a value is no year). textYear: the year of the
// text's dateline, 0 when it gives none.
QList<Year> yearsIn(const QString &s, const QList<Span> &numbers, int textYear)
{
    static const QRegularExpression year(u"(?<![\\d.,])((?:19|20)\\d\\d)(?![\\d%])"_s);
    QList<Year> years;
    for (auto it = year.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch y = it.next();
        // "Output (TWh)  2023  2011": a number, not a year.
        const auto number =
            std::lower_bound(numbers.cbegin(), numbers.cend(), y.capturedStart(),
                             [](const Span &n, qsizetype at) { return n.start < at; });
        if (number != numbers.cend() && number->start == y.capturedStart())
            continue;
        Year found{y.capturedStart(), y.capturedEnd(), y.captured(1)};
        found.reference = rx(R"((?:\b(?:since|from|than|after|before|versus|vs\.?|)"
                             R"(compared (?:with|to))\s+|[比较自从])$)")
                              .match(nearBefore(s, found.start))
                              .hasMatch();
        years.append(found);
    }
    // "去年营收", "revenue last year": compared with ("比去年", "from last year"), no period.
    for (auto it = rx(relativeYearPattern).globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Year found{m.capturedStart(), m.capturedEnd(), relativeYearOf(m, textYear)};
        found.unresolved = textYear <= 0;
        // "不足去年全年的80%": the whole a share is of, not its period.
        found.reference = rx(R"((?:\b(?:since|from|than|after|before|versus|vs\.?|on|over|)"
                             R"(compared (?:with|to))\s+|[比较自从与同])$)")
                              .match(nearBefore(s, found.start))
                              .hasMatch() ||
                          rx(R"(^的\s*\d)").match(QStringView(s).mid(found.end, 8)).hasMatch();
        years.append(found);
    }
    std::stable_sort(years.begin(), years.end(),
                     [](const Year &a, const Year &b) { return a.start < b.start; });
    return years;
}

// The last year of a sentence that can be a period (not "since 2019"); empty for none. A
// quarter or half without its year in the next sentence takes it.
QString lastPeriodYear(const QList<Year> &years)
{
    for (auto it = years.crbegin(); it != years.crend(); ++it) {
        if (!it->reference)
            return it->unresolved ? QString() : it->text;
    }
    return QString();
}

// What a sentence says of the period and status of its numbers. Read once per sentence; each
// number then finds its clause and its periods by binary search (read again for each number, a
// long sentence with many numbers would be quadratic).
class SentenceFacts
{
public:
    // numbers: where each number's phrase (value, scale word, unit) starts and ends in s, in order.
    // dateline: the text's date (datelineOf), invalid when it gives none. previousYear: the last
    // year the sentence before names (lastPeriodYear), empty for none. carried: the period that
    // opens the sentence s continues after a "；" (openingPeriod), or of the sentence an "Of
    // this," or "其中，" goes on from; empty for none. continues: s goes on from the sentence
    // before (after "；", "Of this,", "其中，"), whose year is then its own.
    SentenceFacts(const QString &s, const QList<Span> &numbers, QDate dateline,
                  const QString &previousYear, const QString &carried, bool continues = false)
        : m_text(s)
        , m_numbers(numbers)
        , m_clauses(clausesOf(s))
        , m_textYear(dateline.isValid() ? dateline.year() : 0)
        , m_textMonth(dateline.isValid() ? dateline.month() : 0)
        , m_previousYear(previousYear)
        , m_continues(continues)
        , m_carried(carried)
    {
        readPeriods(s);
        readStatusWords(s);
        readNumberYears(s);
    }

    QString lastYear() const { return lastPeriodYear(m_years); }

    // The period that opens the sentence: the last one it names before its first number ("1-10
    // 月，全国…", "In January-October, revenue was…"), empty for none or one it names but the
    // finder does not read. Its later clauses after a "；" take it (carried).
    QString openingPeriod() const
    {
        const qsizetype firstNumber = m_numbers.isEmpty() ? m_text.size() : m_numbers.first().start;
        QString opening;
        for (const Mention &m : m_mentions) {
            if (m.start >= firstNumber)
                break;
            opening = m.text;
        }
        return opening;
    }

    // The period of number k, and whether its own clause states it (else the sentence does).
    // One rule for years, ranges, quarters and halves alike: the period right after the
    // number's words ("$1.5 billion in Q4 2025"), else the nearest before it in its clause (a
    // list's items share it: "Acme held 40% in 2024, Bolt 25%"), else one after it in its clause
    // with no number between; else the sentence's first range or quarter or half, else its
    // nearest period before the number, else one after it. A value compared with ("up from 44.9
    // million") takes no period before it, nor the sentence's: that is the other number's.
    // projected: the period as a projection reads it, which may be after the text's date ("预计12
    // 月份" in November is this December); else as an observation, which is not.
    QString periodOf(qsizetype k, bool *own, bool projected = false) const
    {
        const auto textOf = [projected](const Mention &m) {
            return projected && m.projected ? *m.projected : m.text;
        };
        const Span n = m_numbers.at(k);
        const qsizetype c = clauseOf(n.start);
        const qsizetype clauseStart = m_clauses.at(c).start;
        const qsizetype next = k + 1 < m_numbers.size() ? m_numbers.at(k + 1).start : m_text.size();
        *own = true;
        if (m_trailing.at(k) >= 0)
            return textOf(m_mentions.at(m_trailing.at(k)));
        const auto byStart = [](const Mention &m, qsizetype at) { return m.start < at; };
        const auto first =
            std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), n.start, byStart);
        const bool compared = m_compared.at(k);
        const bool periodBefore = first != m_mentions.cbegin() && !compared;
        if (periodBefore && (first - 1)->start >= clauseStart)
            return textOf(*(first - 1));
        const auto after = std::lower_bound(first, m_mentions.cend(), n.end, byStart);
        const bool periodAfter = after != m_mentions.cend() && after->start < next;
        if (periodAfter && clauseOf(after->start) == c)
            return textOf(*after);
        *own = false;
        // The nearest period named before it is one month ("in October alone, revenue was…",
        // "其中，10月份，…"), or one the finder does not read: that, not the sentence's.
        if (periodBefore && (textOf(*(first - 1)).isEmpty() || (first - 1)->month))
            return textOf(*(first - 1));
        const QString &sentencePeriod =
            projected && m_sentenceProjected ? *m_sentenceProjected : m_sentencePeriod;
        if (!sentencePeriod.isEmpty() && !compared)
            return sentencePeriod;
        if (periodBefore)
            return textOf(*(first - 1));
        // A later clause of a sentence that opened with its period ("1-10月，…；其中，…"), which
        // names none of its own.
        if (!m_carried.isEmpty() && !compared)
            return m_carried;
        return periodAfter ? textOf(*after) : QString();
    }

    // The status of number k: a status word before it in its clause, or right after its phrase;
    // else one in an earlier clause, unless the number's own period is not in the future (or, after
    // a hard clause break, unless it is).
    Status statusOf(qsizetype k, const QString &period, bool ownPeriod) const
    {
        const Span n = m_numbers.at(k);
        const qsizetype c = clauseOf(n.start);
        const qsizetype clauseStart = m_clauses.at(c).start;
        const auto after =
            std::lower_bound(m_marks.cbegin(), m_marks.cend(), n.start,
                             [](const StatusMark &m, qsizetype at) { return m.start < at; });
        if (after != m_marks.cbegin() && (after - 1)->start >= clauseStart)
            return (after - 1)->status;
        const qsizetype next = k + 1 < m_numbers.size() ? m_numbers.at(k + 1).start : m_text.size();
        const qsizetype clauseEnd =
            c + 1 < m_clauses.size() ? m_clauses.at(c + 1).start : m_text.size();
        const auto right =
            std::lower_bound(after, m_marks.cend(), n.end,
                             [](const StatusMark &m, qsizetype at) { return m.start < at; });
        if (right != m_marks.cend() && right->start < std::min(next, clauseEnd) &&
            statusFollowsPhrase(QStringView(m_text).mid(n.end, right->start - n.end)))
            return right->status;
        if (after == m_marks.cbegin())
            return Status::Observed;
        const StatusMark &earlier = *(after - 1);
        const bool future = yearOf(period) > QDate::currentDate().year();
        const bool hardBetween = m_lastHard.at(c) > clauseOf(earlier.start);
        if (future || (!hardBetween && !ownPeriod))
            return earlier.status;
        return Status::Observed;
    }

private:
    struct StatusMark
    {
        qsizetype start;
        Status status;
    };
    // A period the sentence names where it names it: a year, a range, a quarter or a half.
    struct Mention
    {
        qsizetype start;
        qsizetype end;
        QString text;
        bool month = false; // one month ("10月份", "in October"), read or not
        // As a projection reads it, when that differs: "预计12月份" in November is this
        // December, which no observation is of yet.
        std::optional<QString> projected;
    };

    qsizetype clauseOf(qsizetype at) const
    {
        return std::upper_bound(m_clauses.cbegin(), m_clauses.cend(), at,
                                [](qsizetype a, const Clause &c) { return a < c.start; }) -
               m_clauses.cbegin() - 1;
    }

    void readPeriods(const QString &s)
    {
        // The years first: a half or quarter without its own takes one of them.
        m_years = yearsIn(s, m_numbers, m_textYear);
        QList<Span> named; // the periods that hold their year ("Q1 2025", "2024年上半年")
        QList<Mention> mentions;
        auto add = [&](const QRegularExpressionMatch &m, const QString &period, bool month = false,
                       const std::optional<QString> &projected = std::nullopt) {
            mentions.append({m.capturedStart(), m.capturedEnd(), period, month, projected});
            named.append({m.capturedStart(), m.capturedEnd()});
        };
        const auto inNamed = [&named](qsizetype at) {
            return std::any_of(named.cbegin(), named.cend(),
                               [at](const Span &r) { return at >= r.start && at < r.end; });
        };
        for (auto it = rx(R"(\b(?:between|from) ((?:19|20)\d\d) (?:and|to) ((?:19|20)\d\d)\b)")
                           .globalMatch(s);
             it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString range = m.captured(1) + u'/' + m.captured(2);
            add(m, range);
            // The sentence's first range, before any quarter.
            if (m_sentencePeriod.isEmpty())
                m_sentencePeriod = range;
        }
        for (auto it = rx(quarterPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, quarterOf(m));
        }
        for (auto it = rx(halfPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, halfOf(m));
        }
        // "今年上半年", "去年第四季度", "Q1 this year": the text's year, or none to guess.
        for (auto it = rx(relativeHalfPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, relativeHalfOf(m, m_textYear));
        }
        for (auto it = rx(relativeQuarterPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, relativeQuarterOf(m, m_textYear));
        }
        // "2025年1—8月", "the first three quarters of 2024", "今年以来": a part of a year, never
        // the year itself.
        for (auto it = rx(firstMonthsPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, firstMonthsOf(m));
        }
        for (auto it = rx(relativeFirstMonthsPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!inNamed(m.capturedStart()))
                add(m, relativeFirstMonthsOf(m, m_textYear));
        }
        for (auto it = rx(namedYearToDatePattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, m.captured(1) + u"年以来"_s);
        }
        for (auto it = rx(yearToDatePattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            add(m, yearToDateOf(m, m_textYear));
        }
        // Months that name their year, then those that name it relative to the text's date (the
        // words as written when it gives none); period: of a year and the months' words.
        const auto readMonths = [&](const char *withYear, const char *relative,
                                    const auto &period) {
            for (auto it = rx(withYear).globalMatch(s); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString year = m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2);
                if (!inNamed(m.capturedStart()))
                    add(m, period(year.toInt(), m.captured()));
            }
            for (auto it = rx(relative).globalMatch(s); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString word = m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2);
                if (inNamed(m.capturedStart()))
                    continue;
                add(m, m_textYear <= 0 ? m.captured().simplified()
                                       : period(m_textYear + yearOffsetOf(word), m.captured()));
            }
        };
        // "2025年7—9月", "July to September 2024", "今年4-6月": the quarter those months are.
        readMonths(quarterMonthsPattern, relativeQuarterMonthsPattern,
                   [](int year, const QString &months) -> QString {
                       return quarterPeriod(year, quarterOfMonths(months));
                   });
        // "2025年3-8月", "March to August 2024", "今年3-8月": months of their own.
        readMonths(monthSpanPattern, relativeMonthSpanPattern, monthSpanPeriod);
        // "2025年10月", "October 2025": one month of the year it names. "今年10月", "October last
        // year", "last October", "上月", "last month": of the text's date, once that month has
        // ended by then (a projection's also before: "今年12月…预计"); else the words as written,
        // which findNumbers moves to relativePeriod.
        const auto addRelativeMonth = [&](const QRegularExpressionMatch &m, int year, int month,
                                          bool chinese) {
            if (m_textYear <= 0) {
                add(m, m.captured().simplified(), true);
            } else if (year * 12 + month >= m_textYear * 12 + m_textMonth) {
                add(m, m.captured().simplified(), true, monthPeriod(year, month, chinese));
            } else {
                add(m, monthPeriod(year, month, chinese), true);
            }
        };
        for (auto it = rx(monthPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            const auto [month, chinese] = monthOfMatch(m, 2, {3});
            add(m, monthPeriod((chinese ? m.captured(1) : m.captured(4)).toInt(), month, chinese),
                true);
        }
        for (auto it = rx(relativeMonthPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            const auto [month, chinese] = monthOfMatch(m, 2, {3});
            const int offset = yearOffsetOf(chinese ? m.captured(1) : m.captured(4));
            addRelativeMonth(m, m_textYear + offset, month, chinese);
        }
        for (auto it = rx(lastOrThisMonthPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            addRelativeMonth(m, m_textYear + yearOffsetOf(m.captured(1)),
                             monthNumber(m.captured(2)), false);
        }
        for (auto it = rx(lastMonthPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            const bool chinese = m.capturedLength(1) > 0;
            const QString word = chinese ? m.captured(1) : m.captured(2).toLower();
            const int back = word == u"本月"_s || word == u"this"_s ? 0 : 1;
            // The month before January is December of the year before.
            const int months = m_textYear * 12 + m_textMonth - 1 - back;
            addRelativeMonth(m, months / 12, months % 12 + 1, chinese);
        }
        // "In 2024 ... in the first half", "2024年一季度…，二季度…": the nearest year before
        // it in the sentence (or in the one it goes on from), nullopt for none; an empty one for
        // a year the text does not date ("去年" with no dateline).
        const auto yearBefore = [this](qsizetype at) -> std::optional<QString> {
            const auto after =
                std::lower_bound(m_years.cbegin(), m_years.cend(), at,
                                 [](const Year &y, qsizetype a) { return y.end <= a; });
            for (auto own = std::make_reverse_iterator(after); own != m_years.crend(); ++own) {
                if (!own->reference)
                    return own->unresolved ? QString() : own->text;
            }
            if (m_continues && !m_previousYear.isEmpty())
                return m_previousYear;
            return std::nullopt;
        };
        // The year of a part of a year (ending with lastMonth) that names none, as an
        // observation and as a projection reads it. With no dateline, the last year of the
        // sentence before. With one, a new sentence is of the text's own time, not of the year
        // the sentence before was about: an observation is of the dateline's year once the part
        // has ended by then ("前10个月…" under "2025年11月17日"), else of the year before when
        // the sentence before names that one ("2024年…。四季度…" in August 2025) or it ended
        // within recentMonths ("in December" in January), else none ("第四季度" in August may be
        // last year's, or a forecast); a projection is of the nearest
        // such part to the dateline, before or after it ("预计12月份" in November: this
        // December; "expected in March" in November: next March).
        const auto yearOfPart = [&](qsizetype at, int lastMonth) -> std::pair<QString, QString> {
            if (const std::optional<QString> own = yearBefore(at))
                return {*own, *own};
            if (m_textYear <= 0 || lastMonth <= 0)
                return {m_previousYear, m_previousYear};
            const QString thisYear = QString::number(m_textYear);
            const QString lastYear = QString::number(m_textYear - 1);
            const int now = m_textYear * 12 + m_textMonth;
            // The year before's part when it ended within the last few months ("in December"
            // in January, "四季度" in February), as news reports its latest figures.
            const bool justEnded = now - ((m_textYear - 1) * 12 + lastMonth) <= recentMonths;
            const QString observed = m_textMonth > lastMonth                   ? thisYear
                                     : justEnded || m_previousYear == lastYear ? lastYear
                                                                               : QString();
            int nearest = m_textYear - 1;
            for (int y = m_textYear; y <= m_textYear + 1; ++y) {
                if (std::abs(y * 12 + lastMonth - now) <= std::abs(nearest * 12 + lastMonth - now))
                    nearest = y;
            }
            return {observed, QString::number(nearest)};
        };
        // A bare part's mention: its period of each year (none when there is no year, unless
        // `words` are given, the words as written), and the projection's when that differs.
        const auto bareMention =
            [](const QRegularExpressionMatch &m, const std::pair<QString, QString> &years,
               const auto &periodOfYear, const QString &words = {}, bool month = false) {
                const auto periodOf = [&](const QString &year) {
                    return year.isEmpty() ? words : periodOfYear(year);
                };
                Mention made{m.capturedStart(), m.capturedEnd(), periodOf(years.first), month, {}};
                if (years.second != years.first)
                    made.projected = periodOf(years.second);
                return made;
            };
        // A bare part of a year with no year to take names a period all the same, which the
        // finder cannot date: its numbers get none, not another clause's (an empty mention).
        QList<Mention> bare;
        const auto overlaps = [](const QList<Mention> &list, qsizetype start, qsizetype end) {
            return std::any_of(list.cbegin(), list.cend(),
                               [&](const Mention &m) { return start < m.end && m.start < end; });
        };
        for (auto it = rx(bareHalfPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            // "this year's first half" is a relative half, read above.
            if (inNamed(m.capturedStart()))
                continue;
            const bool second = m.captured(1).compare(u"second"_s, Qt::CaseInsensitive) == 0 ||
                                m.captured(2) == u"下"_s;
            bare.append(bareMention(m, yearOfPart(m.capturedStart(), second ? 12 : 6),
                                    [&m](const QString &year) { return halfOfYear(m, year); }));
        }
        for (auto it = rx(bareQuarterPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            const int quarter = ordinal(m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2));
            bare.append(bareMention(
                m, yearOfPart(m.capturedStart(), 3 * quarter),
                [quarter](const QString &year) { return quarterPeriod(year.toInt(), quarter); }));
        }
        for (auto it = rx(bareQuarterMonthsPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            const int quarter = quarterOfMonths(m.captured());
            bare.append(bareMention(
                m, yearOfPart(m.capturedStart(), 3 * quarter),
                [quarter](const QString &year) { return quarterPeriod(year.toInt(), quarter); }));
        }
        for (auto it = rx(bareMonthSpanPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()) || overlaps(bare, m.capturedStart(), m.capturedEnd()))
                continue;
            bare.append(bareMention(
                m, yearOfPart(m.capturedStart(), monthsOfSpan(m.captured()).second),
                [&m](const QString &year) { return monthSpanPeriod(year.toInt(), m.captured()); }));
        }
        // "2024年全年…，其中前两个月为…": months that take their year from another period are
        // no period of the whole sentence (the year's total is not of two months). With no year
        // at all ("前10个月…" in a text with no dateline), the words as written, which
        // findNumbers moves to relativePeriod.
        QList<Mention> bareMonths;
        for (auto it = rx(bareFirstMonthsPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inNamed(m.capturedStart()))
                continue;
            bareMonths.append(bareMention(
                m, yearOfPart(m.capturedStart(), firstMonthsEnd(m.captured())),
                [&m](const QString &year) { return firstMonthsPeriod(year.toInt(), m.captured()); },
                m.captured().simplified()));
        }
        // "其中10月份…", "October's exports", "in October": one month, of the year before it or
        // of the dateline's once it has ended (as the first months of a year; else the words as
        // written), and as they are no period of the whole sentence.
        for (auto it = rx(bareMonthPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            if (inNamed(start) || overlaps(bare, start, end) || overlaps(bareMonths, start, end))
                continue;
            const auto [month, chinese] = monthOfMatch(m, 1, {2, 3, 4, 5});
            bareMonths.append(bareMention(
                m, yearOfPart(start, month),
                [month = month, chinese = chinese](const QString &year) {
                    return monthPeriod(year.toInt(), month, chinese);
                },
                m.captured().simplified(), true));
        }
        // Months it names that are none of those ("1-12月", "10月末", "end of October", "as of
        // October"): their year is not their numbers' period, nor is another clause's.
        for (auto it = rx(unreadMonthsPattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart();
            const qsizetype end = m.capturedEnd();
            if (overlaps(mentions, start, end) || overlaps(bare, start, end) ||
                overlaps(bareMonths, start, end))
                continue;
            bare.append({start, end, QString(), false, {}});
            named.append({start, end});
        }
        mentions.append(bare);
        std::stable_sort(mentions.begin(), mentions.end(),
                         [](const Mention &a, const Mention &b) { return a.start < b.start; });
        // The sentence's first quarter or half, when it names no range.
        for (const Mention &m : std::as_const(mentions)) {
            if (m_sentencePeriod.isEmpty() && !m.text.contains(u'/')) {
                m_sentencePeriod = m.text;
                m_sentenceProjected = m.projected;
            }
        }
        mentions.append(bareMonths);
        // With the years that are no reference and not of a period above, in order.
        for (const Year &y : std::as_const(m_years)) {
            if (!y.reference && !inNamed(y.start))
                mentions.append({y.start, y.end, y.text, false, {}});
        }
        std::stable_sort(mentions.begin(), mentions.end(),
                         [](const Mention &a, const Mention &b) { return a.start < b.start; });
        m_mentions = mentions;
    }

    void readStatusWords(const QString &s)
    {
        for (auto it = rx(R"(\b(?:expected|expects?|will|could|forecasts?|forecasted|projected|)"
                          R"(projections?|predicted|predicts?|anticipated|anticipates?|)"
                          R"(is set to|are set to)\b|预计|预期|有望|将(?!近))")
                           .globalMatch(s);
             it.hasNext();)
            m_marks.append({it.next().capturedStart(), Status::Projected});
        // "by 2030" said before 2030 is a target or a forecast.
        const int now = QDate::currentDate().year();
        for (auto it = rx(R"(\bby (?:the end of )?((?:19|20)\d\d))").globalMatch(s);
             it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1).toInt() > now)
                m_marks.append({m.capturedStart(), Status::Projected});
        }
        for (auto it = rx(R"(\b(?:estimated|estimates?)\b|\best\.|估计|估算)").globalMatch(s);
             it.hasNext();)
            m_marks.append({it.next().capturedStart(), Status::Estimated});
        std::stable_sort(
            m_marks.begin(), m_marks.end(),
            [](const StatusMark &a, const StatusMark &b) { return a.start < b.start; });
        m_lastHard.resize(m_clauses.size());
        qsizetype hard = -1;
        for (qsizetype c = 0; c < m_clauses.size(); ++c) {
            if (m_clauses.at(c).hard)
                hard = c;
            m_lastHard[c] = hard;
        }
    }

    // The period right after a number's phrase is that number's ("$1.5 billion in Q4 2025",
    // "38 TWh in the second half"), and that of a change that runs into it ("rose 35% to 14
    // million in 2023", "grew 12% year on year to $4.1 billion"). Which numbers are values
    // compared with.
    void readNumberYears(const QString &s)
    {
        m_trailing.assign(m_numbers.size(), -1);
        m_compared.assign(m_numbers.size(), false);
        static const QRegularExpression the(u"\\bthe\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        for (qsizetype k = 0; k < m_numbers.size(); ++k) {
            m_compared[k] = rx(R"((?:\b(?:from|than|versus|vs\.?|against|compared (?:with|to))|)"
                               R"([比较])(?:\s+(?:about|around|roughly|some|nearly|almost))?)"
                               R"(\s*(?:US|RMB)?[$€£¥￥≈~<>\-]{0,2}\s*$)")
                                .match(nearBefore(s, m_numbers.at(k).start))
                                .hasMatch();
            const Span n = m_numbers.at(k);
            const auto y =
                std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), n.end,
                                 [](const Mention &m, qsizetype at) { return m.start < at; });
            if (y == m_mentions.cend())
                continue;
            const qsizetype next =
                k + 1 < m_numbers.size() ? m_numbers.at(k + 1).start : m_text.size();
            if (y->start >= next || clauseOf(y->start) != clauseOf(n.start))
                continue;
            QStringView gap = QStringView(s).mid(n.end, y->start - n.end);
            if (const QRegularExpressionMatch t = the.match(gap); t.hasMatch())
                gap = gap.left(t.capturedStart());
            if (yearFollowsPhrase(gap))
                m_trailing[k] = y - m_mentions.cbegin();
        }
        for (qsizetype k = m_numbers.size() - 2; k >= 0; --k) {
            const Span n = m_numbers.at(k);
            if (m_trailing.at(k) < 0 && m_numbers.at(k + 1).start >= n.end &&
                rx(R"(^\s*(?:(?!(?:and|but|or)\b)[A-Za-z-]+\s+){0,4}(?:to|至|到))"
                   R"(\s*(?:US|RMB)?[$€£¥￥≈~]?\s*$)")
                    .match(QStringView(s).mid(n.end, m_numbers.at(k + 1).start - n.end))
                    .hasMatch())
                m_trailing[k] = m_trailing.at(k + 1);
        }
    }

    QString m_text;
    QList<Span> m_numbers;
    QList<Clause> m_clauses;
    int m_textYear = 0;
    int m_textMonth = 0;         // of the dateline, 0 for none
    QString m_previousYear;      // the last year of the sentence before
    bool m_continues = false;    // s goes on from the sentence before: its year is s's
    QString m_carried;           // the opening period of the sentence this one continues
    QList<qsizetype> m_lastHard; // per clause: the latest hard clause up to it, or -1
    QString m_sentencePeriod;    // the sentence's first range, else its first quarter
    std::optional<QString> m_sentenceProjected; // and as a projection reads it, when that differs
    QList<Year> m_years;                        // in order
    QList<Mention> m_mentions;                  // its periods, in order (no reference years)
    std::vector<qsizetype> m_trailing; // per number: the period right after its phrase, or -1
    std::vector<bool> m_compared;      // per number: "up from 44.9 million", "than 5%"
    QList<StatusMark> m_marks;         // in order
};

// Where a sentence is in its text's tables: its line and where that starts, for the years'
// digits that a table's cells state as values.
struct RowPlace
{
    const TextTables &tables;
    qsizetype line;
    qsizetype lineStart;
};

void findInSentence(const QString &folded, const Span &span, const RowPlace &place,
                    QList<Candidate> *out)
{
    const QString s = folded.mid(span.start, span.end - span.start);
    Taken taken(s.size()); // word numbers, so their digits are not read again

    // Words that state numbers.
    static const QList<WordNumber> words = {
        {R"(\b(doubled)\b)", 2, UnitKind::Multiple},
        {R"(\b(tripled|trebled)\b)", 3, UnitKind::Multiple},
        {R"(\b(quadrupled)\b)", 4, UnitKind::Multiple},
        // Not "half of the year", nor "a half-year", "half-yearly": periods, not shares.
        {R"(\b(half)\b(?! of (?:the )?(?:year|decade|century))(?![- ]?year))", 50,
         UnitKind::Percent},
        {R"(\b(three[ -]quarters)\b)", 75, UnitKind::Percent},
        {R"(\b((?:a|one)[ -]quarter)\b(?! of (?:19|20)\d\d))", 25, UnitKind::Percent},
        {R"((一半))", 50, UnitKind::Percent},
    };
    for (const WordNumber &w : words) {
        for (auto it = rx(w.pattern).globalMatch(s); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QString near = nearBefore(s, m.capturedStart(1));
            if (rx(R"(\b(?:first|second|the|third|fourth|last)[\s-]*$)").match(near).hasMatch() &&
                w.kind == UnitKind::Percent)
                continue;
            Candidate c;
            c.start = span.start + m.capturedStart(1);
            c.end = span.start + m.capturedEnd(1);
            c.value = w.value;
            c.unit = Unit::ofKind(w.kind);
            c.qualifier = qualifierBefore(&near);
            c.phraseStart = span.start + phraseStartOf(s, m.capturedStart(1), near);
            c.phraseEnd = c.end;
            out->append(c);
            taken.add(m.capturedStart(), m.capturedEnd());
        }
    }
    // "one in every five", "1 in 4": a share.
    for (auto it =
             rx(R"(\b(one|1) in (?:every )?(two|three|four|five|six|seven|eight|nine|ten|\d+)\b)")
                 .globalMatch(s);
         it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int n = smallNumber(m.captured(2));
        if (n <= 0)
            continue;
        QString near = nearBefore(s, m.capturedStart());
        Candidate c;
        c.start = span.start + m.capturedStart();
        c.end = span.start + m.capturedEnd();
        c.value = 100.0 / n;
        c.unit = Unit::percent();
        c.qualifier = qualifierBefore(&near);
        c.phraseStart = span.start + phraseStartOf(s, m.capturedStart(), near);
        c.phraseEnd = c.end;
        out->append(c);
        taken.add(m.capturedStart(), m.capturedEnd());
    }
    // "the third largest", "2nd-biggest", "第三大": a rank.
    for (
        auto it =
            rx(R"(\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[ -])"
               R"((?:largest|biggest|highest|lowest|smallest|fastest|most|leading)\b|第([一二三四五六七八九十]|\d+)(?:大|位))")
                .globalMatch(s);
        it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString w = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (w.at(0).isDigit())
            w.chop(2); // "2nd"
        Candidate c;
        c.start = span.start + m.capturedStart();
        c.end = span.start + m.capturedEnd();
        c.value = ordinal(w);
        c.unit = Unit::ofKind(UnitKind::Rank);
        c.phraseStart = c.start;
        c.phraseEnd = c.end;
        out->append(c);
        taken.add(m.capturedStart(), m.capturedEnd());
    }

    // URLs, e-mail addresses, times of day, quarters ("3季度") and the first months of a year
    // ("1—8月", "1至8月", "前8个月", "the first 8 months") hold digits that are no numbers of the
    // report.
    // An address is matched from a word's start only: tried at every character, a long word
    // without an @ would be read again from each of them.
    for (auto it =
             rx(R"((?:https?://|www\.)\S+|(?<!\S)\S+@\S+|\b\d{1,2}:\d\d(?::\d\d)?\b|)"
                R"(\b\d{1,2}(?:\.\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|)"
                R"(\b\d{4}-\d\d(?:-\d\d)?\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|)"
                R"(\b\d+(?:\.\d+){2,}\b|\d{1,2} ?[-—–~～至到] ?\d{1,2} ?月|前 ?\d{1,2} ?个 ?月|)"
                R"(\bfirst \d{1,2} months\b|\d+月\d*日?|\d+日|(?<!\d)[1-4] ?季度)")
                 .globalMatch(s);
         it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        taken.add(m.capturedStart(), m.capturedEnd());
    }

    static const QRegularExpression number(
        u"(?<![A-Za-z\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d.,])|\\d+)(\\.\\d+)?"_s);
    for (auto it = number.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int at = m.capturedStart();
        const int end = m.capturedEnd();
        if (taken.overlaps(at, end))
            continue;
        const QString digits = m.captured(1);
        const QString fraction = m.captured(2);
        // Only the words near the number: see nearChars. The sentence starts with no space, so
        // nothing stands before the number exactly when it starts the sentence.
        const bool first = at == 0;
        QString near = nearBefore(s, at);
        const QString after = s.mid(end, nearChars);
        const bool afterIsRest = end + nearChars >= s.size();

        // Ordinals ("14th"), and digits run into letters that are no unit ("5G", "3D").
        if (rx(R"(^(?:st|nd|rd|th)\b)").match(after).hasMatch())
            continue;
        // List numbering: "1. " or "2) " at the start of a line.
        if (first && rx(R"(^[.)] )").match(after).hasMatch())
            continue;
        // A line that is only a number, or "Page 3 of 10" / "- 3 -": a page number.
        if (first && s.size() < 12 && rx(R"(^\s*(?:of \d+)?\s*$)").match(after).hasMatch())
            continue;
        if (afterIsRest && rx(R"(^ of \d+\s*$)").match(after).hasMatch() &&
            rx(R"(page\s*$)").match(near).hasMatch())
            continue;

        int exponent = 0;
        Unit unit = Unit::count();
        bool unitFound = false;
        const int unitLength = readUnit(after, &exponent, &unit, &unitFound);
        const QString afterUnit = after.mid(unitLength);
        int signLength = 0;
        const QString sign = currencyBefore(near, &signLength);
        if (!sign.isEmpty()) {
            unit = Unit::currencyOf(sign);
            unitFound = true;
            near.chop(signLength);
        }
        const bool scaledOrUnit = unitFound || exponent != 0;

        if (!scaledOrUnit) {
            if (fraction.isEmpty() && isYear(digits) &&
                !place.tables.isYearValue(place.line, span.start + at - place.lineStart))
                continue; // a year: the period of other numbers
            if (rx(R"(^(?:年|s\b|'s\b|/\d|-\d|–\d))").match(after).hasMatch())
                continue;
            if (rx(R"(\d[-/]$)").match(near).hasMatch())
                continue; // "2024-03", "15/03"
            const QString word = lastWord(near);
            if (isMonth(word) || isMonth(after.trimmed().section(u' ', 0, 0)))
                continue; // "March 3", "3 March 2024"
            if (namesSomething(word) && near.endsWith(u' '))
                continue;
            if (rx(R"(^[A-Za-z])").match(after).hasMatch())
                continue; // "5G", "3D"
            if (rx(R"(\bQ$)").match(near).hasMatch())
                continue;
        }

        Candidate c;
        c.start = span.start + at;
        c.end = span.start + end + unitLength;
        c.value = scaled(digits + fraction, exponent);
        if (!std::isfinite(c.value))
            continue; // hundreds of digits: no number a report states
        c.unit = unit;
        // A range: the number before is its low end, in this number's unit and scale, and no
        // number of its own.
        if (const std::optional<RangeLow> low =
                rangeLowBefore(near, after.left(unitLength).trimmed(), exponent);
            low && low->value < c.value) {
            c.high = c.value;
            c.value = low->value;
            // near starts nearChars before the number, whatever was chopped off its end.
            const int lowStart = span.start + std::max(0, at - nearChars) + low->digitsAt;
            c.start = lowStart;
            near.chop(near.size() - low->phraseAt);
            // It was read as a number of its own, when it could be.
            for (qsizetype i = out->size() - 1; i >= 0; --i) {
                if (out->at(i).start == lowStart) {
                    out->removeAt(i);
                    break;
                }
            }
        }
        const bool negative = near.endsWith(u'-') && !near.endsWith(u"--"_s) &&
                              (near.size() < 2 || !near.at(near.size() - 2).isDigit());
        if (negative)
            near.chop(1);
        c.qualifier = qualifierBefore(&near);
        // The sign, the minus and the qualifier words before it are its phrase, as are the
        // qualifier words after ("6,000+", "5万以上").
        c.phraseStart = span.start + phraseStartOf(s, at, near);
        c.phraseEnd = c.end;
        int length = 0;
        const bool afterItsUnit = !afterUnit.isEmpty();
        const Qualifier qualifierAfterIt =
            qualifierAfter(afterItsUnit ? afterUnit : after, &length);
        if (c.qualifier == Qualifier::Exact)
            c.qualifier = qualifierAfterIt;
        if (length > 0)
            c.phraseEnd = span.start + end + (afterItsUnit ? unitLength : 0) + length;
        if (c.qualifier == Qualifier::Exact)
            c.qualifier = chineseQualifierOverWhole(near);
        if (negative ||
            (falls(near) && (unit.is(UnitKind::Percent) || unit.is(UnitKind::PercentagePoints))))
            c.value = -c.value;
        out->append(c);
    }
}

// The unit a table's header cell names in brackets, for the bare numbers of its column or row:
// "Units (million)", "Wind (GW)", "Share (%)", "Cloud (€m)", "Revenue (US$ bn)",
// "(in € millions)", "营业收入（亿元）", "产量（万辆）". found: the brackets hold a unit or a scale
// and nothing else.
struct HeaderUnit
{
    bool found = false;
    Unit unit = Unit::count();
    int exponent = 0;
};

// The last brackets of a header cell ("Revenue (Q4) (€m)"), full-width ones included.
QRegularExpressionMatch lastBrackets(const QString &cell)
{
    static const QRegularExpression inBrackets(u"\\s*[(\uff08]([^()\uff08\uff09]*)[)\uff09]"_s);
    QRegularExpressionMatch m;
    for (auto it = inBrackets.globalMatch(cell); it.hasNext();)
        m = it.next();
    return m;
}

HeaderUnit unitOfHeader(const QString &cell)
{
    HeaderUnit h;
    // In brackets, or the whole cell ("€ million", "Tonnes", "%" over a column).
    const QRegularExpressionMatch m = lastBrackets(cell);
    QString words = (m.hasMatch() ? m.captured(1) : cell).simplified();
    words.remove(rx(R"(^in\s+)"));
    // "in millions", "billions of US dollars": the scale words as a number's.
    words.replace(rx(R"(\b(thousand|million|billion|trillion)s\b)"), u"\\1"_s);
    words.replace(rx(R"(\b(thousand|million|billion|trillion) of\s+)"), u"\\1 "_s);
    if (words.isEmpty() || words.contains(rx(R"(\d)")))
        return h; // "(2023)", "(RMB 100 million)": no unit of the cells
    // A currency sign first ("€m", "US$ bn", "RMB million"): its currency, then the scale.
    Unit sign = Unit::count();
    bool signFound = false;
    for (qsizetype k = std::min<qsizetype>(4, words.size()); k >= 1 && !signFound; --k) {
        int length = 0;
        const QString code = currencyBefore(words.left(k), &length);
        if (!code.isEmpty() && length == k &&
            (k == words.size() || !words.at(k).isLetter() || !words.at(k - 1).isLetter())) {
            sign = Unit::currencyOf(code);
            signFound = true;
            words = words.mid(k).trimmed();
        }
    }
    bool unitFound = false;
    int length = readUnit(words, &h.exponent, &h.unit, &unitFound);
    // A Chinese measure word after the scale: "万辆" is ten thousands of vehicles, "亿块" a
    // hundred millions of pieces.
    static const QString measureWords = u"人辆家个名户台座项件所位种只次块张部条架艘套头枚"_s;
    if (length + 1 == words.size() && measureWords.contains(words.at(length)))
        ++length;
    // A Chinese unit's name after the scale: "亿千瓦时" is a hundred million kWh.
    static const QList<QPair<QString, QString>> chineseUnits = {
        {u"千瓦时"_s, u"kWh"_s}, {u"度"_s, u"kWh"_s},    {u"千瓦"_s, u"kW"_s},
        {u"吨"_s, u"t"_s},       {u"公里"_s, u"km"_s},   {u"千米"_s, u"km"_s},
        {u"平方米"_s, u"m²"_s},  {u"立方米"_s, u"m³"_s}, {u"千克"_s, u"kg"_s},
        {u"公斤"_s, u"kg"_s}};
    if (!unitFound && !signFound) {
        for (const auto &[name, symbol] : chineseUnits) {
            if (words.mid(length) == name) {
                h.unit = Unit::custom(Text(symbol), Text(symbol));
                unitFound = true;
                length = int(words.size());
                break;
            }
        }
    }
    if (length != words.size() || (signFound && unitFound))
        return h;
    if (signFound)
        h.unit = sign;
    h.found = signFound || unitFound || h.exponent != 0;
    return h;
}

// A table's column header gives the cells below it what it names: a unit ("Units (million)",
// "Wind (GW)", "Share (%)", "Cloud (€m)") to bare counts, and a period ("2023", "Share 2023",
// "Q4 2023") to every cell. A unit in the row's label ("Revenue (US$ bn)", "Output (TWh)")
// gives it to the row's bare counts, and one in the header's first cell to the whole table's,
// where their column names none. Columns are told by the separators' positions in the row.
// header: the header's names by column (none when the table has none); cells: the row's, by
// column; rowStart: where the row's line starts in the text.
// What a header's cell says of its column: its unit and period.
struct HeaderFacts
{
    HeaderUnit unit;
    QString period;
};

// facts: per column of this header, read once for all its rows.
void applyHeader(const QStringList &header, const QStringList &cells, const TextTables &tables,
                 qsizetype line, qsizetype rowStart, QHash<qsizetype, HeaderFacts> *facts,
                 QList<Candidate> *found)
{
    auto factsOf = [&](qsizetype column) {
        auto it = facts->find(column);
        if (it != facts->end())
            return *it;
        HeaderFacts h;
        const QString &cell = header.at(column);
        h.unit = unitOfHeader(cell);
        h.period = quarterOrHalfIn(cell);
        if (h.period.isEmpty()) {
            // One year, not two ("2022-2023" is a change, not a period of a cell).
            auto years = rx(R"((?<!\d)((?:19|20)\d\d)(?!\d))").globalMatch(cell);
            if (years.hasNext()) {
                const QString first = years.next().captured(1);
                if (!years.hasNext())
                    h.period = first;
            }
        }
        facts->insert(column, h);
        return h;
    };
    // The row's label is its first cell.
    const HeaderUnit rowUnit = cells.isEmpty() ? HeaderUnit() : unitOfHeader(cells.first());
    const HeaderUnit tableUnit = header.isEmpty() ? HeaderUnit() : factsOf(0).unit;
    for (Candidate &c : *found) {
        const int column = tables.columnAt(line, c.start - rowStart);
        if (column <= 0 || !c.unit.is(UnitKind::Count)) {
            if (column >= 0 && column < header.size())
                c.period = factsOf(column).period;
            continue;
        }
        const HeaderFacts h = column < header.size() ? factsOf(column) : HeaderFacts();
        c.period = h.period;
        const HeaderUnit &u = h.unit.found ? h.unit : rowUnit.found ? rowUnit : tableUnit;
        if (!u.found)
            continue;
        c.unit = u.unit;
        // As the text writes it with the header's scale: 512.8 in €m is 512800000, not
        // 512799999.99999994 (a product of doubles).
        if (u.exponent != 0)
            c.value = scaled(QString::number(c.value, 'g', 15), u.exponent);
    }
}

} // namespace

QList<FoundNumber> findNumbers(const QString &text)
{
    const QString folded = foldFullWidth(text);
    QList<int> lineStarts{0};
    for (int i = 0; i < folded.size(); ++i) {
        if (folded.at(i) == u'\n')
            lineStarts.append(i + 1);
    }
    QList<FoundNumber> out;
    const Dateline datedBy = datelineIn(folded);
    const QDate dateline = datedBy.date;
    const qsizetype datelineLine = datedBy.line;
    const int textYear = dateline.isValid() ? dateline.year() : 0;
    const TextTables tables(folded);
    qsizetype headerOf = -1;                   // the header line whose names are read
    QStringList header;                        // its names, by column
    QHash<qsizetype, HeaderFacts> headerFacts; // what they say, per column
    QString previousYear;                      // the last year the sentence before names
    // A sentence goes on after "；" in the span that follows on its line: the period that opens
    // it ("1-10月，…；其中，…；非税收入…。") is its later clauses' too (SentenceFacts::periodOf).
    QString carried;
    qsizetype carriedLine = -1;
    // The period of the first number of the sentence before, when it states numbers and is no
    // table's row: an "Of this," after it goes on from that; or the sentence itself when it
    // states none ("2025年1—10月，收入平稳。其中，…": the period it opens with), read only then.
    std::optional<QString> previousFirst;
    QString previousWithout;
    for (const Span &span : sentences(folded, tables, datedBy.beforeStory)) {
        QList<Candidate> found;
        const qsizetype spanLine =
            std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), span.start) -
            lineStarts.cbegin() - 1;
        findInSentence(folded, span, {tables, spanLine, lineStarts.at(spanLine)}, &found);
        const QString row = folded.mid(span.start, span.end - span.start);
        const bool tableRow = tables.isRow(spanLine) && tables.headerLine(spanLine) >= 0;
        const QString rowLabel = tableRow ? tables.rowCells(spanLine).value(0) : QString();
        if (tables.isRow(spanLine) && tables.headerLine(spanLine) != spanLine) {
            if (tables.headerLine(spanLine) != headerOf) {
                headerOf = tables.headerLine(spanLine);
                header = tables.headerNames(spanLine);
                headerFacts.clear();
            }
            applyHeader(header, tables.rowCells(spanLine), tables, spanLine,
                        lineStarts.at(spanLine), &headerFacts, &found);
        }
        const bool continues = carriedLine == spanLine && !tables.isRow(spanLine);
        // "Of this, tax revenue was…", "其中，税收收入…": a sentence that goes on from the one
        // before, of its first number's period (and year) where it names none of its own.
        static const QRegularExpression ofThis(
            u"^(?:of (?:this|these|that|which|them|it|the total)\\b|among (?:them|these)\\b|"
            u"(?:这|在这)?其中)"_s,
            QRegularExpression::CaseInsensitiveOption);
        const bool goesOnFrom = !continues && !tables.isRow(spanLine) &&
                                (previousFirst || !previousWithout.isEmpty()) &&
                                ofThis.match(row).hasMatch();
        QString inherited = continues ? carried : QString();
        if (goesOnFrom)
            inherited = previousFirst
                            ? *previousFirst
                            : SentenceFacts(previousWithout, {}, dateline, {}, {}).openingPeriod();
        const QString without = std::exchange(previousWithout, QString());
        const bool goesOn =
            span.end > span.start && folded.at(span.end - 1) == u'；' && !tables.isRow(spanLine);
        const std::optional<QString> before = std::exchange(previousFirst, std::nullopt);
        if (found.isEmpty()) {
            if (goesOn) {
                if (!continues)
                    carried = SentenceFacts(row, {}, dateline, previousYear, {}).openingPeriod();
                carriedLine = spanLine;
            } else {
                carriedLine = -1;
            }
            // The dateline's year is no year of the sentence after it: a part of a year with none
            // of its own is of the dateline's year only once it has ended (SentenceFacts).
            previousYear =
                spanLine == datelineLine ? QString() : lastPeriodYear(yearsIn(row, {}, textYear));
            if (spanLine != datelineLine && !tables.isRow(spanLine))
                previousWithout = goesOnFrom || continues ? without : row;
            continue;
        }
        std::sort(found.begin(), found.end(),
                  [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
        QList<Span> phrases;
        phrases.reserve(found.size());
        for (const Candidate &c : std::as_const(found))
            phrases.append({c.start - span.start, c.end - span.start});
        const SentenceFacts facts(row, phrases, dateline, previousYear, inherited,
                                  continues || goesOnFrom);
        previousYear = facts.lastYear();
        if (goesOn) {
            if (!continues)
                carried = facts.openingPeriod();
            carriedLine = spanLine;
        } else {
            carriedLine = -1;
        }
        const QString quote = text.mid(span.start, span.end - span.start); // shared by its numbers
        QString firstPeriod; // of its first number, for a sentence that goes on from it
        for (qsizetype k = 0; k < found.size(); ++k) {
            const Candidate &c = found.at(k);
            if (!std::isfinite(c.value))
                continue; // a header's scale on hundreds of digits
            FoundNumber n;
            const auto line = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), c.start);
            n.line = int(line - lineStarts.cbegin());
            n.column = c.start - *(line - 1) + 1;
            n.value = c.value;
            n.high = c.high;
            n.unit = c.unit;
            n.qualifier = c.qualifier;
            const int rel = c.start - span.start;
            bool ownPeriod = !c.period.isEmpty();
            const auto settle = [&](const QString &period) {
                n.period = period;
                n.relativePeriod.clear();
                // In a table's row only the header and the row's label name periods: the year a
                // plant opened ("| Leeds | 1998 | 420 |") is not its staff's.
                if (tableRow && c.period.isEmpty() && !n.period.isEmpty() &&
                    !rowLabel.contains(QString::number(yearOf(n.period)))) {
                    n.period.clear();
                    ownPeriod = false;
                }
                // A half or quarter of "this year" in a text that says not when it was written:
                // no period.
                if (isRelativePeriod(n.period)) {
                    n.relativePeriod = n.period;
                    n.period.clear();
                }
            };
            const QString period = ownPeriod ? c.period : facts.periodOf(k, &ownPeriod);
            if (k == 0)
                firstPeriod = period;
            settle(period);
            n.status = facts.statusOf(k, n.period, ownPeriod);
            // A projection may be of a period the text's date has not reached: "预计12月份" in
            // November.
            if (n.status == Status::Projected && c.period.isEmpty()) {
                bool own = false;
                if (const QString projected = facts.periodOf(k, &own, true); projected != period) {
                    ownPeriod = own;
                    settle(projected);
                }
            }
            n.quote = quote;
            n.quoteStart = rel;
            n.quoteEnd = int(std::min<qsizetype>(c.end - span.start, n.quote.size()));
            n.phraseStart = int(std::clamp<qsizetype>(c.phraseStart - span.start, 0, rel));
            n.phraseEnd =
                int(std::clamp<qsizetype>(c.phraseEnd - span.start, n.quoteEnd, n.quote.size()));
            out.append(n);
        }
        if (!tables.isRow(spanLine))
            previousFirst = goesOnFrom || continues ? before : firstPeriod;
    }
    return out;
}

QDate datelineOf(const QString &text)
{
    return datelineIn(text).date;
}

QString bylinePublisherOf(const QString &text)
{
    return datelineIn(text).publisher;
}

namespace {

Dateline datelineIn(const QString &text)
{
    // The first lines that say something: a title, a byline, the dateline.
    constexpr int linesRead = 6;
    // A byline in Markdown's emphasis ("*Published 14 September 2026 by X*", "_By X, 14
    // September 2026_") is one all the same; "By X, " before the date names its publisher.
    static const QRegularExpression label(
        u"^\\s*[*_]{0,3}\\s*(?:by\\s+([^,，\\n*_]{2,60}?)\\s*[,，]\\s*)?"
        u"(?:(?:published|posted|updated|date|dated|released)(?: on)?\\s*[:：]?|"
        u"(?:发布时间|发布日期|更新时间|发稿时间|发布|更新|发稿|日期|时间)\\s*[:：]?)?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    // After the date: "by X" and the emphasis' end ("... 2026 by Example Research*").
    static const QRegularExpression byAfter(u"^\\s+by\\s+([^*_\\n]{2,80}?)\\s*[*_]{0,3}\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // A wire's place before its date: "Beijing, ", "NEW YORK, ", "St. Louis, ".
    // Or a Chinese agency's and its place before a date with its year:
    // "新华社北京2025年11月20日电".
    static const QRegularExpression place(u"^(?:[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}, "
                                          u"|(?:新华社|中新社|中新网)\\p{Han}{0,8}?"
                                          u"(?=(?:19|20)\\d\\d ?年))?"_s);
    // With its year, then without ("NOV 20 (Reuters) -", "BEIJING, Nov. 20 (Xinhua) --"), which
    // is the story's date all the same but gives none to read periods by.
    static const QRegularExpression forms(
        u"^(?:((?:19|20)\\d\\d) ?年 ?(\\d{1,2}) ?月 ?(\\d{1,2}) ?日|"
        u"((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)|"
        u"(\\d{1,2}) ([A-Za-z]{3,9})\\.? ((?:19|20)\\d\\d)\\b|"
        u"([A-Za-z]{3,9})\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)\\b|"
        u"([A-Za-z]{3,9})\\.? (\\d{1,2})\\b|(\\d{1,2}) ([A-Za-z]{3,9})\\b\\.?)"_s);
    // After the date: the agency ("(Reuters)", "/PRNewswire/") and the dash before the story.
    static const QRegularExpression agency(u"^\\s*(?:\\([^()\\n]{1,30}\\)|/[^/\\n]{1,30}/)"_s);
    static const QRegularExpression dash(u"^\\s*(?:--|[—–-]|电)\\s*"_s);
    // The date alone, or before a byline or the story ("August 12, 2025 — ..."); one that
    // starts a sentence ("2025年8月12日，公司宣布…") is what happened that day.
    // "电" after a Chinese agency's date ("…2025年11月20日电 国家统计局…").
    static const QRegularExpression after(
        u"^(?:\\s*[*_]{0,3}\\s*$|\\s+|\\s*[—–|·(（/]|电(?:\\s|$))"_s);
    Dateline found;
    int read = 0;
    qsizetype index = -1;
    qsizetype lineStart = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++index;
        const qsizetype thisLine = lineStart;
        lineStart += line.size() + 1;
        if (line.trimmed().isEmpty())
            continue;
        if (++read > linesRead)
            break;
        const QString l = line.toString();
        const QRegularExpressionMatch labelled = label.match(l);
        qsizetype from = labelled.capturedEnd();
        if (from == 0)
            from = place.match(l).capturedEnd();
        const QString rest = l.mid(from);
        const QRegularExpressionMatch m = forms.match(rest);
        if (!m.hasMatch() || !after.match(QStringView(rest).mid(m.capturedEnd())).hasMatch())
            continue;
        qsizetype end = m.capturedEnd();
        const QRegularExpressionMatch by = agency.match(QStringView(rest).mid(end));
        end += by.capturedLength();
        const QRegularExpressionMatch to = dash.match(QStringView(rest).mid(end));
        end += to.capturedLength();
        QDate date;
        const bool yearless = m.capturedLength(13) > 0 || m.capturedLength(15) > 0;
        if (m.capturedLength(1) > 0)
            date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        else if (m.capturedLength(4) > 0)
            date = QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        else if (m.capturedLength(7) > 0)
            date = QDate(m.captured(9).toInt(), monthNumber(m.captured(8)), m.captured(7).toInt());
        else if (m.capturedLength(10) > 0)
            date =
                QDate(m.captured(12).toInt(), monthNumber(m.captured(10)), m.captured(11).toInt());
        // Without a year, a month's day before the agency or the dash: "NOV 20 (Reuters) -".
        const int month = yearless ? monthNumber(m.captured(13) + m.captured(16)) : 0;
        const int day = QString(m.captured(14) + m.captured(15)).toInt();
        const bool wire =
            yearless && month > 0 && day >= 1 && day <= 31 && (by.hasMatch() || to.hasMatch());
        if (!date.isValid() && !wire)
            continue;
        // The story after it on its line is a sentence; the dateline's words are none.
        if (!QStringView(l).mid(from + end).trimmed().isEmpty())
            found.beforeStory.append({thisLine, thisLine + from + end});
        if (date.isValid() && !found.date.isValid()) {
            found.date = date;
            found.line = index;
            found.publisher = labelled.captured(1).trimmed();
            if (found.publisher.isEmpty())
                found.publisher =
                    byAfter.match(QStringView(rest).mid(m.capturedEnd())).captured(1).trimmed();
        }
    }
    return found;
}

} // namespace

std::optional<PeriodDate> dateOfPeriod(const QString &period)
{
    if (std::optional<PeriodDate> iso = PeriodDate::parse(period))
        return iso;
    // The first months of a year as the finder writes them: "Jan–Aug 2025", "2025年1—8月".
    // And other months of a year: "Mar–Aug 2025", "2025年3—8月".
    static const QRegularExpression months(
        u"^(?:([A-Za-z]{3})–([A-Za-z]{3}) ((?:19|20)\\d\\d)|((?:19|20)\\d\\d)年(\\d{1,2})—(\\d{1,2})月)$"_s);
    if (const QRegularExpressionMatch m = months.match(period.simplified()); m.hasMatch()) {
        const bool english = m.capturedLength(3) > 0;
        const int year = (english ? m.captured(3) : m.captured(4)).toInt();
        const int start = english ? monthNumber(m.captured(1)) : m.captured(5).toInt();
        const int end = english ? monthNumber(m.captured(2)) : m.captured(6).toInt();
        return PeriodDate::parse(QStringLiteral("%1-%2/%3")
                                     .arg(year)
                                     .arg(start, 2, 10, QLatin1Char('0'))
                                     .arg(end, 2, 10, QLatin1Char('0')));
    }
    // One month as the finder writes it: "Oct 2025", "2025年10月".
    static const QRegularExpression month(
        u"^(?:([A-Z][a-z]{2}) ((?:19|20)\\d\\d)|((?:19|20)\\d\\d)年(\\d{1,2})月)$"_s);
    if (const QRegularExpressionMatch m = month.match(period.simplified()); m.hasMatch()) {
        const bool english = m.capturedLength(2) > 0;
        const int number = english ? monthNumber(m.captured(1)) : m.captured(4).toInt();
        return PeriodDate::parse(QStringLiteral("%1-%2")
                                     .arg(english ? m.captured(2) : m.captured(3))
                                     .arg(number, 2, 10, QLatin1Char('0')));
    }
    static const QRegularExpression whole(u"^(?:"_s + QString::fromUtf8(halfPattern) + u")$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = whole.match(period.simplified());
    if (!m.hasMatch())
        return std::nullopt;
    const auto [half, year] = halfAndYearOf(m);
    return PeriodDate::parse(QString::number(year) + u"-H"_s + QString::number(half));
}

QString withoutHeaderUnit(const QString &cell)
{
    const QRegularExpressionMatch m = lastBrackets(cell);
    if (!m.hasMatch() || !unitOfHeader(m.captured()).found)
        return cell;
    return QString(cell.left(m.capturedStart()) + cell.mid(m.capturedEnd())).simplified();
}

QString numberText(double value)
{
    if (std::abs(value) < 1e15 && value == std::round(value))
        return QString::number(qint64(value));
    QString s = QString::number(value, 'f', 6);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QString foundNumbersHeader()
{
    return u"line\tcolumn\tvalue\tunit\tqualifier\tperiod\tstatus\tquote"_s;
}

QString foundNumberLine(const FoundNumber &n)
{
    QString quote = n.quote;
    quote.replace(u'\t', u' ');
    quote.replace(u'\n', u' ');
    const QString unit = n.unit.is(UnitKind::Custom) ? n.unit.symbol.text() : n.unit.fileName();
    return QStringList{QString::number(n.line),
                       QString::number(n.column),
                       n.high ? numberText(n.value) + u".."_s + numberText(*n.high)
                              : numberText(n.value),
                       unit,
                       QString(entry(n.qualifier).name),
                       n.period,
                       QString(entry(n.status).name),
                       quote}
        .join(u'\t');
}

} // namespace Figdeck
