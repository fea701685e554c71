<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>DoseForm</name>
    <message>
        <source>Add an exercise to set its dose.</source>
        <translation>Añade un ejercicio para fijar su dosis.</translation>
    </message>
    <message>
        <source>The kind of effort follows the exercise</source>
        <translation>El tipo de esfuerzo depende del ejercicio</translation>
    </message>
    <message>
        <source>Holds per set</source>
        <translation>Mantenimientos por serie</translation>
    </message>
    <message>
        <source>Bouts per set</source>
        <translation>Tandas por serie</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Bout</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Repetitions per set</source>
        <translation>Repeticiones por serie</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Each leg separately</source>
        <translation>Cada pierna por separado</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>One repetition</source>
        <translation>Una repetición</translation>
    </message>
    <message>
        <source>About %1 for this exercise.</source>
        <translation>Unos %1 para este ejercicio.</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Ambas piernas</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Hold %1 of %2</source>
        <translation>Mantenimiento %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Tanda %1 de %2</translation>
    </message>
    <message>
        <source>Exercise %1 of %2 · about %3 left</source>
        <translation>Ejercicio %1 de %2 · quedan unos %3</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>%1 — press Space to resume</source>
        <translation>%1 — pulsa Espacio para reanudar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>0 = no pain</source>
        <translation>0 = sin dolor</translation>
    </message>
    <message>
        <source>10 = worst imaginable</source>
        <translation>10 = el peor imaginable</translation>
    </message>
</context>
<context>
    <name>PlayerPage</name>
    <message>
        <source>Exercise player</source>
        <translation>Reproductor de ejercicios</translation>
    </message>
    <message>
        <source>%1 · about %2</source>
        <translation>%1 · unos %2</translation>
    </message>
    <message>
        <source>%1 · %2 exercises · about %3</source>
        <translation>%1 · %2 ejercicios · unos %3</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <source>Stop the routine now? What you have done so far is kept.</source>
        <translation>¿Detener la rutina ahora? Lo que has hecho hasta ahora se guarda.</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>← Library</source>
        <translation>← Biblioteca</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Choose the exercises, their order and their doses. Saved here only.</source>
        <translation>Elige los ejercicios, su orden y sus dosis. Se guardan solo en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Dose of the selected exercise</source>
        <translation>Dosis del ejercicio seleccionado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Start this routine</source>
        <translation>Empezar esta rutina</translation>
    </message>
    <message>
        <source>Article routine</source>
        <translation>Rutina del artículo</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>Delete the routine “%1”? Its exercises and doses are removed from this computer; your session history stays.</source>
        <translation>¿Eliminar la rutina “%1”? Sus ejercicios y dosis se borran de este equipo; tu historial de sesiones se conserva.</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Eliminar rutina</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se ha guardado “%1”.</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>¿Descartar los cambios en “%1”?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Article routine (built in)</source>
        <translation>Rutina del artículo (incluida)</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (sin guardar)</translation>
    </message>
    <message>
        <source>If you save this routine, what was left out is gone for good.</source>
        <translation>Si guardas esta rutina, lo que se ha omitido se perderá para siempre.</translation>
    </message>
    <message>
        <source>Saving is unavailable: the database could not be opened.</source>
        <translation>No se puede guardar: no se ha podido abrir la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Fix the dose of %n exercise(s) to save or start.</source>
        <translation>
            <numerusform>Corrige la dosis de %n ejercicio para guardar o empezar.</numerusform>
            <numerusform>Corrige la dosis de %n ejercicios para guardar o empezar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one exercise.</source>
        <translation>Añade al menos un ejercicio.</translation>
    </message>
    <message>
        <source>About %1 in all.</source>
        <translation>Unos %1 en total.</translation>
    </message>
    <message>
        <source>Fix the name to save.</source>
        <translation>Corrige el nombre para guardar.</translation>
    </message>
    <message>
        <source>Change anything to make your own copy.</source>
        <translation>Cambia cualquier cosa para crear tu propia copia.</translation>
    </message>
    <message>
        <source>Not saved yet: saving makes a new routine.</source>
        <translation>Aún sin guardar: al guardar se crea una rutina nueva.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>RoutineItemList</name>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, en orden</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected exercise (Del)</source>
        <translation>Quitar el ejercicio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>⚠ Check the dose</source>
        <translation>⚠ Revisa la dosis</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>aprox. %1</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>segundo</numerusform>
            <numerusform>segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo siguiente</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Restart this step, or go back (←)</source>
        <translation>Reiniciar este paso o volver atrás (←)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o reanudar (Espacio)</translation>
    </message>
    <message>
        <source>Skip →</source>
        <translation>Saltar →</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip to the next step (→)</source>
        <translation>Saltar al paso siguiente (→)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Detener la rutina</translation>
    </message>
    <message>
        <source>Stop the routine (Esc)</source>
        <translation>Detener la rutina (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n seconds left</source>
        <translation>
            <numerusform>%1, queda %n segundo</numerusform>
            <numerusform>%1, quedan %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n seconds.</source>
        <translation>
            <numerusform>%1. %n segundo.</numerusform>
            <numerusform>%1. %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenida antes de tiempo</translation>
    </message>
    <message>
        <source>Cut short (the app closed)</source>
        <translation>Interrumpida (se cerró la aplicación)</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message>
        <source>Session log</source>
        <translation>Registro de sesiones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Series hechas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>column: how many sets were skipped</comment>
        <translation>Saltadas</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Dolor antes → después</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Sets of the selected session</source>
        <translation>Series de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) logged. Each set is saved the moment it ends, so a run that was cut short still shows what was done.</source>
        <translation>
            <numerusform>%n sesión registrada. Cada serie se guarda en cuanto termina, así que una sesión interrumpida también muestra lo que se hizo.</numerusform>
            <numerusform>%n sesiones registradas. Cada serie se guarda en cuanto termina, así que una sesión interrumpida también muestra lo que se hizo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet. Start a routine from the library, or Start on any exercise page; every session appears here.</source>
        <translation>Aún no hay sesiones. Empieza una rutina desde la biblioteca, o pulsa Empezar en la página de cualquier ejercicio; cada sesión aparecerá aquí.</translation>
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
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>this one set was skipped</comment>
        <translation>Saltada</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Ready when you are</source>
        <translation>Empieza cuando quieras</translation>
    </message>
    <message>
        <source>How much pain do you feel now? (optional)</source>
        <translation>¿Cuánto dolor sientes ahora? (opcional)</translation>
    </message>
    <message>
        <source>Pain before the routine, 0 to 10, optional</source>
        <translation>Dolor antes de la rutina, de 0 a 10, opcional</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Back without starting</source>
        <translation>Volver sin empezar</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Empezar la rutina</translation>
    </message>
    <message>
        <source>Start (Space)</source>
        <translation>Empezar (Espacio)</translation>
    </message>
    <message>
        <source>First: %1. Get into position, then press Start or the Space bar.</source>
        <translation>Primero: %1. Colócate en posición y pulsa Empezar o la barra espaciadora.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>How much pain do you feel now? (optional)</source>
        <translation>¿Cuánto dolor sientes ahora? (opcional)</translation>
    </message>
    <message>
        <source>Pain after the routine, 0 to 10, optional</source>
        <translation>Dolor después de la rutina, de 0 a 10, opcional</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Run the routine again</source>
        <translation>Repetir la rutina</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done, leave the player</source>
        <translation>Listo, salir del reproductor</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>Listo (Esc)</translation>
    </message>
    <message>
        <source>Routine summary</source>
        <translation>Resumen de la rutina</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bien hecho</translation>
    </message>
    <message>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Sets done</source>
        <translation>Series hechas</translation>
    </message>
    <message>
        <source>Sets skipped</source>
        <translation>Series saltadas</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Tiempo total</translation>
    </message>
    <message>
        <source>Before you started: %1 of 10</source>
        <translation>Antes de empezar: %1 de 10</translation>
    </message>
    <message>
        <source>This session could not be saved. %1</source>
        <translation>No se ha podido guardar esta sesión. %1</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Sin empezar</translation>
    </message>
    <message numerus="yes">
        <source>All %n holds done</source>
        <translation>
            <numerusform>%n mantenimiento hecho</numerusform>
            <numerusform>Hechos los %n mantenimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n reps done</source>
        <translation>
            <numerusform>%n repetición hecha</numerusform>
            <numerusform>Hechas las %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rounds done</source>
        <translation>
            <numerusform>%n tanda hecha</numerusform>
            <numerusform>Hechas las %n tandas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 holds done, %3 skipped</source>
        <translation>%1 de %2 mantenimientos hechos, %3 saltados</translation>
    </message>
    <message>
        <source>%1 of %2 reps done, %3 skipped</source>
        <translation>%1 de %2 repeticiones hechas, %3 saltadas</translation>
    </message>
    <message>
        <source>%1 of %2 rounds done, %3 skipped</source>
        <translation>%1 de %2 tandas hechas, %3 saltadas</translation>
    </message>
    <message>
        <source>%1 of %2 holds done</source>
        <translation>%1 de %2 mantenimientos hechos</translation>
    </message>
    <message>
        <source>%1 of %2 reps done</source>
        <translation>%1 de %2 repeticiones hechas</translation>
    </message>
    <message>
        <source>%1 of %2 rounds done</source>
        <translation>%1 de %2 tandas hechas</translation>
    </message>
</context>
</TS>
