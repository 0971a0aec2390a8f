<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Figdeck::Charts</name>
    <message numerus="yes">
        <source>+&#xa0;%Ln more in the data table</source>
        <translation>
            <numerusform>+&#xa0;%Ln more in the data table</numerusform>
            <numerusform>+&#xa0;%Ln more in the data table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::CommandLine</name>
    <message numerus="yes">
        <source>%1: %n of %2 quotes not found verbatim</source>
        <translation>
            <numerusform>%1: %n of %2 quotes not found verbatim</numerusform>
            <numerusform>%1: %n of %2 quotes not found verbatim</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n quotes found verbatim</source>
        <translation>
            <numerusform>%1: the %n quote found verbatim</numerusform>
            <numerusform>%1: all %n quotes found verbatim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::DraftDialog</name>
    <message numerus="yes">
        <source>%n number(s) found, %1 kept.</source>
        <translation>
            <numerusform>%n number found, %1 kept.</numerusform>
            <numerusform>%n numbers found, %1 kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pack is not valid, so it was not saved: %n problem(s).</source>
        <translation>
            <numerusform>The pack is not valid, so it was not saved: %n problem.</numerusform>
            <numerusform>The pack is not valid, so it was not saved: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::Export</name>
    <message numerus="yes">
        <source>… and %n more caveats (%1 to %2), listed in the printed summary.</source>
        <translation>
            <numerusform>… and %n more caveat (%1 to %2), listed in the printed summary.</numerusform>
            <numerusform>… and %n more caveats (%1 to %2), listed in the printed summary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more findings, listed in the printed summary.</source>
        <translation>
            <numerusform>… and %n more finding, listed in the printed summary.</numerusform>
            <numerusform>… and %n more findings, listed in the printed summary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key findings, listed in the printed summary.</source>
        <translation>
            <numerusform>%n key finding, listed in the printed summary.</numerusform>
            <numerusform>%n key findings, listed in the printed summary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::ExportController</name>
    <message numerus="yes">
        <source>Export cancelled; %n file(s) written to %1</source>
        <translation>
            <numerusform>Export cancelled; %n file written to %1</numerusform>
            <numerusform>Export cancelled; %n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 already exist and will be replaced.</source>
        <translation>
            <numerusform>%n file in %1 already exists and will be replaced.</numerusform>
            <numerusform>%n files in %1 already exist and will be replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n file(s) were written.</source>
        <translation>
            <numerusform>Export stopped after %n file was written.</numerusform>
            <numerusform>Export stopped after %n files were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n figure(s) of “%1”, each saved as &lt;number&gt;-&lt;figure-id&gt;.&lt;format&gt; in a folder, numbered in the report&apos;s order.</source>
        <translation>
            <numerusform>The %n figure of “%1”, saved as &lt;number&gt;-&lt;figure-id&gt;.&lt;format&gt; in a folder, numbered in the report&apos;s order.</numerusform>
            <numerusform>All %n figures of “%1”, each saved as &lt;number&gt;-&lt;figure-id&gt;.&lt;format&gt; in a folder, numbered in the report&apos;s order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::Inspector</name>
    <message numerus="yes">
        <source>%1 (%n number(s))</source>
        <translation>
            <numerusform>%1 (%n number)</numerusform>
            <numerusform>%1 (%n numbers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::MainWindow</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n warning</numerusform>
            <numerusform>⚠ %n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 with %n warning(s).</source>
        <translation>
            <numerusform>Opened %1 with %n warning.</numerusform>
            <numerusform>Opened %1 with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report opened, with %n warning(s). Nothing was changed; the parts named below were ignored.</source>
        <translation>
            <numerusform>The report opened, with %n warning. Nothing was changed; the part named below was ignored.</numerusform>
            <numerusform>The report opened, with %n warnings. Nothing was changed; the parts named below were ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the report: see View &gt; Problems</source>
        <translation>
            <numerusform>%n problem in the report: see View &gt; Problems</numerusform>
            <numerusform>%n problems in the report: see View &gt; Problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figdeck::NarrativePane</name>
    <message numerus="yes">
        <source>… and %n more, not listed here: the inspector lists every one.</source>
        <translation>
            <numerusform>… and %n more, not listed here: the inspector lists every one.</numerusform>
            <numerusform>… and %n more, not listed here: the inspector lists every one.</numerusform>
        </translation>
    </message>
</context>
</TS>
