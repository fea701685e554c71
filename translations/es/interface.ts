<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupsTable</name>
    <message>
        <source>Made</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Copy kept before a restore</source>
        <translation>Copia guardada antes de restaurar</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importar resultados…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Add results from a CSV or JSON file; you see them first</source>
        <translation>Añade resultados de un archivo CSV o JSON; antes podrás verlos</translation>
    </message>
    <message>
        <source>Save every result as CSV, or as JSON with sessions</source>
        <translation>Guarda todos los resultados en CSV, o en JSON con las sesiones</translation>
    </message>
    <message>
        <source>Make a copy of everything stored, now</source>
        <translation>Haz ahora una copia de todo lo guardado</translation>
    </message>
    <message>
        <source>Go back to an earlier backup; the current state is kept</source>
        <translation>Vuelve a una copia de seguridad anterior; el estado actual se conserva</translation>
    </message>
    <message>
        <source>Storage is not available, so results cannot be read or saved right now</source>
        <translation>El almacenamiento no está disponible: ahora no se pueden leer ni guardar resultados</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written there; choose another folder, or free some space, and try again.</source>
        <translation>No se pudo escribir %1: %2. No se ha escrito nada allí; elige otra carpeta o libera espacio, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exportado a %2: %1</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Importado de %2: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln already stored, skipped)</source>
        <translation>
            <numerusform>(%Ln ya guardado, omitido)</numerusform>
            <numerusform>(%Ln ya guardados, omitidos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>No se pudo restaurar</translation>
    </message>
    <message>
        <source>Everything stored now is replaced by the backup from %1.

A copy of what is stored now is kept first, in %2. To go back, restore that copy from the same list.</source>
        <translation>Todo lo guardado ahora se sustituirá por la copia de seguridad de %1.

Antes se guarda una copia de lo que hay ahora, en %2. Para volver atrás, restaura esa copia desde la misma lista.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored the backup from %1. What was stored before is kept in %2.</source>
        <translation>Se ha restaurado la copia de seguridad de %1. Lo que había guardado antes está en %2.</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON, with sessions (*.json)</source>
        <translation>JSON, con sesiones (*.json)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Results (*.csv *.json)</source>
        <translation>Resultados (*.csv *.json)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
</context>
<context>
    <name>DemonstrationView</name>
    <message>
        <source>Exercise demonstration</source>
        <translation>Demostración del ejercicio</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Paso actual</translation>
    </message>
    <message>
        <source>0.5×</source>
        <translation>0,5×</translation>
    </message>
    <message>
        <source>Half speed</source>
        <translation>Media velocidad</translation>
    </message>
    <message>
        <source>Play at half speed</source>
        <translation>Reproducir a media velocidad</translation>
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
        <source>Show the left leg</source>
        <translation>Mostrar la pierna izquierda</translation>
    </message>
    <message>
        <source>Show the right leg</source>
        <translation>Mostrar la pierna derecha</translation>
    </message>
    <message>
        <source>Position in the demonstration</source>
        <translation>Posición en la demostración</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the demonstration</source>
        <translation>Pausar la demostración</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the demonstration</source>
        <translation>Reproducir la demostración</translation>
    </message>
</context>
<context>
    <name>DoseText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n reps</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sets</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 hold</source>
        <translation>%1 de mantenimiento</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>cada pierna</translation>
    </message>
    <message>
        <source>both legs together</source>
        <translation>ambas piernas a la vez</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trials per leg</source>
        <translation>
            <numerusform>%n intento por pierna</numerusform>
            <numerusform>%n intentos por pierna</numerusform>
        </translation>
    </message>
    <message>
        <source>No rest needed</source>
        <translation>Sin descanso</translation>
    </message>
    <message>
        <source>%1 rest between efforts</source>
        <translation>%1 de descanso entre esfuerzos</translation>
    </message>
    <message>
        <source>%1: %2 s</source>
        <comment>a phase of a repetition and its length in seconds</comment>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <source>Mobility test</source>
        <translation>Prueba de movilidad</translation>
    </message>
    <message>
        <source>Held stretch</source>
        <translation>Estiramiento mantenido</translation>
    </message>
    <message>
        <source>Paced repetitions</source>
        <translation>Repeticiones a ritmo</translation>
    </message>
    <message>
        <source>Continuous movement</source>
        <translation>Movimiento continuo</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Added by you · %1</source>
        <translation>Añadido por ti · %1</translation>
    </message>
</context>
<context>
    <name>ExercisePage</name>
    <message numerus="yes">
        <source>Step %n</source>
        <translation>
            <numerusform>Paso %n</numerusform>
            <numerusform>Paso %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>Do the test</source>
        <translation>Hacer la prueba</translation>
    </message>
    <message>
        <source>A guided test, step by step, for each leg</source>
        <translation>Una prueba guiada, paso a paso, para cada pierna</translation>
    </message>
    <message>
        <source>Run this exercise with a timer and cues</source>
        <translation>Haz este ejercicio con temporizador y avisos</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>What to feel</source>
        <translation>Qué debes sentir</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Errores frecuentes</translation>
    </message>
    <message>
        <source>Why this dose</source>
        <translation>Por qué esta dosis</translation>
    </message>
    <message>
        <source>About the protocol</source>
        <translation>Sobre el protocolo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n trials</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>on each leg</source>
        <translation>en cada pierna</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Toe to wall, cm</source>
        <translation>Del dedo a la pared, en cm</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Trabaja</translation>
    </message>
    <message>
        <source>Nothing but floor space</source>
        <translation>Solo un espacio libre en el suelo</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Necesitas</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Precauciones</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>new result</source>
        <translation>resultado nuevo</translation>
    </message>
    <message>
        <source>new results</source>
        <translation>resultados nuevos</translation>
    </message>
    <message>
        <source>already stored, skipped</source>
        <comment>under the count 1</comment>
        <translation>ya guardado, omitido</translation>
    </message>
    <message>
        <source>already stored, skipped</source>
        <comment>under a count other than 1</comment>
        <translation>ya guardados, omitidos</translation>
    </message>
    <message>
        <source>bad line</source>
        <translation>línea errónea</translation>
    </message>
    <message>
        <source>bad lines</source>
        <translation>líneas erróneas</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Checking line %1 of %2…</source>
        <translation>Comprobando la línea %1 de %2…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>No se pudo importar</translation>
    </message>
    <message>
        <source>Nothing will be imported; fix these lines and try again.</source>
        <translation>No se importará nada; corrige estas líneas y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Every result in this file is already stored; there is nothing to add.</source>
        <translation>Todos los resultados de este archivo ya están guardados; no hay nada que añadir.</translation>
    </message>
    <message>
        <source>The first %1 of %2 new results:</source>
        <translation>Los primeros %1 de %2 resultados nuevos:</translation>
    </message>
    <message>
        <source>The new result:</source>
        <translation>El resultado nuevo:</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln new results:</source>
        <translation>
            <numerusform>%Ln resultado nuevo:</numerusform>
            <numerusform>Los %Ln resultados nuevos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import 1 result</source>
        <translation>Importar 1 resultado</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln results</source>
        <translation>
            <numerusform>Importar %Ln resultado</numerusform>
            <numerusform>Importar %Ln resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing 1 result…</source>
        <translation>Guardando 1 resultado…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln results…</source>
        <translation>
            <numerusform>Guardando %Ln resultado…</numerusform>
            <numerusform>Guardando %Ln resultados…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Six exercises that loosen stiff ankles, and a simple test that shows whether they are working. Choose one to see how to do it.</source>
        <translation>Seis ejercicios que sueltan los tobillos rígidos y una prueba sencilla que muestra si están funcionando. Elige uno para ver cómo se hace.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your knee-to-wall results over time</source>
        <translation>Tus resultados de la prueba rodilla-pared a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Empezar rutina</translation>
    </message>
    <message>
        <source>Run all six exercises in order, with their doses</source>
        <translation>Haz los seis ejercicios en orden, con sus dosis</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Check your progress</source>
        <translation>Comprueba tu progreso</translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n days practised</source>
        <translation>
            <numerusform>Esta semana: %1 de %n día de práctica</numerusform>
            <numerusform>Esta semana: %1 de %n días de práctica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custom exercise file(s) could not be loaded and were skipped:</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de ejercicios propio; se ha omitido:</numerusform>
            <numerusform>No se pudieron cargar %n archivos de ejercicios propios; se han omitido:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s); see the log file.</source>
        <translation>
            <numerusform>…y %n problema más; consulta el archivo de registro.</numerusform>
            <numerusform>…y %n problemas más; consulta el archivo de registro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finish or stop the routine first</source>
        <translation>Primero termina o detén la rutina</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Exercise &amp;library</source>
        <translation>&amp;Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>&amp;Session log</source>
        <translation>Registro de &amp;sesiones</translation>
    </message>
    <message>
        <source>Knee-to-wall &amp;test</source>
        <translation>Pr&amp;ueba rodilla-pared</translation>
    </message>
    <message>
        <source>&amp;Reduce motion</source>
        <translation>Reducir el &amp;movimiento</translation>
    </message>
    <message>
        <source>Show the key positions of each demonstration side by side, without movement</source>
        <translation>Muestra las posiciones clave de cada demostración una junto a otra, sin movimiento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Learn ankle dorsiflexion mobility exercises and track the knee-to-wall test. Everything stays on this computer: no account, no network.&lt;/p&gt;&lt;p&gt;This program does not replace advice from a physiotherapist or doctor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Aprende ejercicios de movilidad para la dorsiflexión del tobillo y sigue tus resultados en la prueba rodilla-pared. Todo se queda en este equipo: sin cuenta y sin red.&lt;/p&gt;&lt;p&gt;Este programa no sustituye el consejo de un fisioterapeuta o un médico.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasurementsTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Distance (cm)</source>
        <translation>Distancia (cm)</translation>
    </message>
    <message>
        <source>Angle (°)</source>
        <translation>Ángulo (°)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Results to import</source>
        <translation>Resultados para importar</translation>
    </message>
    <message>
        <source>● Left</source>
        <translation>● Izquierda</translation>
    </message>
    <message>
        <source>▲ Right</source>
        <translation>▲ Derecha</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Back to the library (Alt+Left)</source>
        <translation>Volver a la biblioteca (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>%1: Scroll up and down</source>
        <translation>%1: desplazar arriba y abajo</translation>
    </message>
    <message>
        <source>%1: Scroll left and right</source>
        <translation>%1: desplazar a izquierda y derecha</translation>
    </message>
</context>
<context>
    <name>ProblemsTable</name>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Líneas erróneas</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the point to go back to. What is stored now is replaced by the backup; a copy of it is kept first, and appears in this list. The copies are in:</source>
        <translation>Elige el punto al que quieres volver. Lo que hay guardado ahora se sustituye por la copia de seguridad; antes se guarda una copia, que aparece en esta lista. Las copias están en:</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File › Back up now to make one.</source>
        <translation>Todavía no hay copias de seguridad. Usa Archivo › Hacer una copia de seguridad ahora para crear una.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Centimetres (cm)</source>
        <translation>Centímetros (cm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Pulgadas (pulg.)</translation>
    </message>
    <message>
        <source>Mean of the trials (as the studies scored it)</source>
        <translation>Media de los intentos (como en los estudios)</translation>
    </message>
    <message>
        <source>Best trial</source>
        <translation>Mejor intento</translation>
    </message>
    <message>
        <source> per leg</source>
        <translation> por pierna</translation>
    </message>
    <message>
        <source>Knee-to-wall test</source>
        <translation>Prueba rodilla-pared</translation>
    </message>
    <message>
        <source>Distance unit</source>
        <translation>Unidad de distancia</translation>
    </message>
    <message>
        <source>Result of a test</source>
        <translation>Resultado de una prueba</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Results are always stored in centimetres; inches are converted for display. The measurement-error figures the app uses come from studies that scored the mean of three trials.</source>
        <translation>Los resultados siempre se guardan en centímetros; las pulgadas se convierten solo para mostrarlos. Las cifras de error de medición que usa la aplicación vienen de estudios que tomaron la media de tres intentos.</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Reproducir avisos sonoros</translation>
    </message>
    <message>
        <source>Volume of the sound cues</source>
        <translation>Volumen de los avisos sonoros</translation>
    </message>
    <message>
        <source>Speak the cues (“switch to the left leg”)</source>
        <translation>Decir los avisos en voz alta (“cambia a la pierna izquierda”)</translation>
    </message>
    <message>
        <source>Cues during a routine</source>
        <translation>Avisos durante una rutina</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>The countdown ring always flashes at each change, with or without sound.</source>
        <translation>El anillo de la cuenta atrás siempre parpadea en cada cambio, con o sin sonido.</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <source>Demonstrations show their key positions side by side instead of moving.</source>
        <translation>Las demostraciones muestran sus posiciones clave una junto a otra en lugar de moverse.</translation>
    </message>
    <message>
        <source>Reduce motion shows each demonstration&apos;s key positions side by side instead of moving. A language change applies the next time the app starts.</source>
        <translation>Reducir el movimiento muestra las posiciones clave de cada demostración una junto a otra en lugar de moverse. El cambio de idioma se aplica la próxima vez que se abra la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source> days a week</source>
        <translation>
            <numerusform> día a la semana</numerusform>
            <numerusform> días a la semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Según el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast (white and yellow on black)</source>
        <translation>Alto contraste (blanco y amarillo sobre negro)</translation>
    </message>
    <message>
        <source>Display and goals</source>
        <translation>Pantalla y objetivos</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Practice target</source>
        <translation>Objetivo de práctica</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1% (normal)</source>
        <translation>%1 % (normal)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelp</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Start the routine; during it, pause or resume</source>
        <translation>Empezar la rutina; durante ella, pausar o reanudar</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al paso siguiente</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Volver un paso atrás</translation>
    </message>
    <message>
        <source>Stop the routine (asks first), or leave the player</source>
        <translation>Detener la rutina (antes pregunta) o salir del reproductor</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>Move the selected exercise up or down</source>
        <translation>Subir o bajar el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation>Quitar el ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Guardar la rutina</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Undo the last edit or deletion</source>
        <translation>Deshacer el último cambio o eliminación</translation>
    </message>
    <message>
        <source>Redo it</source>
        <translation>Rehacerlo</translation>
    </message>
    <message>
        <source>Knee-to-wall test</source>
        <translation>Prueba rodilla-pared</translation>
    </message>
    <message>
        <source>In a distance field: move to the next field</source>
        <translation>En un campo de distancia: pasar al campo siguiente</translation>
    </message>
    <message>
        <source>In the note: save the result</source>
        <translation>En la nota: guardar el resultado</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Open the exercise whose card has focus</source>
        <translation>Abrir el ejercicio cuya tarjeta tiene el foco</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
</TS>
