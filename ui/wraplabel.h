// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <array>

namespace Figdeck {

// A word-wrapped QLabel that remembers the heights it gave for the last few widths. A layout
// asks a wrapping label's height for one width many times while it settles (a dozen times at
// start-up for each of the chart area's three lines), and QLabel lays the text out again on
// every call.
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    mutable std::array<Entry, 4> m_heights;
    mutable int m_next = 0;
    // What the heights are for, besides the font and style (whose changes are events).
    struct Key
    {
        QString text;
        int margin = 0;
        int indent = -1;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Key &other) const
        {
            return margin == other.margin && indent == other.indent && format == other.format &&
                   text == other.text;
        }
    };
    mutable Key m_key;
};

} // namespace Figdeck
