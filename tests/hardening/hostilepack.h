// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile but valid version-2 packs built in memory for the bounded-work tests (the same shapes
// as tests/data/hardening/generate.py writes to files).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <utility>

namespace Figdeck::HostilePack {

// Metric m<i>: a count of i + 1, quoted, from source "data".
inline QJsonObject metric(int i)
{
    using namespace Qt::StringLiterals;
    return {{u"id"_s, u"m%1"_s.arg(i)},
            {u"label"_s, u"Metric %1"_s.arg(i)},
            {u"value"_s, i + 1},
            {u"unit"_s, u"count"_s},
            {u"qualifier"_s, u"exact"_s},
            {u"origin"_s, u"stated"_s},
            {u"quote"_s, u"it was %1"_s.arg(i + 1)},
            {u"source"_s, u"data"_s}};
}

// Metrics m0 ... m<count - 1> and their ids.
inline std::pair<QJsonArray, QJsonArray> metrics(int count)
{
    using namespace Qt::StringLiterals;
    QJsonArray list;
    QJsonArray ids;
    for (int i = 0; i < count; ++i) {
        list.append(metric(i));
        ids.append(u"m%1"_s.arg(i));
    }
    return {list, ids};
}

// The pack: one source (titled sourceTitle), these metrics and one figure.
inline QByteArray pack(const QString &title, const QJsonArray &metrics, const QJsonObject &figure,
                       const QString &sourceTitle = QStringLiteral("A source"))
{
    using namespace Qt::StringLiterals;
    const QJsonObject source{{u"id"_s, u"data"_s},
                             {u"title"_s, sourceTitle},
                             {u"url"_s, u"https://example.org/data"_s},
                             {u"kind"_s, u"report"_s}};
    const QJsonObject pack{{u"format"_s, u"figdeck-report"_s},
                           {u"version"_s, 2},
                           {u"language"_s, u"en"_s},
                           {u"date"_s, u"2026-03"_s},
                           {u"title"_s, title},
                           {u"sources"_s, QJsonArray{source}},
                           {u"metrics"_s, metrics},
                           {u"figures"_s, QJsonArray{figure}},
                           {u"sections"_s, QJsonArray{}},
                           {u"caveats"_s, QJsonArray{}}};
    return QJsonDocument(pack).toJson(QJsonDocument::Compact);
}

} // namespace Figdeck::HostilePack
