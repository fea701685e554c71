"""Clinical figures behind the interpretation, each with its source.

Sources are summarised in the project's domain facts sheet; the short citations here are
what the interface shows next to a verdict.
"""

from __future__ import annotations

from typing import Final

# Measurement error of the knee-to-wall (weight-bearing lunge) test. A change smaller than
# this between two tests of the same leg may be noise. Powden, Hoch & Hoch 2015 (Man Ther,
# systematic review of 12 studies): MDC 1.6 cm between and 1.9 cm within clinicians, and
# 4.6° / 4.7° for the angle; Konor et al. 2012 (Int J Sports Phys Ther): 1.1–1.5 cm and
# 3.7–3.8° with an inclinometer. Rounded up to one threshold a person can remember.
MDC_DISTANCE_CM: Final = 2.0
MDC_ANGLE_DEG: Final = 5.0
MDC_SOURCE: Final = "Powden et al. 2015; Konor et al. 2012"

# Left–right difference worth noting. Chisholm et al. 2012 (Physiother Can): MDC of the
# between-limb difference 1.5 cm; Hoch & McKeon 2011 (Man Ther): 68% of healthy adults
# differ by 1.5 cm or less.
ASYMMETRY_DISTANCE_CM: Final = 1.5
ASYMMETRY_SOURCE: Final = "Chisholm et al. 2012; Hoch & McKeon 2011"
# Healthy people differ by about 5 ± 5° between legs with an inclinometer (Balsalobre-
# Fernández et al. 2018), so the angle threshold sits above that spread's centre.
ASYMMETRY_ANGLE_DEG: Final = 6.0
ASYMMETRY_ANGLE_SOURCE: Final = "Balsalobre-Fernández et al. 2018"

# Typical values in healthy adults: context, never a pass mark. Hoch & McKeon 2011 (about
# 12 ± 2.8 cm), Calatayud et al. 2015 (11.6–11.8 cm), Gohil & Tilaye 2022 (12.7–14.4 cm);
# angles 35–45° depending on where the inclinometer sits (Hall & Docherty 2017; Baumbach 2014).
TYPICAL_DISTANCE_CM: Final = (10.0, 14.0)
TYPICAL_ANGLE_DEG: Final = (35.0, 45.0)
TYPICAL_SOURCE: Final = "Hoch & McKeon 2011; Calatayud et al. 2015; Gohil & Tilaye 2022"

# Accepted input ranges. Published means are 10–14 cm with spreads of 3–4 cm, so 30 cm is
# far beyond any real ankle and anything above it is a typing slip; 0 cm means the knee
# reaches the wall only with the toe against it. Tibial inclination in the lunge runs about
# 25–55° (means 35–45° ± 5°); 80° leaves room for any real reading.
DISTANCE_RANGE_CM: Final = (0.0, 30.0)
ANGLE_RANGE_DEG: Final = (0.0, 80.0)

# Bennell et al. 1998 and Konor et al. 2012 scored the mean of three trials, and the
# measurement errors above come from such means; Chisholm 2012 found one series as reliable.
DEFAULT_TRIALS: Final = 3
DEFAULT_AGGREGATE: Final = "mean"
TRIALS_SOURCE: Final = "Bennell et al. 1998; Konor et al. 2012; Chisholm et al. 2012"

# What stretching programmes achieve on average: Radford et al. 2006 (Br J Sports Med):
# +2.1 to +3.0°; Medeiros et al. 2018: +5.2°; roughly one measurement error, over 3–8 weeks.
EXPECTATION_SOURCE: Final = "Radford et al. 2006; Medeiros et al. 2018"
