<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln already stored, skipped)</source>
        <translation>
            <numerusform>(%Ln already stored, skipped)</numerusform>
            <numerusform>(%Ln already stored, skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trials per leg</source>
        <translation>
            <numerusform>%n trial per leg</numerusform>
            <numerusform>%n trials per leg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message numerus="yes">
        <source>Step %n</source>
        <translation>
            <numerusform>Step %n</numerusform>
            <numerusform>Step %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trials</source>
        <translation>
            <numerusform>%n trial</numerusform>
            <numerusform>%n trials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The %Ln new results:</source>
        <translation>
            <numerusform>The new result:</numerusform>
            <numerusform>The %Ln new results:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln results</source>
        <translation>
            <numerusform>Import %Ln result</numerusform>
            <numerusform>Import %Ln results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln results…</source>
        <translation>
            <numerusform>Storing %Ln result…</numerusform>
            <numerusform>Storing %Ln results…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>This week: %1 of %n days practised</source>
        <translation>
            <numerusform>This week: %1 of %n day practised</numerusform>
            <numerusform>This week: %1 of %n days practised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom exercise file(s) could not be loaded and were skipped:</source>
        <translation>
            <numerusform>%n custom exercise file could not be loaded and was skipped:</numerusform>
            <numerusform>%n custom exercise files could not be loaded and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s); see the log file.</source>
        <translation>
            <numerusform>…and %n more problem; see the log file.</numerusform>
            <numerusform>…and %n more problems; see the log file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source> days a week</source>
        <translation>
            <numerusform> day a week</numerusform>
            <numerusform> days a week</numerusform>
        </translation>
    </message>
</context>
</TS>
