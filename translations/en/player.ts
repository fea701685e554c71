<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>Fix the dose of %n exercise(s) to save or start.</source>
        <translation>
            <numerusform>Fix the dose of %n exercise to save or start.</numerusform>
            <numerusform>Fix the dose of %n exercises to save or start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, %n second left</numerusform>
            <numerusform>%1, %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n seconds.</source>
        <translation>
            <numerusform>%1. %n second.</numerusform>
            <numerusform>%1. %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message numerus="yes">
        <source>%n session(s) logged. Each set is saved the moment it ends, so a run that was cut short still shows what was done.</source>
        <translation>
            <numerusform>%n session logged. Each set is saved the moment it ends, so a run that was cut short still shows what was done.</numerusform>
            <numerusform>%n sessions logged. Each set is saved the moment it ends, so a run that was cut short still shows what was done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message numerus="yes">
        <source>All %n holds done</source>
        <translation>
            <numerusform>Hold done</numerusform>
            <numerusform>All %n holds done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n reps done</source>
        <translation>
            <numerusform>Rep done</numerusform>
            <numerusform>All %n reps done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rounds done</source>
        <translation>
            <numerusform>Round done</numerusform>
            <numerusform>All %n rounds done</numerusform>
        </translation>
    </message>
</context>
</TS>
