// SPDX-License-Identifier: GPL-3.0-or-later
#include "packtext.h"

#include <QStringList>

#include <array>

namespace Figdeck {

namespace {

using namespace Qt::StringLiterals;

// One row per language; columns in PackText's order. "%1" is the number. Written as UTF-8.
struct PackTextRow
{
    QLatin1StringView script; // "en", "Hans", "Hant"
    std::array<const char *, 7> texts;
};

const std::array<PackTextRow, 3> &packTextTable()
{
    static const std::array<PackTextRow, 3> table{{
        {"en"_L1,
         {"New metric", "New figure", "New source", "New finding", "New caveat", "New section",
          "Series %1"}},
        {"Hans"_L1,
         {"\u65b0\u6307\u6807", "\u65b0\u56fe\u8868", "\u65b0\u6765\u6e90", "\u65b0\u53d1\u73b0",
          "\u65b0\u6ce8\u610f\u4e8b\u9879", "\u65b0\u7ae0\u8282", "\u7cfb\u5217%1"}},
        // 新指標 新圖表 新來源 新發現 新注意事項 新章節 系列%1
        {"Hant"_L1,
         {"\u65b0\u6307\u6a19", "\u65b0\u5716\u8868", "\u65b0\u4f86\u6e90", "\u65b0\u767c\u73fe",
          "\u65b0\u6ce8\u610f\u4e8b\u9805", "\u65b0\u7ae0\u7bc0", "\u7cfb\u5217%1"}},
    }};
    return table;
}

// The row for a pack language tag: Chinese by its script, written or implied by the region
// (zh-TW, zh-HK and zh-MO write Traditional characters); every other language English.
const PackTextRow &rowFor(const QString &language)
{
    const auto &table = packTextTable();
    const QStringList parts = language.split(QLatin1Char('-'));
    if (parts.first().compare("zh"_L1, Qt::CaseInsensitive) != 0)
        return table[0];
    for (const QString &part : parts.mid(1)) {
        if (part.compare("Hant"_L1, Qt::CaseInsensitive) == 0 ||
            part.compare("TW"_L1, Qt::CaseInsensitive) == 0 ||
            part.compare("HK"_L1, Qt::CaseInsensitive) == 0 ||
            part.compare("MO"_L1, Qt::CaseInsensitive) == 0)
            return table[2];
    }
    return table[1];
}

} // namespace

QString packText(PackText which, const QString &language, int number)
{
    const QString text = QString::fromUtf8(rowFor(language).texts.at(size_t(which)));
    return which == PackText::Series ? text.arg(number) : text;
}

Text packTextIn(PackText which, const QString &language, int number)
{
    return Text(packText(which, language, number), language);
}

} // namespace Figdeck
