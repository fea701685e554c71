<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>exercise:ankle-circles</name>
    <message>
        <source>Ankle circles</source>
        <translation>Círculos de tobillo</translation>
    </message>
    <message>
        <source>Ankle joint warm-up through its whole circle of movement</source>
        <translation>Calentamiento del tobillo en todo su círculo de movimiento</translation>
    </message>
    <message>
        <source>Slow circles move your ankle up, down, in and out in one smooth path. They warm the joint up before the stretches and can ease the stiff feeling you get after sitting for a long time. A roll under the ankle lifts your heel clear of the floor, so your foot can move freely.</source>
        <translation>Los círculos lentos mueven el tobillo hacia arriba, hacia abajo, hacia dentro y hacia fuera en un solo recorrido suave. Calientan la articulación antes de los estiramientos y pueden aliviar la rigidez que notas después de pasar mucho tiempo sentado. Un rollo bajo el tobillo separa el talón del suelo para que el pie pueda moverse con libertad.</translation>
    </message>
    <message>
        <source>Ankle and foot joints</source>
        <translation>Articulaciones del tobillo y del pie</translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation>Tibial anterior</translation>
    </message>
    <message>
        <source>Calf muscles (gastrocnemius and soleus)</source>
        <translation>Músculos de la pantorrilla (gastrocnemio y sóleo)</translation>
    </message>
    <message>
        <source>Peroneal muscles</source>
        <translation>Músculos peroneos</translation>
    </message>
    <message>
        <source>Rolled-up towel or small foam roller</source>
        <translation>Toalla enrollada o rodillo de espuma pequeño</translation>
    </message>
    <message>
        <source>Exercise mat (optional)</source>
        <translation>Colchoneta (opcional)</translation>
    </message>
    <message>
        <source>Sit on the floor with both legs stretched long.</source>
        <translation>Siéntate en el suelo con ambas piernas estiradas.</translation>
    </message>
    <message>
        <source>Put a rolled-up towel or small foam roller under the ankle you are working.</source>
        <translation>Coloca una toalla enrollada o un rodillo de espuma pequeño debajo del tobillo que vas a trabajar.</translation>
    </message>
    <message>
        <source>Place your hands on the floor behind your hips to prop yourself up.</source>
        <translation>Apoya las manos en el suelo detrás de las caderas para sostenerte.</translation>
    </message>
    <message>
        <source>Draw slow, wide circles with your foot, moving only at the ankle.</source>
        <translation>Dibuja círculos lentos y amplios con el pie, moviendo solo el tobillo.</translation>
    </message>
    <message>
        <source>Keep circling clockwise until the timer ends.</source>
        <translation>Sigue girando en el sentido de las agujas del reloj hasta que termine el tiempo.</translation>
    </message>
    <message>
        <source>Change direction and circle anticlockwise for the same time.</source>
        <translation>Cambia de sentido y gira en sentido contrario a las agujas del reloj durante el mismo tiempo.</translation>
    </message>
    <message>
        <source>Move the roll under your other ankle and repeat both directions.</source>
        <translation>Pasa el rollo debajo del otro tobillo y repite en ambos sentidos.</translation>
    </message>
    <message>
        <source>Make each circle as big as feels comfortable.</source>
        <translation>Haz cada círculo tan grande como te resulte cómodo.</translation>
    </message>
    <message>
        <source>Your leg stays still; only the foot moves.</source>
        <translation>La pierna se queda quieta; solo se mueve el pie.</translation>
    </message>
    <message>
        <source>At the top of the circle, pull your toes up toward your shin.</source>
        <translation>En la parte alta del círculo, lleva los dedos del pie hacia la espinilla.</translation>
    </message>
    <message>
        <source>Keep an even, unhurried pace.</source>
        <translation>Mantén un ritmo constante y sin prisa.</translation>
    </message>
    <message>
        <source>Turning the whole leg from the hip. Keep your kneecap pointing at the ceiling and move only the foot.</source>
        <translation>Girar toda la pierna desde la cadera. Mantén la rótula apuntando al techo y mueve solo el pie.</translation>
    </message>
    <message>
        <source>Small, quick circles. Slow down and reach further in every direction.</source>
        <translation>Hacer círculos pequeños y rápidos. Ve más despacio y llega más lejos en todas las direcciones.</translation>
    </message>
    <message>
        <source>Slumping backward. Keep your hands planted and your chest lifted.</source>
        <translation>Dejarse caer hacia atrás. Mantén las manos bien apoyadas y el pecho levantado.</translation>
    </message>
    <message>
        <source>Curling your toes tightly. Relax them and lead the circle with the whole foot.</source>
        <translation>Encoger con fuerza los dedos del pie. Relájalos y guía el círculo con todo el pie.</translation>
    </message>
    <message>
        <source>Stop if a circle causes sharp pain, numbness or tingling.</source>
        <translation>Detente si un círculo te causa dolor agudo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <source>Keep the movement smooth. Do not jerk the foot or force it at the edge of the range.</source>
        <translation>Haz el movimiento con suavidad. No des tirones con el pie ni lo fuerces al final del recorrido.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Consulta primero a un fisioterapeuta o a un médico si tienes una lesión reciente, una operación reciente o dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (20–30 s in each direction)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (20–30 s en cada sentido)</translation>
    </message>
    <message>
        <source>25 s in each direction, the middle of the 20–30 s given in the source article, then the other foot. This is a warm-up, so the dose follows the article rather than a trial.</source>
        <translation>25 s en cada sentido, el punto medio de los 20–30 s que indica el artículo de origen, y después el otro pie. Es un calentamiento, así que la dosis sigue el artículo y no un ensayo clínico.</translation>
    </message>
    <message>
        <source>Clockwise</source>
        <translation>Sentido horario</translation>
    </message>
    <message>
        <source>Anticlockwise</source>
        <translation>Sentido antihorario</translation>
    </message>
    <message>
        <source>Rest your ankle on the rolled towel</source>
        <translation>Apoya el tobillo en la toalla enrollada</translation>
    </message>
    <message>
        <source>Draw slow circles with your toes</source>
        <translation>Dibuja círculos lentos con los dedos</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Now circle the other way</source>
        <translation>Ahora gira en el otro sentido</translation>
    </message>
    <message>
        <source>Relax your foot</source>
        <translation>Relaja el pie</translation>
    </message>
</context>
<context>
    <name>exercise:calf-raise</name>
    <message>
        <source>Bodyweight calf raise</source>
        <translation>Elevación de talones en un escalón</translation>
    </message>
    <message>
        <source>Calf strength and end-range ankle stretch on a step edge</source>
        <translation>Fuerza de pantorrilla y estiramiento máximo del tobillo en un escalón</translation>
    </message>
    <message>
        <source>Rising onto your toes strengthens the calf muscles, which help steady the ankle. Lowering slowly until your heels sink below the step takes the ankle into dorsiflexion under control, so one movement both strengthens and stretches. A review of trials found that heel-raise exercise improves dorsiflexion by a modest amount (Young et al. 2013).</source>
        <translation>Subir de puntillas fortalece los músculos de la pantorrilla, que ayudan a dar estabilidad al tobillo. Bajar despacio hasta que los talones queden por debajo del escalón lleva el tobillo a la dorsiflexión de forma controlada, así que un mismo movimiento fortalece y estira a la vez. Una revisión de ensayos clínicos encontró que el ejercicio de elevación de talones mejora la dorsiflexión en una medida modesta (Young et al. 2013).</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Ankle joint (dorsiflexion)</source>
        <translation>Articulación del tobillo (dorsiflexión)</translation>
    </message>
    <message>
        <source>A sturdy step or stair</source>
        <translation>Un escalón o una escalera firme</translation>
    </message>
    <message>
        <source>A rail or wall to hold for balance</source>
        <translation>Una barandilla o una pared donde sujetarte</translation>
    </message>
    <message>
        <source>Stand on a sturdy step and hold a rail or wall.</source>
        <translation>Ponte de pie en un escalón firme y sujétate a una barandilla o a la pared.</translation>
    </message>
    <message>
        <source>Move your feet back until only the balls of your feet are on the step.</source>
        <translation>Lleva los pies hacia atrás hasta que solo la parte delantera de la planta quede sobre el escalón.</translation>
    </message>
    <message>
        <source>Place your feet hip-width apart, toes facing straight ahead.</source>
        <translation>Separa los pies a la anchura de las caderas, con los dedos mirando hacia delante.</translation>
    </message>
    <message>
        <source>Push up onto your toes as high as you can.</source>
        <translation>Sube de puntillas lo más alto que puedas.</translation>
    </message>
    <message>
        <source>Pause for a moment at the top.</source>
        <translation>Haz una breve pausa arriba.</translation>
    </message>
    <message>
        <source>Lower slowly until your heels sink below the level of the step.</source>
        <translation>Baja despacio hasta que los talones queden por debajo del nivel del escalón.</translation>
    </message>
    <message>
        <source>Pause in the stretch at the bottom.</source>
        <translation>Haz una pausa abajo, en el estiramiento.</translation>
    </message>
    <message>
        <source>Repeat for the set, then rest before the second set.</source>
        <translation>Repite hasta completar la serie y descansa antes de la segunda serie.</translation>
    </message>
    <message>
        <source>Press up through the big-toe side of each foot.</source>
        <translation>Empuja hacia arriba con el lado del dedo gordo de cada pie.</translation>
    </message>
    <message>
        <source>Count three on the way down.</source>
        <translation>Cuenta hasta tres al bajar.</translation>
    </message>
    <message>
        <source>Feel the calf and Achilles lengthen at the bottom.</source>
        <translation>Abajo, nota cómo se estiran la pantorrilla y el tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Knees straight but not locked.</source>
        <translation>Rodillas estiradas, pero sin bloquearlas.</translation>
    </message>
    <message>
        <source>Dropping fast into the bottom. Take about 3 s to lower and stop where the stretch is strong but comfortable.</source>
        <translation>Dejarse caer rápido hasta abajo. Tarda unos 3 s en bajar y detente donde el estiramiento sea intenso pero cómodo.</translation>
    </message>
    <message>
        <source>Rolling onto the outer edge of the foot. Keep pressure through the big toe so each heel rises straight up.</source>
        <translation>Apoyarse en el borde externo del pie. Mantén la presión en el dedo gordo para que cada talón suba en línea recta.</translation>
    </message>
    <message>
        <source>Bouncing at the bottom. Pause still in the stretch before you rise again.</source>
        <translation>Rebotar abajo. Haz una pausa sin moverte en el estiramiento antes de volver a subir.</translation>
    </message>
    <message>
        <source>Standing too far back on the step. Keep the whole ball of each foot on the step so you cannot slip off.</source>
        <translation>Colocarse demasiado atrás en el escalón. Mantén toda la parte delantera de cada pie sobre el escalón para no resbalar.</translation>
    </message>
    <message>
        <source>Hold a rail or wall the whole time. A slip off a step can cause a fall.</source>
        <translation>Sujétate a una barandilla o a la pared todo el tiempo. Resbalar de un escalón puede provocar una caída.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain in the heel, calf or Achilles, or any numbness or tingling.</source>
        <translation>Detente si sientes dolor agudo en el talón, la pantorrilla o el tendón de Aquiles, o cualquier entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <source>Lower only as far as is comfortable. Never force your heels down or bounce.</source>
        <translation>Baja solo hasta donde te resulte cómodo. Nunca fuerces los talones hacia abajo ni rebotes.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle or Achilles pain.</source>
        <translation>Antes, consulta a un fisioterapeuta o a un médico si has tenido una lesión o una operación recientes, o si tienes dolor persistente en el tobillo o en el tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (2 sets of 10–15)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (2 series de 10–15)</translation>
    </message>
    <message>
        <source>Young et al. 2013, J Foot Ankle Res (heel-raise exercise: SMD about 0.7 for dorsiflexion)</source>
        <translation>Young et al. 2013, J Foot Ankle Res (ejercicio de elevación de talones: diferencia de medias estandarizada de aproximadamente 0,7 en la dorsiflexión)</translation>
    </message>
    <message>
        <source>Two sets of 12, within the 10–15 given in the source article. A slow 3 s lowering keeps you in control as the heels drop below the step. Heel-raise exercise improved dorsiflexion with an effect size of about 0.7 in a review of trials (Young et al. 2013).</source>
        <translation>Dos series de 12, dentro de las 10–15 que indica el artículo de origen. Bajar despacio en 3 s te ayuda a mantener el control mientras los talones descienden por debajo del escalón. En una revisión de ensayos clínicos, el ejercicio de elevación de talones mejoró la dorsiflexión con un tamaño del efecto de aproximadamente 0,7 (Young et al. 2013).</translation>
    </message>
    <message>
        <source>Rise onto your toes</source>
        <translation>Sube de puntillas</translation>
    </message>
    <message>
        <source>Pause at the top</source>
        <translation>Pausa arriba</translation>
    </message>
    <message>
        <source>Lower slowly</source>
        <translation>Baja despacio</translation>
    </message>
    <message>
        <source>Pause in the stretch</source>
        <translation>Pausa en el estiramiento</translation>
    </message>
    <message>
        <source>Push up onto your toes</source>
        <translation>Sube de puntillas</translation>
    </message>
    <message>
        <source>Lower slowly, heels below the step</source>
        <translation>Baja despacio, talones bajo el escalón</translation>
    </message>
</context>
<context>
    <name>exercise:deep-squat</name>
    <message>
        <source>Deep squat hold</source>
        <translation>Sentadilla profunda sostenida</translation>
    </message>
    <message>
        <source>Ankle, calf and hip mobility in a held bottom squat</source>
        <translation>Movilidad de tobillo, pantorrilla y cadera en sentadilla profunda mantenida</translation>
    </message>
    <message>
        <source>A deep squat only works if your shins can tip well forward over your feet, so it asks for a lot of ankle dorsiflexion as well as hip bend. Resting in the bottom position with your heels down lets your ankles and calves settle into that range. Practised often, the squat gets lower and more comfortable over the weeks.</source>
        <translation>Una sentadilla profunda solo es posible si las espinillas pueden inclinarse bastante hacia delante sobre los pies, así que exige mucha dorsiflexión de tobillo, además de flexión de cadera. Quedarte en la posición baja con los talones apoyados permite que los tobillos y las pantorrillas se vayan adaptando a ese recorrido. Si la practicas a menudo, con las semanas la sentadilla será más baja y más cómoda.</translation>
    </message>
    <message>
        <source>Ankle joint (dorsiflexion)</source>
        <translation>Articulación del tobillo (dorsiflexión)</translation>
    </message>
    <message>
        <source>Soleus and Achilles tendon</source>
        <translation>Sóleo y tendón de Aquiles</translation>
    </message>
    <message>
        <source>Hips and glutes</source>
        <translation>Caderas y glúteos</translation>
    </message>
    <message>
        <source>Stand with your feet shoulder-width apart.</source>
        <translation>Ponte de pie con los pies separados a la anchura de los hombros.</translation>
    </message>
    <message>
        <source>Turn your toes out a little.</source>
        <translation>Gira un poco las puntas de los pies hacia fuera.</translation>
    </message>
    <message>
        <source>Reach both arms straight ahead, level with the floor.</source>
        <translation>Estira ambos brazos hacia delante, paralelos al suelo.</translation>
    </message>
    <message>
        <source>Lift your chest and look forward.</source>
        <translation>Levanta el pecho y mira al frente.</translation>
    </message>
    <message>
        <source>Send your hips back and down to sink into the squat.</source>
        <translation>Lleva las caderas hacia atrás y hacia abajo para bajar a la sentadilla.</translation>
    </message>
    <message>
        <source>Stop at the lowest point where both heels still rest flat on the floor.</source>
        <translation>Detente en el punto más bajo en el que ambos talones sigan bien apoyados en el suelo.</translation>
    </message>
    <message>
        <source>Stay there for the set time and breathe steadily.</source>
        <translation>Quédate ahí el tiempo indicado y respira con calma.</translation>
    </message>
    <message>
        <source>Press through your heels to stand up again.</source>
        <translation>Empuja con los talones para volver a ponerte de pie.</translation>
    </message>
    <message>
        <source>Heels stay heavy on the floor the whole time.</source>
        <translation>Talones bien apoyados en el suelo todo el tiempo.</translation>
    </message>
    <message>
        <source>Knees point the same way as your toes.</source>
        <translation>Las rodillas apuntan igual que los dedos de los pies.</translation>
    </message>
    <message>
        <source>Chest up, back long.</source>
        <translation>Pecho arriba, espalda estirada.</translation>
    </message>
    <message>
        <source>Weight spreads over the whole foot, not just the toes.</source>
        <translation>El peso se reparte por todo el pie, no solo en los dedos.</translation>
    </message>
    <message>
        <source>Heels lift off the floor. Come up a little until they stay flat; holding a door frame can help you balance.</source>
        <translation>Los talones se despegan del suelo. Sube un poco hasta que queden apoyados; sujetarte al marco de una puerta puede ayudarte a mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Knees cave inward. Push them gently outward so they stay over your toes.</source>
        <translation>Las rodillas se van hacia dentro. Empújalas suavemente hacia fuera para que queden sobre los dedos de los pies.</translation>
    </message>
    <message>
        <source>Back rounds and chest drops. Reach your arms forward and lift your chest, even if that means squatting less deep.</source>
        <translation>La espalda se redondea y el pecho cae. Estira los brazos hacia delante y levanta el pecho, aunque eso signifique bajar menos.</translation>
    </message>
    <message>
        <source>Bouncing at the bottom. Settle into the position and keep still.</source>
        <translation>Rebotar abajo. Acomódate en la posición y no te muevas.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, numbness or tingling. A stretch is fine; pain is not.</source>
        <translation>Detente si sientes dolor agudo, entumecimiento u hormigueo. Sentir estiramiento está bien; sentir dolor, no.</translation>
    </message>
    <message>
        <source>Ease into the depth. Never bounce or force yourself lower.</source>
        <translation>Baja poco a poco. Nunca rebotes ni te fuerces a bajar más.</translation>
    </message>
    <message>
        <source>If you have knee or hip pain, or poor balance, squat only part-way, hold a sturdy support, and ask a physiotherapist for advice.</source>
        <translation>Si tienes dolor de rodilla o de cadera, o poco equilibrio, baja solo una parte, sujétate a un apoyo firme y pide consejo a un fisioterapeuta.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Consulta primero a un fisioterapeuta o a un médico si tienes una lesión reciente, una operación reciente o dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (hold 30–60 s)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (mantenimiento de 30–60 s)</translation>
    </message>
    <message>
        <source>ACSM: Garber et al. 2011, Med Sci Sports Exerc; ACSM Guidelines, 11th ed. (holds of 10–30 s, 30–60 s for older adults)</source>
        <translation>ACSM: Garber et al. 2011, Med Sci Sports Exerc; ACSM Guidelines, 11th ed. (mantenimientos de 10–30 s; 30–60 s en personas mayores)</translation>
    </message>
    <message>
        <source>Bandy et al. 1997, Phys Ther (30 s holds as effective as 60 s)</source>
        <translation>Bandy et al. 1997, Phys Ther (mantenimientos de 30 s tan eficaces como los de 60 s)</translation>
    </message>
    <message>
        <source>Three holds of 30 s. The source article suggests 30–60 s. ACSM advises holds of 10–30 s, or 30–60 s for older adults, and Bandy et al. 1997 found 30 s as effective as 60 s. Older adults may stretch each hold towards 60 s.</source>
        <translation>Tres mantenimientos de 30 s. El artículo de origen sugiere 30–60 s. El ACSM recomienda mantenimientos de 10–30 s, o de 30–60 s en personas mayores, y Bandy et al. 1997 observaron que 30 s son tan eficaces como 60 s. Las personas mayores pueden alargar cada mantenimiento hasta cerca de 60 s.</translation>
    </message>
    <message>
        <source>Stand tall, feet shoulder-width apart, arms straight ahead</source>
        <translation>De pie, pies a la anchura de los hombros, brazos al frente</translation>
    </message>
    <message>
        <source>Send your hips back and down</source>
        <translation>Lleva las caderas atrás y abajo</translation>
    </message>
    <message>
        <source>Hold low with both heels flat</source>
        <translation>Mantente abajo con los talones apoyados</translation>
    </message>
    <message>
        <source>Press through your heels to stand up</source>
        <translation>Empuja con los talones para levantarte</translation>
    </message>
</context>
<context>
    <name>exercise:downward-dog-march</name>
    <message>
        <source>Downward-dog march</source>
        <translation>Marcha en perro boca abajo</translation>
    </message>
    <message>
        <source>Alternating calf and Achilles stretch in an inverted V</source>
        <translation>Estiramiento alterno de pantorrilla y Aquiles en V invertida</translation>
    </message>
    <message>
        <source>In an upside-down V, part of your body weight rests on your feet and loads both calves. Bending one knee while you press the other heel down stretches the calf and Achilles of the straight leg, and swapping legs turns this into a slow march. The hamstrings get a stretch too. As your ankles loosen, you can shorten the distance between hands and feet to deepen the stretch.</source>
        <translation>En una V invertida, parte del peso del cuerpo descansa sobre los pies y carga ambas pantorrillas. Al doblar una rodilla mientras bajas el otro talón hacia el suelo, estiras la pantorrilla y el tendón de Aquiles de la pierna recta; al alternar las piernas, esto se convierte en una marcha lenta. Los isquiotibiales también se estiran. A medida que tus tobillos ganen soltura, puedes acortar la distancia entre manos y pies para intensificar el estiramiento.</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <source>Exercise mat</source>
        <translation>Colchoneta de ejercicio</translation>
    </message>
    <message>
        <source>Get on your hands and toes in a push-up position.</source>
        <translation>Apoya las manos y las puntas de los pies en el suelo, como para hacer una flexión de brazos.</translation>
    </message>
    <message>
        <source>Line up your wrists under your shoulders.</source>
        <translation>Coloca las muñecas justo debajo de los hombros.</translation>
    </message>
    <message>
        <source>Push your hips up and back into an upside-down V.</source>
        <translation>Empuja las caderas hacia arriba y hacia atrás hasta formar una V invertida.</translation>
    </message>
    <message>
        <source>Keep your back straight and your arms long.</source>
        <translation>Mantén la espalda recta y los brazos estirados.</translation>
    </message>
    <message>
        <source>Let your heels hover if they do not reach the floor.</source>
        <translation>Si los talones no llegan al suelo, déjalos en el aire.</translation>
    </message>
    <message>
        <source>Drop one knee a little toward the mat.</source>
        <translation>Baja un poco una rodilla hacia la colchoneta.</translation>
    </message>
    <message>
        <source>At the same time, press the other heel down toward the floor.</source>
        <translation>Al mismo tiempo, empuja el otro talón hacia el suelo.</translation>
    </message>
    <message>
        <source>Swap legs, and keep swapping in a steady marching rhythm.</source>
        <translation>Cambia de pierna y sigue alternando con un ritmo de marcha constante.</translation>
    </message>
    <message>
        <source>Lower your knees to the mat to rest between bouts.</source>
        <translation>Apoya las rodillas en la colchoneta para descansar entre tandas.</translation>
    </message>
    <message>
        <source>Hips stay high while your legs march.</source>
        <translation>Caderas altas mientras las piernas marchan.</translation>
    </message>
    <message>
        <source>Push the floor away with your hands.</source>
        <translation>Empuja el suelo con las manos, como si quisieras alejarlo.</translation>
    </message>
    <message>
        <source>The straight leg&apos;s heel reaches down; it does not have to touch.</source>
        <translation>El talón de la pierna recta baja hacia el suelo; no hace falta que lo toque.</translation>
    </message>
    <message>
        <source>Slow, smooth rhythm, about one step per second.</source>
        <translation>Ritmo lento y suave, más o menos un paso por segundo.</translation>
    </message>
    <message>
        <source>Back rounds. Bend both knees a little and push your hips up and back until your back is straight.</source>
        <translation>La espalda se encorva. Dobla un poco ambas rodillas y empuja las caderas hacia arriba y hacia atrás hasta que la espalda quede recta.</translation>
    </message>
    <message>
        <source>Shoulders creep toward your ears. Push the floor away and let your head hang between your arms.</source>
        <translation>Los hombros suben hacia las orejas. Empuja el suelo para alejarlo y deja que la cabeza cuelgue entre los brazos.</translation>
    </message>
    <message>
        <source>Marching too fast. Slow down and pause briefly as each heel presses down.</source>
        <translation>Marchas demasiado rápido. Ve más despacio y haz una breve pausa cada vez que bajas un talón.</translation>
    </message>
    <message>
        <source>Hands too close to your feet at the start. Begin in a longer position and move closer only as your ankles loosen.</source>
        <translation>Las manos están demasiado cerca de los pies al empezar. Empieza en una posición más alargada y acércalas solo a medida que tus tobillos ganen soltura.</translation>
    </message>
    <message>
        <source>If you have wrist or shoulder pain, ask a physiotherapist first or choose the wall lean instead.</source>
        <translation>Si tienes dolor de muñeca o de hombro, consulta primero a un fisioterapeuta o haz en su lugar el estiramiento apoyado en la pared.</translation>
    </message>
    <message>
        <source>Your head is below your heart here. With high blood pressure, glaucoma or dizziness, ask your doctor first, and come out of the position slowly.</source>
        <translation>En esta postura, la cabeza queda por debajo del corazón. Si tienes la presión arterial alta, glaucoma o mareos, consulta primero a tu médico, y sal de la postura despacio.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, numbness or tingling. Never force your heels down.</source>
        <translation>Detente si sientes un dolor agudo, entumecimiento u hormigueo. Nunca fuerces los talones hacia el suelo.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Consulta primero a un fisioterapeuta o a un médico si tienes una lesión reciente, una operación reciente o dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (movement only; no dose given)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (solo el movimiento; no indica dosis)</translation>
    </message>
    <message>
        <source>ACSM: Garber et al. 2011, Med Sci Sports Exerc (stretches of 10–30 s, repeated, at mild tightness)</source>
        <translation>ACSM: Garber et al. 2011, Med Sci Sports Exerc (estiramientos de 10–30 s, repetidos, con una tensión leve)</translation>
    </message>
    <message>
        <source>The source article gives no dose. Two bouts of 30 s is a modest starting dose, consistent with ACSM guidance to stretch in short bouts of 10–30 s, repeated, to a feeling of mild tightness (Garber et al. 2011).</source>
        <translation>El artículo de origen no indica ninguna dosis. Dos tandas de 30 s son una dosis inicial moderada, acorde con la recomendación del ACSM de estirar en tandas cortas de 10–30 s, repetidas, hasta sentir una tensión leve (Garber et al. 2011).</translation>
    </message>
    <message>
        <source>Hips up and back into an upside-down V</source>
        <translation>Caderas arriba y atrás, en V invertida</translation>
    </message>
    <message>
        <source>Bend one knee, press the other heel down</source>
        <translation>Dobla una rodilla, baja el otro talón</translation>
    </message>
    <message>
        <source>Swap: bend this knee, press the other heel down</source>
        <translation>Cambia: dobla esta rodilla, baja el otro talón</translation>
    </message>
    <message>
        <source>Swap again, in a steady rhythm</source>
        <translation>Cambia otra vez, a ritmo constante</translation>
    </message>
    <message>
        <source>Straighten both legs, heels hovering</source>
        <translation>Estira ambas piernas, talones en el aire</translation>
    </message>
</context>
<context>
    <name>exercise:half-kneeling</name>
    <message>
        <source>Half-kneeling dorsiflexion stretch</source>
        <translation>Estiramiento de dorsiflexión en semirrodillas</translation>
    </message>
    <message>
        <source>Bent-knee ankle stretch for the soleus and Achilles</source>
        <translation>Estiramiento de tobillo con rodilla doblada, para sóleo y Aquiles</translation>
    </message>
    <message>
        <source>With the knee bent, the stretch shifts from the upper calf to the soleus and Achilles tendon, which often limit how far your knee can travel past your toes. Rocking forward and back works the ankle actively through its range instead of holding it still. It uses the same position as the knee-to-wall test, so it trains exactly the movement the test measures.</source>
        <translation>Con la rodilla doblada, el estiramiento pasa de la parte alta de la pantorrilla al sóleo y al tendón de Aquiles, que a menudo limitan cuánto puede avanzar la rodilla por delante de los dedos del pie. Balancearte hacia adelante y hacia atrás trabaja el tobillo de forma activa en todo su recorrido, en lugar de mantenerlo quieto. Usa la misma posición que la prueba rodilla-pared, así que entrena exactamente el movimiento que mide la prueba.</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Ankle joint (dorsiflexion)</source>
        <translation>Articulación del tobillo (dorsiflexión)</translation>
    </message>
    <message>
        <source>Tibialis anterior</source>
        <translation>Tibial anterior</translation>
    </message>
    <message>
        <source>Exercise mat or folded towel under the knee</source>
        <translation>Colchoneta de ejercicio o toalla doblada bajo la rodilla</translation>
    </message>
    <message>
        <source>Kneel on a mat with one knee down and the other foot flat in front of you.</source>
        <translation>Arrodíllate sobre una colchoneta con una rodilla en el suelo y el otro pie bien apoyado delante de ti.</translation>
    </message>
    <message>
        <source>Place the front foot so its knee sits right above the ankle.</source>
        <translation>Coloca el pie delantero de modo que la rodilla quede justo encima del tobillo.</translation>
    </message>
    <message>
        <source>Point the toes of the front foot straight ahead.</source>
        <translation>Orienta los dedos del pie delantero hacia el frente.</translation>
    </message>
    <message>
        <source>Sit tall and gently tighten your stomach muscles.</source>
        <translation>Mantén el tronco erguido y contrae suavemente los músculos del abdomen.</translation>
    </message>
    <message>
        <source>Shift your weight slowly onto the front foot.</source>
        <translation>Lleva el peso despacio hacia el pie delantero.</translation>
    </message>
    <message>
        <source>Let the front knee travel past your toes, in line with them.</source>
        <translation>Deja que la rodilla delantera avance más allá de los dedos del pie, alineada con ellos.</translation>
    </message>
    <message>
        <source>Keep the front heel flat on the floor.</source>
        <translation>Mantén el talón delantero bien apoyado en el suelo.</translation>
    </message>
    <message>
        <source>Hold the end position for a few seconds.</source>
        <translation>Mantén la posición final unos segundos.</translation>
    </message>
    <message>
        <source>Rock back to the start.</source>
        <translation>Balancéate hacia atrás hasta la posición inicial.</translation>
    </message>
    <message>
        <source>Repeat, reaching a little further each time, then swap sides.</source>
        <translation>Repite, llegando un poco más lejos cada vez, y luego cambia de lado.</translation>
    </message>
    <message>
        <source>Knee tracks over your second toe.</source>
        <translation>La rodilla avanza en línea con el segundo dedo del pie.</translation>
    </message>
    <message>
        <source>Front heel stays glued to the floor.</source>
        <translation>El talón delantero se mantiene pegado al suelo.</translation>
    </message>
    <message>
        <source>Chest up, trunk tall.</source>
        <translation>Pecho arriba, tronco erguido.</translation>
    </message>
    <message>
        <source>Feel the stretch low in the calf and around the Achilles.</source>
        <translation>Siente el estiramiento en la parte baja de la pantorrilla y alrededor del tendón de Aquiles.</translation>
    </message>
    <message>
        <source>Heel lifts as the knee moves forward. Stop just before it lifts; that is your end range for today.</source>
        <translation>El talón se levanta al avanzar la rodilla. Detente justo antes de que se levante; ese es tu límite de movimiento por hoy.</translation>
    </message>
    <message>
        <source>Knee falls inward. Guide it outward so it stays over the middle of your foot.</source>
        <translation>La rodilla se va hacia adentro. Llévala hacia afuera para que quede sobre el centro del pie.</translation>
    </message>
    <message>
        <source>Trunk tips forward instead of the knee. Stay upright and let the shin do the moving.</source>
        <translation>El tronco se inclina hacia adelante en lugar de la rodilla. Mantén el tronco erguido y deja que sea la espinilla la que se mueva.</translation>
    </message>
    <message>
        <source>Arch collapses. Keep weight spread across your big toe, little toe and heel.</source>
        <translation>El arco del pie se hunde. Reparte el peso entre el dedo gordo, el dedo pequeño y el talón.</translation>
    </message>
    <message>
        <source>Pad the kneeling knee, and stop if kneeling hurts.</source>
        <translation>Acolcha la rodilla que apoyas en el suelo y detente si te duele estar de rodillas.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, a pinch at the front of the ankle, numbness or tingling.</source>
        <translation>Detente si sientes un dolor agudo, un pinzamiento en la parte delantera del tobillo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <source>Move into the end range slowly. Never bounce or force the knee forward.</source>
        <translation>Llega despacio al final del recorrido. Nunca hagas rebotes ni fuerces la rodilla hacia adelante.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Consulta primero a un fisioterapeuta o a un médico si tienes una lesión reciente, una operación reciente o dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (5–10 repetitions per side)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (5–10 repeticiones por lado)</translation>
    </message>
    <message>
        <source>Eight slow rocks on each side, within the 5–10 given in the source article. A short hold at the end of each rock lets you ease a little further each time.</source>
        <translation>Ocho balanceos lentos por lado, dentro de las 5–10 repeticiones que indica el artículo de origen. Mantener brevemente la posición al final de cada balanceo te permite llegar un poco más lejos cada vez.</translation>
    </message>
    <message>
        <source>Shift forward</source>
        <translation>Avanza</translation>
    </message>
    <message>
        <source>Hold at the end</source>
        <translation>Mantén la posición</translation>
    </message>
    <message>
        <source>Return to the start</source>
        <translation>Vuelve al inicio</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Recolócate</translation>
    </message>
    <message>
        <source>Kneel tall, front knee above the ankle</source>
        <translation>Tronco erguido, rodilla sobre el tobillo</translation>
    </message>
    <message>
        <source>Shift forward, front heel flat</source>
        <translation>Avanza, talón delantero apoyado</translation>
    </message>
    <message>
        <source>Hold: knee past your toes, heel down</source>
        <translation>Mantén: rodilla delante de los dedos, talón abajo</translation>
    </message>
    <message>
        <source>Rock back to the start</source>
        <translation>Vuelve atrás, al inicio</translation>
    </message>
</context>
<context>
    <name>exercise:knee-to-wall</name>
    <message>
        <source>Knee-to-wall test</source>
        <translation>Prueba rodilla-pared</translation>
    </message>
    <message>
        <source>Measures bent-knee ankle dorsiflexion as a toe-to-wall distance</source>
        <translation>Mide la dorsiflexión del tobillo con la rodilla doblada como distancia dedo-pared</translation>
    </message>
    <message>
        <source>This test measures how far your shin can tip forward over your foot while you put weight on it. Your score is the longest distance, in cm, from your big toe to the wall at which your knee can still touch the wall with your heel down. A larger number means more ankle dorsiflexion. Many healthy adults reach about 10–14 cm, but treat this as a guide, not a pass mark. A difference of more than 1.5 cm between your legs is worth noting. When you retest, a change smaller than about 2 cm is within measurement error, so look for a trend over several weeks.</source>
        <translation>Esta prueba mide cuánto puede inclinarse la espinilla hacia delante sobre el pie mientras apoyas tu peso en él. Tu resultado es la mayor distancia, en cm, entre el dedo gordo y la pared a la que la rodilla todavía puede tocar la pared con el talón apoyado. Un número mayor significa más dorsiflexión de tobillo. Muchos adultos sanos llegan a unos 10–14 cm, pero tómalo como una orientación, no como un mínimo que haya que alcanzar. Vale la pena fijarse en una diferencia de más de 1,5 cm entre las piernas. Al repetir la prueba, un cambio menor de unos 2 cm está dentro del error de medición, así que busca una tendencia a lo largo de varias semanas.</translation>
    </message>
    <message>
        <source>Ankle joint (dorsiflexion)</source>
        <translation>Articulación del tobillo (dorsiflexión)</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>A clear wall with floor space in front of it</source>
        <translation>Una pared despejada con espacio libre en el suelo delante</translation>
    </message>
    <message>
        <source>Tape measure or ruler</source>
        <translation>Cinta métrica o regla</translation>
    </message>
    <message>
        <source>Masking tape to mark the floor (optional)</source>
        <translation>Cinta adhesiva de papel para marcar el suelo (opcional)</translation>
    </message>
    <message>
        <source>Do the test before you stretch or exercise.</source>
        <translation>Haz la prueba antes de estirar o de hacer ejercicio.</translation>
    </message>
    <message>
        <source>Take off your shoes and socks.</source>
        <translation>Quítate los zapatos y los calcetines.</translation>
    </message>
    <message>
        <source>Kneel facing the wall, with the test foot flat in front and the other knee on the floor.</source>
        <translation>Arrodíllate frente a la pared, con el pie que vas a medir apoyado delante y la otra rodilla en el suelo.</translation>
    </message>
    <message>
        <source>Place your big toe a few cm from the wall, with the foot pointing straight at it.</source>
        <translation>Coloca el dedo gordo a pocos cm de la pared, con el pie apuntando directamente hacia ella.</translation>
    </message>
    <message>
        <source>Push your knee forward to touch the wall while your heel stays flat on the floor.</source>
        <translation>Lleva la rodilla hacia delante hasta tocar la pared mientras el talón sigue apoyado en el suelo.</translation>
    </message>
    <message>
        <source>If the knee touches easily, slide the foot back about 1 cm and try again.</source>
        <translation>Si la rodilla toca con facilidad, desliza el pie hacia atrás aproximadamente 1 cm y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Stop at the furthest spot where the knee only just touches with the heel still down.</source>
        <translation>Detente en el punto más alejado en el que la rodilla llega justo a tocar la pared con el talón aún apoyado.</translation>
    </message>
    <message>
        <source>Measure from the tip of your big toe to the wall, in cm.</source>
        <translation>Mide desde la punta del dedo gordo hasta la pared, en cm.</translation>
    </message>
    <message>
        <source>Repeat for 3 trials on this leg, then test the other leg the same way.</source>
        <translation>Haz 3 intentos con esta pierna y luego mide la otra pierna de la misma manera.</translation>
    </message>
    <message>
        <source>The heel stays pressed down; if it lifts, the trial does not count.</source>
        <translation>El talón se mantiene apoyado; si se levanta, el intento no cuenta.</translation>
    </message>
    <message>
        <source>The knee aims straight at the wall, over your second toe.</source>
        <translation>La rodilla apunta recto a la pared, sobre el segundo dedo del pie.</translation>
    </message>
    <message>
        <source>Rest your hands lightly on the wall for balance if you need to.</source>
        <translation>Si lo necesitas, apoya las manos suavemente en la pared para mantener el equilibrio.</translation>
    </message>
    <message>
        <source>Use the same wall, the same toe and bare feet every time so your results compare.</source>
        <translation>Usa siempre la misma pared, el mismo dedo y los pies descalzos para poder comparar tus resultados.</translation>
    </message>
    <message>
        <source>The heel lifts as the knee touches. Move the foot closer until the knee touches with the heel down.</source>
        <translation>El talón se levanta cuando la rodilla toca. Acerca el pie hasta que la rodilla toque con el talón apoyado.</translation>
    </message>
    <message>
        <source>The knee drifts inward to reach the wall. Keep it in line with your foot; an inward knee gives a falsely high score.</source>
        <translation>La rodilla se va hacia dentro para llegar a la pared. Mantenla alineada con el pie; si la rodilla se va hacia dentro, el resultado sale falsamente alto.</translation>
    </message>
    <message>
        <source>Measuring from the wrong point. Measure from the tip of the big toe, and if you ever use another toe, record which one and keep to it.</source>
        <translation>Medir desde el punto equivocado. Mide desde la punta del dedo gordo y, si alguna vez usas otro dedo, anota cuál es y usa siempre ese.</translation>
    </message>
    <message>
        <source>Testing straight after stretching. Test first, because one stretching session can raise your score by about 4% (Konrad et al. 2017).</source>
        <translation>Hacer la prueba justo después de estirar. Haz primero la prueba, porque una sola sesión de estiramientos puede aumentar tu resultado en un 4% aproximadamente (Konrad et al. 2017).</translation>
    </message>
    <message>
        <source>Changing footwear between tests. Test barefoot each time, because shoes raise the heel and change the result.</source>
        <translation>Cambiar de calzado entre pruebas. Hazla descalzo cada vez, porque el calzado eleva el talón y cambia el resultado.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>Detente si sientes dolor agudo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <source>Move toward the wall gently. Do not lunge hard or bounce to make the knee touch.</source>
        <translation>Acércate a la pared con suavidad. No te lances con fuerza ni rebotes para que la rodilla toque.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor before testing if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Antes de hacer la prueba, consulta a un fisioterapeuta o a un médico si has tenido una lesión o una operación recientes, o si tienes dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Bennell et al. 1998, Aust J Physiother; Konor et al. 2012, Int J Sports Phys Ther (big-toe distance, 3 trials per side)</source>
        <translation>Bennell et al. 1998, Aust J Physiother; Konor et al. 2012, Int J Sports Phys Ther (distancia desde el dedo gordo, 3 intentos por lado)</translation>
    </message>
    <message>
        <source>Powden et al. 2015, Man Ther (MDC 1.6–1.9 cm); Konor et al. 2012 (MDC 1.1–1.5 cm)</source>
        <translation>Powden et al. 2015, Man Ther (cambio mínimo detectable, CMD: 1,6–1,9 cm); Konor et al. 2012 (CMD 1,1–1,5 cm)</translation>
    </message>
    <message>
        <source>Hoch &amp; McKeon 2011, Man Ther; Gohil &amp; Tilaye 2022, IJHSR (typical values about 10–14 cm)</source>
        <translation>Hoch &amp; McKeon 2011, Man Ther; Gohil &amp; Tilaye 2022, IJHSR (valores habituales de unos 10–14 cm)</translation>
    </message>
    <message>
        <source>Chisholm et al. 2012, Physiother Can (side difference 1.5 cm); Konrad et al. 2017, Scand J Med Sci Sports (test before stretching)</source>
        <translation>Chisholm et al. 2012, Physiother Can (diferencia entre lados de 1,5 cm); Konrad et al. 2017, Scand J Med Sci Sports (hacer la prueba antes de estirar)</translation>
    </message>
    <message>
        <source>Three trials on each leg, measuring from the big toe to the wall, as in Bennell et al. 1998 and Konor et al. 2012. Test barefoot, at the same wall, before any stretching, because one session raises the score by about 4% (Konrad et al. 2017).</source>
        <translation>Tres intentos con cada pierna, midiendo desde el dedo gordo hasta la pared, como en Bennell et al. 1998 y Konor et al. 2012. Haz la prueba descalzo, en la misma pared y antes de cualquier estiramiento, porque una sola sesión aumenta el resultado en un 4% aproximadamente (Konrad et al. 2017).</translation>
    </message>
    <message>
        <source>Big toe a few cm from the wall, heel down</source>
        <translation>Dedo gordo a pocos cm de la pared, talón apoyado</translation>
    </message>
    <message>
        <source>Drive your knee forward to the wall</source>
        <translation>Lleva la rodilla hacia la pared</translation>
    </message>
    <message>
        <source>Knee touches the wall, heel stays flat</source>
        <translation>La rodilla toca la pared, talón apoyado</translation>
    </message>
    <message>
        <source>Ease back to the start</source>
        <translation>Vuelve suavemente al inicio</translation>
    </message>
</context>
<context>
    <name>exercise:wall-lean</name>
    <message>
        <source>Wall lean stretch</source>
        <translation>Estiramiento apoyado en la pared</translation>
    </message>
    <message>
        <source>Calf and Achilles stretch against a wall</source>
        <translation>Estiramiento de pantorrilla y Aquiles contra la pared</translation>
    </message>
    <message>
        <source>Leaning into a wall with one leg straight behind you stretches the calf of that back leg. Tight calves are one of the most common reasons your shin cannot tip forward over your foot. Regular holds of 30 s bring a small, steady gain in ankle range over several weeks.</source>
        <translation>Al inclinarte hacia una pared con una pierna recta detrás, estiras la pantorrilla de esa pierna trasera. Tener las pantorrillas tensas es una de las causas más frecuentes de que la espinilla no pueda inclinarse hacia adelante sobre el pie. Mantener el estiramiento 30 s de forma regular aporta una mejora pequeña y constante en la movilidad del tobillo a lo largo de varias semanas.</translation>
    </message>
    <message>
        <source>Gastrocnemius</source>
        <translation>Gastrocnemio</translation>
    </message>
    <message>
        <source>Soleus</source>
        <translation>Sóleo</translation>
    </message>
    <message>
        <source>Achilles tendon</source>
        <translation>Tendón de Aquiles</translation>
    </message>
    <message>
        <source>Ankle joint (dorsiflexion)</source>
        <translation>Articulación del tobillo (dorsiflexión)</translation>
    </message>
    <message>
        <source>A wall or other sturdy upright surface</source>
        <translation>Una pared u otra superficie vertical firme</translation>
    </message>
    <message>
        <source>Stand facing a wall.</source>
        <translation>Ponte de pie frente a una pared.</translation>
    </message>
    <message>
        <source>Put both palms on the wall, level with your shoulders.</source>
        <translation>Apoya las palmas de ambas manos en la pared, a la altura de los hombros.</translation>
    </message>
    <message>
        <source>Step one foot forward so its toes are about 30 cm from the wall.</source>
        <translation>Adelanta un pie de modo que los dedos queden a unos 30 cm de la pared.</translation>
    </message>
    <message>
        <source>Keep your back leg straight with its heel on the floor.</source>
        <translation>Mantén la pierna trasera recta, con el talón en el suelo.</translation>
    </message>
    <message>
        <source>Point the toes of both feet at the wall.</source>
        <translation>Orienta los dedos de ambos pies hacia la pared.</translation>
    </message>
    <message>
        <source>Bend your front knee and let your hips move toward the wall.</source>
        <translation>Dobla la rodilla delantera y deja que las caderas se acerquen a la pared.</translation>
    </message>
    <message>
        <source>Stop when you feel a gentle stretch in the calf of your back leg.</source>
        <translation>Detente cuando sientas un estiramiento suave en la pantorrilla de la pierna trasera.</translation>
    </message>
    <message>
        <source>Stay still for the set time and breathe normally.</source>
        <translation>Mantén la posición durante el tiempo indicado y respira con normalidad.</translation>
    </message>
    <message>
        <source>Ease back out between holds, then swap legs for the other side.</source>
        <translation>Entre un mantenimiento y otro, sal despacio de la postura; después, cambia de pierna para trabajar el otro lado.</translation>
    </message>
    <message>
        <source>Back heel stays pressed into the floor.</source>
        <translation>El talón trasero sigue apretado contra el suelo.</translation>
    </message>
    <message>
        <source>Back knee straight, but not locked hard.</source>
        <translation>Rodilla trasera recta, pero sin bloquearla con fuerza.</translation>
    </message>
    <message>
        <source>Head, hips and back heel form one straight line.</source>
        <translation>Cabeza, caderas y talón trasero forman una línea recta.</translation>
    </message>
    <message>
        <source>The stretch feels strong but easy to breathe through.</source>
        <translation>El estiramiento se nota intenso, pero puedes respirar con facilidad.</translation>
    </message>
    <message>
        <source>Back heel lifts. Lean less, or bring the back foot a little closer, until the heel stays down.</source>
        <translation>El talón trasero se levanta. Inclínate menos, o acerca un poco el pie trasero, hasta que el talón se quede en el suelo.</translation>
    </message>
    <message>
        <source>Back foot turns out. Point its toes forward so the stretch stays in the calf.</source>
        <translation>El pie trasero gira hacia afuera. Orienta sus dedos hacia adelante para que el estiramiento siga en la pantorrilla.</translation>
    </message>
    <message>
        <source>Back knee bends. Straighten it; a bent back knee moves the stretch away from the upper calf.</source>
        <translation>La rodilla trasera se dobla. Estírala; con la rodilla trasera doblada, el estiramiento deja de notarse en la parte alta de la pantorrilla.</translation>
    </message>
    <message>
        <source>Hips sag or stick out behind you. Keep your body in one line from head to back heel.</source>
        <translation>Las caderas se hunden o se quedan atrás. Mantén el cuerpo en línea recta desde la cabeza hasta el talón trasero.</translation>
    </message>
    <message>
        <source>Stop if you feel sharp pain, numbness or tingling.</source>
        <translation>Detente si sientes un dolor agudo, entumecimiento u hormigueo.</translation>
    </message>
    <message>
        <source>Ease into the stretch. Never bounce or push hard at the end of the range.</source>
        <translation>Entra en el estiramiento poco a poco. Nunca hagas rebotes ni empujes con fuerza al final del recorrido.</translation>
    </message>
    <message>
        <source>See a physiotherapist or doctor first if you have a recent injury, recent surgery or ongoing ankle pain.</source>
        <translation>Consulta primero a un fisioterapeuta o a un médico si tienes una lesión reciente, una operación reciente o dolor de tobillo persistente.</translation>
    </message>
    <message>
        <source>Source article: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (hold 20–30 s)</source>
        <translation>Artículo de origen: &quot;6 Best Ankle Exercises For Dorsiflexion Mobility&quot; (mantener 20–30 s)</translation>
    </message>
    <message>
        <source>Bandy et al. 1997, Phys Ther (30 s holds as effective as 60 s)</source>
        <translation>Bandy et al. 1997, Phys Ther (mantenimientos de 30 s tan eficaces como de 60 s)</translation>
    </message>
    <message>
        <source>Dinh et al. 2011, Int J Sports Med (calf stretching 5 × 30 s)</source>
        <translation>Dinh et al. 2011, Int J Sports Med (estiramiento de pantorrilla 5 × 30 s)</translation>
    </message>
    <message>
        <source>ACSM: Garber et al. 2011, Med Sci Sports Exerc (holds of 10–30 s)</source>
        <translation>ACSM: Garber et al. 2011, Med Sci Sports Exerc (mantenimientos de 10–30 s)</translation>
    </message>
    <message>
        <source>Three holds of 30 s on each leg. The source article suggests 20–30 s, and Bandy et al. 1997 found 30 s as effective as 60 s. Calf-stretching trials used 5 × 30 s (Dinh et al. 2011), so you can build up to five holds once three feel easy.</source>
        <translation>Tres mantenimientos de 30 s con cada pierna. El artículo de origen sugiere 20–30 s, y Bandy et al. 1997 observaron que 30 s son tan eficaces como 60 s. Los ensayos de estiramiento de pantorrilla usaron 5 × 30 s (Dinh et al. 2011), así que puedes llegar a cinco mantenimientos cuando tres te resulten fáciles.</translation>
    </message>
    <message>
        <source>Hands on the wall, back leg straight, heel down</source>
        <translation>Manos en la pared, pierna trasera recta, talón abajo</translation>
    </message>
    <message>
        <source>Bend your front knee and lean your hips in</source>
        <translation>Dobla la rodilla delantera y acerca las caderas</translation>
    </message>
    <message>
        <source>Hold: feel the stretch in the back calf</source>
        <translation>Mantén: nota el estiramiento en la pantorrilla de atrás</translation>
    </message>
    <message>
        <source>Ease back out</source>
        <translation>Sal despacio</translation>
    </message>
</context>
</TS>
