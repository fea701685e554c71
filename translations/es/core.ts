<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnimationCheck</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>se esperaba uno de estos: %1</translation>
    </message>
    <message>
        <source>expected a table, found %1</source>
        <translation>se esperaba una tabla, pero hay %1</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, pero hay %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
    <message>
        <source>expected non-empty text</source>
        <translation>se esperaba un texto no vacío</translation>
    </message>
    <message>
        <source>expected [x, y]</source>
        <translation>se esperaba [x, y]</translation>
    </message>
    <message>
        <source>expected a point name such as heel_near</source>
        <translation>se esperaba un nombre de punto, como heel_near</translation>
    </message>
    <message>
        <source>expected a list of point names</source>
        <translation>se esperaba una lista de nombres de puntos</translation>
    </message>
    <message>
        <source>expected a hand or foot point, e.g. heel_far</source>
        <translation>se esperaba un punto de la mano o del pie, p. ej., heel_far</translation>
    </message>
    <message>
        <source>this limb already has a fixed point</source>
        <translation>esta extremidad ya tiene un punto fijo</translation>
    </message>
    <message>
        <source>expected [left, bottom, width, height]</source>
        <translation>se esperaba [left, bottom, width, height]</translation>
    </message>
    <message>
        <source>width and height must be positive</source>
        <translation>el ancho y el alto deben ser positivos</translation>
    </message>
    <message>
        <source>unknown joint</source>
        <translation>articulación desconocida</translation>
    </message>
    <message>
        <source>missing (the first keyframe sets all)</source>
        <translation>falta (el primer fotograma clave los fija todos)</translation>
    </message>
    <message>
        <source>a hold keeps the previous pose; use another ease</source>
        <translation>un «hold» mantiene la postura anterior; usa otro «ease»</translation>
    </message>
    <message>
        <source>not one of this animation&apos;s muscles</source>
        <translation>no es uno de los músculos de esta animación</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected a list of prop tables</source>
        <translation>se esperaba una lista de tablas de objetos</translation>
    </message>
    <message>
        <source>expected a list of &quot;near&quot; / &quot;far&quot;</source>
        <translation>se esperaba una lista de &quot;near&quot; / &quot;far&quot;</translation>
    </message>
    <message>
        <source>missing (needed by the ankle-circle view)</source>
        <translation>falta (la vista ankle-circle lo necesita)</translation>
    </message>
    <message>
        <source>only used with view = &quot;ankle-circle&quot;</source>
        <translation>solo se usa con view = &quot;ankle-circle&quot;</translation>
    </message>
    <message>
        <source>expected at least two keyframes</source>
        <translation>se esperaban al menos dos fotogramas clave</translation>
    </message>
    <message>
        <source>the first keyframe must be at 0</source>
        <translation>el primer fotograma clave debe estar en 0</translation>
    </message>
    <message>
        <source>keyframe times must increase</source>
        <translation>los tiempos de los fotogramas clave deben ir en aumento</translation>
    </message>
    <message>
        <source>must be less than the duration (the loop wraps)</source>
        <translation>debe ser menor que la duración (el bucle vuelve a empezar)</translation>
    </message>
    <message>
        <source>a hold into the loop start would jump</source>
        <translation>un «hold» hacia el inicio del bucle daría un salto</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Ankle Mobility</source>
        <translation>Movilidad de tobillo</translation>
    </message>
</context>
<context>
    <name>CatalogCheck</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>se esperaba texto, pero hay %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero, pero hay %1</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera del rango %2–%3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>se esperaba un número, pero hay %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, pero hay %1</translation>
    </message>
    <message>
        <source>expected a list of text, found %1</source>
        <translation>se esperaba una lista de textos, pero hay %1</translation>
    </message>
    <message>
        <source>unknown key (misspelt?)</source>
        <translation>clave desconocida (¿mal escrita?)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>expected a table, found %1</source>
        <translation>se esperaba una tabla, pero hay %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of hold, reps, timed</source>
        <translation>&apos;%1&apos; no es ninguno de estos: hold, reps, timed</translation>
    </message>
    <message>
        <source>expected %1–%2 items, found %3</source>
        <translation>se esperaban %1–%2 elementos, pero hay %3</translation>
    </message>
    <message>
        <source>needs one label per rep (reps is %1), found %2</source>
        <translation>necesita una etiqueta por repetición (reps es %1), pero hay %2</translation>
    </message>
    <message>
        <source>a reps dose is paced by its tempo; remove seconds</source>
        <translation>una dosis «reps» sigue el ritmo de su tempo; quita seconds</translation>
    </message>
    <message>
        <source>only a reps dose has a tempo, this one is %1</source>
        <translation>solo una dosis «reps» tiene tempo; esta es %1</translation>
    </message>
    <message>
        <source>missing: a reps dose needs its phases ([[dose.tempo]])</source>
        <translation>falta: una dosis «reps» necesita sus fases ([[dose.tempo]])</translation>
    </message>
    <message>
        <source>expected one or more [[dose.tempo]] tables</source>
        <translation>se esperaban una o más tablas [[dose.tempo]]</translation>
    </message>
    <message>
        <source>not UTF-8 text: %1</source>
        <translation>no es texto UTF-8: %1</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2)</source>
        <translation>la versión %1 no es compatible (se esperaba la %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be lower-case letters, digits and &apos;-&apos;</source>
        <translation>&apos;%1&apos; solo puede tener letras minúsculas, dígitos y &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name &apos;%2&apos;</source>
        <translation>&apos;%1&apos; no coincide con el nombre del archivo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of exercise, test</source>
        <translation>&apos;%1&apos; no es ninguno de estos: exercise, test</translation>
    </message>
    <message>
        <source>an exercise has a [dose], not a [test]</source>
        <translation>un ejercicio tiene [dose], no [test]</translation>
    </message>
    <message>
        <source>missing: an exercise needs a [dose] table</source>
        <translation>falta: un ejercicio necesita una tabla [dose]</translation>
    </message>
    <message>
        <source>a test has a [test] table, not a [dose]</source>
        <translation>una prueba tiene una tabla [test], no [dose]</translation>
    </message>
    <message>
        <source>missing: a test needs a [test] table</source>
        <translation>falta: una prueba necesita una tabla [test]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used; skipped</source>
        <translation>&apos;%1&apos; ya está en uso; se ha omitido</translation>
    </message>
</context>
<context>
    <name>DoseCheck</name>
    <message>
        <source>Hold %1–%2 s: a shorter hold barely starts the stretch, and a longer one adds little (30 s worked as well as 60 s, Bandy 1997).</source>
        <translation>Mantenimiento de %1–%2 s: uno más corto apenas inicia el estiramiento y uno más largo aporta poco (30 s funcionaron tan bien como 60 s, Bandy 1997).</translation>
    </message>
    <message>
        <source>Bout %1–%2 s: long enough to get moving, short enough to keep good form.</source>
        <translation>Tanda de %1–%2 s: lo bastante larga para entrar en calor y lo bastante corta para mantener una buena técnica.</translation>
    </message>
    <message>
        <source>Holds per set %1–%2: gains level off after the first few (Ryan 2012).</source>
        <translation>Mantenimientos por serie %1–%2: la mejora se estanca tras los primeros (Ryan 2012).</translation>
    </message>
    <message>
        <source>Bouts per set %1–%2: a few bouts are plenty for a warm-up.</source>
        <translation>Tandas por serie %1–%2: unas pocas tandas bastan para calentar.</translation>
    </message>
    <message>
        <source>Repetitions per set %1–%2: past that, tiredness spoils the slow pace.</source>
        <translation>Repeticiones por serie %1–%2: a partir de ahí, el cansancio estropea el ritmo lento.</translation>
    </message>
    <message>
        <source>Sets %1–%2: more sets make the session longer, not better.</source>
        <translation>Series %1–%2: más series alargan la sesión, no la mejoran.</translation>
    </message>
    <message>
        <source>Rest %1–%2 s: 0 for none; longer only adds time.</source>
        <translation>Descanso de %1–%2 s: 0 para ninguno; más largo solo añade tiempo.</translation>
    </message>
    <message>
        <source>%1: %2–%3 s, quick enough to keep a rhythm, slow enough to control.</source>
        <translation>%1: %2–%3 s, lo bastante rápido para llevar un ritmo y lo bastante lento para controlarlo.</translation>
    </message>
    <message>
        <source>Each phase: %1–%2 s, quick enough to keep a rhythm, slow enough to control.</source>
        <translation>Cada fase: %1–%2 s, lo bastante rápida para llevar un ritmo y lo bastante lenta para controlarla.</translation>
    </message>
    <message>
        <source>Type a number. %1</source>
        <translation>Escribe un número. %1</translation>
    </message>
    <message>
        <source>Use a whole number. %1</source>
        <translation>Usa un número entero. %1</translation>
    </message>
    <message>
        <source>%1 is out of range. %2</source>
        <translation>%1 está fuera del rango. %2</translation>
    </message>
    <message>
        <source>%1 is a test, not an exercise.</source>
        <translation>%1 es una prueba, no un ejercicio.</translation>
    </message>
    <message>
        <source>%1 is done as %2, not as %3.</source>
        <translation>%1 se hace con %2, no con %3.</translation>
    </message>
    <message>
        <source>Paced repetitions last as long as their tempo.</source>
        <translation>Las repeticiones a ritmo duran lo que marca su tempo.</translation>
    </message>
    <message>
        <source>%1 has %2 phase(s).</source>
        <translation>%1 tiene %2 fase(s).</translation>
    </message>
    <message>
        <source>%1 has no tempo.</source>
        <translation>%1 no tiene tempo.</translation>
    </message>
</context>
<context>
    <name>DoseKind</name>
    <message>
        <source>held stretches</source>
        <translation>estiramientos mantenidos</translation>
    </message>
    <message>
        <source>paced repetitions</source>
        <translation>repeticiones a ritmo</translation>
    </message>
    <message>
        <source>timed rounds of movement</source>
        <translation>tandas de movimiento continuo</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1: expected a number, found %2</source>
        <translation>%1: se esperaba un número, pero hay %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: &apos;%2&apos; no es un número finito</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4–%5 %3</source>
        <translation>%1: %2 %3 está fuera del rango %4–%5 %3</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: falta</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an ISO 8601 date and time</source>
        <translation>%1: &apos;%2&apos; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 está en el futuro</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not left or right</source>
        <translation>%1: &apos;%2&apos; no es left ni right</translation>
    </message>
    <message>
        <source>%1 and %2 are both empty; give at least one</source>
        <translation>%1 y %2 están vacíos; rellena al menos uno</translation>
    </message>
    <message>
        <source>%1: expected text</source>
        <translation>%1: se esperaba texto</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the file is empty; expected the header line</source>
        <translation>el archivo está vacío; se esperaba la línea de encabezado</translation>
    </message>
    <message>
        <source>not readable as CSV: %1</source>
        <translation>no se puede leer como CSV: %1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>sobran %1</translation>
    </message>
    <message>
        <source>the columns are in another order</source>
        <translation>las columnas están en otro orden</translation>
    </message>
    <message>
        <source>wrong header (%1); expected: %2</source>
        <translation>encabezado incorrecto (%1); se esperaba: %2</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, pero hay %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not an %1 export (no &quot;format&quot; key)</source>
        <translation>no es una exportación de %1 (falta la clave &quot;format&quot;)</translation>
    </message>
    <message>
        <source>no &quot;measurements&quot; list</source>
        <translation>falta la lista &quot;measurements&quot;</translation>
    </message>
    <message>
        <source>measurement entry is not an object</source>
        <translation>la entrada de medición no es un objeto</translation>
    </message>
    <message>
        <source>the file holds no results</source>
        <translation>el archivo no contiene resultados</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; no es un número</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>&apos;%1&apos; no es un número finito</translation>
    </message>
</context>
<context>
    <name>ProgressSummary</name>
    <message>
        <source>Left (angle)</source>
        <translation>Izquierda (ángulo)</translation>
    </message>
    <message>
        <source>Right (angle)</source>
        <translation>Derecha (ángulo)</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>%1: %2 on %3 (your chosen baseline), the result later tests are compared with.</source>
        <translation>%1: %2 el %3 (la referencia inicial que elegiste), el resultado con el que se comparan las pruebas posteriores.</translation>
    </message>
    <message>
        <source>%1: %2 on %3, the result later tests are compared with.</source>
        <translation>%1: %2 el %3, el resultado con el que se comparan las pruebas posteriores.</translation>
    </message>
    <message>
        <source>%1: %2, the same as on %3 (your chosen baseline) — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, igual que el %3 (la referencia inicial que elegiste) — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, the same as on %3 — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, igual que el %3 — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, up %4 since %3 (your chosen baseline) — likely a real change (beyond the %5 measurement error; %6).</source>
        <translation>%1: %2, sube %4 desde el %3 (la referencia inicial que elegiste) — probablemente un cambio real (supera el error de medición de %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, up %4 since %3 — likely a real change (beyond the %5 measurement error; %6).</source>
        <translation>%1: %2, sube %4 desde el %3 — probablemente un cambio real (supera el error de medición de %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, up %4 since %3 (your chosen baseline) — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, sube %4 desde el %3 (la referencia inicial que elegiste) — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, up %4 since %3 — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, sube %4 desde el %3 — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, down %4 since %3 (your chosen baseline) — likely a real change (beyond the %5 measurement error; %6).</source>
        <translation>%1: %2, baja %4 desde el %3 (la referencia inicial que elegiste) — probablemente un cambio real (supera el error de medición de %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, down %4 since %3 — likely a real change (beyond the %5 measurement error; %6).</source>
        <translation>%1: %2, baja %4 desde el %3 — probablemente un cambio real (supera el error de medición de %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, down %4 since %3 (your chosen baseline) — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, baja %4 desde el %3 (la referencia inicial que elegiste) — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>%1: %2, down %4 since %3 — within measurement noise (the test itself varies by up to %5; %6).</source>
        <translation>%1: %2, baja %4 desde el %3 — dentro del error de medición (la propia prueba varía hasta %5; %6).</translation>
    </message>
    <message>
        <source>Your legs differ by %1 (left lower, %3), more than the %2 that healthy people usually differ by and more than the test&apos;s error for a difference (%4).</source>
        <translation>Tus piernas difieren en %1 (menos en la izquierda, %3): más que los %2 en que suelen diferir las personas sanas y más que el error de la prueba para una diferencia (%4).</translation>
    </message>
    <message>
        <source>Your legs differ by %1 (right lower, %3), more than the %2 that healthy people usually differ by and more than the test&apos;s error for a difference (%4).</source>
        <translation>Tus piernas difieren en %1 (menos en la derecha, %3): más que los %2 en que suelen diferir las personas sanas y más que el error de la prueba para una diferencia (%4).</translation>
    </message>
    <message>
        <source>Your legs&apos; angles differ by %1 (left lower, %3), more than the %2 that healthy people often differ by (%4).</source>
        <translation>Los ángulos de tus piernas difieren en %1 (menos en la izquierda, %3): más que los %2 en que a menudo difieren las personas sanas (%4).</translation>
    </message>
    <message>
        <source>Your legs&apos; angles differ by %1 (right lower, %3), more than the %2 that healthy people often differ by (%4).</source>
        <translation>Los ángulos de tus piernas difieren en %1 (menos en la derecha, %3): más que los %2 en que a menudo difieren las personas sanas (%4).</translation>
    </message>
    <message>
        <source>Test both legs on the same day to compare them.</source>
        <translation>Haz la prueba con ambas piernas el mismo día para compararlas.</translation>
    </message>
    <message>
        <source>Your legs measured the same on %1.</source>
        <translation>Tus piernas dieron el mismo resultado el %1.</translation>
    </message>
    <message>
        <source>Your legs differ by %1 (%2), within the %3 that healthy people usually differ by (%4).</source>
        <translation>Tus piernas difieren en %1 (%2), dentro de los %3 en que suelen diferir las personas sanas (%4).</translation>
    </message>
    <message>
        <source>both legs below it</source>
        <translation>ambas piernas por debajo</translation>
    </message>
    <message>
        <source>both legs within it</source>
        <translation>ambas piernas dentro</translation>
    </message>
    <message>
        <source>both legs above it</source>
        <translation>ambas piernas por encima</translation>
    </message>
    <message>
        <source>left below it</source>
        <translation>izquierda por debajo</translation>
    </message>
    <message>
        <source>left within it</source>
        <translation>izquierda dentro</translation>
    </message>
    <message>
        <source>left above it</source>
        <translation>izquierda por encima</translation>
    </message>
    <message>
        <source>right below it</source>
        <translation>derecha por debajo</translation>
    </message>
    <message>
        <source>right within it</source>
        <translation>derecha dentro</translation>
    </message>
    <message>
        <source>right above it</source>
        <translation>derecha por encima</translation>
    </message>
    <message>
        <source>For context, not a target: healthy adults often reach about %1 (%2). Latest: %3.</source>
        <translation>Como contexto, no como meta: los adultos sanos suelen llegar a unos %1 (%2). Último resultado: %3.</translation>
    </message>
    <message>
        <source>For context, not a target: healthy adults often reach about %1, depending on where the inclinometer sits (%2). Latest: %3.</source>
        <translation>Como contexto, no como meta: los adultos sanos suelen llegar a unos %1, según dónde se coloque el inclinómetro (%2). Último resultado: %3.</translation>
    </message>
    <message>
        <source>What to expect: stretching programmes add about %1–%2° on average (roughly %3–%4) over 3–8 weeks, about the size of the measurement error, so your change may stay within the noise for a while (%5).</source>
        <translation>Qué esperar: los programas de estiramiento suman de media unos %1–%2° (aproximadamente %3–%4) en 3–8 semanas, más o menos el tamaño del error de medición, así que tu cambio puede quedar dentro de ese error durante un tiempo (%5).</translation>
    </message>
    <message>
        <source>No results yet. Do the knee-to-wall test to set your baseline.</source>
        <translation>Todavía no hay resultados. Haz la prueba rodilla-pared para fijar tu referencia inicial.</translation>
    </message>
    <message>
        <source>If one side stays stiff or painful, see a physiotherapist.</source>
        <translation>Si un lado sigue rígido o con dolor, consulta a un fisioterapeuta.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Toe-to-wall distance (%1)</source>
        <translation>Distancia del dedo a la pared (%1)</translation>
    </message>
    <message>
        <source>Tibia angle (°): measured, never converted from the distance</source>
        <translation>Ángulo de la tibia (°): medido, nunca calculado a partir de la distancia</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Baseline %1 (measurement error)</source>
        <translation>Referencia inicial %1 (error de medición)</translation>
    </message>
    <message>
        <source>Typical adults (context, not a target)</source>
        <translation>Valores habituales en adultos (contexto, no una meta)</translation>
    </message>
    <message>
        <source>Practice sessions per week: none recorded yet.</source>
        <translation>Sesiones de práctica por semana: todavía no hay ninguna registrada.</translation>
    </message>
    <message>
        <source>Practice sessions per week</source>
        <translation>Sesiones de práctica por semana</translation>
    </message>
    <message>
        <source>Sources: measurement error Powden et al. 2015, Konor et al. 2012; left–right difference Chisholm et al. 2012, Hoch &amp; McKeon 2011; typical values Hoch &amp; McKeon 2011, Calatayud et al. 2015, Gohil &amp; Tilaye 2022; expected gains Radford et al. 2006, Medeiros et al. 2018.</source>
        <translation>Fuentes: error de medición, Powden et al. 2015, Konor et al. 2012; diferencia izquierda–derecha, Chisholm et al. 2012, Hoch &amp; McKeon 2011; valores típicos, Hoch &amp; McKeon 2011, Calatayud et al. 2015, Gohil &amp; Tilaye 2022; mejoras esperadas, Radford et al. 2006, Medeiros et al. 2018.</translation>
    </message>
    <message>
        <source>likely real</source>
        <translation>probablemente real</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>dentro del error</translation>
    </message>
    <message>
        <source>first result</source>
        <translation>primer resultado</translation>
    </message>
    <message>
        <source>Left (angle)</source>
        <translation>Izquierda (ángulo)</translation>
    </message>
    <message>
        <source>Right (angle)</source>
        <translation>Derecha (ángulo)</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia inicial</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Ankle mobility progress</source>
        <translation>Progreso de la movilidad del tobillo</translation>
    </message>
    <message>
        <source>Knee-to-wall results from %1 to %2 (%3 in all). Generated %4.</source>
        <translation>Resultados de la prueba rodilla-pared del %1 al %2 (%3 en total). Generado el %4.</translation>
    </message>
    <message>
        <source>No results yet. Generated %1.</source>
        <translation>Todavía no hay resultados. Generado el %1.</translation>
    </message>
    <message>
        <source>This report does not replace a clinician&apos;s assessment.</source>
        <translation>Este informe no sustituye la valoración de un profesional sanitario.</translation>
    </message>
    <message>
        <source>There are no knee-to-wall results yet. Do the test in the app (both legs, knee bent, heel down), then create this report again to see your progress.</source>
        <translation>Todavía no hay resultados de la prueba rodilla-pared. Haz la prueba en la aplicación (ambas piernas, rodilla doblada, talón en el suelo) y vuelve a crear este informe para ver tu progreso.</translation>
    </message>
    <message>
        <source>Latest results per leg</source>
        <translation>Últimos resultados por pierna</translation>
    </message>
    <message>
        <source>What the numbers mean</source>
        <translation>Qué significan los números</translation>
    </message>
</context>
<context>
    <name>ResultCheck</name>
    <message>
        <source>%1. Type the distance in %2, e.g. %3.</source>
        <translation>%1. Escribe la distancia en %2, p. ej., %3.</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3–%4 %2. Healthy adults score about 10–14 cm, so a value this far out is probably a typing slip.</source>
        <translation>%1 %2 está fuera del rango (%3–%4 %2). Los adultos sanos suelen obtener unos 10–14 cm, así que un valor tan alejado probablemente sea un error al escribir.</translation>
    </message>
    <message>
        <source>%1. Type the shin angle in degrees, e.g. 38.</source>
        <translation>%1. Escribe el ángulo de la espinilla en grados, p. ej., 38.</translation>
    </message>
    <message>
        <source>%1° is outside %2–%3°. Shin angles in this test run about 25–55°.</source>
        <translation>%1° está fuera del rango %2–%3°. En esta prueba, el ángulo de la espinilla suele ser de unos 25–55°.</translation>
    </message>
    <message>
        <source>The date and time are in the future. Use the time you did the test.</source>
        <translation>La fecha y la hora están en el futuro. Usa la hora a la que hiciste la prueba.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>La fecha es demasiado antigua.</translation>
    </message>
    <message>
        <source>Enter a result for at least one leg.</source>
        <translation>Introduce un resultado para al menos una pierna.</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Article routine</source>
        <translation>Rutina del artículo</translation>
    </message>
    <message>
        <source>“%1” is no longer in the exercise library, so it was left out.</source>
        <translation>“%1” ya no está en la biblioteca de ejercicios, así que se ha quitado.</translation>
    </message>
    <message>
        <source>%1 is a test, not an exercise; it was left out.</source>
        <translation>%1 es una prueba, no un ejercicio; se ha quitado.</translation>
    </message>
    <message>
        <source>%1: the saved dose no longer fits this exercise, so its usual dose is used.</source>
        <translation>%1: la dosis guardada ya no encaja con este ejercicio, así que se usa su dosis habitual.</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Ponle un nombre a la rutina.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters or fewer (it has %2).</source>
        <translation>Usa un nombre de %1 caracteres como máximo (ahora tiene %2).</translation>
    </message>
    <message>
        <source>“%1” is the built-in routine&apos;s name. Choose another name.</source>
        <translation>“%1” es el nombre de la rutina incluida. Elige otro nombre.</translation>
    </message>
    <message>
        <source>There is already a routine called “%1”. Choose another name.</source>
        <translation>Ya hay una rutina llamada “%1”. Elige otro nombre.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Switch side</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Sigue</translation>
    </message>
    <message>
        <source>Follow the count</source>
        <translation>Sigue la cuenta</translation>
    </message>
    <message>
        <source>Stay still and breathe</source>
        <translation>No te muevas y respira</translation>
    </message>
    <message>
        <source>Keep the movement going</source>
        <translation>Sigue con el movimiento</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Get into position for %1</source>
        <translation>Ponte en posición para %1</translation>
    </message>
    <message>
        <source>Get into position for %1, left leg first</source>
        <translation>Ponte en posición para %1, primero la pierna izquierda</translation>
    </message>
    <message>
        <source>Get into position for %1, right leg first</source>
        <translation>Ponte en posición para %1, primero la pierna derecha</translation>
    </message>
    <message>
        <source>Switch to the left leg</source>
        <translation>Cambia a la pierna izquierda</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Cambia a la pierna derecha</translation>
    </message>
    <message>
        <source>Rest before set %1 of %2</source>
        <translation>Descansa antes de la serie %1 de %2</translation>
    </message>
    <message>
        <source>Relax and breathe</source>
        <translation>Relájate y respira</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: %1, left leg</source>
        <translation>Siguiente: %1, pierna izquierda</translation>
    </message>
    <message>
        <source>Next: %1, right leg</source>
        <translation>Siguiente: %1, pierna derecha</translation>
    </message>
    <message>
        <source>Next: rep %1 of %2</source>
        <translation>Siguiente: repetición %1 de %2</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Siguiente: %1, %2</translation>
    </message>
    <message>
        <source>Next: hold %1 of %2, %3</source>
        <translation>Siguiente: mantenimiento %1 de %2, %3</translation>
    </message>
    <message>
        <source>Next: round %1 of %2, %3</source>
        <translation>Siguiente: tanda %1 de %2, %3</translation>
    </message>
    <message>
        <source>Next: rest %1</source>
        <translation>Siguiente: descanso de %1</translation>
    </message>
    <message>
        <source>Next: switch to the left leg</source>
        <translation>Siguiente: cambia a la pierna izquierda</translation>
    </message>
    <message>
        <source>Next: switch to the right leg</source>
        <translation>Siguiente: cambia a la pierna derecha</translation>
    </message>
    <message>
        <source>Next: you are done</source>
        <translation>Siguiente: has terminado</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>%1 cannot write to %2 (%3). Your results cannot be saved until it can: check the folder&apos;s permissions and free space, or start the app with --data-dir pointing at a folder you can write to.</source>
        <translation>%1 no puede escribir en %2 (%3). Tus resultados no se podrán guardar hasta que pueda: revisa los permisos de la carpeta y el espacio libre, o inicia la aplicación con --data-dir apuntando a una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your saved results are safe.</source>
        <translation>Algo ha fallado dentro del programa. Tus resultados guardados están a salvo.</translation>
    </message>
    <message>
        <source>A report was saved to:</source>
        <translation>Se guardó un informe en:</translation>
    </message>
    <message>
        <source>%1 — unexpected error</source>
        <translation>%1 — error inesperado</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not back up %1: the copy failed its integrity check (%2). Run `mobility-app check` to repair the database.</source>
        <translation>No se pudo hacer una copia de seguridad de %1: la copia no superó la comprobación de integridad (%2). Ejecuta `mobility-app check` para reparar la base de datos.</translation>
    </message>
    <message>
        <source>Make sure the folder is writable, or start the app with --data-dir pointing at a folder you can write to.</source>
        <translation>Comprueba que se puede escribir en la carpeta, o inicia la aplicación con --data-dir apuntando a una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Free some disk space and try again.</source>
        <translation>Libera espacio en el disco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the disk (and that it is still connected), then try again.</source>
        <translation>Revisa el disco (y que siga conectado) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Close any other copy of Ankle Mobility and try again.</source>
        <translation>Cierra cualquier otra copia de Movilidad de tobillo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of Ankle Mobility only knows versions up to %3. It was written by a newer version of the app; update Ankle Mobility to open it. The file was not changed.</source>
        <translation>La base de datos %1 tiene la versión de esquema %2, pero esta versión de Movilidad de tobillo solo conoce hasta la %3. La escribió una versión más reciente de la aplicación; actualiza Movilidad de tobillo para abrirla. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>el archivo o su carpeta son de solo lectura</translation>
    </message>
    <message>
        <source>the file could not be opened or created</source>
        <translation>no se pudo abrir ni crear el archivo</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>se rechazó el acceso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>el disco informó de un error de lectura o escritura</translation>
    </message>
    <message>
        <source>the file system cannot hold a file this large</source>
        <translation>el sistema de archivos no admite un archivo tan grande</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>el equipo se quedó sin memoria</translation>
    </message>
    <message>
        <source>Close other programs and try again.</source>
        <translation>Cierra otros programas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>the database is in use by another program</source>
        <translation>otro programa está usando la base de datos</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation>la base de datos está bloqueada</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>Restart Ankle Mobility or run `mobility-app check`: the damaged file is set aside (not deleted) and the newest good backup is restored.</source>
        <translation>Reinicia Movilidad de tobillo o ejecuta `mobility-app check`: el archivo dañado se aparta (no se elimina) y se restaura la copia de seguridad válida más reciente.</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>el archivo no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>Restart Ankle Mobility or run `mobility-app check`: the file is set aside (not deleted) and the newest good backup is restored.</source>
        <translation>Reinicia Movilidad de tobillo o ejecuta `mobility-app check`: el archivo se aparta (no se elimina) y se restaura la copia de seguridad válida más reciente.</translation>
    </message>
    <message>
        <source>Could not create the data folder %1: %2.</source>
        <translation>No se pudo crear la carpeta de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2.</source>
        <translation>No se pudo abrir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not read the database %1: %2.</source>
        <translation>No se pudo leer la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not save to the database %1: %2.</source>
        <translation>No se pudo guardar en la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not check the database %1: %2.</source>
        <translation>No se pudo comprobar la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not set aside the damaged database %1: %2.</source>
        <translation>No se pudo apartar la base de datos dañada %1: %2.</translation>
    </message>
    <message>
        <source>Could not set aside a damaged backup %1: %2.</source>
        <translation>No se pudo apartar una copia de seguridad dañada %1: %2.</translation>
    </message>
    <message>
        <source>Could not list the backups in %1: %2.</source>
        <translation>No se pudieron listar las copias de seguridad de %1: %2.</translation>
    </message>
    <message>
        <source>Could not make a backup in %1: %2.</source>
        <translation>No se pudo hacer una copia de seguridad en %1: %2.</translation>
    </message>
    <message>
        <source>Could not remove an old backup in %1: %2.</source>
        <translation>No se pudo eliminar una copia de seguridad antigua de %1: %2.</translation>
    </message>
    <message>
        <source>Could not read the backup %1: %2.</source>
        <translation>No se pudo leer la copia de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>Could not read the size of %1: %2.</source>
        <translation>No se pudo leer el tamaño de %1: %2.</translation>
    </message>
    <message>
        <source>Could not restore the backup into %1: %2.</source>
        <translation>No se pudo restaurar la copia de seguridad en %1: %2.</translation>
    </message>
    <message>
        <source>A file or folder is in the way; move it, or start the app with --data-dir pointing at another folder.</source>
        <translation>Hay un archivo o una carpeta que estorba; muévelo, o inicia la aplicación con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>The database %1 could not be used: %2.</source>
        <translation>No se pudo usar la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>Set aside %1 as %2 (kept, not deleted).</source>
        <translation>Se apartó %1 como %2 (se conserva, no se ha eliminado).</translation>
    </message>
    <message>
        <source>The backup %1 was damaged too; set aside as %2.</source>
        <translation>La copia de seguridad %1 también estaba dañada; se apartó como %2.</translation>
    </message>
    <message>
        <source>Restored the newest good backup, %1. Anything saved after it was made is only in the set-aside file.</source>
        <translation>Se restauró la copia de seguridad válida más reciente, %1. Lo que se guardó después de hacerla solo está en el archivo apartado.</translation>
    </message>
    <message>
        <source>No good backup was found, so a new, empty database was created.</source>
        <translation>No se encontró ninguna copia de seguridad válida, así que se creó una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>the database file is missing but its journal files were left behind</source>
        <translation>falta el archivo de la base de datos, pero quedaron sus archivos de registro</translation>
    </message>
    <message>
        <source>Could not open the database %1: it is a folder, not a file. Move it away, or start the app with --data-dir pointing at another folder.</source>
        <translation>No se pudo abrir la base de datos %1: es una carpeta, no un archivo. Muévela a otro sitio, o inicia la aplicación con --data-dir apuntando a otra carpeta.</translation>
    </message>
    <message>
        <source>it is not a readable SQLite database (%1)</source>
        <translation>no es una base de datos SQLite legible (%1)</translation>
    </message>
    <message>
        <source>it failed its integrity check (%1)</source>
        <translation>no superó la comprobación de integridad (%1)</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2. Nothing was changed.</source>
        <translation>No se restauró la copia de seguridad %1: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the file does not exist any more</source>
        <translation>el archivo ya no existe</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>es la propia base de datos</translation>
    </message>
    <message>
        <source>it is damaged (%1); choose another backup</source>
        <translation>está dañada (%1); elige otra copia de seguridad</translation>
    </message>
    <message>
        <source>it was written by a newer version of Ankle Mobility (schema version %1; this version knows up to %2); update the app to restore it</source>
        <translation>la escribió una versión más reciente de Movilidad de tobillo (versión de esquema %1; esta versión conoce hasta la %2); actualiza la aplicación para restaurarla</translation>
    </message>
    <message>
        <source>it holds no Ankle Mobility data</source>
        <translation>no contiene datos de Movilidad de tobillo</translation>
    </message>
    <message>
        <source>its page size (%1 bytes) differs from the database&apos;s (%2 bytes), so it cannot be copied in while the app is running</source>
        <translation>su tamaño de página (%1 bytes) es distinto del de la base de datos (%2 bytes), así que no se puede copiar mientras la aplicación está en marcha</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>in</source>
        <translation>pulg.</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
</context>
</TS>
