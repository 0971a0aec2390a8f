<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Figdeck::Charts</name>
    <message>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>%1, shown as %2</source>
        <translation>%1，显示为 %2</translation>
    </message>
    <message>
        <source>%1 (notes: %2)</source>
        <translation>%1（注：%2）</translation>
    </message>
    <message>
        <source>Note %1: %2</source>
        <translation>注 %1：%2</translation>
    </message>
    <message>
        <source>Not covered by the source</source>
        <translation>来源未涵盖</translation>
    </message>
    <message>
        <source>Shares of the whole</source>
        <translation>占整体的比例</translation>
    </message>
    <message>
        <source>Shares of %1</source>
        <translation>%1的占比</translation>
    </message>
    <message>
        <source>(the stated parts do not cover the whole)</source>
        <translation>（所列各部分未覆盖整体）</translation>
    </message>
    <message>
        <source>derived: %1</source>
        <translation>推算：%1</translation>
    </message>
    <message>
        <source>stated by the source</source>
        <translation>来源原文所述</translation>
    </message>
    <message>
        <source>%1, drawn as one bar of 100%.</source>
        <translation>%1，绘制为一条代表 100% 的条形。</translation>
    </message>
    <message>
        <source>Hatched parts are derived, not stated by the source.</source>
        <translation>斜线填充的部分为推算值，非来源原文所述。</translation>
    </message>
    <message>
        <source>%1, drawn as horizontal bars.</source>
        <translation>%1，绘制为水平条形图。</translation>
    </message>
    <message>
        <source>%1, drawn as a donut.</source>
        <translation>%1，绘制为环形图。</translation>
    </message>
    <message>
        <source>Each panel has its own scale: these values measure different things and are not comparable.</source>
        <translation>每个分图使用各自的刻度：这些数值衡量的是不同的事物，不可相互比较。</translation>
    </message>
    <message>
        <source>One panel per value, each on its own scale.</source>
        <translation>每个数值一个分图，各用各自的刻度。</translation>
    </message>
    <message>
        <source>One panel per value, each on its own scale; the values measure different things and are not comparable.</source>
        <translation>每个数值一个分图，各用各自的刻度；这些数值衡量的是不同的事物，不可相互比较。</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Key figures, one tile each; an amount restated in another currency is shown in the tile of the amount it restates.</source>
        <translation>关键数字，每项一张卡片；以另一种货币换算的金额显示在其原金额的卡片中。</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>derived from the stated numbers</source>
        <translation>根据所述数字推算</translation>
    </message>
    <message>
        <source>lower bound: the value is higher</source>
        <translation>下限：实际数值更高</translation>
    </message>
    <message>
        <source>upper bound: the value is at most this</source>
        <translation>上限：实际数值至多如此</translation>
    </message>
    <message>
        <source>range the source gives</source>
        <translation>来源给出的区间</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>ranked by value</source>
        <translation>按数值排序</translation>
    </message>
    <message>
        <source>in the order the report lists them</source>
        <translation>按报告列出的顺序</translation>
    </message>
    <message>
        <source>%1 as horizontal bars on one axis from zero, %2.</source>
        <translation>%1，以从零开始的同一坐标轴上的水平条形显示，%2。</translation>
    </message>
    <message>
        <source>derived from the stated numbers, not stated by the source</source>
        <translation>根据所述数字推算，非来源原文所述</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无数值</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 的 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 over time as a line, %2.</source>
        <translation>%1 随时间变化的折线，%2。</translation>
    </message>
    <message>
        <source>%1 over time as columns, %2.</source>
        <translation>%1 随时间变化的柱形，%2。</translation>
    </message>
    <message>
        <source>Series: %1.</source>
        <translation>系列：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No value for %1 (a gap, not a zero).</source>
        <translation>%1 无数值（空缺，不是零）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>upper bound</source>
        <translation>上限</translation>
    </message>
    <message numerus="yes">
        <source>+&#xa0;%Ln more in the data table</source>
        <translation>
            <numerusform>另有 %Ln 个数字，见数据表</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::CommandLine</name>
    <message>
        <source>Browse a report&apos;s figures with their findings and caveats, and export them for slides and print.</source>
        <translation>浏览报告中的图表及其发现与注意事项，并将其导出用于幻灯片和打印。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Print one line per figure (id, tab, title) and exit.</source>
        <translation>每个图表输出一行（id、制表符、标题）后退出。</translation>
    </message>
    <message>
        <source>Check a report-pack file; print each problem as FILE:LINE:COL and exit (0 valid, 1 invalid).</source>
        <translation>检查报告包文件，以 FILE:LINE:COL 的形式输出每个问题后退出（0 有效，1 无效）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write DIR/&lt;figure-id&gt;.&lt;ext&gt; for each figure and format, print each path, and exit.</source>
        <translation>按每个图表和格式写入 DIR/&lt;图表id&gt;.&lt;扩展名&gt;，输出每个路径后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Write the printable summary as PDF and exit.</source>
        <translation>将可打印的摘要写为 PDF 后退出。</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>Only these figures (comma-separated ids).</source>
        <translation>仅限这些图表（以逗号分隔的 id）。</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Figure size in logical pixels (default 1920x1080).</source>
        <translation>图表尺寸，以逻辑像素计（默认 1920x1080）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>LAYOUT</source>
        <translation>LAYOUT</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Quit once the window and its first chart have been painted (start-up benchmark).</source>
        <translation>窗口及其第一张图表绘制完成后即退出（启动基准测试）。</translation>
    </message>
    <message>
        <source>A report-pack file (JSON). Default: the embedded report.</source>
        <translation>报告包文件（JSON）。默认：内置报告。</translation>
    </message>
    <message>
        <source>[REPORT.json]</source>
        <translation>[REPORT.json]</translation>
    </message>
    <message>
        <source>Too many arguments: only one report file can be opened.</source>
        <translation>参数过多：只能打开一个报告文件。</translation>
    </message>
    <message>
        <source>--list, --validate and --export/--summary cannot be combined.</source>
        <translation>--list、--validate 与 --export/--summary 不能同时使用。</translation>
    </message>
    <message>
        <source>--%1 needs --export.</source>
        <translation>--%1 需要与 --export 一起使用。</translation>
    </message>
    <message>
        <source>--page-size needs --summary.</source>
        <translation>--page-size 需要与 --summary 一起使用。</translation>
    </message>
    <message>
        <source>--validate takes its file as its value, not as a report.</source>
        <translation>--validate 的文件应作为该选项的值给出，而不是作为报告。</translation>
    </message>
    <message>
        <source>(see figdeck --help)</source>
        <translation>（参见 figdeck --help）</translation>
    </message>
    <message>
        <source>%1: valid report-pack (%2 figures, %3 metrics, %4 warnings)</source>
        <translation>%1：有效的报告包（%2 个图表，%3 个指标，%4 条警告）</translation>
    </message>
    <message>
        <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); --export, --summary, --deck, --data and --list work without one.</source>
        <translation>没有可以打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）；--export、--summary、--deck、--data 和 --list 无需显示器即可使用。</translation>
    </message>
    <message>
        <source>Export formats, comma-separated: %1 (default: all).</source>
        <translation>导出格式，用逗号分隔：%1（默认：全部）。</translation>
    </message>
    <message>
        <source>PNG pixel scale, %1 to %2 (default 1).</source>
        <translation>PNG 像素倍数，%1 到 %2（默认 1）。</translation>
    </message>
    <message>
        <source>PNG resolution metadata, %1 to %2 (default 96).</source>
        <translation>PNG 分辨率元数据，%1 到 %2（默认 96）。</translation>
    </message>
    <message>
        <source>%1 (default: light for figures, print for the summary).</source>
        <translation>%1（默认：图表用 light，摘要用 print）。</translation>
    </message>
    <message>
        <source>%1 (default slide).</source>
        <translation>%1（默认 slide）。</translation>
    </message>
    <message>
        <source>Summary page size: %1 (default A4).</source>
        <translation>摘要纸张大小：%1（默认 A4）。</translation>
    </message>
    <message>
        <source>--figures needs at least one figure id.</source>
        <translation>--figures 至少需要一个图表 ID。</translation>
    </message>
    <message>
        <source>Format &apos;%1&apos; is unknown (%2).</source>
        <translation>格式“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>--format needs at least one of %1.</source>
        <translation>--format 至少需要 %1 中的一个。</translation>
    </message>
    <message>
        <source>Size &apos;%1&apos; is not WxH (for example 1920x1080).</source>
        <translation>尺寸“%1”不是 宽x高 格式（例如 1920x1080）。</translation>
    </message>
    <message>
        <source>Scale &apos;%1&apos; is not a number (%2 to %3).</source>
        <translation>倍数“%1”不是数字（%2 到 %3）。</translation>
    </message>
    <message>
        <source>DPI &apos;%1&apos; is not a whole number (%2 to %3).</source>
        <translation>DPI“%1”不是整数（%2 到 %3）。</translation>
    </message>
    <message>
        <source>Theme &apos;%1&apos; is unknown (%2).</source>
        <translation>主题“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>Layout &apos;%1&apos; is unknown (%2).</source>
        <translation>版式“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>Page size &apos;%1&apos; is unknown (%2).</source>
        <translation>纸张大小“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>Summary file &apos;%1&apos; does not end in .pdf (the summary is written as PDF).</source>
        <translation>摘要文件“%1”的扩展名不是 .pdf（摘要以 PDF 格式写出）。</translation>
    </message>
    <message>
        <source>Figure id &apos;%1&apos; is unknown (known: %2).</source>
        <translation>图表 ID“%1”未知（已有：%2）。</translation>
    </message>
    <message>
        <source>Shares figures as %1 (default donut, or bars where the pack says so).</source>
        <translation>占比图显示为 %1（默认环形图，报告包指定时为条形图）。</translation>
    </message>
    <message>
        <source>STYLE</source>
        <translation>样式</translation>
    </message>
    <message>
        <source>Shares style &apos;%1&apos; is unknown (%2).</source>
        <translation>未知的占比图样式“%1”（%2）。</translation>
    </message>
    <message>
        <source>Write a slide deck (PowerPoint, with native charts, speaker notes and sources) and exit.</source>
        <translation>写入幻灯片文件（PowerPoint，含原生图表、演讲者备注和来源）后退出。</translation>
    </message>
    <message>
        <source>FILE.pptx</source>
        <translation>FILE.pptx</translation>
    </message>
    <message>
        <source>Slide shape for --deck: %1 (default %2).</source>
        <translation>--deck 的幻灯片比例：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>RATIO</source>
        <translation>RATIO</translation>
    </message>
    <message>
        <source>For --deck: every figure as a picture, no native charts.</source>
        <translation>用于 --deck：每个图表都作为图片插入，不使用原生图表。</translation>
    </message>
    <message>
        <source>Write every number with its unit, qualifier, status, period, source and quote as a spreadsheet and exit.</source>
        <translation>将每个数字及其单位、限定词、状态、时期、来源和原文写为电子表格后退出。</translation>
    </message>
    <message>
        <source>--%1 needs --deck.</source>
        <translation>--%1 需要与 --deck 一起使用。</translation>
    </message>
    <message>
        <source>--figures and --theme need --export, --summary, --deck or --data.</source>
        <translation>--figures 和 --theme 需要与 --export、--summary、--deck 或 --data 一起使用。</translation>
    </message>
    <message>
        <source>Aspect &apos;%1&apos; is unknown (%2).</source>
        <translation>比例“%1”未知（可用：%2）。</translation>
    </message>
    <message>
        <source>Data file &apos;%1&apos; does not end in .xlsx or .csv.</source>
        <translation>数据文件“%1”的扩展名不是 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>--export needs a folder name.</source>
        <translation>--export 需要一个文件夹名称。</translation>
    </message>
    <message>
        <source>--summary needs a file name.</source>
        <translation>--summary 需要一个文件名。</translation>
    </message>
    <message>
        <source>Language of the interface and of the report&apos;s texts: %1 (default: the last one chosen, else the system&apos;s).</source>
        <translation>界面和报告文字的语言：%1（默认：上次选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: choose %2.</source>
        <translation>未知语言“%1”：请选择 %2。</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>--numbers takes its source as its value, not a report.</source>
        <translation>--numbers 的值是其来源文本，不接受报告文件。</translation>
    </message>
    <message>
        <source>Print every number a text states (line, column, value, unit, qualifier, period, status, quote; tab-separated) and exit. SOURCE: a text, Markdown, HTML or PDF file, or - for standard input.</source>
        <translation>打印文本陈述的每个数字（行、列、数值、单位、限定词、时期、状态、引文；以制表符分隔）后退出。SOURCE：文本、Markdown、HTML 或 PDF 文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>Check that every quote of PACK stands verbatim in the source texts given as arguments (text, Markdown, HTML or PDF; SOURCE-ID=FILE gives one source of the pack its own text) and exit: 1 when a quote is missing.</source>
        <translation>检查数据包中的每条引文是否逐字出现在作为参数给出的来源文本中（文本、Markdown、HTML 或 PDF；来源ID=文件 为数据包中的某个来源指定其文本）后退出：有引文缺失时退出码为 1。</translation>
    </message>
    <message>
        <source>PACK</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Draft a version-2 report pack from SOURCE (text, Markdown, HTML or PDF): every number with its quote, qualifier, unit, period and status, figures proposed from the text&apos;s structure, caveats for bounds, approximations, projections and derived values. Needs -o.</source>
        <translation>从 SOURCE（文本、Markdown、HTML 或 PDF）起草第 2 版报告数据包：每个数字附其引文、限定词、单位、时期和状态，根据文本结构提出图表，并为上下限、近似值、预测值和推算值起草注意事项。需要 -o。</translation>
    </message>
    <message>
        <source>The pack --draft writes.</source>
        <translation>--draft 写入的数据包。</translation>
    </message>
    <message>
        <source>PACK.figdeck.json</source>
        <translation>数据包.figdeck.json</translation>
    </message>
    <message>
        <source>--draft needs a source file.</source>
        <translation>--draft 需要一个来源文件。</translation>
    </message>
    <message>
        <source>--draft needs -o PACK.figdeck.json.</source>
        <translation>--draft 需要 -o 数据包.figdeck.json。</translation>
    </message>
    <message>
        <source>--draft cannot be combined with other actions.</source>
        <translation>--draft 不能与其他操作同时使用。</translation>
    </message>
    <message>
        <source>--output (-o) needs --draft.</source>
        <translation>--output (-o) 需要与 --draft 一起使用。</translation>
    </message>
    <message>
        <source>--check-quotes needs a report pack.</source>
        <translation>--check-quotes 需要一个报告数据包。</translation>
    </message>
    <message>
        <source>--check-quotes needs the source texts as arguments.</source>
        <translation>--check-quotes 需要以来源文本作为参数。</translation>
    </message>
    <message>
        <source>--check-quotes cannot be combined with other actions.</source>
        <translation>--check-quotes 不能与其他操作同时使用。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of %2 quotes not found verbatim</source>
        <translation>
            <numerusform>%1：%2 条引文中有 %n 条未找到逐字相同的原文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n quotes found verbatim</source>
        <translation>
            <numerusform>%1：全部 %n 条引文均找到逐字相同的原文</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no numbers found; nothing to draft</source>
        <translation>%1：未找到数字；无可起草的内容</translation>
    </message>
    <message>
        <source>the draft of %1 is not a valid pack (a Figdeck bug); nothing written</source>
        <translation>由 %1 起草的数据包无效（Figdeck 的缺陷）；未写入任何文件</translation>
    </message>
    <message>
        <source>%1: drafted %2 numbers in %3 figures; check each against the source (figdeck --check-quotes %1 %4)</source>
        <translation>%1：已起草 %3 个图表中的 %2 个数字；请逐一对照来源核对（figdeck --check-quotes %1 %4）</translation>
    </message>
    <message>
        <source>Option -%1 takes no value.</source>
        <translation>选项 -%1 不带值。</translation>
    </message>
    <message>
        <source>Option -%1 takes its value as the next argument (-%1 %2).</source>
        <translation>选项 -%1 的值应作为下一个参数给出（-%1 %2）。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”后缺少值。</translation>
    </message>
    <message>
        <source>Qt&apos;s standard options are accepted too, with one dash or two: %1.</source>
        <translation>也接受 Qt 的标准选项（一个或两个短横线均可）：%1。</translation>
    </message>
</context>
<context>
    <name>Figdeck::DataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>The numbers of these &amp;figures, one sheet each and one with all:</source>
        <translation>这些图（&amp;F）的数字，每图一张工作表，另加一张汇总：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Figdeck::DataTableModel</name>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>原始数字</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Source quote</source>
        <translation>来源原文</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation>更改“%2”的%1</translation>
    </message>
    <message>
        <source>Of what</source>
        <translation>所指对象</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Derivation</source>
        <translation>推算方法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>Figdeck::DeckDialog</name>
    <message>
        <source>native chart, editable data</source>
        <translation>原生图表，数据可编辑</translation>
    </message>
    <message>
        <source>text boxes</source>
        <translation>文本框</translation>
    </message>
    <message>
        <source>picture: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Export Slide Deck</source>
        <translation>导出幻灯片</translation>
    </message>
    <message>
        <source>&amp;Figures:</source>
        <translation>图表(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Widescreen (16:9)</source>
        <translation>宽屏（16:9）</translation>
    </message>
    <message>
        <source>Standard (4:3)</source>
        <translation>标准（4:3）</translation>
    </message>
    <message>
        <source>&amp;Slides:</source>
        <translation>幻灯片(&amp;S)：</translation>
    </message>
    <message>
        <source>Every figure as a &amp;picture (no editable charts)</source>
        <translation>每个图表都作为图片(&amp;P)（不含可编辑图表）</translation>
    </message>
    <message>
        <source>Preview of the first figure slides:</source>
        <translation>前几张图表幻灯片预览：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
</context>
<context>
    <name>Figdeck::DraftDialog</name>
    <message>
        <source>New Report from Text or PDF</source>
        <translation>从文本或 PDF 新建报告</translation>
    </message>
    <message>
        <source>Paste the text of an article or a report here, or open a text, Markdown, HTML or PDF file.</source>
        <translation>在此粘贴文章或报告的文本，或打开文本、Markdown、HTML 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>来源文本</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Numbers found</source>
        <translation>找到的数字</translation>
    </message>
    <message>
        <source>Figures of the pack</source>
        <translation>数据包中的图表</translation>
    </message>
    <message>
        <source>&amp;Make Figure…</source>
        <translation>制作图表(&amp;M)…</translation>
    </message>
    <message>
        <source>A figure of the selected numbers</source>
        <translation>用所选数字制作图表</translation>
    </message>
    <message>
        <source>&amp;Remove Figure</source>
        <translation>移除图表(&amp;R)</translation>
    </message>
    <message>
        <source>Preview of the figure</source>
        <translation>图表预览</translation>
    </message>
    <message>
        <source>&amp;Save and Open…</source>
        <translation>保存并打开(&amp;S)…</translation>
    </message>
    <message>
        <source>Figures of the pack:</source>
        <translation>数据包中的图表：</translation>
    </message>
    <message>
        <source>Open Source</source>
        <translation>打开来源</translation>
    </message>
    <message>
        <source>Texts and PDFs (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>文本和 PDF (*.txt *.md *.markdown *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No numbers found yet.</source>
        <translation>尚未找到数字。</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) found, %1 kept.</source>
        <translation>
            <numerusform>找到 %n 个数字，保留 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2, made here</source>
        <translation>%1
%2，在此制作</translation>
    </message>
    <message>
        <source>%1
%2, proposed</source>
        <translation>%1
%2，自动建议</translation>
    </message>
    <message numerus="yes">
        <source>The pack is not valid, so it was not saved: %n problem(s).</source>
        <translation>
            <numerusform>数据包无效，因此未保存：%n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>……以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Drafted Pack</source>
        <translation>保存起草的数据包</translation>
    </message>
    <message>
        <source>Report-packs (*.json);;All files (*)</source>
        <translation>报告包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Discard the Draft?</source>
        <translation>放弃草稿？</translation>
    </message>
    <message>
        <source>The corrections and figures made here are not saved. Close and discard them?</source>
        <translation>在此所做的更正和图表尚未保存。关闭并放弃它们吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
</context>
<context>
    <name>Figdeck::DraftNumbersModel</name>
    <message>
        <source>Keep this number in the pack</source>
        <translation>在数据包中保留此数字</translation>
    </message>
    <message>
        <source>As written: %1</source>
        <translation>原文写法：%1</translation>
    </message>
    <message>
        <source>Line %1 of the text</source>
        <translation>文本第 %1 行</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>The drafter&apos;s label: type to give your own</source>
        <translation>起草程序给出的标签：输入即可改为您自己的标签</translation>
    </message>
    <message>
        <source>Your label (empty it for the drafter&apos;s)</source>
        <translation>您的标签（清空则恢复起草程序的标签）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>there is no quarter %1 (quarters are Q1 to Q4).</source>
        <translation>不存在第%1季度（季度为 Q1 至 Q4）。</translation>
    </message>
    <message>
        <source>there is no month %1 (months are 01 to 12).</source>
        <translation>不存在%1月（月份为 01 至 12）。</translation>
    </message>
    <message>
        <source>%1 has no day %2.</source>
        <translation>%1 没有第%2日。</translation>
    </message>
    <message>
        <source>a year has four digits.</source>
        <translation>年份应为四位数字。</translation>
    </message>
    <message>
        <source>it is not written as the format writes dates.</source>
        <translation>其写法不符合格式规定的日期写法。</translation>
    </message>
    <message>
        <source>“%1” is not a date: %2</source>
        <translation>“%1”不是日期：%2</translation>
    </message>
    <message>
        <source>there is no half-year %1 (half-years are H1 and H2).</source>
        <translation>不存在第%1个半年（半年为 H1 和 H2）。</translation>
    </message>
    <message>
        <source>“%1” names a period from the text&apos;s own date, and the text gives no date (no dateline such as “Published: 12 August 2025” at its top): the period was left empty rather than guessed. Type the period of this number, or add the date to the text.</source>
        <translation>“%1”以文本自身的日期说明时期，但文本没有给出日期（开头没有“发布时间：2025年8月12日”这样的日期行）：时期留空，不作猜测。请填写这个数字的时期，或在文本中补上日期。</translation>
    </message>
    <message>
        <source>the first months of a year end in a month from February (02) to November (11); January alone is %1-01, January to December the year %1.</source>
        <translation>年初若干月的截止月份须在2月（02）至11月（11）之间；仅1月写作 %1-01，1月至12月即全年 %1。</translation>
    </message>
    <message>
        <source>Type a year (2023), a half-year (2023-H2), a quarter (2023-Q4), the first months of a year (2023-01/08: January to August), other months of a year (2023-03/08: March to August), a month (2023-05) or a day (2023-05-31); words such as “2022 to 2023” are kept as the period&apos;s text, with no date.</source>
        <translation>请输入年份（2023）、半年（2023-H2）、季度（2023-Q4）、年初若干月（2023-01/08：1—8月）、年内其他若干月（2023-03/08：3—8月）、月份（2023-05）或日期（2023-05-31）；“2022年至2023年”之类的文字会作为时期的文字保留，不带日期。</translation>
    </message>
    <message>
        <source>the three months of a quarter are written as the quarter (%1-Q%2).</source>
        <translation>一个季度的三个月写作该季度（%1-Q%2）。</translation>
    </message>
    <message>
        <source>July to December is the second half-year (%1-H2).</source>
        <translation>7月至12月即下半年（%1-H2）。</translation>
    </message>
    <message>
        <source>months of a year run from a month to a later one of the same year, 01 to 12 (%1-03/08: March to August).</source>
        <translation>年内若干月须从某月到同一年中更晚的月份，月份为01至12（%1-03/08：3—8月）。</translation>
    </message>
    <message>
        <source>A year (2024), half-year (2024-H2 or H2 2024), quarter (2024-Q3), first months (2024-01/08), other months (2024-03/08), month (2024-06), day (2024-06-30) or range (2026/2030); words for a period without a date; empty for none</source>
        <translation>年份（2024）、半年（2024-H2 或 H2 2024）、季度（2024-Q3）、年初若干月（2024-01/08）、年内其他若干月（2024-03/08）、月份（2024-06）、日期（2024-06-30）或区间（2026/2030）；没有日期的时期可填文字；留空表示无时期</translation>
    </message>
</context>
<context>
    <name>Figdeck::EditorChoices</name>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>观测</translation>
    </message>
    <message>
        <source>stated by the source</source>
        <translation>来源原文所述</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>Key-figure tiles</source>
        <translation>关键数字卡片</translation>
    </message>
    <message>
        <source>Shares of a whole</source>
        <translation>整体中的占比</translation>
    </message>
    <message>
        <source>One part of a whole</source>
        <translation>整体中的一部分</translation>
    </message>
    <message>
        <source>Small multiples</source>
        <translation>小多图</translation>
    </message>
    <message>
        <source>the report itself</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>a news summary</source>
        <translation>新闻摘要</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>unit of its own</source>
        <translation>自定义单位</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
</context>
<context>
    <name>Figdeck::Export</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>hatched: derived</source>
        <translation>斜线：推算值</translation>
    </message>
    <message>
        <source>dashed: projected</source>
        <translation>虚线：预测值</translation>
    </message>
    <message>
        <source>dotted: estimated</source>
        <translation>点线：估计值</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <source>Source: “%1”</source>
        <translation>原文：“%1”</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Stated or derived</source>
        <translation>原文所述或推算</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>%1, projected</source>
        <translation>%1，预测</translation>
    </message>
    <message>
        <source>No quote: not stated in the source.</source>
        <translation>无原文引述：来源中未给出。</translation>
    </message>
    <message>
        <source>Report summary</source>
        <translation>报告摘要</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>发布机构：%1</translation>
    </message>
    <message>
        <source>This summary is based on a news article that summarises the report, not on the report itself. Every number is given as the article states it, with its qualifier (“over”, “more than”); numbers marked derived were computed from stated ones.</source>
        <translation>本摘要依据的是一篇概述该报告的新闻文章，而非报告本身。每个数字均按文章所述给出，并保留其限定词（如“超过”“以上”）；标为推算的数字由文中所述数字计算得出。</translation>
    </message>
    <message>
        <source>In this summary</source>
        <translation>本摘要内容</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>图 %1：%2</translation>
    </message>
    <message>
        <source>Across the report</source>
        <translation>报告总览</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Every number and its source</source>
        <translation>所有数字及其来源</translation>
    </message>
    <message>
        <source>Caveats about the report</source>
        <translation>关于本报告的注意事项</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>摘要：%1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>%1: findings (continued)</source>
        <translation>%1：主要发现（续）</translation>
    </message>
    <message>
        <source>%1: notes (continued)</source>
        <translation>%1：注释（续）</translation>
    </message>
    <message>
        <source>%1: numbers (continued)</source>
        <translation>%1：数据（续）</translation>
    </message>
    <message>
        <source>Issuer: not named in the source</source>
        <translation>发布机构：来源未说明</translation>
    </message>
    <message>
        <source>Released at the %1.</source>
        <translation>发布于%1。</translation>
    </message>
    <message>
        <source>Released at the %1, %2.</source>
        <translation>%2发布于%1。</translation>
    </message>
    <message>
        <source>Released: %1.</source>
        <translation>发布时间：%1。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>原文表述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation>全部数字</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>发现：</translation>
    </message>
    <message>
        <source>  Quote: “%1”</source>
        <translation>  原文：“%1”</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>  Qualifier: %1; period: %2; status: %3</source>
        <translation>  限定词：%1；时期：%2；状态：%3</translation>
    </message>
    <message>
        <source>Caveats:</source>
        <translation>注意事项：</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>%1, as stated</source>
        <translation>%1（原文表述）</translation>
    </message>
    <message>
        <source>%1. No quote: not stated there.</source>
        <translation>%1。无引文：来源中未说明。</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message>
        <source>This summary is based on news articles, not on what they report on. Every number is given as its article states it, with its qualifier (“over”, “more than”), and names that article; numbers marked derived were computed from stated ones.</source>
        <translation>本摘要依据的是新闻文章，而非文章所报道的内容本身。每个数字均按其所在文章的表述给出，保留其限定词（“超过”“多于”），并注明该文章；标为推算的数字由所述数字计算得出。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more caveats (%1 to %2), listed in the printed summary.</source>
        <translation>
            <numerusform>……以及另外 %n 条注意事项（%1 至 %2），均列于打印摘要中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more findings, listed in the printed summary.</source>
        <translation>
            <numerusform>……以及另外 %n 条发现，均列于打印摘要中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key findings, listed in the printed summary.</source>
        <translation>
            <numerusform>%n 条主要发现均列于打印摘要中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::ExportController</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation>摘要.pdf</translation>
    </message>
    <message>
        <source>%1-summary.pdf</source>
        <translation>%1-摘要.pdf</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>The figure could not be exported.</source>
        <translation>无法导出该图表。</translation>
    </message>
    <message>
        <source>Export All Figures</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Export All Figures to Folder</source>
        <translation>将全部图表导出到文件夹</translation>
    </message>
    <message>
        <source>The figure could not be copied.</source>
        <translation>无法复制该图表。</translation>
    </message>
    <message>
        <source>Figure “%1” could not be rendered.</source>
        <translation>无法渲染图表“%1”。</translation>
    </message>
    <message>
        <source>Print Summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Summary printed to %1</source>
        <translation>摘要已打印到 %1</translation>
    </message>
    <message>
        <source>Summary sent to %1</source>
        <translation>摘要已发送到 %1</translation>
    </message>
    <message>
        <source>Export Summary as PDF</source>
        <translation>将摘要导出为 PDF</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>The summary could not be exported.</source>
        <translation>无法导出摘要。</translation>
    </message>
    <message>
        <source>The report has no figure “%1”.</source>
        <translation>报告中没有图表“%1”。</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>已将“%1”导出到 %2</translation>
    </message>
    <message>
        <source>Exporting figures…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1 of %2 files…</source>
        <translation>已导出 %1/%2 个文件…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n file(s) written to %1</source>
        <translation>
            <numerusform>导出已取消；已向 %1 写入 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个文件导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <source>Summary written to %1</source>
        <translation>摘要已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 already exist and will be replaced.</source>
        <translation>
            <numerusform>%1 中已有 %n 个同名文件，它们将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>The figures could not be exported.</source>
        <translation>无法导出这些图表。</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n file(s) were written.</source>
        <translation>
            <numerusform>已写入 %n 个文件后，导出停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>All %n figure(s) of “%1”, each saved as &lt;number&gt;-&lt;figure-id&gt;.&lt;format&gt; in a folder, numbered in the report&apos;s order.</source>
        <translation>
            <numerusform>“%1”的全部 %n 个图表，每个按报告顺序编号，以 &lt;编号&gt;-&lt;图表 ID&gt;.&lt;格式&gt; 保存在文件夹中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figdeck summary</source>
        <translation>Figdeck 摘要</translation>
    </message>
</context>
<context>
    <name>Figdeck::ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>P&amp;NG</source>
        <translation>P&amp;NG</translation>
    </message>
    <message>
        <source>Raster image at the chosen size, scale and resolution</source>
        <translation>按所选尺寸、缩放倍数和分辨率生成的位图</translation>
    </message>
    <message>
        <source>PD&amp;F</source>
        <translation>PD&amp;F</translation>
    </message>
    <message>
        <source>Vector page with embedded fonts</source>
        <translation>嵌入字体的矢量页面</translation>
    </message>
    <message>
        <source>S&amp;VG</source>
        <translation>S&amp;VG</translation>
    </message>
    <message>
        <source>Vector drawing with text kept as text</source>
        <translation>文字保留为文本的矢量图</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>C&amp;ustom size:</source>
        <translation>自定义尺寸(&amp;U)：</translation>
    </message>
    <message>
        <source>Custom width</source>
        <translation>自定义宽度</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Custom height</source>
        <translation>自定义高度</translation>
    </message>
    <message>
        <source>PNG sc&amp;ale:</source>
        <translation>PNG 缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>Pixels per unit of size: 2× makes a sharp image on high-density screens and projectors</source>
        <translation>每个尺寸单位的像素数：2× 可在高密度屏幕和投影仪上得到清晰的图像</translation>
    </message>
    <message>
        <source>PNG &amp;resolution:</source>
        <translation>PNG 分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Dots per inch written into the PNG; slide and word-processing tools use it for the printed size</source>
        <translation>写入 PNG 的每英寸点数；幻灯片和文字处理软件据此确定打印尺寸</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>Transparent bac&amp;kground (PNG, SVG)</source>
        <translation>透明背景（PNG、SVG）(&amp;K)</translation>
    </message>
    <message>
        <source>Show shares as &amp;bars instead of a donut</source>
        <translation>以条形图而非环形图显示占比(&amp;B)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Preview of the exported figure</source>
        <translation>导出图表的预览</translation>
    </message>
    <message>
        <source>Applies to figures that show the parts of a whole; bars are easier to compare</source>
        <translation>适用于显示整体各部分的图表；条形图更便于比较</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Chart only</source>
        <translation>仅图表</translation>
    </message>
    <message>
        <source>Slide (title, source, notes)</source>
        <translation>幻灯片（标题、来源、注释）</translation>
    </message>
    <message>
        <source>Slide with narrative</source>
        <translation>幻灯片及叙述</translation>
    </message>
    <message>
        <source>PNG image: %1 × %2 pixels</source>
        <translation>PNG 图像：%1 × %2 像素</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
</context>
<context>
    <name>Figdeck::ExportMessage</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Figure id &apos;%1&apos; is unknown.</source>
        <translation>图表 ID“%1”未知。</translation>
    </message>
    <message>
        <source>the file name must end in .xlsx or .csv</source>
        <translation>文件名必须以 .xlsx 或 .csv 结尾</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>“%1”是文件，不是文件夹</translation>
    </message>
    <message>
        <source>Size %1x%2 is out of range (%3 to %4 a side).</source>
        <translation>尺寸 %1x%2 超出范围（每边 %3 到 %4）。</translation>
    </message>
    <message>
        <source>Size %1x%2 is too wide or too tall (at most %3:1).</source>
        <translation>尺寸 %1x%2 过宽或过高（最多 %3:1）。</translation>
    </message>
    <message>
        <source>Scale &apos;%1&apos; is out of range (%2 to %3).</source>
        <translation>倍数“%1”超出范围（%2 到 %3）。</translation>
    </message>
    <message>
        <source>Scale &apos;%1&apos; is too large for %2x%3 (at most %4 pixels a side).</source>
        <translation>倍数“%1”对 %2x%3 过大（每边最多 %4 像素）。</translation>
    </message>
    <message>
        <source>DPI &apos;%1&apos; is out of range (%2 to %3).</source>
        <translation>DPI“%1”超出范围（%2 到 %3）。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: the figure could not be rendered as %2.</source>
        <translation>无法写入“%1”：图表无法渲染为 %2。</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;: %2.</source>
        <translation>无法创建文件夹“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>it is a symbolic link another user made in the shared folder %1; refusing to follow it (as the system&apos;s protected_symlinks rule does)</source>
        <translation>它是其他用户在共享文件夹 %1 中创建的符号链接；拒绝跟随它（与系统的 protected_symlinks 规则一致）</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>every figure as a picture, as asked</source>
        <translation>按要求，每个图表都作为图片</translation>
    </message>
    <message>
        <source>a lower bound cannot be drawn as an exact bar or slice</source>
        <translation>下限值不能画成精确的条形或扇区</translation>
    </message>
    <message>
        <source>its values are on separate scales</source>
        <translation>其数值使用各自不同的刻度</translation>
    </message>
    <message>
        <source>the figure %1 could not be rendered: %2</source>
        <translation>无法渲染图表 %1：%2</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>美国信纸（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>cannot write %1: the summary could not be painted</source>
        <translation>无法写入 %1：无法绘制摘要</translation>
    </message>
</context>
<context>
    <name>Figdeck::FigureListModel</name>
    <message>
        <source>%1 (has problems: see the Problems list)</source>
        <translation>%1（有问题：见“问题”列表）</translation>
    </message>
</context>
<context>
    <name>Figdeck::FigureView</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
</context>
<context>
    <name>Figdeck::Format</name>
    <message>
        <source>short-scale</source>
        <comment>number grouping of this language: &apos;short-scale&apos; (thousand, million, billion) or &apos;myriad&apos; (10^4, 10^8)</comment>
        <translation>myriad</translation>
    </message>
    <message>
        <source>%1 trillion</source>
        <translation>%1万亿</translation>
    </message>
    <message>
        <source>%1 hundred million</source>
        <comment>myriad grouping: 10^8</comment>
        <translation>%1亿</translation>
    </message>
    <message>
        <source>%1 ten thousand</source>
        <comment>myriad grouping: 10^4</comment>
        <translation>%1万</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1十亿</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1百万</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>roughly</source>
        <translation>约</translation>
    </message>
    <message>
        <source>derived (%1)</source>
        <translation>推算（%1）</translation>
    </message>
    <message>
        <source>stated</source>
        <translation>原文所述</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>projected</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>stated by the source</source>
        <translation>来源原文所述</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1st</source>
        <comment>ordinal: 1st, 21st</comment>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <comment>ordinal: 2nd, 22nd</comment>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <comment>ordinal: 3rd, 23rd</comment>
        <translation>第%1</translation>
    </message>
    <message>
        <source>%1th</source>
        <comment>ordinal: 4th, 11th</comment>
        <translation>第%1</translation>
    </message>
    <message>
        <source> pp</source>
        <comment>percentage points</comment>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最多</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>exact as stated</source>
        <translation>与原文一致</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>预测值</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list: the items so far, the next</comment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>Figdeck::Import</name>
    <message>
        <source>%1: not a readable PDF (the file is damaged or incomplete)</source>
        <translation>%1：不是可读取的 PDF（文件已损坏或不完整）</translation>
    </message>
    <message>
        <source>%1: the PDF is encrypted; open it with its password and save an unprotected copy first</source>
        <translation>%1：该 PDF 已加密；请先用密码打开并另存一份未加密的副本</translation>
    </message>
    <message>
        <source>%1: the PDF holds no text (scanned pages are pictures; run OCR on it first)</source>
        <translation>%1：该 PDF 不含文字（扫描页是图片；请先进行文字识别）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>%1: cannot read PDFs: Figdeck&apos;s PDF module is missing (%2)</source>
        <translation>%1：无法读取 PDF：缺少 Figdeck 的 PDF 模块（%2）</translation>
    </message>
</context>
<context>
    <name>Figdeck::Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <source>subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Values are &amp;comparable (may share one axis)</source>
        <translation>数值可比较（可共用一条坐标轴）(&amp;C)</translation>
    </message>
    <message>
        <source>comparability</source>
        <translation>可比性</translation>
    </message>
    <message>
        <source>Parts of a whole</source>
        <translation>整体的各部分</translation>
    </message>
    <message>
        <source>&amp;Whole:</source>
        <translation>整体(&amp;W)：</translation>
    </message>
    <message>
        <source>whole</source>
        <translation>整体</translation>
    </message>
    <message>
        <source>T&amp;otal:</source>
        <translation>总计(&amp;O)：</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>The parts cover the whole</source>
        <translation>各部分覆盖整体</translation>
    </message>
    <message>
        <source>completeness</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Quote from the source</source>
        <translation>来源原文引述</translation>
    </message>
    <message>
        <source>Add &amp;Finding</source>
        <translation>添加发现(&amp;F)</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Remove Finding</source>
        <translation>移除发现</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Marks the metrics:</source>
        <translation>标注的指标：</translation>
    </message>
    <message>
        <source>Add &amp;Caveat</source>
        <translation>添加注意事项(&amp;C)</translation>
    </message>
    <message>
        <source>caveats</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>Remove Caveat</source>
        <translation>移除注意事项</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>caveat marks</source>
        <translation>注意事项标注</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>report title</source>
        <translation>报告标题</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>发布机构(&amp;I)：</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>活动(&amp;E)：</translation>
    </message>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Ti&amp;tle:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>出版方(&amp;P)：</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>添加章节</translation>
    </message>
    <message>
        <source>sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>移除章节</translation>
    </message>
    <message>
        <source>section title</source>
        <translation>章节标题</translation>
    </message>
    <message>
        <source>Findings of the section:</source>
        <translation>本章节的发现：</translation>
    </message>
    <message>
        <source>Add Finding</source>
        <translation>添加发现</translation>
    </message>
    <message>
        <source>section findings</source>
        <translation>章节发现</translation>
    </message>
    <message>
        <source>Caveats about the report</source>
        <translation>关于本报告的注意事项</translation>
    </message>
    <message>
        <source>Add Caveat</source>
        <translation>添加注意事项</translation>
    </message>
    <message>
        <source>Change %1 of &apos;%2&apos;</source>
        <translation>更改“%2”的%1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
    <message>
        <source>Drawn &amp;as:</source>
        <translation>绘制为(&amp;A)：</translation>
    </message>
    <message>
        <source>drawing</source>
        <translation>绘制方式</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Selected metric</source>
        <translation>所选指标</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation>符号(&amp;Y)：</translation>
    </message>
    <message>
        <source>TWh, t, m³</source>
        <translation>TWh、t、m³</translation>
    </message>
    <message>
        <source>unit symbol</source>
        <translation>单位符号</translation>
    </message>
    <message>
        <source>Unit &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>terawatt-hours</source>
        <translation>太瓦时</translation>
    </message>
    <message>
        <source>unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>unit scale</source>
        <translation>单位缩放</translation>
    </message>
    <message>
        <source>&amp;Noun:</source>
        <translation>名词(&amp;N)：</translation>
    </message>
    <message>
        <source>what is counted: enterprises, jobs</source>
        <translation>计数对象：企业、岗位</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>名词</translation>
    </message>
    <message>
        <source>&amp;Of what:</source>
        <translation>度量对象(&amp;O)：</translation>
    </message>
    <message>
        <source>what is measured: share of new-car sales</source>
        <translation>度量内容：新车销量占比</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>度量对象</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A &amp;range: between the value and a high end</source>
        <translation>区间(&amp;R)：介于该数值与上限之间</translation>
    </message>
    <message>
        <source>range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>&amp;High end:</source>
        <translation>上限(&amp;H)：</translation>
    </message>
    <message>
        <source>high end</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>限定词(&amp;Q)：</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>日期(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. 2024 or 2024-Q3</source>
        <translation>如 2024 或 2024-Q3</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <source>Selected metric: %1</source>
        <translation>所选指标：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>添加来源(&amp;S)</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>标识(&amp;D)：</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Publis&amp;hed:</source>
        <translation>发布日期(&amp;H)：</translation>
    </message>
    <message>
        <source>Change %1 of source &apos;%2&apos;</source>
        <translation>更改来源“%2”的%1</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>改为来自(&amp;M)：</translation>
    </message>
    <message>
        <source>Move and &amp;Remove</source>
        <translation>改换并移除(&amp;R)</translation>
    </message>
    <message>
        <source>Restate&amp;s:</source>
        <translation>换算自(&amp;S)：</translation>
    </message>
    <message>
        <source>restated number</source>
        <translation>换算来源</translation>
    </message>
    <message>
        <source>E&amp;xchange rate:</source>
        <translation>汇率(&amp;X)：</translation>
    </message>
    <message>
        <source>as the source gives it: 1 USD = 7.2 CNY</source>
        <translation>按来源所述：1 美元 = 7.2 元人民币</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Ser&amp;ies:</source>
        <translation>系列(&amp;I)：</translation>
    </message>
    <message>
        <source>nothing: a number of its own</source>
        <translation>无：独立的数字</translation>
    </message>
    <message>
        <source>the figure&apos;s one series</source>
        <translation>该图表唯一的系列</translation>
    </message>
    <message>
        <source>series %1</source>
        <translation>系列 %1</translation>
    </message>
    <message>
        <source>a new series</source>
        <translation>新系列</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Draw this series before the one above it (Alt+Up)</source>
        <translation>将此系列移到上一个系列之前绘制（Alt+上）</translation>
    </message>
    <message>
        <source>Draw this series after the one below it (Alt+Down)</source>
        <translation>将此系列移到下一个系列之后绘制（Alt+下）</translation>
    </message>
    <message>
        <source>Removes a series with no numbers (Delete); move a series&apos; numbers to another one first, with the Series field of each number</source>
        <translation>移除没有数字的系列（Delete）；请先通过每个数字的“系列”字段，把该系列的数字移到其他系列</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n number(s))</source>
        <translation>
            <numerusform>%1（%n 个数字）</numerusform>
        </translation>
    </message>
    <message>
        <source>This figure: %1</source>
        <translation>本图表：%1</translation>
    </message>
    <message>
        <source>In no figure</source>
        <translation>不在任何图表中</translation>
    </message>
    <message>
        <source>The figure&apos;s headline, as the chart and every export show it</source>
        <translation>图表的标题，图表本身和每次导出都会显示</translation>
    </message>
    <message>
        <source>Optional: a line under the title saying what, where and when</source>
        <translation>可选：标题下方的一行，说明内容、地点和时间</translation>
    </message>
    <message>
        <source>How the numbers are drawn; the options of each kind follow below</source>
        <translation>数字的绘制方式；每种类型的选项见下方</translation>
    </message>
    <message>
        <source>On when the values measure one thing in one unit, so that one axis may hold them</source>
        <translation>当这些数值以同一单位衡量同一事物时勾选，这样它们可以共用一条坐标轴</translation>
    </message>
    <message>
        <source>Each series is one line or set of columns, named in the legend. Double-click or F2 renames one; Alt+Up and Alt+Down reorder them</source>
        <translation>每个系列是一条线或一组柱形，其名称显示在图例中。双击或按 F2 重命名；Alt+上、Alt+下调整顺序</translation>
    </message>
    <message>
        <source>The numbers the figure shows, in the order it draws them</source>
        <translation>图表显示的数字，按绘制顺序排列</translation>
    </message>
    <message>
        <source>What the report concludes from these numbers, each with the quote from the source that says it</source>
        <translation>报告根据这些数字得出的结论，每条附有来源中相应的原文引述</translation>
    </message>
    <message>
        <source>What a reader must know to read the figure right; tick the numbers each caveat marks</source>
        <translation>读者正确理解图表所须知道的事项；勾选每条注意事项所标注的数字</translation>
    </message>
    <message>
        <source>The number itself, in the unit above; for a range, its low end</source>
        <translation>数字本身，单位见上方；若为区间，则为其下限</translation>
    </message>
    <message>
        <source>How exact the source says the number is: exactly, about, more than…</source>
        <translation>来源所述数字的精确程度：精确、约、超过……</translation>
    </message>
    <message>
        <source>Whether the number was measured, estimated or forecast</source>
        <translation>该数字是实测、估计还是预测所得</translation>
    </message>
    <message>
        <source>The source this number is quoted from</source>
        <translation>该数字引自的来源</translation>
    </message>
    <message>
        <source>The rate of the conversion, in the source&apos;s words</source>
        <translation>换算所用的比率，按来源原文</translation>
    </message>
    <message>
        <source>The report&apos;s title, as its issuer names it</source>
        <translation>报告的标题，按发布者的命名</translation>
    </message>
    <message>
        <source>When the report was published</source>
        <translation>报告的发布时间</translation>
    </message>
    <message>
        <source>The name the numbers use for this source; a new one is given to them too</source>
        <translation>数字引用此来源时所用的名称；修改后，这些数字也会随之使用新名称</translation>
    </message>
    <message>
        <source>Where a reader finds the source</source>
        <translation>读者可以找到该来源的地址</translation>
    </message>
    <message>
        <source>The number this one gives again in another unit or currency: a conversion, drawn beside its original, not a number of its own. Type a part of its name or id to find it</source>
        <translation>该数字以另一单位或货币重述的那个数字：这是换算，绘制在原数字旁，而非独立的数字。输入其名称或 id 的一部分即可查找</translation>
    </message>
    <message>
        <source>The series this number is drawn in, or a new one; the Series list above names them</source>
        <translation>该数字所在的系列，或一个新系列；系列名称在上方的“系列”列表中编辑</translation>
    </message>
    <message>
        <source>type to find a number</source>
        <translation>输入以查找数字</translation>
    </message>
    <message>
        <source>%1 (no such source)</source>
        <translation>%1（无此来源）</translation>
    </message>
    <message>
        <source>The period the number is for: 2024, 2024-H2, 2024-Q3, 2024-06 or 2024-06-30</source>
        <translation>数字所属的时期：2024、2024-H2、2024-Q3、2024-06 或 2024-06-30</translation>
    </message>
</context>
<context>
    <name>Figdeck::MainWindow</name>
    <message>
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Default Report</source>
        <translation>打开默认报告(&amp;D)</translation>
    </message>
    <message>
        <source>Export &amp;All Figures…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;Summary as PDF…</source>
        <translation>将摘要导出为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>打印摘要(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Figure &amp;Data (TSV)</source>
        <translation>复制图表数据（TSV）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Data Table</source>
        <translation>数据表(&amp;D)</translation>
    </message>
    <message>
        <source>Show Shares as &amp;Bars</source>
        <translation>以条形图显示占比(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Print (greyscale)</source>
        <translation>打印（灰度）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;igure</source>
        <translation>图表(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Next Figure</source>
        <translation>下一张图表(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Figure</source>
        <translation>上一张图表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First Figure</source>
        <translation>第一张图表(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last Figure</source>
        <translation>最后一张图表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Figdeck</source>
        <translation>关于 Figdeck(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Cannot open report</source>
        <translation>无法打开报告</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>……以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Copied the figure&apos;s data as tab-separated text.</source>
        <translation>已将图表数据复制为制表符分隔的文本。</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Report-packs (*.json);;All files (*)</source>
        <translation>报告包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About Figdeck</source>
        <translation>关于 Figdeck</translation>
    </message>
    <message>
        <source>&amp;Copy Figure as Shown</source>
        <translation>按显示效果复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the figure in the window&apos;s theme and chart form, with its title, notes and source, at the size of the chart area</source>
        <translation>按窗口中的主题和图表形式复制图表，包含标题、注释和来源，尺寸与图表区域相同</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Figure &amp;List</source>
        <translation>图表列表(&amp;L)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;Zoom</source>
        <translation>重置缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Narrative Pane</source>
        <translation>叙述窗格(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The current report stays open.</source>
        <translation>当前报告保持打开。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The report opened with warnings: click to see them</source>
        <translation>报告已打开，但有警告：点击查看</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s).</source>
        <translation>
            <numerusform>已打开 %1，有 %n 个警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figdeck opened its default report instead.</source>
        <translation>Figdeck 改为打开了默认报告。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a report file.</source>
        <translation>“%1”是文件夹，不是报告文件。</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>文件“%1”是空的。</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid report pack.</source>
        <translation>“%1”不是有效的报告包。</translation>
    </message>
    <message>
        <source>Report warnings</source>
        <translation>报告警告</translation>
    </message>
    <message numerus="yes">
        <source>The report opened, with %n warning(s). Nothing was changed; the parts named below were ignored.</source>
        <translation>
            <numerusform>报告已打开，有 %n 个警告。没有更改任何内容；下面列出的部分被忽略了。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open source (%1)</source>
        <translation>打开来源（%1）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Edit &amp;History</source>
        <translation>编辑历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;roblems</source>
        <translation>问题(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Figure</source>
        <translation>添加图表(&amp;A)</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>添加图表</translation>
    </message>
    <message>
        <source>D&amp;uplicate Figure</source>
        <translation>复制图表(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Figure</source>
        <translation>删除图表(&amp;D)</translation>
    </message>
    <message>
        <source>Move Figure &amp;Up</source>
        <translation>上移图表(&amp;U)</translation>
    </message>
    <message>
        <source>Move Figure Do&amp;wn</source>
        <translation>下移图表(&amp;W)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>“%1” has problems, so it cannot be shown as it is. Open it for editing, with its problems listed?</source>
        <translation>“%1”存在问题，无法按原样显示。要打开它进行编辑并列出其问题吗？</translation>
    </message>
    <message>
        <source>Open for &amp;Editing</source>
        <translation>打开以编辑(&amp;E)</translation>
    </message>
    <message>
        <source>%1[*] — Figdeck</source>
        <translation>%1[*] — Figdeck</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Figdeck was closed without saving changes to “%1” (last kept %2). Restore them?</source>
        <translation>Figdeck 关闭时未保存对“%1”的更改（最后保留于 %2）。要恢复这些更改吗？</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>The changes could not be restored: %1</source>
        <translation>无法恢复这些更改：%1</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>已恢复对 %1 的未保存更改</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Edit History</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the report: see View &gt; Problems</source>
        <translation>
            <numerusform>报告中有 %n 个问题：见“视图 &gt; 问题”</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the field</source>
        <translation>双击或按回车键转到该字段</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Export Slide &amp;Deck…</source>
        <translation>导出幻灯片(&amp;D)…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Export Da&amp;ta…</source>
        <translation>导出数据(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>打开：%1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Figdeck %1&lt;/h3&gt;&lt;p&gt;Figures from published reports, drawn without distorting their numbers.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Data of the current report: %2. %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Figdeck %1&lt;/h3&gt;&lt;p&gt;将已发布报告中的数字绘制成图表，不歪曲其数值。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本。&lt;/p&gt;&lt;p&gt;当前报告的数据：%2。%3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Report from Text or PDF…</source>
        <translation>从文本或 PDF 新建报告(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>Figdeck::MakeFigureDialog</name>
    <message>
        <source>Make Figure</source>
        <translation>制作图表</translation>
    </message>
    <message>
        <source>Preview of the figure</source>
        <translation>图表预览</translation>
    </message>
    <message>
        <source>&amp;Add Figure</source>
        <translation>添加图表(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Figdeck::Model</name>
    <message>
        <source>the source states the number itself</source>
        <translation>来源直接给出该数字</translation>
    </message>
    <message>
        <source>more than, over, above, exceeding: a lower bound</source>
        <translation>超过、逾、高于：下限</translation>
    </message>
    <message>
        <source>at least: a lower bound that may be reached</source>
        <translation>至少：可以达到的下限</translation>
    </message>
    <message>
        <source>roughly, about, around: close to it, either side</source>
        <translation>大约、约、左右：接近该值，可高可低</translation>
    </message>
    <message>
        <source>less than, under, below: an upper bound</source>
        <translation>低于、不足、少于：上限</translation>
    </message>
    <message>
        <source>up to, at most: an upper bound that may be reached</source>
        <translation>最多、至多：可以达到的上限</translation>
    </message>
    <message>
        <source>nearly, almost: close to it and below it</source>
        <translation>接近、将近：接近该值且低于该值</translation>
    </message>
    <message>
        <source>measured or counted (the default)</source>
        <translation>实测或统计值（默认）</translation>
    </message>
    <message>
        <source>a forecast of a future value</source>
        <translation>对未来数值的预测</translation>
    </message>
    <message>
        <source>an estimate of a past or present value</source>
        <translation>对过去或当前数值的估计</translation>
    </message>
    <message>
        <source>a share or rate in percent; &quot;measure&quot; says of what</source>
        <translation>百分比表示的占比或比率；“measure”说明是什么的占比</translation>
    </message>
    <message>
        <source>a difference of two percentages</source>
        <translation>两个百分比之差</translation>
    </message>
    <message>
        <source>a number of things, whole and not negative; &quot;noun&quot; names them</source>
        <translation>事物的数量，为非负整数；“noun”说明是什么</translation>
    </message>
    <message>
        <source>a factor: 3 for &quot;tripled&quot;</source>
        <translation>倍数：“增至三倍”为 3</translation>
    </message>
    <message>
        <source>a place in an order: 2 for &quot;the second largest&quot;</source>
        <translation>排名：“第二大”为 2</translation>
    </message>
    <message>
        <source>money, in the currency of a three-letter ISO 4217 code such as &quot;EUR&quot;</source>
        <translation>金额，货币为三个字母的 ISO 4217 代码，如“EUR”</translation>
    </message>
    <message>
        <source>any other unit, by its symbol and name</source>
        <translation>其他任何单位，给出符号和名称</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>euro</source>
        <translation>欧元</translation>
    </message>
    <message>
        <source>pound sterling</source>
        <translation>英镑</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>日元</translation>
    </message>
    <message>
        <source>Chinese yuan</source>
        <translation>人民币</translation>
    </message>
    <message>
        <source>Indian rupee</source>
        <translation>印度卢比</translation>
    </message>
    <message>
        <source>South Korean won</source>
        <translation>韩元</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>俄罗斯卢布</translation>
    </message>
    <message>
        <source>Brazilian real</source>
        <translation>巴西雷亚尔</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>加拿大元</translation>
    </message>
    <message>
        <source>Australian dollar</source>
        <translation>澳大利亚元</translation>
    </message>
    <message>
        <source>New Zealand dollar</source>
        <translation>新西兰元</translation>
    </message>
    <message>
        <source>Hong Kong dollar</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>New Taiwan dollar</source>
        <translation>新台币</translation>
    </message>
    <message>
        <source>Singapore dollar</source>
        <translation>新加坡元</translation>
    </message>
    <message>
        <source>Mexican peso</source>
        <translation>墨西哥比索</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>瑞士法郎</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>瑞典克朗</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>挪威克朗</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>丹麦克朗</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>波兰兹罗提</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>土耳其里拉</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>以色列新谢克尔</translation>
    </message>
    <message>
        <source>South African rand</source>
        <translation>南非兰特</translation>
    </message>
    <message>
        <source>Vietnamese dong</source>
        <translation>越南盾</translation>
    </message>
    <message>
        <source>Thai baht</source>
        <translation>泰铢</translation>
    </message>
    <message>
        <source>Indonesian rupiah</source>
        <translation>印尼盾</translation>
    </message>
    <message>
        <source>Saudi riyal</source>
        <translation>沙特里亚尔</translation>
    </message>
    <message>
        <source>UAE dirham</source>
        <translation>阿联酋迪拉姆</translation>
    </message>
    <message>
        <source>Nigerian naira</source>
        <translation>尼日利亚奈拉</translation>
    </message>
    <message>
        <source>thousand, million, billion, trillion (the default)</source>
        <translation>千、百万、十亿、万亿（默认）</translation>
    </message>
    <message>
        <source>SI prefixes on the symbol: k, M, G, T, P</source>
        <translation>在符号前加国际单位制词头：k、M、G、T、P</translation>
    </message>
    <message>
        <source>the source states the number</source>
        <translation>来源给出该数字</translation>
    </message>
    <message>
        <source>derived from the stated numbers; &quot;derivation&quot; says how</source>
        <translation>由给出的数字推算；“derivation”说明算法</translation>
    </message>
    <message>
        <source>key-figure tiles: one qualified number each</source>
        <translation>关键数字卡片：每张一个带限定词的数字</translation>
    </message>
    <message>
        <source>parts of one whole, in percent</source>
        <translation>同一整体的各部分，以百分比表示</translation>
    </message>
    <message>
        <source>one stated part against the rest</source>
        <translation>一个给出的部分与其余部分对比</translation>
    </message>
    <message>
        <source>values of different kinds, each on its own scale</source>
        <translation>不同类型的数值，各用各的刻度</translation>
    </message>
    <message>
        <source>comparable values of one measure and unit on one shared axis</source>
        <translation>同一度量、同一单位的可比数值，共用一条坐标轴</translation>
    </message>
    <message>
        <source>values of one measure and unit over periods</source>
        <translation>同一度量、同一单位的数值随时间变化</translation>
    </message>
    <message>
        <source>shares as a ring (the default)</source>
        <translation>以环形图显示占比（默认）</translation>
    </message>
    <message>
        <source>shares as horizontal bars</source>
        <translation>以横向条形图显示占比</translation>
    </message>
    <message>
        <source>a series as columns (the default)</source>
        <translation>以柱形图显示序列（默认）</translation>
    </message>
    <message>
        <source>a series as a line</source>
        <translation>以折线图显示序列</translation>
    </message>
    <message>
        <source>as listed in the figure (the default)</source>
        <translation>按图中列出的顺序（默认）</translation>
    </message>
    <message>
        <source>ranked, largest first</source>
        <translation>按数值排序，最大的在前</translation>
    </message>
    <message>
        <source>the report itself</source>
        <translation>报告本身</translation>
    </message>
    <message>
        <source>a news article summarising a report</source>
        <translation>概述报告的新闻文章</translation>
    </message>
    <message>
        <source>a published data set</source>
        <translation>已发布的数据集</translation>
    </message>
    <message>
        <source>a press release</source>
        <translation>新闻稿</translation>
    </message>
    <message>
        <source>an analyst&apos;s own work</source>
        <translation>分析师自己的工作</translation>
    </message>
    <message>
        <source>any other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>%1, as summarised by %2 (%3)</source>
        <translation>%1，据 %2 的摘要（%3）</translation>
    </message>
    <message>
        <source>%1, as summarised by %2</source>
        <translation>%1，据 %2 的摘要</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins the credits of two sources in &quot;Sources: A; B&quot;.</extracomment>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>Figdeck::NarrativePane</name>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>The numbers and their sources</source>
        <translation>数字及其来源</translation>
    </message>
    <message>
        <source>About the report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <source>Caveats about the source</source>
        <translation>关于来源的注意事项</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>叙述</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more, not listed here: the inspector lists every one.</source>
        <translation>
            <numerusform>……以及另外 %n 项，此处未列出：检查器列出了全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::QuoteCheck</name>
    <message>
        <source>quote not found verbatim in %1: &quot;%2&quot;</source>
        <translation>在 %1 中未找到逐字相同的引文：“%2”</translation>
    </message>
    <message>
        <source>quote not found verbatim in %1, but in %2 instead: &quot;%3&quot;</source>
        <translation>在 %1 中未找到逐字相同的引文，但在 %2 中找到：“%3”</translation>
    </message>
</context>
<context>
    <name>Figdeck::RecoveryFile</name>
    <message>
        <source>not a Figdeck recovery file</source>
        <translation>不是 Figdeck 恢复文件</translation>
    </message>
    <message>
        <source>the recovered report cannot be read</source>
        <translation>无法读取恢复的报告</translation>
    </message>
</context>
<context>
    <name>Figdeck::ReportDocument</name>
    <message>
        <source>Duplicate figure &apos;%1&apos;</source>
        <translation>复制图表“%1”</translation>
    </message>
    <message>
        <source>Delete figure &apos;%1&apos;</source>
        <translation>删除图表“%1”</translation>
    </message>
    <message>
        <source>Move figure &apos;%1&apos;</source>
        <translation>移动图表“%1”</translation>
    </message>
    <message>
        <source>Add metric to &apos;%1&apos;</source>
        <translation>向“%1”添加指标</translation>
    </message>
    <message>
        <source>Remove metric &apos;%1&apos;</source>
        <translation>移除指标“%1”</translation>
    </message>
    <message>
        <source>Move metric &apos;%1&apos;</source>
        <translation>移动指标“%1”</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>添加来源</translation>
    </message>
    <message>
        <source>Remove source &apos;%1&apos;</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <source>Change source of &apos;%1&apos;</source>
        <translation>更改“%1”的来源</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the pack&apos;s only source: every number needs one. Add another source before removing it.</source>
        <translation>“%1”是本报告包唯一的来源：每个数字都需要来源。请先添加另一个来源再移除它。</translation>
    </message>
    <message>
        <source>Numbers still come from source &apos;%1&apos;: %2. Choose another source for them.</source>
        <translation>以下数字仍来自来源“%1”：%2。请为它们选择另一个来源。</translation>
    </message>
    <message>
        <source>Remove source &apos;%1&apos;, its metrics now from &apos;%2&apos;</source>
        <translation>移除来源“%1”，其指标改为来自“%2”</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; to series &apos;%2&apos;</source>
        <translation>将“%1”移至系列“%2”</translation>
    </message>
    <message>
        <source>Rename series &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将系列“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Move series &apos;%1&apos;</source>
        <translation>移动系列“%1”</translation>
    </message>
    <message>
        <source>Remove series &apos;%1&apos;</source>
        <translation>移除系列“%1”</translation>
    </message>
</context>
<context>
    <name>Figdeck::ReportLoader</name>
    <message>
        <source>the file contains no JSON value</source>
        <translation>文件中没有 JSON 值</translation>
    </message>
    <message>
        <source>unexpected content after the end of the JSON value</source>
        <translation>JSON 值结束后出现了意外内容</translation>
    </message>
    <message>
        <source>unexpected end of file (the file is truncated)</source>
        <translation>文件意外结束（文件被截断）</translation>
    </message>
    <message>
        <source>too many values (more than %1)</source>
        <translation>值过多（超过 %1 个）</translation>
    </message>
    <message>
        <source>strings must be enclosed in double quotes</source>
        <translation>字符串必须用双引号括起</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>JSON 中不允许使用注释</translation>
    </message>
    <message>
        <source>unexpected byte 0x%1</source>
        <translation>意外的字节 0x%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON number (JSON has no NaN or Infinity)</source>
        <translation>“%1”不是 JSON 数字（JSON 没有 NaN 或 Infinity）</translation>
    </message>
    <message>
        <source>unknown literal &apos;%1&apos; (expected true, false or null)</source>
        <translation>未知的字面量“%1”（应为 true、false 或 null）</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>数字不能有前导零</translation>
    </message>
    <message>
        <source>control character U+%1 in a string must be escaped</source>
        <translation>字符串中的控制字符 U+%1 必须转义</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中的转义序列无效</translation>
    </message>
    <message>
        <source>unpaired UTF-16 surrogate in a \u escape</source>
        <translation>\u 转义中有未配对的 UTF-16 代理项</translation>
    </message>
    <message>
        <source>NUL characters are not allowed in strings</source>
        <translation>字符串中不允许出现 NUL 字符</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>\u 转义需要四位十六进制数字</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>trailing comma before &apos;}&apos;</source>
        <translation>“}”之前有多余的逗号</translation>
    </message>
    <message>
        <source>trailing comma before &apos;]&apos;</source>
        <translation>“]”之前有多余的逗号</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员之后应为“,”或“}”</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素之后应为“,”或“]”</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>应为用双引号括起的键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the key</source>
        <translation>键之后应为“:”</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>无效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>number out of range (magnitudes above 1e15 are refused)</source>
        <translation>数字超出范围（不接受绝对值大于 1e15 的数字）</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>重复的键 %1</translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>缺少必填字段 %1</translation>
    </message>
    <message>
        <source>unknown field %1 is ignored</source>
        <translation>已忽略未知字段 %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is not a valid id (use lowercase letters, digits and single hyphens, e.g. &quot;core-scale-cny&quot;)</source>
        <translation>%1 不是有效的 id（请使用小写字母、数字和单个连字符，例如 &quot;core-scale-cny&quot;）</translation>
    </message>
    <message>
        <source>duplicate %1 id %2</source>
        <translation>重复的%1 id %2</translation>
    </message>
    <message>
        <source>%1 is not a BCP-47 language tag (e.g. &quot;en&quot;, &quot;zh-Hans&quot;)</source>
        <translation>%1 不是 BCP-47 语言标记（例如 &quot;en&quot;、&quot;zh-Hans&quot;）</translation>
    </message>
    <message>
        <source>a translated text needs at least one language</source>
        <translation>多语言文本至少需要一种语言</translation>
    </message>
    <message>
        <source>has no text in the report&apos;s language %1</source>
        <translation>缺少报告语言 %1 的文本</translation>
    </message>
    <message>
        <source>expected a string or an object of translations, found %1</source>
        <translation>应为字符串或各语言译文组成的对象，实际为%1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>unknown value %1 (expected one of: %2)</source>
        <translation>未知的值 %1（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>unknown metric id %1</source>
        <translation>未知的指标 id %1</translation>
    </message>
    <message>
        <source>unknown format %1 (expected &quot;figdeck-report&quot;)</source>
        <translation>未知的格式 %1（应为 &quot;figdeck-report&quot;）</translation>
    </message>
    <message>
        <source>a metric cannot be the equivalent of itself</source>
        <translation>指标不能与自身等价</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1 不是 ISO 8601 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is not an http or https URL</source>
        <translation>%1 不是 http 或 https URL</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>a count must be a whole number of at least 0, found %1</source>
        <translation>计数必须是不小于 0 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>a derived metric needs a &quot;derivation&quot; saying how it was computed</source>
        <translation>推算指标需要用 &quot;derivation&quot; 说明其计算方法</translation>
    </message>
    <message>
        <source>only a derived metric has a &quot;derivation&quot; (origin is &quot;stated&quot;)</source>
        <translation>只有推算指标才有 &quot;derivation&quot;（此处 origin 为 &quot;stated&quot;）</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>only &quot;shares&quot; and &quot;part-whole&quot; figures have a share group</source>
        <translation>只有 &quot;shares&quot; 和 &quot;part-whole&quot; 图表才有占比组</translation>
    </message>
    <message>
        <source>a %1 figure needs a &quot;shares&quot; group</source>
        <translation>%1 图表需要一个 &quot;shares&quot; 组</translation>
    </message>
    <message>
        <source>values that are not comparable must not share one axis: a %1 figure does that (use tiles or small-multiples)</source>
        <translation>不可比较的数值不能共用一个坐标轴，而 %1 图表正是如此（请使用 tiles 或 small-multiples）</translation>
    </message>
    <message>
        <source>the total of percent shares must lie above 0 and at most 100, found %1</source>
        <translation>百分比占比的总和必须大于 0 且不超过 100，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not one of this figure&apos;s metrics</source>
        <translation>%1 不是此图表的指标</translation>
    </message>
    <message>
        <source>share parts must be percent metrics; %1 is in %2</source>
        <translation>占比的各部分必须是百分比指标；%1 的单位是 %2</translation>
    </message>
    <message>
        <source>a share must lie between 0 and 100, found %1 (used by %2)</source>
        <translation>占比必须介于 0 到 100 之间，实际为 %1（用于 %2）</translation>
    </message>
    <message>
        <source>a complete share group needs at least two parts</source>
        <translation>完整的占比组至少需要两个部分</translation>
    </message>
    <message>
        <source>the parts of a complete share group add up to %1, not %2 (allowed difference: 0.5)</source>
        <translation>完整占比组的各部分之和为 %1，而不是 %2（允许误差：0.5）</translation>
    </message>
    <message>
        <source>the parts add up to %1, more than the total %2</source>
        <translation>各部分之和为 %1，超过了总数 %2</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>注意事项</translation>
    </message>
    <message>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>the data is %1 bytes; report packs are limited to %2 bytes (16 MiB)</source>
        <translation>数据为 %1 字节；报告包的上限为 %2 字节（16 MiB）</translation>
    </message>
    <message>
        <source>too many problems: only the first %1 are listed</source>
        <translation>问题过多：仅列出前 %1 个</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>是目录，不是文件</translation>
    </message>
    <message>
        <source>the file is %1 bytes; report packs are limited to %2 bytes (16 MiB), so it was not read</source>
        <translation>文件为 %1 字节；报告包的上限为 %2 字节（16 MiB），因此未读取</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>number too close to zero to be represented (it underflows); write 0 if zero is meant</source>
        <translation>数字过于接近零，无法表示（下溢）；如果指的是零，请写 0</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Figdeck reads versions 1 and 2)</source>
        <translation>不支持的版本 %1（此 Figdeck 读取版本 1 和 2）</translation>
    </message>
    <message>
        <source>unknown source id %1</source>
        <translation>未知的来源 id %1</translation>
    </message>
    <message>
        <source>the pack has %1 sources: say which one this number comes from with &quot;source&quot;</source>
        <translation>该数据包有 %1 个来源：请用“source”说明此数字来自哪一个</translation>
    </message>
    <message>
        <source>give either &quot;source&quot; or &quot;sources&quot;, not both</source>
        <translation>请给出“source”或“sources”之一，不能同时给出</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>expected a string or an object {&quot;symbol&quot;, &quot;name&quot;}, found %1</source>
        <translation>应为字符串或对象 {&quot;symbol&quot;, &quot;name&quot;}，实际为%1</translation>
    </message>
    <message>
        <source>%1 is not an ISO 4217 currency code (three capital letters, e.g. &quot;EUR&quot;, &quot;USD&quot;)</source>
        <translation>%1 不是 ISO 4217 货币代码（三个大写字母，如“EUR”“USD”）</translation>
    </message>
    <message>
        <source>unknown unit %1 (expected one of: %2; an ISO 4217 currency code such as &quot;EUR&quot;; or {&quot;symbol&quot;: &quot;TWh&quot;, &quot;name&quot;: &quot;terawatt-hours&quot;})</source>
        <translation>未知的单位 %1（应为以下之一：%2；ISO 4217 货币代码，如“EUR”；或 {&quot;symbol&quot;: &quot;TWh&quot;, &quot;name&quot;: &quot;terawatt-hours&quot;}）</translation>
    </message>
    <message>
        <source>give either &quot;value&quot; or &quot;range&quot;, not both</source>
        <translation>请给出“value”或“range”之一，不能同时给出</translation>
    </message>
    <message>
        <source>a range is exactly two numbers [low, high]</source>
        <translation>范围必须恰好是两个数字 [下限, 上限]</translation>
    </message>
    <message>
        <source>the low end of a range must not exceed the high end, found [%1, %2]</source>
        <translation>范围的下限不得大于上限，实际为 [%1, %2]</translation>
    </message>
    <message>
        <source>a rank must be a whole number of at least 1, found %1</source>
        <translation>排名必须是不小于 1 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>a range is &quot;exact&quot; or &quot;approximate&quot;, not %1</source>
        <translation>范围只能是“exact”或“approximate”，不能是 %1</translation>
    </message>
    <message>
        <source>&quot;projected&quot; contradicts &quot;status&quot;: %1</source>
        <translation>“projected”与“status”矛盾：%1</translation>
    </message>
    <message>
        <source>expected a metric id or an object {&quot;metric&quot;, &quot;rate&quot;}, found %1</source>
        <translation>应为指标 id 或对象 {&quot;metric&quot;, &quot;rate&quot;}，实际为%1</translation>
    </message>
    <message>
        <source>only a &quot;series&quot; figure has &quot;series&quot;</source>
        <translation>只有“series”图表才有“series”</translation>
    </message>
    <message>
        <source>a figure with &quot;series&quot; lists its metrics in each series, not in &quot;metrics&quot;</source>
        <translation>有“series”的图表在各序列中列出指标，而不是在“metrics”中</translation>
    </message>
    <message>
        <source>%1 is already in another series</source>
        <translation>%1 已在另一个序列中</translation>
    </message>
    <message>
        <source>a %1 figure has no &quot;as&quot;</source>
        <translation>%1 图表没有“as”</translation>
    </message>
    <message>
        <source>a %1 figure is drawn as one of: %2</source>
        <translation>%1 图表的绘制方式为以下之一：%2</translation>
    </message>
    <message>
        <source>only a &quot;bars&quot; figure has an &quot;order&quot;</source>
        <translation>只有“bars”图表才有“order”</translation>
    </message>
    <message>
        <source>%1 is in %2 but %3 is in %4: one axis holds one unit</source>
        <translation>%1 的单位是 %2，而 %3 的单位是 %4：一条坐标轴只能有一种单位</translation>
    </message>
    <message>
        <source>%1 measures %2 but %3 measures %4: one axis holds one measure</source>
        <translation>%1 度量的是 %2，而 %3 度量的是 %4：一条坐标轴只能有一种度量</translation>
    </message>
    <message>
        <source>%1 has no &quot;date&quot;: every value of a series needs one, to be placed in time</source>
        <translation>%1 没有“date”：序列中的每个数值都需要日期，才能按时间排列</translation>
    </message>
    <message>
        <source>%1 and %2 are both dated %3 in one series</source>
        <translation>%1 和 %2 在同一序列中的日期都是 %3</translation>
    </message>
    <message>
        <source>%1 and %2 are marked not comparable (figure %3): they must not share one axis</source>
        <translation>%1 和 %2 被标记为不可比较（图表 %3）：不能共用一条坐标轴</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 year, first months of a year, half-year, quarter, months of a year, month or day (%2)</source>
        <translation>%1 不是 ISO 8601 年、年初若干月、半年、季度、年内若干月、月或日（%2）</translation>
    </message>
</context>
<context>
    <name>Figdeck::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Figdeck::SizePreset</name>
    <message>
        <source>16:9, 1920 × 1080</source>
        <translation>16:9，1920 × 1080</translation>
    </message>
    <message>
        <source>16:9, 1280 × 720</source>
        <translation>16:9，1280 × 720</translation>
    </message>
    <message>
        <source>4:3, 1600 × 1200</source>
        <translation>4:3，1600 × 1200</translation>
    </message>
    <message>
        <source>Square, 1080 × 1080</source>
        <translation>正方形，1080 × 1080</translation>
    </message>
</context>
<context>
    <name>Figdeck::SummaryDialog</name>
    <message>
        <source>Print Summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>&amp;Figures to include:</source>
        <translation>包含的图表(&amp;F)：</translation>
    </message>
    <message>
        <source>Figures to include</source>
        <translation>包含的图表</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>页面尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Figdeck::ThemeChoice</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (reads well in greyscale)</source>
        <translation>打印（灰度下清晰易读）</translation>
    </message>
</context>
<context>
    <name>Figdeck::UserGuideDialog</name>
    <message>
        <source>Figdeck User Guide</source>
        <translation>Figdeck 用户指南</translation>
    </message>
</context>
</TS>
