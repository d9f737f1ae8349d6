package nl.signaal.certification;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns text in reading order into what a PDF draws left to right: Arabic letters in the form their neighbours
 * require (initial, medial, final, isolated, lam-alef ligatures; PDF has no shaping of its own) and right-to-left runs
 * reversed by the Unicode bidirectional algorithm, numbers and Latin names inside them kept left to right. Text
 * extraction (PDFBox, screen readers, copy and paste) maps the presentation forms back and reads the runs right to
 * left, so a name comes out as it was typed.
 */
final class VisualText {
    private static final int SHAPING = ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.LENGTH_GROW_SHRINK
            | ArabicShaping.TEXT_DIRECTION_LOGICAL
            | ArabicShaping.DIGITS_NOOP;

    private VisualText() {}

    /** {@code rightToLeft}: the paragraph's direction (an Arabic page); otherwise its first strong letter decides. */
    static String of(String logical, boolean rightToLeft) {
        if (!rightToLeft && !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPING).shape(logical);
        } catch (ArabicShapingException e) {
            // Only for options this class does not use; unshaped letters still read, in isolated form.
            shaped = logical;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rightToLeft ? Bidi.RTL : Bidi.LEVEL_DEFAULT_LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }
}
