<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ProgressPlot</name>
    <message numerus="yes">
        <source>Week of %1 — practice sessions: %n</source>
        <translation>
            <numerusform>Week of %1 — practice sessions: %n</numerusform>
            <numerusform>Week of %1 — practice sessions: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message numerus="yes">
        <source>Up to %n trials on each leg; the result is the mean of the trials you enter.</source>
        <translation>
            <numerusform>One trial on each leg; the result is that trial.</numerusform>
            <numerusform>Up to %n trials on each leg; the result is the mean of the trials you enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n trials on each leg; the result is the best of the trials you enter.</source>
        <translation>
            <numerusform>One trial on each leg; the result is that trial.</numerusform>
            <numerusform>Up to %n trials on each leg; the result is the best of the trials you enter.</numerusform>
        </translation>
    </message>
</context>
</TS>
