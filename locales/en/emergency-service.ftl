# An emergency number's service, for a reader of this language, when the pack has no variant of its name.
# $number is "n" and the digits; $name is the pack's own name (shown for numbers not listed here).
emergency-service =
    { $number ->
        [n110] Police
        [n120] Ambulance
        [n119] Fire and rescue
        [n122] Traffic police (road accidents)
        [n12333] Labour and social security hotline (unpaid wages, labour rights)
        [n12351] Trade union hotline for workers
        [n12345] City service hotline
        [n12348] Legal aid hotline
        [n12356] Mental health hotline
        [n96110] Anti-fraud hotline
        [n12395] Water and maritime search and rescue
        [n12122] Expressway emergency and rescue
        [n12119] Forest fire hotline
       *[other] { $name }
    }
