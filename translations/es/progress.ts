<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>EditResultDialog</name>
    <message>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Calzado</translation>
    </message>
    <message>
        <source>Barefoot</source>
        <translation>Descalzo</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Con calzado</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Medido desde</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Dedo gordo</translation>
    </message>
    <message>
        <source>Longest toe</source>
        <translation>Dedo más largo</translation>
    </message>
    <message>
        <source>Date and time of the test</source>
        <translation>Fecha y hora de la prueba</translation>
    </message>
    <message>
        <source>Date and time problem</source>
        <translation>Problema con la fecha y hora</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Nota, opcional</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Enter a distance or an angle. To remove the result, delete it.</source>
        <translation>Escribe una distancia o un ángulo. Para quitar el resultado, elimínalo.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No results yet</source>
        <translation>Aún no hay resultados</translation>
    </message>
    <message>
        <source>Your progress appears here after your first knee-to-wall test. It takes a few minutes: face a wall, bend the knee towards it with the heel down, and find the furthest the foot can be from the wall while the knee still touches it. Test both legs.</source>
        <translation>Tu progreso aparecerá aquí después de tu primera prueba rodilla-pared. Lleva unos minutos: ponte de frente a una pared, dobla la rodilla hacia ella con el talón en el suelo y busca hasta dónde puedes alejar el pie de la pared sin que la rodilla deje de tocarla. Haz la prueba con ambas piernas.</translation>
    </message>
    <message>
        <source>Test before you stretch: one session loosens the ankle for a while and would flatter the result. Test again every few weeks. Small changes are within the test&apos;s measurement error; this page tells you when a change is likely real.</source>
        <translation>Haz la prueba antes de estirar: una sesión suelta el tobillo durante un rato y daría un resultado mejor de lo real. Repite la prueba cada pocas semanas. Los cambios pequeños están dentro del error de medición de la prueba; esta página te dice cuándo un cambio es probablemente real.</translation>
    </message>
    <message>
        <source>Do the knee-to-wall test</source>
        <translation>Hacer la prueba rodilla-pared</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <source>Show all results again after zooming or panning</source>
        <translation>Vuelve a mostrar todos los resultados después de ampliar o desplazar la vista</translation>
    </message>
    <message>
        <source>Save report (PDF)…</source>
        <translation>Guardar informe (PDF)…</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Use as baseline</source>
        <translation>Usar como referencia inicial</translation>
    </message>
    <message>
        <source>Compare later results of this leg with the selected one, e.g. after an injury</source>
        <translation>Compara los resultados posteriores de esta pierna con el seleccionado, por ejemplo, tras una lesión</translation>
    </message>
    <message>
        <source>Compare with first results</source>
        <translation>Comparar con los primeros resultados</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Correct the selected result</source>
        <translation>Corrige el resultado seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected result (you can undo it)</source>
        <translation>Elimina el resultado seleccionado (puedes deshacerlo)</translation>
    </message>
    <message>
        <source>Distance (%1)</source>
        <translation>Distancia (%1)</translation>
    </message>
    <message>
        <source>Angle (°)</source>
        <translation>Ángulo (°)</translation>
    </message>
    <message>
        <source>No results of this kind recorded yet</source>
        <translation>Aún no hay resultados de este tipo</translation>
    </message>
    <message>
        <source>Results over time</source>
        <translation>Resultados a lo largo del tiempo</translation>
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
        <source>Baseline ± %1 (measurement error)</source>
        <translation>Referencia inicial ± %1 (error de medición)</translation>
    </message>
    <message>
        <source>Typical adults (context, not a target)</source>
        <translation>Valores habituales en adultos (contexto, no una meta)</translation>
    </message>
    <message>
        <source>ankle-mobility-%1.pdf</source>
        <translation>movilidad-tobillo-%1.pdf</translation>
    </message>
    <message>
        <source>Save progress report</source>
        <translation>Guardar informe de progreso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Choose another folder.</source>
        <translation>No se pudo guardar el informe en %1: %2. Elige otra carpeta.</translation>
    </message>
</context>
<context>
    <name>ProgressPlot</name>
    <message>
        <source>Distance (%1)</source>
        <translation>Distancia (%1)</translation>
    </message>
    <message>
        <source>Angle (°)</source>
        <translation>Ángulo (°)</translation>
    </message>
    <message>
        <source>Left − right (%1); grey band: within %2, the usual difference</source>
        <translation>Izquierda − derecha (%1); banda gris: hasta %2, la diferencia habitual</translation>
    </message>
    <message>
        <source>Practice sessions per week</source>
        <translation>Sesiones de práctica por semana</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Izquierda: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Derecha: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1
Left %2, right %3
Left − right: %4</source>
        <translation>%1
Izquierda %2, derecha %3
Izquierda − derecha: %4</translation>
    </message>
    <message>
        <source>No practice sessions yet</source>
        <translation>Aún no hay sesiones de práctica</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1 — practice sessions: %n</source>
        <translation>
            <numerusform>Semana del %1 — sesiones de práctica: %n</numerusform>
            <numerusform>Semana del %1 — sesiones de práctica: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Test again</source>
        <translation>Repetir la prueba</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <comment>a range: low, high, unit symbol</comment>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Shown only: nothing was stored.</source>
        <translation>Solo se muestra: no se ha guardado nada.</translation>
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
        <source>Shin angle %1 (%2)</source>
        <translation>Ángulo de la espinilla: %1 (%2)</translation>
    </message>
    <message>
        <source>Shin angle %1</source>
        <translation>Ángulo de la espinilla: %1</translation>
    </message>
    <message>
        <source>With a form note: the form check was left empty.</source>
        <translation>Nota sobre la técnica: no se marcó ninguna comprobación.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>With a form note: %1 was not ticked.</source>
        <translation>Nota sobre la técnica: no se marcó %1.</translation>
    </message>
    <message>
        <source>The angles were taken at different places on the shin, so they cannot be compared.</source>
        <translation>Los ángulos se tomaron en sitios distintos de la espinilla, así que no se pueden comparar.</translation>
    </message>
    <message>
        <source>Your legs differ by %1: your left ankle bends less. A difference of more than %2 is worth noting: it is larger than most healthy people show, and larger than the test&apos;s own error.</source>
        <translation>Tus piernas se diferencian en %1: tu tobillo izquierdo se dobla menos. Una diferencia de más de %2 merece tenerse en cuenta: es mayor que la de la mayoría de las personas sanas y mayor que el propio error de la prueba.</translation>
    </message>
    <message>
        <source>Your legs differ by %1: your right ankle bends less. A difference of more than %2 is worth noting: it is larger than most healthy people show, and larger than the test&apos;s own error.</source>
        <translation>Tus piernas se diferencian en %1: tu tobillo derecho se dobla menos. Una diferencia de más de %2 merece tenerse en cuenta: es mayor que la de la mayoría de las personas sanas y mayor que el propio error de la prueba.</translation>
    </message>
    <message>
        <source>Your legs differ by %1. Up to %2 is common in healthy adults and within the test&apos;s own error, so treat your legs as alike.</source>
        <translation>Tus piernas se diferencian en %1. Hasta %2 es habitual en adultos sanos y está dentro del propio error de la prueba, así que considera que no hay una diferencia real entre tus piernas.</translation>
    </message>
    <message>
        <source>both legs are below it</source>
        <translation>ambas piernas están por debajo de ese rango</translation>
    </message>
    <message>
        <source>both legs are within it</source>
        <translation>ambas piernas están dentro de ese rango</translation>
    </message>
    <message>
        <source>both legs are above it</source>
        <translation>ambas piernas están por encima de ese rango</translation>
    </message>
    <message>
        <source>your left leg is below it</source>
        <translation>tu pierna izquierda está por debajo de ese rango</translation>
    </message>
    <message>
        <source>your left leg is within it</source>
        <translation>tu pierna izquierda está dentro de ese rango</translation>
    </message>
    <message>
        <source>your left leg is above it</source>
        <translation>tu pierna izquierda está por encima de ese rango</translation>
    </message>
    <message>
        <source>your right leg is below it</source>
        <translation>tu pierna derecha está por debajo de ese rango</translation>
    </message>
    <message>
        <source>your right leg is within it</source>
        <translation>tu pierna derecha está dentro de ese rango</translation>
    </message>
    <message>
        <source>your right leg is above it</source>
        <translation>tu pierna derecha está por encima de ese rango</translation>
    </message>
    <message>
        <source>These figures come from barefoot tests; shoes raise the heel.</source>
        <translation>Estas cifras vienen de pruebas hechas descalzo; el calzado eleva el talón.</translation>
    </message>
    <message>
        <source>When you test again, a change smaller than %1 (%2 for the shin angle) may be measurement error, so look for a trend over several weeks.</source>
        <translation>Cuando repitas la prueba, un cambio menor de %1 (%2 en el ángulo de la espinilla) puede ser error de medición, así que fíjate en la tendencia a lo largo de varias semanas.</translation>
    </message>
    <message>
        <source>When you test again, a change smaller than %1 may be measurement error, so look for a trend over several weeks.</source>
        <translation>Cuando repitas la prueba, un cambio menor de %1 puede ser error de medición, así que fíjate en la tendencia a lo largo de varias semanas.</translation>
    </message>
    <message>
        <source>Keep the set-up the same: barefoot, from the big toe, at the same wall, before you stretch.</source>
        <translation>Mantén la misma preparación: descalzo, desde el dedo gordo, en la misma pared y antes de estirar.</translation>
    </message>
    <message>
        <source>Keep the set-up the same: barefoot, from the longest toe, at the same wall, before you stretch.</source>
        <translation>Mantén la misma preparación: descalzo, desde el dedo más largo, en la misma pared y antes de estirar.</translation>
    </message>
    <message>
        <source>Keep the set-up the same: in shoes, from the big toe, at the same wall, before you stretch.</source>
        <translation>Mantén la misma preparación: con calzado, desde el dedo gordo, en la misma pared y antes de estirar.</translation>
    </message>
    <message>
        <source>Keep the set-up the same: in shoes, from the longest toe, at the same wall, before you stretch.</source>
        <translation>Mantén la misma preparación: con calzado, desde el dedo más largo, en la misma pared y antes de estirar.</translation>
    </message>
    <message>
        <source>With a form note: %1 were not ticked.</source>
        <translation>Nota sobre la técnica: no se marcaron %1.</translation>
    </message>
    <message>
        <source>Treat this score with care.</source>
        <translation>Toma este resultado con cautela.</translation>
    </message>
    <message>
        <source>Between your legs</source>
        <translation>Comparación entre piernas</translation>
    </message>
    <message>
        <source>You tested one leg. Test both next time: the difference between your legs often tells more than either score.</source>
        <translation>Has hecho la prueba con una sola pierna. La próxima vez hazla con ambas: la diferencia entre tus piernas suele decir más que cada resultado por separado.</translation>
    </message>
    <message>
        <source>Between your shin angles</source>
        <translation>Comparación de los ángulos de la espinilla</translation>
    </message>
    <message>
        <source>Both legs scored the same.</source>
        <translation>Ambas piernas obtuvieron el mismo resultado.</translation>
    </message>
    <message>
        <source>Compared with other adults</source>
        <translation>En comparación con otros adultos</translation>
    </message>
    <message>
        <source>Many healthy adults score about %1; %2. This is a guide, not a pass mark: people differ, and your own trend over time matters more.</source>
        <translation>Muchos adultos sanos obtienen unos %1; %2. Es una orientación, no una nota para aprobar: cada persona es distinta, y tu propia evolución con el tiempo importa más.</translation>
    </message>
    <message>
        <source>Shin angles in this test are typically about %1–%2, depending on where the inclinometer sits; %3.</source>
        <translation>En esta prueba, el ángulo de la espinilla suele rondar %1–%2, según dónde se coloque el inclinómetro; %3.</translation>
    </message>
    <message>
        <source>Your shin angle</source>
        <translation>Tu ángulo de la espinilla</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>La próxima vez</translation>
    </message>
</context>
<context>
    <name>ResultsEditor</name>
    <message>
        <source>What just changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Rehacer el cambio</translation>
    </message>
    <message>
        <source>Deleted the left-leg result of %1.</source>
        <translation>Se eliminó el resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Undone: delete the left-leg result of %1.</source>
        <translation>Deshecho: se recuperó el resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Redone: delete the left-leg result of %1.</source>
        <translation>Rehecho: se eliminó de nuevo el resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Deleted the right-leg result of %1.</source>
        <translation>Se eliminó el resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>Undone: delete the right-leg result of %1.</source>
        <translation>Deshecho: se recuperó el resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>Redone: delete the right-leg result of %1.</source>
        <translation>Rehecho: se eliminó de nuevo el resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>Changed the left-leg result of %1.</source>
        <translation>Se cambió el resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Undone: change the left-leg result of %1.</source>
        <translation>Deshecho: se anuló el cambio del resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Redone: change the left-leg result of %1.</source>
        <translation>Rehecho: se volvió a cambiar el resultado de la pierna izquierda del %1.</translation>
    </message>
    <message>
        <source>Changed the right-leg result of %1.</source>
        <translation>Se cambió el resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>Undone: change the right-leg result of %1.</source>
        <translation>Deshecho: se anuló el cambio del resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>Redone: change the right-leg result of %1.</source>
        <translation>Rehecho: se volvió a cambiar el resultado de la pierna derecha del %1.</translation>
    </message>
    <message>
        <source>That result was changed elsewhere, so this cannot be undone.</source>
        <translation>Ese resultado se cambió en otro sitio, así que esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>That result is no longer stored; it may have been deleted elsewhere.</source>
        <translation>Ese resultado ya no está guardado; puede que se haya eliminado en otro sitio.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Distance (%1)</source>
        <translation>Distancia (%1)</translation>
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
        <source>● Left</source>
        <translation>● Izquierda</translation>
    </message>
    <message>
        <source>▲ Right</source>
        <translation>▲ Derecha</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ResultsTable</name>
    <message>
        <source>All results, newest first</source>
        <translation>Todos los resultados, del más reciente al más antiguo</translation>
    </message>
</context>
<context>
    <name>SideForm</name>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Toe to wall, %1</source>
        <translation>Del dedo a la pared, %1</translation>
    </message>
    <message>
        <source>Trial %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>%1, trial %2, distance in %3</source>
        <translation>%1, intento %2, distancia en %3</translation>
    </message>
    <message>
        <source>%1, distance problem</source>
        <translation>%1, problema con la distancia</translation>
    </message>
    <message>
        <source>Shin angle, degrees (optional)</source>
        <translation>Ángulo de la espinilla en grados (opcional)</translation>
    </message>
    <message>
        <source>%1, shin angle in degrees, optional</source>
        <translation>%1, ángulo de la espinilla en grados, opcional</translation>
    </message>
    <message>
        <source>%1, angle problem</source>
        <translation>%1, problema con el ángulo</translation>
    </message>
    <message>
        <source>%1, where the inclinometer sat</source>
        <translation>%1, dónde estaba el inclinómetro</translation>
    </message>
    <message>
        <source>Where did the inclinometer sit?</source>
        <translation>¿Dónde estaba el inclinómetro?</translation>
    </message>
    <message>
        <source>%1, inclinometer problem</source>
        <translation>%1, problema con el inclinómetro</translation>
    </message>
    <message>
        <source>Form check</source>
        <translation>Comprobación de la técnica</translation>
    </message>
    <message>
        <source>%1, result</source>
        <translation>%1, resultado</translation>
    </message>
    <message>
        <source>This value has a problem: see the message under the field</source>
        <translation>Este valor tiene un problema: mira el mensaje debajo del campo</translation>
    </message>
    <message>
        <source>Trial %1: %2</source>
        <translation>Intento %1: %2</translation>
    </message>
    <message>
        <source>Choose where the inclinometer sat: the angle depends on it.</source>
        <translation>Elige dónde estaba el inclinómetro: el ángulo depende de ello.</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Resultado: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TestForm</name>
    <message>
        <source>%1: %2</source>
        <comment>group, choice</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 trial</source>
        <translation>1 intento</translation>
    </message>
    <message>
        <source>mean of %1 trials</source>
        <translation>media de %1 intentos</translation>
    </message>
    <message>
        <source>best of %1 trials</source>
        <translation>mejor de %1 intentos</translation>
    </message>
    <message>
        <source>15 cm below the bump under the knee cap</source>
        <translation>15 cm por debajo del bulto bajo la rótula</translation>
    </message>
    <message>
        <source>On the bump just below the knee cap</source>
        <translation>Sobre el bulto justo debajo de la rótula</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <source>Heel stayed down</source>
        <translation>El talón no se levantó</translation>
    </message>
    <message>
        <source>Knee in line with the toes</source>
        <translation>Rodilla alineada con los dedos del pie</translation>
    </message>
    <message>
        <source>Arch did not collapse</source>
        <translation>El arco no se hundió</translation>
    </message>
</context>
<context>
    <name>TestPage</name>
    <message>
        <source>Knee-to-wall test</source>
        <translation>Prueba rodilla-pared</translation>
    </message>
    <message>
        <source>Test both legs, before you stretch.</source>
        <translation>Haz la prueba con ambas piernas, antes de estirar.</translation>
    </message>
    <message>
        <source>How to set up</source>
        <translation>Cómo prepararte</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Stay safe</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Your set-up</source>
        <translation>Tu preparación</translation>
    </message>
    <message>
        <source>Footwear</source>
        <translation>Calzado</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Medido desde</translation>
    </message>
    <message>
        <source>Barefoot</source>
        <translation>Descalzo</translation>
    </message>
    <message>
        <source>Shoes</source>
        <translation>Con calzado</translation>
    </message>
    <message>
        <source>Big toe</source>
        <translation>Dedo gordo</translation>
    </message>
    <message>
        <source>Longest toe</source>
        <translation>Dedo más largo</translation>
    </message>
    <message>
        <source>Your trials</source>
        <translation>Tus intentos</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n trials on each leg; the result is the mean of the trials you enter.</source>
        <translation>
            <numerusform>Hasta %n intento en cada pierna; el resultado es el valor que escribas.</numerusform>
            <numerusform>Hasta %n intentos en cada pierna; el resultado es la media de los intentos que escribas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n trials on each leg; the result is the best of the trials you enter.</source>
        <translation>
            <numerusform>Hasta %n intento en cada pierna; el resultado es el valor que escribas.</numerusform>
            <numerusform>Hasta %n intentos en cada pierna; el resultado es el mejor de los intentos que escribas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last time you tested barefoot, measuring from the big toe.</source>
        <translation>La última vez hiciste la prueba descalzo, midiendo desde el dedo gordo.</translation>
    </message>
    <message>
        <source>Last time you tested barefoot, measuring from the longest toe.</source>
        <translation>La última vez hiciste la prueba descalzo, midiendo desde el dedo más largo.</translation>
    </message>
    <message>
        <source>Last time you tested in shoes, measuring from the big toe.</source>
        <translation>La última vez hiciste la prueba con calzado, midiendo desde el dedo gordo.</translation>
    </message>
    <message>
        <source>Last time you tested in shoes, measuring from the longest toe.</source>
        <translation>La última vez hiciste la prueba con calzado, midiendo desde el dedo más largo.</translation>
    </message>
    <message>
        <source>Keep the same set-up and the same wall as last time, so your results compare.</source>
        <translation>Usa la misma preparación y la misma pared que la última vez, para que tus resultados se puedan comparar.</translation>
    </message>
    <message>
        <source>When and notes</source>
        <translation>Fecha y notas</translation>
    </message>
    <message>
        <source>Date and time of the test</source>
        <translation>Fecha y hora de la prueba</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Date and time problem</source>
        <translation>Problema con la fecha y hora</translation>
    </message>
    <message>
        <source>For example: morning, after a long walk</source>
        <translation>Por ejemplo: por la mañana, tras un paseo largo</translation>
    </message>
    <message>
        <source>Note, optional</source>
        <translation>Nota, opcional</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>Show my result</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Use the same wall, the same toe and the same footwear every time, so your results compare.</source>
        <translation>Usa siempre la misma pared, el mismo dedo y el mismo calzado, para que tus resultados se puedan comparar.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your entries are still here.</source>
        <translation>No se ha guardado: %1 Lo que escribiste sigue aquí.</translation>
    </message>
</context>
</TS>
