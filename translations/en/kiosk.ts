<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>Wrong PIN. %n try left before the pad locks.</numerusform>
            <numerusform>Wrong PIN. %n tries left before the pad locks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. The pad is locked for %n more seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. The pad is locked for %n more second.</numerusform>
            <numerusform>Too many wrong PINs. The pad is locked for %n more seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
