<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnkleTest</name>
    <message>
        <source>← All exercises</source>
        <translation>← Todos los ejercicios</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atrás</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Enter my numbers →</source>
        <translation>Anotar mis medidas →</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>← How to measure</source>
        <translation>← Cómo medir</translation>
    </message>
    <message>
        <source>Your numbers</source>
        <translation>Tus medidas</translation>
    </message>
    <message>
        <source>Toe-to-wall distance in cm, one leg or both. Press a leg, then type.</source>
        <translation>Distancia del dedo gordo a la pared, en cm, de una o ambas piernas. Toca una y escribe.</translation>
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
        <source>Show my result</source>
        <translation>Ver mi resultado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <source>Scan to take it home. The code holds only this text: no name, and nothing is kept here.</source>
        <translation>Escanéalo para llevártelo a casa. El código solo contiene este texto: ningún nombre, y aquí no se guarda nada.</translation>
    </message>
    <message>
        <source>Measure again</source>
        <translation>Medir otra vez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>AttractView</name>
    <message>
        <source>Start screen</source>
        <translation>Pantalla de inicio</translation>
    </message>
    <message>
        <source>Touch the screen or press any key to start.</source>
        <translation>Toca la pantalla o pulsa cualquier tecla para empezar.</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Toca la pantalla para empezar</translation>
    </message>
</context>
<context>
    <name>ExerciseView</name>
    <message>
        <source>← All exercises</source>
        <translation>← Todos los ejercicios</translation>
    </message>
    <message>
        <source>Start: follow along for %1</source>
        <translation>Empezar: sigue la guía durante %1</translation>
    </message>
    <message>
        <source>Start: %1 on each leg</source>
        <translation>Empezar: %1 con cada pierna</translation>
    </message>
    <message>
        <source>Start: hold for %1</source>
        <translation>Empezar: mantén durante %1</translation>
    </message>
</context>
<context>
    <name>GuidedHold</name>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Do it again</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Back to the exercises</source>
        <translation>Volver a los ejercicios</translation>
    </message>
    <message>
        <source>Good start</source>
        <translation>Buen comienzo</translation>
    </message>
    <message>
        <source>Try the whole hold whenever you are ready.</source>
        <translation>Haz el mantenimiento completo cuando quieras.</translation>
    </message>
    <message>
        <source>At home, do the full routine for this exercise on most days.</source>
        <translation>En casa, haz la rutina completa de este ejercicio casi todos los días.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Clear everything and go back</source>
        <translation>Borrar todo y volver al inicio</translation>
    </message>
    <message>
        <source>Try the ankle test</source>
        <translation>Haz la prueba de tobillo</translation>
    </message>
    <message>
        <source>How far does your ankle bend? About 3 minutes.</source>
        <translation>¿Cuánto se dobla tu tobillo? Unos 3 minutos.</translation>
    </message>
    <message>
        <source>Choose an exercise to learn</source>
        <translation>Elige un ejercicio para aprender</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Separador decimal</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>Set one with `mobility-app kiosk-pin` (it reads the PIN on standard input and prints a `pin_hash = &quot;…&quot;` line), then paste that line into %1.</source>
        <translation>Crea uno con `mobility-app kiosk-pin` (lee el PIN de la entrada estándar e imprime una línea `pin_hash = &quot;…&quot;`) y pega esa línea en %1.</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
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
        <source>must be a number of seconds, not %1 (%2)</source>
        <translation>debe ser un número de segundos, no %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3 seconds</source>
        <translation>%1 está fuera de %2–%3 segundos</translation>
    </message>
    <message>
        <source>must be a list of exercise ids, not %1 (%2)</source>
        <translation>debe ser una lista de identificadores de ejercicio, no %1 (%2)</translation>
    </message>
    <message>
        <source>is empty; leave the key out to show every exercise</source>
        <translation>no tiene ningún ejercicio; quita la clave para mostrarlos todos</translation>
    </message>
    <message>
        <source>%1 is not an exercise id such as &quot;wall-lean&quot;</source>
        <translation>%1 no es un identificador de ejercicio como &quot;wall-lean&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>&apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>must be the path of an image file, not %1 (%2)</source>
        <translation>debe ser la ruta de un archivo de imagen, no %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image</source>
        <translation>%1 no es una imagen PNG, JPEG ni SVG</translation>
    </message>
    <message>
        <source>there is no file %1</source>
        <translation>no existe el archivo %1</translation>
    </message>
    <message>
        <source>must be the text printed by `mobility-app kiosk-pin`, not %1 (%2)</source>
        <translation>debe ser el texto que imprime `mobility-app kiosk-pin`, no %1 (%2)</translation>
    </message>
    <message>
        <source>the kiosk config</source>
        <translation>la configuración del quiosco</translation>
    </message>
    <message>
        <source>no PIN is set, and the kiosk cannot start without a way for staff to leave it. %1</source>
        <translation>no hay ningún PIN, y el quiosco no puede arrancar sin una forma de que el personal salga de él. %1</translation>
    </message>
    <message>
        <source>the config</source>
        <translation>la configuración</translation>
    </message>
    <message>
        <source>is not a kiosk setting; did you mean %1? (known: %2)</source>
        <translation>no es un ajuste del quiosco; ¿querías decir %1? (conocidos: %2)</translation>
    </message>
    <message>
        <source>is not a kiosk setting (known: %1)</source>
        <translation>no es un ajuste del quiosco (conocidos: %1)</translation>
    </message>
    <message>
        <source>must be text, not %1 (%2)</source>
        <translation>debe ser texto, no %1 (%2)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>must be true or false, not %1 (%2)</source>
        <translation>debe ser true o false, no %1 (%2)</translation>
    </message>
    <message>
        <source>must be a language tag such as &quot;en&quot; or &quot;es&quot;, not %1 (%2)</source>
        <translation>debe ser una etiqueta de idioma como &quot;en&quot; o &quot;es&quot;, no %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a language tag such as &quot;en&quot; or &quot;es&quot;</source>
        <translation>%1 no es una etiqueta de idioma como &quot;en&quot; o &quot;es&quot;</translation>
    </message>
    <message>
        <source>there is no kiosk config here. Create it from packaging/kiosk/kiosk.toml; it needs at least a pin_hash. %1</source>
        <translation>aquí no hay configuración del quiosco. Créala a partir de packaging/kiosk/kiosk.toml; necesita al menos un pin_hash. %1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not valid TOML: %1</source>
        <translation>no es TOML válido: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a test, not an exercise; ankle_test = true shows it</source>
        <translation>&apos;%1&apos; es una prueba, no un ejercicio; ankle_test = true la muestra</translation>
    </message>
    <message>
        <source>there is no exercise &apos;%1&apos; (available: %2)</source>
        <translation>no existe el ejercicio &apos;%1&apos; (disponibles: %2)</translation>
    </message>
    <message>
        <source>is not a PIN hash made by `mobility-app kiosk-pin` (scrypt$n$r$p$salt$hash)</source>
        <translation>no es un hash de PIN creado por `mobility-app kiosk-pin` (scrypt$n$r$p$salt$hash)</translation>
    </message>
    <message>
        <source>has scrypt costs that are not whole numbers</source>
        <translation>tiene costes de scrypt que no son números enteros</translation>
    </message>
    <message>
        <source>has n=%1; scrypt needs a power of 2 from 2^10 to 2^20</source>
        <translation>tiene n=%1; scrypt necesita una potencia de 2 entre 2^10 y 2^20</translation>
    </message>
    <message>
        <source>has r=%1, p=%2; allowed are r 1–32 and p 1–16</source>
        <translation>tiene r=%1, p=%2; se permiten r 1–32 y p 1–16</translation>
    </message>
    <message>
        <source>asks scrypt for more than 256 MiB of memory</source>
        <translation>pide a scrypt más de 256 MiB de memoria</translation>
    </message>
    <message>
        <source>has a salt or hash that is not base64</source>
        <translation>tiene una sal o un hash que no está en base64</translation>
    </message>
    <message>
        <source>has a salt or hash that is too short</source>
        <translation>tiene una sal o un hash demasiado cortos</translation>
    </message>
</context>
<context>
    <name>KioskLook</name>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
</context>
<context>
    <name>KioskResult</name>
    <message>
        <source>Left leg: %1 cm</source>
        <translation>Pierna izquierda: %1 cm</translation>
    </message>
    <message>
        <source>Right leg: %1 cm</source>
        <translation>Pierna derecha: %1 cm</translation>
    </message>
    <message>
        <source>Within the %1–%2 cm that many healthy adults reach.</source>
        <translation>Dentro de los %1–%2 cm que alcanzan muchos adultos sanos.</translation>
    </message>
    <message>
        <source>Below the %1–%2 cm that many healthy adults reach. The exercises here can help; if it stays low or hurts, ask a physiotherapist.</source>
        <translation>Por debajo de los %1–%2 cm que alcanzan muchos adultos sanos. Los ejercicios de aquí pueden ayudar; si sigue bajo o te duele, consulta a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>Above the %1–%2 cm that many healthy adults reach.</source>
        <translation>Por encima de los %1–%2 cm que alcanzan muchos adultos sanos.</translation>
    </message>
    <message>
        <source>Your legs differ by %1 cm, more than the %2 cm worth noting: the left leg moves less.</source>
        <translation>Entre tus piernas hay %1 cm de diferencia; más de %2 cm merece tenerse en cuenta. La pierna izquierda se mueve menos.</translation>
    </message>
    <message>
        <source>Your legs differ by %1 cm, more than the %2 cm worth noting: the right leg moves less.</source>
        <translation>Entre tus piernas hay %1 cm de diferencia; más de %2 cm merece tenerse en cuenta. La pierna derecha se mueve menos.</translation>
    </message>
    <message>
        <source>Your legs differ by %1 cm, within the %2 cm that is usual.</source>
        <translation>Entre tus piernas hay %1 cm de diferencia, dentro de los %2 cm habituales.</translation>
    </message>
    <message>
        <source>One try per leg is a quick check. At home, do three tries per leg and take the average; a change of less than %1 cm between tests can be measurement error.</source>
        <translation>Un intento por pierna es una comprobación rápida. En casa, haz tres intentos por pierna y calcula la media; un cambio de menos de %1 cm entre pruebas puede ser error de medición.</translation>
    </message>
    <message>
        <source>Knee-to-wall %1: left %2 cm, right %3 cm; difference %4 cm.</source>
        <translation>Prueba rodilla-pared %1: izquierda %2 cm, derecha %3 cm; diferencia %4 cm.</translation>
    </message>
    <message>
        <source>Knee-to-wall %1: left %2 cm.</source>
        <translation>Prueba rodilla-pared %1: izquierda %2 cm.</translation>
    </message>
    <message>
        <source>Knee-to-wall %1: right %2 cm.</source>
        <translation>Prueba rodilla-pared %1: derecha %2 cm.</translation>
    </message>
    <message>
        <source>Typical adults %1-%2 cm.</source>
        <translation>Habitual en adultos: %1-%2 cm.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ankle Mobility kiosk</source>
        <translation>Quiosco de Movilidad de tobillo</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Show the kiosk in this language</source>
        <translation>Mostrar el quiosco en este idioma</translation>
    </message>
    <message>
        <source>The language shown now</source>
        <translation>El idioma que se muestra ahora</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <source>Type the PIN to close the kiosk.</source>
        <translation>Escribe el PIN para cerrar el quiosco.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the pad locks.</source>
        <translation>
            <numerusform>PIN incorrecto. Te queda %n intento antes de que se bloquee el teclado.</numerusform>
            <numerusform>PIN incorrecto. Te quedan %n intentos antes de que se bloquee el teclado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. The pad is locked for %n more seconds.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos. El teclado queda bloqueado %n segundo más.</numerusform>
            <numerusform>Demasiados PIN incorrectos. El teclado queda bloqueado %n segundos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pad is unlocked. Type the PIN.</source>
        <translation>El teclado está desbloqueado. Escribe el PIN.</translation>
    </message>
</context>
<context>
    <name>QrCodeView</name>
    <message>
        <source>QR code of your result</source>
        <translation>Código QR de tu resultado</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <source>Still there? Press to carry on.</source>
        <translation>¿Sigues ahí? Pulsa para continuar.</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>Touch anywhere to carry on. Otherwise everything you entered is cleared.</source>
        <translation>Toca en cualquier sitio para seguir. Si no, se borrará todo lo que has escrito.</translation>
    </message>
</context>
<context>
    <name>_Field</name>
    <message>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
