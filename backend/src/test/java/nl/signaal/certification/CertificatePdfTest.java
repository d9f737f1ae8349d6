package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.certification.CertificateSubject.Kind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate PDF read back with PDFBox's text extraction, as a registry's or a screen reader's software would. */
class CertificatePdfTest {
    private static final Instant ISSUED = Instant.parse("2026-03-14T10:00:00Z");
    private static final CertificatePdf PDF =
            new CertificatePdf("https://signaal.example.org/", Clock.fixed(ISSUED, ZoneOffset.UTC));

    private static CertificatePdf.Facts facts(String holder, boolean revoked) {
        return new CertificatePdf.Facts(
                holder,
                Kind.MODULE,
                "Signalen herkennen bij jongeren",
                ISSUED,
                0.42,
                null,
                "Jeugdzorg Oost",
                "7K3MQ9TX2HBD",
                revoked);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void namesWhatDateStudyLoadValidityIssuerAndCode() throws IOException {
        String text = text(PDF.render(facts("Marieke de Vries", false), "nl"));

        assertThat(text)
                .contains("Certificaat")
                .contains("Marieke de Vries")
                .contains("voor het afronden van de module")
                .contains("Signalen herkennen bij jongeren")
                .contains("Datum: 14 maart 2026")
                .contains("Studiebelasting: 0,42 uur")
                .contains("Geldig zonder einddatum")
                .contains("Uitgegeven door: Jeugdzorg Oost")
                .contains("7K3M-Q9TX-2HBD")
                .contains("https://signaal.example.org/verify/7K3MQ9TX2HBD")
                .doesNotContain("INGETROKEN");
    }

    @Test
    void aPolishNameKeepsItsLetters() throws IOException {
        String text = text(PDF.render(facts("Łucja Żółkiewska-Wąś", false), "pl"));

        assertThat(text).contains("Łucja Żółkiewska-Wąś").contains("Certyfikat").contains("Ważny bezterminowo");
    }

    @Test
    void anArabicNameIsShapedAndComesBackInReadingOrder() throws IOException {
        String name = "فاطمة الزهراء";
        byte[] pdf = PDF.render(facts(name, false), "nl");

        String text = text(pdf);
        // Extraction gives the presentation forms back in reading order; compatibility normalisation (NFKC) turns
        // them into the letters that were typed.
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            lines.add(Normalizer.normalize(line, Normalizer.Form.NFKC).strip());
        }
        assertThat(lines).contains(name);
        assertThat(text).doesNotContain("?");
    }

    @Test
    void anArabicPageReadsRightToLeftWithItsLatinParts() throws IOException {
        String text = Normalizer.normalize(text(PDF.render(facts("Jan Jansen", false), "ar")), Normalizer.Form.NFKC);

        assertThat(text).contains("شهادة").contains("Jan Jansen").contains("7K3M-Q9TX-2HBD");
    }

    @Test
    void theShapedTextUsesPresentationFormsInDrawingOrder() {
        String visual = VisualText.of("سلام", false);

        // From the left: isolated meem (alef never joins the letter after it), the lam-alef ligature in its final form,
        // initial seen: the word drawn right to left, four letters in three glyphs.
        assertThat(visual).isEqualTo("\uFEE1\uFEFC\uFEB3");
        assertThat(VisualText.of("Łucja", false)).isEqualTo("Łucja");
    }

    @Test
    void aRevokedCertificateSaysSo() throws IOException {
        assertThat(text(PDF.render(facts("Marieke de Vries", true), "nl"))).contains("INGETROKEN");
    }

    @Test
    void fontsAreEmbeddedAndACharacterTheyLackBecomesAQuestionMark() throws IOException {
        byte[] pdf = PDF.render(facts("王秀英", false), "en");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
        assertThat(text(pdf)).contains("???").contains("Certificate");
    }
}
