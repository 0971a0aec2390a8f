// SPDX-License-Identifier: GPL-3.0-or-later
#include "packdraft.h"

#include "format.h"
#include "numberfinder.h"
#include "textrules.h"
#include "texttables.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Figdeck {

namespace {

// The draft's own words, in the pack's language (not the interface's: a Chinese pack drafted
// under an English interface still reads Chinese). English, then Simplified Chinese.
const QHash<QString, QString> &chineseDraftTexts()
{
    static const QHash<QString, QString> texts{
        {u"This pack was drafted automatically from %1: check every number, label, qualifier and "
         u"figure against the source before presenting it."_s,
         u"本数据包由 %1 自动起草：展示前请逐一对照来源核对每个数字、标签、限定词和图表。"_s},
        {u"The text gives no web address for its source: replace https://source-address.invalid/ "
         u"with the address where readers can find it."_s,
         u"文本未给出来源的网址：请将 https://source-address.invalid/ 替换为读者可以查到来源的地址。"_s},
        {u"The text names periods relative to its own date (%1), but gives no date: those "
         u"numbers are left without a period rather than guessed. Add the date at the top of the "
         u"text (a dateline such as “Published: 12 August 2025”) and draft again, or give each "
         u"number its period."_s,
         u"文本以其自身的日期说明时期（%1），但没有给出这个日期：这些数字的时期留空，不作猜测。"
         u"请在文本开头补上日期（如“发布时间：2025年8月12日”）后重新起草，或逐一填写时期。"_s},
        {u"The text, dated %2, names periods that had not ended by then (%1): a number stated "
         u"for them is no period's whole, so they are left without a period rather than "
         u"guessed. Give each number its period, or the date the figure was for."_s,
         u"文本日期为%2，其中提到的时期（%1）当时尚未结束：所述数字不是该时期的完整数值，"
         u"因此时期留空，不作猜测。请逐一填写时期，或数字所对应的日期。"_s},
        {u"The text gives no date and no year of its numbers: the pack's date, %1, is the day it "
         u"was drafted, not the source's. Replace it with the date the source was published."_s,
         u"文本既未给出日期，也未给出数字所属的年份：数据包的日期%1是起草当天，并非来源的日期。"
         u"请替换为来源的发布日期。"_s},
        {u"line %1: “%2”"_s, u"第%1行“%2”"_s},
        {u"; "_s, u"；"_s},
        {u", "_s, u"、"_s},
        {u"items"_s, u"项"_s},
        {u"units"_s, u"单位"_s},
        {u"Number on line %1"_s, u"第%1行的数字"_s},
        {u"the whole the source describes"_s, u"来源所述的整体"_s},
        {u"The rest"_s, u"其余部分"_s},
        {u"Comparison"_s, u"比较"_s},
        {u"Key figures (%1)"_s, u"关键数字（%1）"_s},
        {u"Key figures"_s, u"关键数字"_s},
        {u"Lower bounds: the source gives only a minimum for %1."_s,
         u"下限：来源只给出了%1的最小值。"_s},
        {u"Upper bounds: the source gives only a maximum for %1."_s,
         u"上限：来源只给出了%1的最大值。"_s},
        {u"Approximate: the source rounds %1."_s, u"近似值：来源对%1作了约数处理。"_s},
        {u"Projections, not observations: %1."_s, u"预测值，而非观测值：%1。"_s},
        {u"Derived from the stated numbers, not stated by the source: %1."_s,
         u"由所述数字推算得出，并非来源直接给出：%1。"_s},
    };
    return texts;
}

// Tiles per drafted tiles figure: a slide holds about four key figures.
constexpr int tilesPerFigure = 4;
// Parts of one whole may add up to this much over 100 (rounding in the source).
constexpr double sharesOver = 0.5;
// Parts adding up to less than this are no whole worth a donut.
constexpr double sharesAtLeast = 50;
// Labels longer than this many words are cut (the quote keeps the whole sentence).
constexpr int labelWords = 7;

bool mostlyChinese(const QString &text)
{
    qsizetype cjk = 0, latin = 0;
    for (QChar c : text) {
        if (isCjk(c))
            ++cjk;
        else if (c.isLetter() && c.unicode() < 0x250)
            ++latin;
    }
    return cjk > latin / 3 && cjk > 0;
}

// The ids given so far, and per base id the next suffix to try: a long text repeats labels
// thousands of times, and counting up from 2 for each was quadratic (23,400 numbers: 16 s).
struct TakenIds
{
    QSet<QString> ids;
    QHash<QString, int> next;
};

// Lowercase letters, digits and hyphens, unique in `taken`.
QString uniqueId(const QString &wanted, const QString &fallback, TakenIds *taken)
{
    QString id;
    for (QChar c : wanted.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    id = id.left(40);
    while (id.endsWith(u'-'))
        id.chop(1);
    if (id.isEmpty() || !id.at(0).isLetter())
        id = fallback + (id.isEmpty() ? QString() : u'-' + id);
    QString candidate = id;
    int &n = taken->next[id];
    if (n < 2)
        n = 2;
    while (taken->ids.contains(candidate))
        candidate = id + u'-' + QString::number(n++);
    taken->ids.insert(candidate);
    return candidate;
}

// What a table's counts count, when the bracket of their row's label or column's name says it
// with a Chinese counter: "交付量（辆）", "汽车产量（万辆）" count 辆; empty for none.
QString counterOf(const QString &rowLabel, const QString &columnName)
{
    static const QRegularExpression counter(
        u"[(\uff08]\\s*[十百千万亿]*(\\p{Han}{1,2})\\s*[)\uff09]\\s*$"_s);
    for (const QString &name : {rowLabel, columnName}) {
        if (const QRegularExpressionMatch m = counter.match(name); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

// Words that end a label's phrase before the number: verbs and qualifiers ("reached about").
const QRegularExpression &trailingFiller()
{
    static const QRegularExpression rx(
        u"(?:\\s+|^)(?:is|are|was|were|be|been|has|have|had|will|would|could|may|might|"
        u"reached|reach|reaches|hit|hits|totalled|totaled|totals|stood|stands|at|to|of|by|"
        u"from|was|rose|rise|rises|risen|grew|grow|grown|fell|fall|falls|fallen|dropped|"
        u"declined|increased|decreased|climbed|jumped|exceeded|exceeding|exceeds|surpassed|surpass|"
        u"remaining|"
        u"surpassing|topped|over|above|more|than|less|fewer|under|below|about|around|roughly|"
        u"approximately|some|nearly|almost|up|down|least|no|most|as|many|much|an|a|the|estimated|"
        u"expected|projected|forecast|set|seen|account|accounted|accounting|for|made|make|"
        u"makes|represented|represents|amounted|amounts|amount|reaching|with|and|while|"
        u"roughly|just|only|another|additional|further|its|their|it|they|per|cent|held|holds|"
        u"hold|holding|carried|carries|carry|sold|sells|shipped|ships|handled|handles|served|"
        u"serves|recorded|records|reported|reports|posted|posts|employed|employs|produced|"
        u"produces|generated|generates|earned|earns|saw|sees|compared|pass|passes|passed|"
        u"top|tops|exceed|between|slowed|slows|accelerated|eased|surged|soared|slipped|"
        u"rebounded|recovered|stalled|slumped|plunged|continued|took|takes|take|taking|captured|"
        u"captures|claimed|claims|commanded|commands|controlled|controls|won|wins|a\\s+total|"
        u"approx\\.?|est\\.?|"
        // "after rising 1.4%": a change's verb after another number's.
        u"rising|falling|growing|declining|increasing|decreasing|after|"
        // "Orders year to date total 4,200": the verb, not "the total" or "a total".
        u"(?<=\\w\\s)(?<!\\bthe\\s)(?<!\\ba\\s)total)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}

const QRegularExpression &trailingChineseFiller()
{
    static const QRegularExpression rx(
        u"(?:超过|逾|达到|达|为|突破|约|接近|近|不足|将|已|已经|增长|下降|占|约为|共|有|"
        u"的|了|在|是|到|仅|只有)+$"_s);
    return rx;
}

// The words of quote from `from` to `at`, after the last clause mark (comma, semicolon, bracket,
// dash, a hyphen or two between spaces as a wire's "HAMBURG (Wire) - " writes it, Chinese
// punctuation) among them. *mark: where that mark starts in quote, -1 for none.
QString ownClause(const QString &quote, int at, int from, qsizetype *mark = nullptr)
{
    QString before = quote.mid(from, at - from);
    static const QRegularExpression clause(u"[,;:()\\[\\]|\u2014\u2013\uff0c\u3002\uff1b\uff1a"
                                           u"\u3001\uff08\uff09]|\\s--?\\s"_s);
    QRegularExpressionMatch m;
    const qsizetype cut = before.lastIndexOf(clause, -1, &m);
    if (cut >= 0)
        before = before.mid(cut + m.capturedLength());
    if (mark)
        *mark = cut >= 0 ? from + cut : -1;
    return before;
}

// The English names of one month, as a period's words write them ("October", "Oct 2025").
#define FIGDECK_MONTH_NAMES                                                                        \
    "January|February|March|April|May|June|July|August|September|October|November|December|"       \
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"

// The words of a period at the start of a label's words, with the preposition before it: a
// year ("in 2024", "2024年底"), a quarter or a half that names its year or not ("Q2 2025",
// "2024-H1", "the first half of 2025", "Q1 this year", "2024年一季度", "第二季度", "下半年"),
// or one relative to the text's date ("今年上半年", "去年第四季度", "last year's second half").
const QRegularExpression &periodWords()
{
    static const QRegularExpression rx(
        u"^(?:(?:in|by|since|during|for|of)\\s+)?(?:the\\s+)?(?:"
        // English: 2024, 2024 Q1, 2024-H2, Q2 2025, H1, Q1 this year, first half of 2025.
        u"(?:19|20)\\d\\d(?:\\s*-?\\s*[QH][1-4])?|[QH][1-4](?:\\s*(?:19|20)\\d\\d|\\s+(?:of\\s+)?"
        u"(?:this|last|next)\\s+year)?|(?:first|second|third|fourth)[ -](?:half|quarter)"
        u"(?:\\s+of\\s+(?:(?:19|20)\\d\\d|(?:this|last|next)\\s+year))?|"
        u"(?:this|last|next)\\s+year's\\s+(?:first|second|third|fourth)\\s+(?:half|quarter)|"
        // Months of a year: "the first three quarters of 2025", "January-August 2025", "January
        // to August", "Jan–Aug 2024", "the first eight months", "March to August 2025", "Jul–Sep".
        u"first\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+"
        u"(?:quarters|months)(?:\\s+of\\s+(?:19|20)\\d\\d)?|"
        u"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\\.?\\s*(?:-|–|—|to|through|until)"
        u"\\s*(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
        u"(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?|"
        // One month: "October", "October's", "Oct 2025", "October of last year", "last month's".
        u"(?-i:" FIGDECK_MONTH_NAMES ")\\b\\.?(?:'s)?(?:\\s+(?:of\\s+)?(?:(?:19|20)\\d\\d|"
        u"(?:this|last|next)\\s+year))?|(?:last|this)\\s+month(?:'s)?"
        u")(?:\\s+|$)|"
        // Chinese: 2025年10月, 10月份, 今年10月, 上月 (not 10月末, a time at the month's end).
        u"^(?:(?:(?:19|20)\\d\\d\\s*年|" FIGDECK_ZH_RELATIVE_YEARS
        ")(?:的)?\\s*)?\\d{1,2}\\s*月份?+"
        u"(?![末底初\\d日号])|^(?:上个?|本)月(?![末底初])|"
        // Chinese: 2024年1—8月, 1至8月, 3-8月, 7—9月, 前三季度, 前8个月.
        u"^(?:(?:19|20)\\d\\d\\s*年)?(?:的)?\\s*(?:\\d{1,2}\\s*[-—–~～至到]\\s*\\d{1,2}\\s*月份?|"
        u"前\\s*[两二三]\\s*个?\\s*季度|前\\s*(?:十一|[两二三四五六七八九十]|\\d{1,2})\\s*个\\s*月)"
        u"|"
        // Chinese: 2024年一季度, 2024年第三季度, 2024年Q3, 今年上半年, 二季度, 下半年, 2024年底.
        u"^(?:(?:19|20)\\d\\d\\s*年|" FIGDECK_ZH_RELATIVE_YEARS ")?(?:的)?\\s*"
        u"(?:(?:第\\s*)?[一二三四1-4]\\s*季度|Q[1-4]|[上下]半年)|^(?:19|20)\\d\\d\\s*年(?:底|末|初|度)?"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}

// A period named relative to the text's date, wherever a label's words hold it: "last year",
// "last October", "next year's", "for this year", "in the second half of last year", "Q4 of last
// year", "去年", "明年全年", "今年上半年", "去年第四季度". The number's period says it (of the
// dateline's year, or left for the user with the "relative-periods" caveat): as a name it would be
// read from the reader's own date. Not "the last year" (twelve months), nor one compared with
// ("growth since last year", "比去年", "去年同期"), whose words say what the number is, nor
// the whole a share is of ("不足去年全年的80%": the label's words end with it and "的").
const QRegularExpression &relativePeriodWords()
{
    static const QRegularExpression rx(
        // A month of the text's year or the year before: "last October", "in this December".
        u"(?:\\b(?:in|during|for|of|by)\\s+)?(?<!\\bthe )(?<!since )(?<!from )(?<!than )"
        u"\\b(?:last|this|next)\\s+(?-i:" FIGDECK_MONTH_NAMES ")\\b(?:'s)?|"
        // A year to a date the text does not name: "so far this year", "year to date", "今年以来".
        u"(?:\\b(?:in|for)\\s+)?(?:\\bso far this year|\\bthis year (?:so far|to date)|"
        u"(?:\\bthe\\s+)?\\byear[- ]to[- ]date|\\bsince the (?:start|beginning) of (?:the|this) "
        u"year)\\b|(?:今年|本年|年初)(?:以来|至今)|"
        // The first months of a year of "this year": "the first three quarters of this year",
        // "今年1—8月", "去年前三季度".
        u"(?:\\b(?:in|during|for|of)\\s+)?(?:the\\s+)?\\bfirst\\s+(?:two|three|four|five|six|seven|"
        u"eight|nine|ten|eleven|\\d{1,2})\\s+(?:quarters|months)\\s+of\\s+(?:this|last|next)\\s+"
        u"year\\b|(?:" FIGDECK_ZH_RELATIVE_YEARS
        ")(?:的)?\\s*(?:\\d{1,2}\\s*[-—–~～至到]\\s*\\d{1,2}\\s*月份?|"
        u"前\\s*[两二三]\\s*个?\\s*季度|前\\s*(?:十一|[两二三四五六七八九十]|\\d{1,2})\\s*个\\s*月)"
        u"|"
        u"(?:\\b(?:in|during|for|of|by)\\s+)?(?:the\\s+)?(?:\\b(?:first|second|third|fourth)[ -]"
        u"(?:half|quarter)\\s+of\\s+|\\b[QH][1-4]\\s+(?:of\\s+)?)?(?<!\\bthe )(?<!since )"
        u"(?<!from )(?<!than )(?<!with )(?<!to )(?<!on )(?<!over )(?<!versus )(?<!vs\\. )"
        u"\\b(?:this|last|next)\\s+year(?:'s(?:\\s+(?:first|second|third|fourth)\\s+"
        u"(?:half|quarter)\\b)?|\\b)|"
        u"(?<![比较与同])(?:" FIGDECK_ZH_RELATIVE_YEARS
        ")(?:全年|年度)?+(?!同期|以来|前|的\\s*$)(?:的)?"
        u"(?:\\s*(?:[上下]半年|(?:第\\s*)?[一二三四1-4]\\s*季度|Q[1-4]))?"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}

// A label as it starts a line: its first letter a capital ("workloads on its own chips" is
// "Workloads on its own chips"); Chinese, and an empty label, as they are.
QString capitalised(QString label)
{
    if (!label.isEmpty() && !isCjk(label.front()))
        label[0] = label.at(0).toUpper();
    return label;
}

// The words before the number in its clause (after `from`, the end of the sentence's number
// before it), without verbs and qualifiers: "The share of the top five vendors fell to about
// 61%" gives "Share of the top five vendors", "Bolt 25% and Crane 15%" gives "Crane" for 15%.
QString labelBefore(const QString &quote, int at, int from)
{
    qsizetype mark = -1;
    QString before = ownClause(quote, at, from, &mark);
    // "New installations slowed: 2.1 GW were connected": a colon that leads straight into the
    // number leaves its measure before it.
    if (before.trimmed().isEmpty() && mark >= 0 &&
        (quote.at(mark) == u':' || quote.at(mark) == u'\uff1a'))
        before = ownClause(quote, int(mark), from);
    // Currency and qualifier signs before the number ("≈ $165 billion", "RMB 820 million") are
    // not its label.
    static const QRegularExpression signs(
        u"(?:(?:[$\u20ac\u00a3\u00a5\uffe5\u2248~<>\u2264\u2265-]|\\b(?:RMB|USD|EUR|CNY|GBP|"
        u"JPY|US\\$|HK\\$))\\s*)+$"_s);
    before.remove(signs);
    // Before the verbs go: "不足去年全年的" is of a whole, "Revenue last year was" of a period.
    before.remove(relativePeriodWords());
    before = before.simplified();
    // Comparison fragments name what the number is compared with, not what it measures:
    // "比上年增长" is a change on the year before, "同比" one on the same time a year before.
    static const QRegularExpression comparison(
        u"(?:比|较)(?:上年|去年|上月|上季度|上年同期|去年同期|上年末|年初|(?:19|20)\\d\\d年)"
        u"(?:同期)?(?:末|底)?|同比|环比|\\b(?:year[- ]on[- ]year|y/y|yoy|on the "
        u"(?:year|quarter|month)|"
        u"from a year (?:earlier|ago|before)|compared (?:with|to) a year (?:earlier|ago))\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A period after the measure's name is the number's period ("Exports in 2025 were",
    // "Revenue in the third quarter of 2025 was", "Exports in March to August 2025 were"), not
    // words of its label: the same measure over periods keeps one label.
    static const QRegularExpression trailingPeriod(
        u"\\s+(?:in|during|for|over)\\s+(?:the\\s+)?(?:(?:19|20)\\d\\d(?:\\s*-?\\s*[QH][1-4])?|"
        u"[QH][1-4]\\s*(?:19|20)\\d\\d|(?:first|second|third|fourth)[ -](?:half|quarter)"
        u"(?:\\s+of\\s+(?:19|20)\\d\\d)?|first\\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
        u"eleven|\\d{1,2})\\s+(?:quarters|months)(?:\\s+of\\s+(?:19|20)\\d\\d)?|"
        u"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov)[a-z]*\\.?\\s*(?:-|–|—|to|through|until)"
        u"\\s*(?:Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?"
        u"(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?|(?-i:" FIGDECK_MONTH_NAMES ")\\b\\.?"
        u"(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (int guard = 0; guard < 20; ++guard) {
        const QString shorter = QString(before)
                                    .remove(trailingFiller())
                                    .remove(trailingChineseFiller())
                                    .remove(comparison)
                                    .remove(trailingPeriod)
                                    .simplified();
        if (shorter == before)
            break;
        before = shorter;
    }
    // Who says or expects it is not what it measures: "Developers expect" gives nothing,
    // "Analysts expect sales" gives "sales", "数据显示" nothing.
    static const QRegularExpression saying(
        u"^(?:.*\\s)?(?:expects?|expected|expecting|says?|said|saying|predicts?|predicted|"
        u"forecasts?|believes?|believed|thinks?|thought|anticipates?|anticipated|told|claims?|"
        u"claimed|warns?|warned|suggests?|suggested|according to)"
        u"(?:\\s+(?:on|last|this)\\s+\\w+|\\s+(?:today|yesterday))?(?:\\s+that)?(?:\\s+|$)|"
        u"^.*(?:预计|预期|预测|表示|认为|指出|显示|估计)"_s,
        QRegularExpression::CaseInsensitiveOption);
    before.remove(saying);
    before = before.simplified();
    static const QRegularExpression leading(
        u"^(?:(?:the|a|an|and|but|in|of|with|while|its|their)\\s+)+|^(?:而|但|并且|其中|另外|此外)"_s,
        QRegularExpression::CaseInsensitiveOption);
    before.remove(leading);
    // "约为全球销量的60%", "不足去年全年的80%": the about and the less-than are the qualifier's,
    // not the label's.
    static const QRegularExpression leadingChinese(
        u"^(?:约为|约占|大约|约有|约达|约|占|不足|低于|少于|超过|高于|多于|接近|将近)"_s);
    before.remove(leadingChinese);
    // A period is the number's period, never its label, wherever the sentence names it before
    // the number: "In 2024 sales" keeps "sales"; "in Q2 2025 and", "in H2 2024 and", "in 2024
    // and" (between two numbers of one measure) keep nothing; so do "二季度为", "下半年".
    before.remove(periodWords());
    before = before.simplified();
    QStringList words = before.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > labelWords)
        words = words.mid(words.size() - labelWords);
    return capitalised(words.join(u' '));
}

// What a count's verb before it does to the thing after it: "employs about 6,400 people" are
// "People employed", "handled 4.1 million parcels" "Parcels handled"; "has 40 stores" just
// "Stores" (an empty participle). found: whether the word is such a verb at all.
QString participleOf(const QString &verb, bool *found)
{
    static const QList<QPair<QRegularExpression, QString>> verbs = [] {
        QList<QPair<QRegularExpression, QString>> v;
        const char *const table[][2] = {
            {"employ(?:s|ed|ing)?", "employed"},
            {"handle[sd]?|handling", "handled"},
            {"serve[sd]?|serving", "served"},
            {"sells?|sold|selling", "sold"},
            {"ship(?:s|ped|ping)?", "shipped"},
            {"produce[sd]?|producing", "produced"},
            {"carr(?:y|ies|ied|ying)", "carried"},
            {"deliver(?:s|ed|ing)?", "delivered"},
            {"process(?:es|ed|ing)?", "processed"},
            {"hire[sd]?|hiring", "hired"},
            {"add(?:s|ed|ing)?", "added"},
            {"builds?|built|building", "built"},
            {"register(?:s|ed|ing)?", "registered"},
            {"install(?:s|ed|ing)?", "installed"},
            {"create[sd]?|creating", "created"},
            {"open(?:s|ed|ing)?", "opened"},
            {"welcome[sd]?|welcoming", "welcomed"},
            {"treat(?:s|ed|ing)?", "treated"},
            {"attract(?:s|ed|ing)?", "attracted"},
            {"recruit(?:s|ed|ing)?", "recruited"},
            {"ha[sd]|have|having|owns?|owned|operate[sd]?|operating|runs?|ran|counts?|counted",
             ""}};
        for (const auto &row : table)
            v.append({QRegularExpression(u"^(?:"_s + QString::fromLatin1(row[0]) + u")$"_s,
                                         QRegularExpression::CaseInsensitiveOption),
                      QString::fromLatin1(row[1])});
        return v;
    }();
    for (const auto &[forms, participle] : verbs) {
        if (forms.match(verb).hasMatch()) {
            *found = true;
            return participle;
        }
    }
    *found = false;
    return {};
}

// A sentence's subject that says who counts, not what is counted: "The company employs about
// 6,400 people", "Depots handled 4.1 million parcels", "It has 40 stores".
bool isHolderOnly(const QString &label)
{
    static const QRegularExpression holder(
        u"^(?:(?:the|our|its|their)\\s+)?(?:company|group|firm|business|operator|network|bank|"
        u"carrier|airline|retailer|chain|plant|factory|port|airport|agency|organi[sz]ation|"
        u"depots?|sites?|stores?|branch(?:es)?|country|city|state|government|region|"
        u"it|they|we)?$|^(?:该|本|公司|集团|企业)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return holder.match(label).hasMatch();
}

// The thing a count counts, from the words after it: "6,000 AI enterprises in China" gives
// "AI enterprises"; Chinese measure words ("6000家企业") give the characters after them.
QString nounAfter(const QString &quote, int end)
{
    QString after = quote.mid(end);
    static const QRegularExpression stop(
        u"[,;:.!?()\\[\\]|\u2014\u2013\uff0c\u3002\uff1b\uff1a\u3001]|\\s(?:in|by|of|from|to|"
        u"at|on|for|and|or|with|across|over|between|since|as|than|that|which|who|this|last|"
        u"next|were|was|is|are|have|has|had|will|would|each|per|a|an|the)\\b|\\s\\d"_s,
        QRegularExpression::CaseInsensitiveOption);
    qsizetype cut = after.indexOf(stop);
    // "1,950 depots handled 4.1 million parcels": the depots, not "depots handled".
    static const QRegularExpression word(u"\\S+"_s);
    qsizetype wordAt = 0;
    for (auto it = word.globalMatch(after); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (cut >= 0 && m.capturedStart() >= cut)
            break;
        bool verb = false;
        participleOf(m.captured(), &verb);
        if (verb && wordAt > 0) {
            cut = m.capturedStart();
            break;
        }
        ++wordAt;
    }
    if (cut >= 0)
        after = after.left(cut);
    // Chinese qualifiers after the number ("2000万个以上", "120万辆左右") are the qualifier's.
    static const QRegularExpression chineseQualifier(u"(?:以上|以下|左右|上下|之多)"_s);
    const qsizetype qualifier = after.indexOf(chineseQualifier);
    if (qualifier >= 0)
        after = after.left(qualifier);
    QStringList words = after.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 3)
        words = words.mid(0, 3);
    return words.join(u' ');
}

// The words of quote from `from` to its clause's end (a clause mark, "and", "but", "while", the
// next number), at most `most` of them; empty when more would be needed to end it.
QStringList wordsToClauseEnd(const QString &quote, int from, int most)
{
    static const QRegularExpression end(
        u"[,;:.!?()\\[\\]|\u2014\u2013\uff0c\u3002\uff1b\uff1a\u3001]|\\s(?:and|but|while|"
        u"whereas|or)\\b|\\d"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString words = quote.mid(from);
    const qsizetype cut = words.indexOf(end);
    if (cut >= 0)
        words.truncate(cut);
    const QStringList out = words.simplified().split(u' ', Qt::SkipEmptyParts);
    return out.size() <= most ? out : QStringList();
}

// An English verb's -ing form: "run" "running", "use" "using", "say" "saying", "adopt"
// "adopting".
QString ingFormOf(const QString &verb)
{
    static const QRegularExpression shortStem(u"^[^aeiou]*[aeiou][^aeiouwxy]$"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    if (verb.size() <= 4 && shortStem.match(verb).hasMatch())
        return verb + verb.back() + u"ing"_s;
    if (verb.size() > 2 && verb.endsWith(u'e') && !verb.endsWith(u"ee"_s))
        return verb.chopped(1) + u"ing"_s;
    return verb + u"ing"_s;
}

// The label of a share that its clause's words before do not name, from those after it, as
// its sentence says what the share is of: "one in five enterprises now run AI workloads in
// production" gives "Enterprises running AI workloads in production", "10% say they have no
// plans to adopt generative AI" "Say they have no plans to adopt generative AI", "30% of firms
// use two clouds" "Firms using two clouds". Its own words,
// a verb after its plural noun in its -ing form; empty when the words after it say nothing.
QString labelAfter(const QString &quote, int end)
{
    constexpr int mostWords = 10;
    QStringList words = wordsToClauseEnd(quote, end, mostWords);
    static const QRegularExpression adverb(
        u"^(?:now|currently|already|still|also|today|each|every)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    words.removeIf([](const QString &w) { return adverb.match(w).hasMatch(); });
    // "30% of firms use two clouds": of the firms.
    static const QRegularExpression of(u"^(?:of|the|all)$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    while (words.size() > 1 && of.match(words.constFirst()).hasMatch())
        words.removeFirst();
    // "enterprises run", "firms use": a plural noun and a verb in its base form.
    static const QRegularExpression plural(u"^[a-z]{3,}s$"_s);
    static const QRegularExpression baseVerb(
        u"^(?!(?:in|on|at|of|for|to|by|with|from|the|a|an|their|its|who|that|which|are|were|"
        u"have|had|do|did|can|will|would|may|might|must|should|could|not)$)[a-z]{2,}"
        u"(?<!s|ed|ing|ly)$"_s);
    if (words.size() >= 3 && plural.match(words.at(0)).hasMatch() &&
        baseVerb.match(words.at(1)).hasMatch())
        words[1] = ingFormOf(words.at(1));
    return capitalised(words.join(u' '));
}

// The first line of the text when it reads like a title (short, no sentence end: a wire story
// that starts with its first paragraph has none), else the file's base name. Short: what a
// headline takes, 160 columns, a Chinese character taking two.
QString titleOf(const QStringList &lines, const TextTables &tables, const QString &fileName)
{
    constexpr int mostColumns = 160;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        line.remove(QRegularExpression(u"^#+\\s*"_s));
        int columns = 0;
        for (const QChar c : std::as_const(line))
            columns += c.script() == QChar::Script_Han ? 2 : 1;
        if (columns <= mostColumns && !line.endsWith(u'.') && !line.endsWith(u'\u3002') &&
            !tables.isRow(i))
            return line;
        break;
    }
    return QFileInfo(fileName).completeBaseName().remove(u".figdeck"_s);
}

// The latest year the text names that is not in the future nor only a projection's
// (`projected`): a pack's date when neither a dateline nor a stated number's period gives one;
// 0 for none.
int latestYear(const QString &text, const QSet<int> &projected)
{
    static const QRegularExpression year(u"(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)"_s);
    const int now = QDate::currentDate().year();
    int latest = 0;
    for (auto it = year.globalMatch(text); it.hasNext();) {
        const int y = it.next().captured(1).toInt();
        if (y <= now && !projected.contains(y))
            latest = std::max(latest, y);
    }
    return latest;
}

QString urlOf(const QString &text)
{
    static const QRegularExpression url(u"https?://[^\\s<>\"')\\]]+"_s);
    QString found = url.match(text).captured();
    while (found.endsWith(u'.') || found.endsWith(u','))
        found.chop(1);
    return found;
}

QString publisherOf(const QString &text)
{
    static const QRegularExpression line(
        u"^\\s*(?:publisher|published by|source|来源|发布)\\s*[:：]\\s*(.{2,80}?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    if (const QString named = line.match(text).captured(1); !named.isEmpty())
        return named;
    return bylinePublisherOf(text);
}

// What tells units apart in a draft: a series or a bar chart is of one unit.
QString unitKey(const Unit &unit)
{
    return unit.fileName() + unit.symbol.text();
}

// What tells the values one axis can show apart: one unit, and counts of one thing ("Passengers"
// and "Trains in service" are counts of two).
QString axisKey(const Metric &m)
{
    return unitKey(m.unit) +
           (m.unit.is(UnitKind::Count) ? u'|' + m.noun.text().toLower() : QString());
}

// A change ("rose 34%", "up 3%", "同比增长34%", "34% year on year") or a rate of something
// else ("the unemployment rate was 4%", "毛利率为42%", a "Growth (%)" column) is no part of a
// whole, whatever it adds up to with its sentence's other percentages. before: the words of
// its clause before its phrase; after: the words after it; or a table column's name.
const QRegularExpression &changeBefore()
{
    static const QRegularExpression rx(
        u"(?:\\b(?:rose|rise[sn]?|rising|grew|grow(?:s|n|ing)?|increased?|increases|increasing|"
        u"gain(?:ed|s)?|jump(?:ed|s)?|climb(?:ed|s)?|surge[sd]?|soar(?:ed|s)?|fell|fallen|"
        u"falls?|falling|drop(?:ped|s)?|declined?|declines|declining|decreased?|decreases|"
        u"slip(?:ped|s)?|plunge[sd]?|shr[au]nk|down|(?<!made )(?<!make )(?<!makes )up)"
        u"(?:\\s+(?:by|of|a|an|further|another|some|about|around|roughly|nearly|almost|more than|"
        u"over|just|only))*|(?:增长|增加|上升|提高|提升|下降|减少|下跌|回落|降低|上涨|增速|增幅|"
        u"同比|环比|涨|降|升)(?:了|达|为|约|近|超过|逾)*)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return rx;
}

// The change a number's clause states right before it, as a label's ending: " growth" or
// " decline" ("rose", "fell"), "增长" or "下降" ("同比增长", "下降"); empty for none. A fall whose
// value the finder made negative (value < 0: "fell 5%" is -5) is named by its sign: " growth"
// or "增长" of a percentage, " change" or "变化" of percentage points, never " decline" of -5
// (a fall of minus 5).
QString changeWordOf(const QString &clause, const QString &language, const FoundNumber &n)
{
    const QRegularExpressionMatch m = changeBefore().match(clause);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression falling(
        u"fell|fallen|falls?|falling|drop|declin|decreas|slip|plunge|shr[au]nk|down|下降|减少|"
        u"下跌|回落|降"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool down = falling.match(m.captured()).hasMatch();
    const bool zh = language == u"zh-Hans"_s;
    if (down && n.value < 0 && n.unit.is(UnitKind::PercentagePoints))
        return zh ? u"变化"_s : u" change"_s;
    if (down && n.value >= 0)
        return zh ? u"下降"_s : u" decline"_s;
    return zh ? u"增长"_s : u" growth"_s;
}

// The change a table column's name says its cells are, as a label's ending: "Growth (%)",
// "Increase" give " growth", "Decline" " decline", "Change", "YoY", "同比" " change"; "增长",
// "下降", "变化" in a Chinese pack. Empty for a column of levels.
QString changeWordOfName(const QString &name, const QString &language)
{
    static const QRegularExpression growth(
        u"\\b(?:growth|increase|rise|gain)\\b|增长|增加(?!值)|上升|增幅|增速"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression decline(u"\\b(?:decline|decrease|fall|drop)\\b|下降|减少"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression change(
        u"\\b(?:change|yoy|y/y|year[- ]on[- ]year)\\b|同比|环比|变化|变动"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool zh = language == u"zh-Hans"_s;
    if (growth.match(name).hasMatch())
        return zh ? u"增长"_s : u" growth"_s;
    if (decline.match(name).hasMatch())
        return zh ? u"下降"_s : u" decline"_s;
    if (change.match(name).hasMatch())
        return zh ? u"变化"_s : u" change"_s;
    return {};
}

// The label of a change of what `label` names: "Revenue" and " growth" give "Revenue growth",
// "营业收入" and "增长" "营业收入增长"; a label that already names a change stays.
QString changeLabel(const QString &label, const QString &change)
{
    if (label.isEmpty() || change.isEmpty() ||
        !changeWordOfName(label, isCjk(change.front()) ? u"zh-Hans"_s : u"en"_s).isEmpty())
        return label;
    return label + change;
}

bool isChangeOrRate(const QString &before, const QString &after)
{
    static const QRegularExpression changeAfter(
        u"^\\s*(?:year[- ]on[- ]year|y/y|yoy|from a year (?:earlier|ago|before)|higher|lower|"
        u"more|less|increase|rise|growth|gain|drop|fall|decline|jump)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rate(
        u"\\b(?:rates?|ratios?|margins?|yields?|inflation|unemployment|growth|change|yoy|"
        u"penetration|utili[sz]ation)\\b|(?<!占有|市占)率|增长|增速|增幅|同比|环比|变化"_s,
        QRegularExpression::CaseInsensitiveOption);
    return changeBefore().match(before).hasMatch() || changeAfter.match(after).hasMatch() ||
           rate.match(before).hasMatch();
}

// "of the widget market" right after a percentage ("40% of the widget market"), in English.
QRegularExpressionMatch ofPhraseAfter(const FoundNumber &n)
{
    static const QRegularExpression ofAfter(
        u"^\\s*of\\s+(?:(the|all)\\s+|(?:its|their)\\s+)?([A-Za-z][A-Za-z -]{0,40}?)"
        u"(?=\\s*[,.;:!?)]|\\s+(?:in|and|while|but|by|for|from|at|on|to|was|were|is|are)\\b|"
        u"\\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return ofAfter.match(QStringView(n.quote).mid(n.phraseEnd, 64));
}

// The whole a percentage says it is of, as the text names it: "the widget market" for "40% of
// the widget market", "staff" for "55% of staff", "全国" for "占全国的35%"; empty when it names
// none. "its"/"their" are left out: "its market" means nothing away from its sentence.
QString wholeOf(const FoundNumber &n)
{
    static const QRegularExpression ofBefore(
        u"(?:^|[占为是达，。；、,;:\\s])([^\\s，。；、,;:\\d占为是达]{1,16})的\\s*$"_s);
    const QRegularExpressionMatch after = ofPhraseAfter(n);
    if (after.hasMatch()) {
        const QString article = after.captured(1).toLower();
        const QString noun = after.captured(2).simplified();
        return article.isEmpty() ? noun : article + u' ' + noun;
    }
    const qsizetype from = std::max(0, n.phraseStart - 24);
    const QRegularExpressionMatch before = ofBefore.match(n.quote.mid(from, n.phraseStart - from));
    return before.hasMatch() ? before.captured(1) : QString();
}

// Whether two parts name one whole: "the market" and "market", "Staff" and "staff" do.
bool sameWhole(QStringView a, QStringView b)
{
    const auto bare = [](QStringView w) {
        for (QStringView article : {u"the ", u"all "}) {
            if (w.startsWith(article, Qt::CaseInsensitive))
                return w.mid(article.size());
        }
        return w;
    };
    return bare(a).compare(bare(b), Qt::CaseInsensitive) == 0;
}

// A part's label without the whole its sentence names after it: "东部地区产量占全国" is
// "东部地区产量" in a figure of shares of 全国 (the figure says what the parts are of).
QString withoutItsWhole(const QString &label, const QString &whole)
{
    const QString of = u"占"_s + whole;
    for (const QString &tail : {QString(of + u'的'), of}) {
        if (label.endsWith(tail) && label.size() > tail.size())
            return label.chopped(tail.size()).trimmed();
    }
    return label;
}

struct Drafted
{
    FoundNumber found;
    int labelFrom = 0; // where its own words may start in its quote (after the number before)
    int metric = -1;   // index into Report::metrics
    QString table;     // its table ("table:<first line>"); empty outside tables
    int column = -1;   // its cell in that table
    QString rowLabel;  // its table row's label, without a unit or a section ("Staff")
    bool used = false;
};

// A table row's label as a metric's: without the unit the finder gave its numbers, nor the
// colon of a key ("Revenue (€m)" and "Revenue:" are "Revenue").
QString rowLabelOf(const QStringList &cells)
{
    static const QRegularExpression key(u"\\s*[:\uff1a]$"_s);
    return cells.isEmpty() ? QString() : withoutHeaderUnit(cells.first()).remove(key);
}

class Drafter
{
public:
    Drafter(const QString &text, const QString &fileName)
        : m_text(text)
        , m_fileName(fileName)
        , m_lines(text.split(u'\n'))
        , m_tables(text)
    {
    }

    // The numbers that become metrics: all but those in a table's header row.
    QList<FoundNumber> draftable(const QList<FoundNumber> &found) const
    {
        QList<FoundNumber> out;
        for (const FoundNumber &n : found) {
            if (m_tables.isRow(n.line - 1) && m_tables.headerLine(n.line - 1) == n.line - 1)
                continue; // a number in a header labels its column
            out.append(n);
        }
        return out;
    }

    Report draft(const QList<FoundNumber> &numbers, const QList<DraftFigureRequest> &requests)
    {
        m_report.version = 2;
        m_report.language = mostlyChinese(m_text) ? u"zh-Hans"_s : u"en"_s;
        const QString title = titleOf(m_lines, m_tables, m_fileName);
        m_report.title = text(title);
        Source source;
        source.id = u"source"_s;
        source.title = text(title);
        source.url = urlOf(m_text);
        // The format needs an address; without one in the text the draft says so in an address
        // that can never resolve (.invalid, RFC 2606) and in a caveat, for the user to replace.
        const bool noAddress = source.url.isEmpty();
        if (noAddress)
            source.url = u"https://source-address.invalid/"_s;
        // A dateline is the source's date (and the year "今年", "this year" are of).
        const QDate dateline = datelineOf(m_text);
        if (dateline.isValid())
            source.date = dateline.toString(u"yyyy-MM-dd"_s);
        source.kind = SourceKind::Other;
        if (const QString publisher = publisherOf(m_text); !publisher.isEmpty())
            source.publisher = text(publisher);
        m_report.sources.append(source);

        readNumbers(numbers);
        const bool dated = setReportDate(dateline);
        makeRequested(requests);
        proposeShares();
        proposeSeries();
        proposeBars();
        proposeTiles();
        m_report.caveats.append(
            {u"drafted"_s,
             text(say("This pack was drafted automatically from %1: check every "
                      "number, label, qualifier and figure against the source before "
                      "presenting it.")
                      .arg(QFileInfo(m_fileName).fileName())),
             {}});
        // "今年上半年" in a text that says not when it was written, "in November" in one dated
        // 14 November: no period, and why.
        if (!m_relativePeriods.isEmpty()) {
            const QString periods = m_relativePeriods.join(say("; "));
            const QString why =
                dateline.isValid()
                    ? say("The text, dated %2, names periods that had not ended by then (%1): "
                          "a number stated for them is no period's whole, so they are left "
                          "without a period rather than guessed. Give each number its period, "
                          "or the date the figure was for.")
                          .arg(periods, source.date)
                    : say("The text names periods relative to its own date (%1), but gives no "
                          "date: those numbers are left without a period rather than guessed. "
                          "Add the date at the top of the text (a dateline such as “Published: "
                          "12 August 2025”) and draft again, or give each number its period.")
                          .arg(periods);
            m_report.caveats.append({u"relative-periods"_s, text(why), {}});
        }
        if (!dated)
            m_report.caveats.append(
                {u"no-date"_s,
                 text(say("The text gives no date and no year of its numbers: the pack's date, "
                          "%1, is the day it was drafted, not the source's. Replace it with the "
                          "date the source was published.")
                          .arg(m_report.date)),
                 {}});
        if (noAddress)
            m_report.caveats.append(
                {u"no-address"_s,
                 text(say("The text gives no web address for its source: replace "
                          "https://source-address.invalid/ with the address where "
                          "readers can find it.")),
                 {}});
        return m_report;
    }

private:
    Text text(const QString &s) const { return Text(s, m_report.language); }

    // The pack's date: its dateline's (or byline's) day; else the latest year of the numbers it
    // states (not of a projection: a 2025 story that projects 2026 is of 2025); else the latest
    // year the text names that no projection alone names. With none of these the format still
    // needs a date: the day of drafting, which the caller says is no date of the source's.
    // Returns whether the text gave the date.
    bool setReportDate(const QDate &dateline)
    {
        if (dateline.isValid()) {
            m_report.date = dateline.toString(u"yyyy-MM-dd"_s);
            return true;
        }
        int stated = 0;
        QSet<int> projected;
        for (const Metric &m : std::as_const(m_report.metrics)) {
            if (!m.date)
                continue;
            if (m.status == Status::Projected)
                projected.insert(m.date->last.year());
            else
                stated = std::max(stated, m.date->last.year());
        }
        const int year = stated > 0 ? stated : latestYear(m_text, projected);
        if (year > 0) {
            m_report.date = QString::number(year);
            return true;
        }
        m_report.date = QDate::currentDate().toString(u"yyyy-MM-dd"_s);
        return false;
    }
    QString say(const char *english) const
    {
        const QString en = QString::fromUtf8(english);
        return m_report.language == u"zh-Hans"_s ? chineseDraftTexts().value(en, en) : en;
    }

    void readNumbers(const QList<FoundNumber> &numbers)
    {
        const FoundNumber *previous = nullptr;
        for (const FoundNumber &n : numbers) {
            // The sentence's number before this one ends where this one's label may start.
            const bool sameSentence =
                previous && previous->quote == n.quote && previous->quoteEnd <= n.quoteStart;
            // A clause after "；" on its line goes on with its sentence's measures ("10月份，…零售
            // 总额为410亿元；去年10月为395亿元").
            const bool laterClause = previous && !sameSentence && previous->line == n.line &&
                                     previous->quote.endsWith(u'\uff1b');
            int labelFrom = sameSentence ? previous->quoteEnd : 0;
            // "Women made up 55% of staff and men 45%": the whole of the number before is no
            // word of this one's label ("men", not "staff and men").
            if (sameSentence) {
                const QRegularExpressionMatch of = ofPhraseAfter(*previous);
                const int ofEnd = previous->phraseEnd + int(of.capturedEnd());
                if (of.hasMatch() && ofEnd > labelFrom && ofEnd <= n.phraseStart)
                    labelFrom = ofEnd;
            }
            previous = &n;
            Drafted d;
            d.found = n;
            d.labelFrom = labelFrom;
            if (n.period.isEmpty() && !n.relativePeriod.isEmpty()) {
                const QString where =
                    say("line %1: “%2”").arg(QString::number(n.line), n.relativePeriod);
                if (!m_relativePeriods.contains(where))
                    m_relativePeriods.append(where);
            }
            // A table's row: its cells, its table's header names and the number's column.
            const qsizetype line = n.line - 1;
            const QStringList cells = m_tables.rowCells(line);
            QStringList header;
            if (!cells.isEmpty()) {
                header = m_tables.headerNames(line);
                d.table = u"table:"_s + QString::number(m_tables.tableStart(line));
                d.column = m_tables.columnAt(line, n.column - 1);
                d.rowLabel = rowLabelOf(cells);
                m_tableHeaders.insert(d.table, header);
                if (!m_tableOrder.contains(d.table))
                    m_tableOrder.insert(d.table, int(m_tableOrder.size()));
            }
            d.metric = int(m_report.metrics.size());
            if (!sameSentence)
                m_sentenceStart = d.metric;
            if (!sameSentence && !laterClause)
                m_clausesStart = d.metric;
            const qsizetype before = sameSentence ? m_report.metrics.size() - 1 : -1;
            QString measureLabel;
            m_report.metrics.append(
                metricFor(n, cells, header, d.column, labelFrom, before, &measureLabel));
            m_measureLabels.append(measureLabel);
            m_numbers.append(d);
        }
    }

    // beforeIndex: the metric of the sentence's number before this one, -1 for none.
    // measureLabel: what the label names without the change the number is ("Revenue" for
    // "Revenue growth"), for the numbers after it that are of that measure.
    Metric metricFor(const FoundNumber &n, const QStringList &cells, const QStringList &header,
                     int column, int labelFrom, qsizetype beforeIndex, QString *measureLabel)
    {
        const Metric *before = beforeIndex >= 0 ? &m_report.metrics.at(beforeIndex) : nullptr;
        Metric m;
        m.value = n.value;
        m.high = n.high;
        m.unit = n.unit;
        m.qualifier = n.qualifier;
        m.status = n.status;
        m.quote = n.quote;
        m.source = u"source"_s;
        QString label;
        QString change;   // what change of its label's measure the number is: " growth", "增长"
        QString rowLabel; // a table row's label without its section: what its counts count
        const QString &period = n.period;
        const bool zh = m_report.language == u"zh-Hans"_s;
        if (!cells.isEmpty()) {
            label = rowLabelOf(cells);
            rowLabel = label;
            // A section's heading above the row ("Europe") says which the row's label is of.
            static const QRegularExpression key(u"\\s*[:\uff1a]$"_s);
            if (const QString section = m_tables.sectionOf(n.line - 1).remove(key);
                !section.isEmpty() && !label.isEmpty())
                label += zh ? QString(u"\uff08"_s + section + u"\uff09"_s)
                            : QString(u" ("_s + section + u')');
            const QString columnName =
                column > 0 && column < header.size() ? header.at(column) : QString();
            change = changeWordOfName(columnName, m_report.language);
            // A column of a period ("2023", "Q1 2024", "Share 2023", "First half of 2024",
            // "2024年上半年营收") gave its cells their period in the finder; the rest of its
            // name is the measure, the same in each such column.
            static const QRegularExpression bracket(u"\\s*[(\uff08][^)\uff09]*[)\uff09]"_s);
            static const QRegularExpression columnPeriod(
                u"(?:\\b[QH][1-4]\\s*|\\b(?i:first|second)[ -]half of\\s*)?(?<!\\d)(?:19|20)"
                u"\\d\\d(?!\\d)(?:\\s*-?[QH][1-4]\\b|\\s*年\\s*[上下]半年|"
                u"\\s*年\\s*(?:第\\s*)?[一二三四1-4]\\s*季度|\\s*年\\s*Q[1-4]|\\s*年度?)?"_s);
            QString measure = QString(columnName).remove(bracket);
            if (!n.period.isEmpty())
                measure = measure.remove(columnPeriod).simplified();
            if (!measure.isEmpty())
                m.measure = text(measure);
        } else {
            label = labelBefore(n.quote, n.quoteStart, labelFrom);
            const QString clause = ownClause(n.quote, n.phraseStart, labelFrom);
            change = changeWordOf(clause, m_report.language, n);
            // "The company employs about 6,400 people": what is counted is "People employed".
            bool verb = false;
            const QString participle = participleOf(clause.simplified().section(u' ', -1), &verb);
            const QString counted = nounAfter(n.quote, n.quoteEnd);
            if (verb && n.unit.is(UnitKind::Count) && !counted.isEmpty() && isHolderOnly(label))
                label =
                    capitalised(counted) + (participle.isEmpty() ? QString() : u' ' + participle);
            // "The largest provider runs more than half of its workloads on its own chips": the
            // share is of the holder's own things, which are what it measures ("Workloads on
            // its own chips"), not who holds them.
            static const QRegularExpression ofItsOwn(u"^\\s*of\\s+(?:its|their)\\s+"_s,
                                                     QRegularExpression::CaseInsensitiveOption);
            if (const QRegularExpressionMatch of =
                    ofItsOwn.match(QStringView(n.quote).mid(n.phraseEnd));
                verb && n.unit.is(UnitKind::Percent) && of.hasMatch()) {
                const QStringList things =
                    wordsToClauseEnd(n.quote, n.phraseEnd + int(of.capturedEnd()), labelWords);
                if (!things.isEmpty())
                    label = capitalised(things.join(u' '));
            }
            // "该公司营业收入": the company is the text's, the measure is 营业收入.
            static const QRegularExpression itsCompany(u"^(?:该|本)(?:公司|集团|企业)(?=.)"_s);
            label.remove(itsCompany);
        }
        // "48.2 million passengers in 2025, up from 44.9 million in 2024": a number with no
        // words of its own, in the unit of the sentence's number before it, is of its measure.
        // So is one the change before it runs into: "rose 35% to 14 million".
        static const QRegularExpression runsInto(
            u"^\\s*(?:(?:year[- ]on[- ]year|y/y|yoy|on the year)\\s+)?(?:to|至|到)\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
        const Metric *measureOf = nullptr;
        qsizetype measureOfIndex = -1;
        if (label.isEmpty() && before) {
            if (runsInto.match(n.quote.mid(labelFrom, n.phraseStart - labelFrom)).hasMatch())
                measureOfIndex = beforeIndex;
            // Else the sentence's latest number of its unit: "同比增长12%，预计2027年将突破150万辆"
            // counts what 95万辆 counted.
            for (qsizetype k = m_report.metrics.size() - 1;
                 measureOfIndex < 0 && k >= m_sentenceStart; --k) {
                if (unitKey(m_report.metrics.at(k).unit) == unitKey(m.unit))
                    measureOfIndex = k;
            }
        } else if (label.isEmpty() && !before) {
            // The first number of a clause after "；" with no words of its own: of the measure
            // of its sentence's latest number of its unit
            // ("…零售总额为410亿元；去年10月为395亿元").
            for (qsizetype k = m_sentenceStart - 1; measureOfIndex < 0 && k >= m_clausesStart;
                 --k) {
                if (unitKey(m_report.metrics.at(k).unit) == unitKey(m.unit))
                    measureOfIndex = k;
            }
        }
        if (measureOfIndex >= 0) {
            measureOf = &m_report.metrics.at(measureOfIndex);
            label = m_measureLabels.at(measureOfIndex);
        }
        // The format's counts are whole and not negative: a count written otherwise ("412.5"
        // under a unit the finder does not know) is of a unit of its own, named by the
        // brackets of its row or column, else by the words after it.
        if (m.unit.is(UnitKind::Count) && (m.value < 0 || m.value != std::floor(m.value))) {
            static const QRegularExpression brackets(
                u"[(\uff08]([^()\uff08\uff09]+)[)\uff09]\\s*$"_s);
            QString symbol;
            for (const QString &name : {cells.value(0), header.value(column)}) {
                if (symbol.isEmpty())
                    symbol = brackets.match(name).captured(1).trimmed();
            }
            if (symbol.isEmpty() && cells.isEmpty())
                symbol = nounAfter(n.quote, n.quoteEnd);
            if (symbol.isEmpty())
                symbol = say("units");
            m.unit = Unit::custom(text(symbol), text(symbol));
        }
        // A unit of its own is named in the pack's language.
        if (m.unit.is(UnitKind::Custom))
            m.unit =
                Unit::custom(text(m.unit.symbol.text()), text(m.unit.name.text()), m.unit.scale);
        if (m.unit.is(UnitKind::Count)) {
            QString noun = cells.isEmpty() ? nounAfter(n.quote, n.quoteEnd)
                                           : counterOf(cells.value(0), header.value(column));
            if (noun.isEmpty() && measureOf)
                noun = measureOf->noun.text();
            if (noun.isEmpty())
                noun = m.measure.isEmpty() ? rowLabel : m.measure.text();
            if (noun.isEmpty())
                noun = label.isEmpty() ? say("items") : label;
            m.noun = text(noun);
            // "items" says nothing of what it counts: the label says where it is instead.
            if (label.isEmpty() && noun != say("items"))
                label = capitalised(noun);
        }
        // A change with no words of its own is the change of the sentence's number before it:
        // "国内生产总值1260582亿元，比上年增长5.2%", "Revenue was $4.1 billion, up 12%".
        // "an increase of 110,000 on the year": a change's noun alone is no label either.
        static const QRegularExpression changeNoun(
            u"^(?:increase|rise|fall|decrease|drop|decline|gain|change|jump)s?$"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (changeNoun.match(label).hasMatch() && before)
            label.clear();
        // "同比增长4.9%，比上月回落1.1个百分点": a change of the rate before it, named by its own
        // verb after that rate's measure ("规模以上工业增加值增速回落"), not "回落下降".
        static const QRegularExpression changeVerbs(
            u"^(?:回落|回升|下降|上升|增长|提高|降低|加快|放缓|收窄|扩大|减少|增加)$"_s);
        if (before && n.unit.is(UnitKind::PercentagePoints) &&
            changeVerbs.match(label).hasMatch() && before->unit.is(UnitKind::Percent) &&
            !m_measureLabels.at(beforeIndex).isEmpty()) {
            const QString &measure = m_measureLabels.at(beforeIndex);
            label = measure + (before->label.text() != measure ? u"增速"_s : QString()) + label;
            change.clear();
        }
        *measureLabel = label;
        if (label.isEmpty() && before && cells.isEmpty() && !change.isEmpty())
            *measureLabel = m_measureLabels.at(beforeIndex);
        // A change is named as one: "Revenue rose 34%" is "Revenue growth", the "Change" column
        // of North "North change"; the level it runs into keeps "Revenue".
        if (measureOfIndex < 0)
            label = changeLabel(*measureLabel, change);
        // "Roughly one in five enterprises now run…": a share that starts its clause is of
        // what its words after it say.
        if (label.isEmpty() && cells.isEmpty() && n.unit.is(UnitKind::Percent) && !zh)
            label = labelAfter(n.quote, n.phraseEnd);
        if (label.isEmpty())
            label = say("Number on line %1").arg(n.line);
        // The user's label, where one was given (the noun of a count stays the drafter's).
        if (const QString own = n.label.simplified(); !own.isEmpty())
            label = own;
        m.label = text(label);
        if (!period.isEmpty()) {
            m.period = text(period);
            m.date = dateOfPeriod(period);
        }
        // A label without Latin letters ("甲汽车") gives no id of its own: the id says where
        // the number is, as the draft's list of numbers does ("line-7-col-1", "line-5").
        QString place = u"line-"_s + QString::number(n.line);
        if (!cells.isEmpty() && column > 0)
            place += u"-col-"_s + QString::number(column);
        m.id = uniqueId(label, place, &m_metricIds);
        return m;
    }

    QString figureId(const QString &wanted) { return uniqueId(wanted, u"figure"_s, &m_figureIds); }

    // Where a table (its header row joined with |) is among the text's tables.
    int tableOrder(const QString &table) const { return m_tableOrder.value(table, -1); }

    // Percentages of one sentence or table column that add up to about 100 or less: parts of a
    // whole. Less than 100: the rest is derived and said so.
    void proposeShares()
    {
        // A sentence's percentages, and a table column's: in the order of their first number
        // in the text (a table's columns left to right).
        struct Group
        {
            QList<int> parts;
            QString title; // its table column's name
        };
        QList<Group> groups;
        QHash<QString, qsizetype> groupOf; // the sentence, or the table and column -> groups index
        for (int i = 0; i < m_numbers.size(); ++i) {
            const Drafted &d = m_numbers.at(i);
            if (!d.found.unit.is(UnitKind::Percent))
                continue;
            const QString key =
                d.table.isEmpty()
                    ? QString(u"sentence:"_s + d.found.quote)
                    : QString(u"table:"_s + d.table + u'#' + QString::number(d.column));
            auto it = groupOf.find(key);
            if (it == groupOf.end()) {
                const QStringList header = m_tableHeaders.value(d.table);
                it = groupOf.insert(key, groups.size());
                groups.append({{}, d.table.isEmpty() ? QString() : header.value(d.column)});
            }
            groups[*it].parts.append(i);
        }
        for (Group &g : groups) {
            if (!g.title.isEmpty() && isChangeOrRate(g.title, QString()))
                continue; // a "Growth (%)" column
            g.parts.removeIf([this](int i) { return !isPart(m_numbers.at(i)); });
            proposeShare(g.parts, g.title);
        }
    }

    // Whether a percentage of a sentence can be a part of a whole (a table's cells are told by
    // their column's name).
    static bool isPart(const Drafted &d)
    {
        if (!d.table.isEmpty())
            return true;
        const FoundNumber &n = d.found;
        return !isChangeOrRate(ownClause(n.quote, n.phraseStart, d.labelFrom),
                               n.quote.mid(n.phraseEnd, 40));
    }

    void proposeShare(const QList<int> &parts, const QString &title)
    {
        QString whole; // the one whole its parts name, if any names one
        for (int i : parts) {
            const QString of = wholeOf(m_numbers.at(i).found);
            if (of.isEmpty())
                continue;
            if (!whole.isEmpty() && !sameWhole(of, whole))
                return; // "60% of adults and 30% of children": parts of two wholes
            if (whole.isEmpty())
                whole = of;
        }
        if (parts.size() < 2)
            return;
        double sum = 0;
        for (int i : parts) {
            const Drafted &d = m_numbers.at(i);
            const Qualifier q = d.found.qualifier;
            if (d.used || d.found.value < 0 || d.found.status != Status::Observed ||
                (q != Qualifier::Exact && q != Qualifier::Approximate))
                return; // a bound or a forecast is no exact part of a whole
            if (d.found.period != m_numbers.at(parts.first()).found.period)
                return; // shares of 2021, 2022 and 2023 are no parts of one whole
            sum += d.found.value;
        }
        if (sum > 100 + sharesOver || sum < sharesAtLeast)
            return;
        QStringList ids;
        for (int i : parts) {
            m_numbers[i].used = true;
            Metric &part = m_report.metrics[m_numbers.at(i).metric];
            if (!whole.isEmpty()) {
                const QString label = withoutItsWhole(part.label.text(), whole);
                if (label != part.label.text())
                    part.label = text(label);
            }
            ids.append(part.id);
        }
        addFigure(sharesFigure(ChartKind::Shares, ids, title, whole));
    }

    // A shares or part-whole figure of these percent metrics; when they add up to less than
    // 100 the rest is a derived metric that says how it was computed.
    // whole: what the text says the parts are of ("the widget market"), if it says.
    Figure sharesFigure(ChartKind kind, const QStringList &partIds, const QString &title,
                        const QString &whole = QString())
    {
        Figure f;
        f.kind = kind;
        ShareGroup group;
        group.whole = text(whole.isEmpty() ? say("the whole the source describes") : whole);
        QStringList labels, terms{u"100"_s};
        double sum = 0;
        bool approximate = false;
        for (const QString &id : partIds) {
            const Metric *m = m_report.metric(id);
            if (!m)
                continue;
            group.partIds.append(m->id);
            labels.append(m->label.text());
            terms.append(numberText(m->value));
            sum += m->value;
            approximate = approximate || m->qualifier == Qualifier::Approximate;
        }
        if (!group.partIds.isEmpty() && sum < 100 - sharesOver) {
            const Metric first = *m_report.metric(group.partIds.first());
            Metric rest;
            rest.id = uniqueId(u"rest-"_s + first.id, u"rest"_s, &m_metricIds);
            rest.label = text(say("The rest"));
            rest.value = std::round((100 - sum) * 1e6) / 1e6;
            rest.unit = Unit::percent();
            rest.origin = Origin::Derived;
            rest.derivation = text(terms.join(u" - "_s));
            rest.quote = first.quote;
            rest.period = first.period;
            rest.date = first.date;
            rest.source = first.source;
            if (approximate)
                rest.qualifier = Qualifier::Approximate;
            group.partIds.append(rest.id);
            m_report.metrics.append(rest);
        }
        f.metricIds = group.partIds;
        f.shares = group;
        f.title = text(title.isEmpty() ? labels.join(say(", ")).left(90) : title);
        f.id = figureId(toString(kind) + u'-' + labels.value(0));
        return f;
    }

    // The figures the user asked for, first; their numbers are not proposed again.
    void makeRequested(const QList<DraftFigureRequest> &requests)
    {
        for (const DraftFigureRequest &r : requests) {
            QStringList ids;
            for (int i : r.numbers) {
                if (i < 0 || i >= m_numbers.size())
                    continue;
                m_numbers[i].used = true;
                ids.append(m_report.metrics.at(m_numbers.at(i).metric).id);
            }
            if (!ids.isEmpty())
                addFigure(figureOf(r.kind, ids, r.title));
        }
    }

    // A figure of `kind` showing these metrics, as the user chose them.
    Figure figureOf(ChartKind kind, QStringList ids, const QString &title)
    {
        if (kind == ChartKind::Shares || kind == ChartKind::PartWhole)
            return sharesFigure(kind, ids, title);
        if (kind == ChartKind::Series) {
            // In time order when every value has a date (the validator says so when one has none).
            const auto dated = [this](const QString &id) { return m_report.metric(id)->date; };
            if (std::all_of(ids.cbegin(), ids.cend(), dated))
                std::stable_sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
                    return *dated(a) < *dated(b);
                });
        }
        Figure f;
        f.kind = kind;
        f.metricIds = ids;
        // Small multiples are by definition values of different kinds.
        f.comparable = kind != ChartKind::SmallMultiples;
        const Text first = m_report.metric(ids.first())->label;
        f.title = title.isEmpty() ? first : text(title);
        f.id = figureId(toString(kind) + u'-' + f.title.text());
        return f;
    }

    // One label at several dates of one kind, in one unit: a series, in date order. Years with
    // years, halves with halves, Jan–Aug with Jan–Aug: a part of a year is not comparable with
    // a whole one, so "1-8月" of 2025 never joins 2024's total.
    void proposeSeries()
    {
        // In the order of each label's first number in the text.
        QList<QList<int>> byLabel;
        QHash<QString, qsizetype> labelIndex;
        for (int i = 0; i < m_numbers.size(); ++i) {
            const Drafted &d = m_numbers.at(i);
            const Metric &m = m_report.metrics.at(d.metric);
            if (d.used || !m.date)
                continue;
            const QString key =
                m.label.text().toLower() + u'|' + unitKey(m.unit) + u'|' + m.date->kind();
            auto it = labelIndex.find(key);
            if (it == labelIndex.end()) {
                it = labelIndex.insert(key, byLabel.size());
                byLabel.append(QList<int>());
            }
            byLabel[*it].append(i);
        }
        // Each label's numbers at distinct dates, in date order.
        QList<QList<int>> runs;
        for (const QList<int> &members : std::as_const(byLabel)) {
            QSet<QString> dates;
            QList<int> kept;
            for (int i : std::as_const(members)) {
                const Metric &m = m_report.metrics.at(m_numbers.at(i).metric);
                if (!dates.contains(m.date->iso)) {
                    dates.insert(m.date->iso);
                    kept.append(i);
                }
            }
            if (kept.size() < 2)
                continue;
            std::sort(kept.begin(), kept.end(), [&](int a, int b) {
                return *m_report.metrics.at(m_numbers.at(a).metric).date <
                       *m_report.metrics.at(m_numbers.at(b).metric).date;
            });
            runs.append(kept);
        }
        // The rows of one table over the same columns, in one unit, are one chart of several
        // lines ("North America", "Europe", "Asia Pacific" over 2024 and 2025), as many as a
        // chart tells apart by colour; a row alone, or a table of more rows, a chart a row.
        constexpr qsizetype mostLines = 8;
        QList<QList<qsizetype>> figures; // indexes into runs
        QHash<QString, qsizetype> tableFigure;
        for (qsizetype r = 0; r < runs.size(); ++r) {
            const Drafted &first = m_numbers.at(runs.at(r).first());
            QString key;
            if (!first.table.isEmpty()) {
                key = first.table + u'|' + axisKey(m_report.metrics.at(first.metric));
                for (int i : runs.at(r))
                    key += u'|' + m_report.metrics.at(m_numbers.at(i).metric).date->iso;
            }
            const auto it = key.isEmpty() ? tableFigure.end() : tableFigure.find(key);
            if (it != tableFigure.end()) {
                figures[*it].append(r);
                continue;
            }
            if (!key.isEmpty())
                tableFigure.insert(key, figures.size());
            figures.append(QList<qsizetype>{r});
        }
        for (const QList<qsizetype> &rows : std::as_const(figures)) {
            if (rows.size() > 1 && rows.size() <= mostLines) {
                addFigure(seriesFigure(rows, runs));
                continue;
            }
            for (qsizetype r : rows)
                addFigure(seriesFigure(QList<qsizetype>{r}, runs));
        }
    }

    // A series figure of these runs (each a label's numbers in date order): one line, or one a
    // run, titled by the labels.
    Figure seriesFigure(const QList<qsizetype> &rows, const QList<QList<int>> &runs)
    {
        Figure f;
        f.kind = ChartKind::Series;
        QStringList labels;
        for (qsizetype r : rows) {
            Series series;
            for (int i : runs.at(r)) {
                m_numbers[i].used = true;
                series.metricIds.append(m_report.metrics.at(m_numbers.at(i).metric).id);
            }
            series.label = m_report.metrics.at(m_numbers.at(runs.at(r).first()).metric).label;
            labels.append(series.label.text());
            f.metricIds += series.metricIds;
            if (rows.size() > 1)
                f.series.append(series);
        }
        const Metric &first =
            m_report.metrics.at(m_numbers.at(runs.at(rows.first()).first()).metric);
        // Lines of one measure are titled by it ("Revenue" of AWS and Azure), else by their
        // names.
        const bool oneMeasure =
            !first.measure.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [&](qsizetype r) {
                return m_report.metrics.at(m_numbers.at(runs.at(r).first()).metric).measure ==
                       first.measure;
            });
        f.title = rows.size() == 1 ? first.label
                  : oneMeasure     ? first.measure
                                   : text(labels.join(say(", ")).left(90));
        // A row's series over its columns is the row's: "series-line-4", not of its first
        // cell ("line-4-col-1", the id of a metric whose label gave none).
        static const QRegularExpression cell(u"^(line-\\d+)-col-\\d+(?:-\\d+)?$"_s);
        f.id = figureId(u"series-"_s + QString(first.id).replace(cell, u"\\1"_s));
        return f;
    }

    // A table column of one unit over its rows: bars, in the table's order.
    void proposeBars()
    {
        // Keyed by the table's place in the text, the column's in the table and the unit's
        // first use: never by the column's number as a text (column 10 before column 2).
        std::map<std::tuple<int, int, int>, QList<int>> columns;
        QHash<QString, int> units;
        for (int i = 0; i < m_numbers.size(); ++i) {
            const Drafted &d = m_numbers.at(i);
            // A table without a header ("Sites:  9") names no measure its rows share.
            if (d.used || d.table.isEmpty() || m_tableHeaders.value(d.table).isEmpty())
                continue;
            // Counts of different things are no bars of one axis: "Passengers (m)" and
            // "Trains in service" under "H1 2024".
            const QString unitName = axisKey(m_report.metrics.at(d.metric));
            if (!units.contains(unitName))
                units.insert(unitName, int(units.size()));
            const int unit = units.value(unitName);
            columns[{tableOrder(d.table), d.column, unit}].append(i);
        }
        for (const auto &[key, members] : columns) {
            if (members.size() < 2)
                continue;
            Figure f;
            f.kind = ChartKind::Bars;
            for (int i : members) {
                m_numbers[i].used = true;
                f.metricIds.append(m_report.metrics.at(m_numbers.at(i).metric).id);
            }
            const Drafted &first = m_numbers.at(members.first());
            const QStringList header = m_tableHeaders.value(first.table);
            const QString column = first.column >= 0 && first.column < header.size()
                                       ? header.at(first.column)
                                       : QString();
            // A column that names only a period ("H1 2024") over rows of one measure in several
            // sections ("Staff" in Europe and Asia): "Staff, H1 2024".
            const bool oneRowLabel = !first.rowLabel.isEmpty() &&
                                     std::all_of(members.cbegin(), members.cend(), [&](int i) {
                                         return m_numbers.at(i).rowLabel == first.rowLabel;
                                     });
            const bool periodOnly = !first.found.period.isEmpty() &&
                                    m_report.metrics.at(first.metric).measure.isEmpty();
            QString title = column.isEmpty() ? say("Comparison") : column;
            if (oneRowLabel && periodOnly && !column.isEmpty())
                title = first.rowLabel +
                        (m_report.language == u"zh-Hans"_s ? u"\uff0c"_s : u", "_s) + column;
            f.title = text(title);
            f.id = figureId(u"bars-"_s + f.title.text());
            addFigure(f);
        }
    }

    // What no other figure shows: key-figure tiles, a few per figure, in the text's order.
    void proposeTiles()
    {
        QList<int> rest;
        for (int i = 0; i < m_numbers.size(); ++i) {
            if (!m_numbers.at(i).used)
                rest.append(i);
        }
        for (int from = 0; from < rest.size(); from += tilesPerFigure) {
            Figure f;
            f.kind = ChartKind::Tiles;
            for (int k = from; k < std::min<int>(from + tilesPerFigure, rest.size()); ++k)
                f.metricIds.append(m_report.metrics.at(m_numbers.at(rest.at(k)).metric).id);
            const int part = from / tilesPerFigure + 1;
            f.title = text(rest.size() > tilesPerFigure ? say("Key figures (%1)").arg(part)
                                                        : say("Key figures"));
            f.comparable = false;
            f.id = figureId(u"key-figures-"_s + QString::number(part));
            addFigure(f);
        }
    }

    // The figure with a caveat for each lower bound, approximation, projection and derived
    // value it shows.
    void addFigure(Figure f)
    {
        struct Rule
        {
            const char *id;
            std::function<bool(const Metric &)> applies;
            std::function<QString(const QStringList &)> text;
        };
        const QList<Rule> rules{
            {"lower-bounds",
             [](const Metric &m) {
                 return m.qualifier == Qualifier::MoreThan || m.qualifier == Qualifier::AtLeast;
             },
             [this](const QStringList &labels) {
                 return say("Lower bounds: the source gives only a minimum for %1.")
                     .arg(labels.join(u"; "_s));
             }},
            {"upper-bounds",
             [](const Metric &m) {
                 return m.qualifier == Qualifier::LessThan || m.qualifier == Qualifier::AtMost ||
                        m.qualifier == Qualifier::Nearly;
             },
             [this](const QStringList &labels) {
                 return say("Upper bounds: the source gives only a maximum for %1.")
                     .arg(labels.join(u"; "_s));
             }},
            {"approximate", [](const Metric &m) { return m.qualifier == Qualifier::Approximate; },
             [this](const QStringList &labels) {
                 return say("Approximate: the source rounds %1.").arg(labels.join(u"; "_s));
             }},
            {"projected", [](const Metric &m) { return m.status == Status::Projected; },
             [this](const QStringList &labels) {
                 return say("Projections, not observations: %1.").arg(labels.join(u"; "_s));
             }},
            {"derived", [](const Metric &m) { return m.origin == Origin::Derived; },
             [this](const QStringList &labels) {
                 return say("Derived from the stated numbers, not stated by the "
                            "source: %1.")
                     .arg(labels.join(u"; "_s));
             }},
        };
        for (const Rule &rule : rules) {
            QStringList ids, labels;
            for (const QString &id : std::as_const(f.metricIds)) {
                const Metric *m = m_report.metric(id);
                if (m && rule.applies(*m)) {
                    ids.append(id);
                    labels.append(m->label.text());
                }
            }
            if (!ids.isEmpty())
                f.caveats.append(
                    {f.id + u'-' + QString::fromLatin1(rule.id), text(rule.text(labels)), ids});
        }
        m_report.figures.append(f);
    }

    const QString m_text;
    const QString m_fileName;
    const QStringList m_lines;
    Report m_report;
    QList<Drafted> m_numbers;
    const TextTables m_tables;
    QHash<QString, QStringList> m_tableHeaders; // a table ("table:<first line>") -> its names
    QHash<QString, int> m_tableOrder;           // a table -> its place among the text's
    TakenIds m_metricIds;
    QStringList m_relativePeriods; // "line 3: “今年上半年”": relative halves the text dates not
    int m_sentenceStart = 0;       // the metric of the first number of the sentence being read
    int m_clausesStart = 0; // and of its first clause, when it goes on after "；" on its line
    QList<QString> m_measureLabels; // per metric read from the text: its label's measure
    TakenIds m_figureIds;
};

} // namespace

QList<FoundNumber> draftableNumbers(const QString &text)
{
    return Drafter(text, QString()).draftable(findNumbers(text));
}

Report draftReport(const QString &text, const QString &fileName)
{
    Drafter drafter(text, fileName);
    return drafter.draft(drafter.draftable(findNumbers(text)), {});
}

Report draftReport(const QString &text, const QString &fileName, const QList<FoundNumber> &numbers,
                   const QList<DraftFigureRequest> &figures)
{
    return Drafter(text, fileName).draft(numbers, figures);
}

} // namespace Figdeck
