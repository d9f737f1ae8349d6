package nl.signaal.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.nayuki.qrcodegen.QrCode;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import nl.signaal.certification.CertificateSubject.Kind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate as a one-page A4 PDF (landscape): who, what, when, study load, validity, issuer, verification code and
 * a QR code of the verification address. Every line is centred, so the same layout serves left-to-right and
 * right-to-left locales; the text goes through {@link VisualText}. DejaVu Sans is embedded (subset), which covers
 * Latin with all Polish and Turkish letters and Arabic; a character it lacks is drawn as "?" rather than failing.
 */
@Singleton
class CertificatePdf {
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float TEXT_WIDTH = WIDTH - 160;
    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private final String publicUrl;
    private final Clock clock;

    CertificatePdf(@Value("${signaal.public-url}") String publicUrl, Clock clock) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** What the page says, already in the chosen locale. */
    record Facts(
            String holderName,
            Kind kind,
            String title,
            Instant issuedAt,
            double studyHours,
            @Nullable Instant validUntil,
            String issuer,
            String verificationCode,
            boolean revoked) {}

    String verifyUrl(String code) {
        return publicUrl + "/verify/" + code;
    }

    byte[] render(Facts facts, String locale) {
        CertificateTexts texts = CertificateTexts.in(locale);
        boolean rightToLeft = locale.equals("ar");
        Locale format = Locale.forLanguageTag(locale + "-u-nu-latn");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(format)
                .withZone(DUTCH_TIME);
        NumberFormat hours = NumberFormat.getNumberInstance(format);
        hours.setMaximumFractionDigits(2);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
            PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(texts.heading() + " " + facts.verificationCode());
            info.setCreator("Signaal");
            info.setCreationDate(GregorianCalendar.from(clock.instant().atZone(DUTCH_TIME)));
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                Lines lines = new Lines(stream, rightToLeft);
                border(stream);
                if (facts.revoked()) {
                    stream.setNonStrokingColor(0.7f, 0.1f, 0.1f);
                    lines.centred(texts.revoked(), bold, 16, HEIGHT - 62);
                }
                stream.setNonStrokingColor(0.05f, 0.25f, 0.3f);
                lines.centred(texts.heading(), bold, 34, HEIGHT - 100);
                stream.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                lines.centred(texts.awardedTo(), regular, 14, HEIGHT - 135);
                lines.centred(
                        facts.holderName(), bold, fitting(bold, facts.holderName(), 28, rightToLeft), HEIGHT - 175);
                lines.centred(texts.completing(facts.kind()), regular, 14, HEIGHT - 210);
                float y = HEIGHT - 245;
                for (String line : wrapped(facts.title(), bold, 20, 2)) {
                    lines.centred(line, bold, 20, y);
                    y -= 26;
                }
                y -= 14;
                lines.centred(texts.date() + ": " + dates.format(facts.issuedAt()), regular, 12, y);
                lines.centred(
                        texts.studyLoad() + ": " + hours.format(facts.studyHours()) + " " + texts.hours(),
                        regular,
                        12,
                        y - 18);
                lines.centred(
                        facts.validUntil() == null
                                ? texts.noEndDate()
                                : texts.validUntil() + ": " + dates.format(facts.validUntil()),
                        regular,
                        12,
                        y - 36);
                lines.centred(texts.issuedBy() + ": " + facts.issuer() + " · Signaal", regular, 12, y - 54);
                lines.centred(texts.code() + ": " + VerificationCodes.grouped(facts.verificationCode()), bold, 11, 178);
                lines.centred(texts.verifyAt() + " " + verifyUrl(facts.verificationCode()), regular, 9, 163);
                stream.setNonStrokingColor(0f, 0f, 0f);
                qr(stream, verifyUrl(facts.verificationCode()), WIDTH / 2 - 50, 48, 100);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws centred lines, replacing characters the font lacks. */
    private static final class Lines {
        private final PDPageContentStream stream;
        private final boolean rightToLeft;

        Lines(PDPageContentStream stream, boolean rightToLeft) {
            this.stream = stream;
            this.rightToLeft = rightToLeft;
        }

        void centred(String logical, PDFont font, float size, float y) throws IOException {
            String visual = drawable(font, VisualText.of(logical, rightToLeft));
            float width = font.getStringWidth(visual) / 1000 * size;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset((WIDTH - width) / 2, y);
            stream.showText(visual);
            stream.endText();
        }
    }

    /** The text with every character the font cannot draw replaced by "?". */
    static String drawable(PDFont font, String text) {
        StringBuilder drawable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                drawable.append(character);
            } catch (IllegalArgumentException | IOException e) {
                drawable.append('?');
            }
        });
        return drawable.toString();
    }

    /** The largest size up to {@code size} at which the text fits the text width on one line. */
    private static float fitting(PDFont font, String text, float size, boolean rightToLeft) throws IOException {
        float width = font.getStringWidth(drawable(font, VisualText.of(text, rightToLeft))) / 1000 * size;
        return width <= TEXT_WIDTH ? size : Math.max(10, size * TEXT_WIDTH / width);
    }

    /** The text in lines that fit, at most {@code maxLines} (the last one shortened with an ellipsis). */
    static List<String> wrapped(String text, PDFont font, float size, int maxLines) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, candidate, size) > TEXT_WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, kept.get(maxLines - 1) + " …");
        return kept;
    }

    private static float width(PDFont font, String text, float size) throws IOException {
        return font.getStringWidth(drawable(font, text)) / 1000 * size;
    }

    private static void border(PDPageContentStream stream) throws IOException {
        stream.setStrokingColor(0.05f, 0.25f, 0.3f);
        stream.setLineWidth(3);
        stream.addRect(24, 24, WIDTH - 48, HEIGHT - 48);
        stream.stroke();
        stream.setLineWidth(0.8f);
        stream.addRect(32, 32, WIDTH - 64, HEIGHT - 64);
        stream.stroke();
    }

    /** The QR code (error correction M) as filled squares, with the quiet zone scanners need, in a square of {@code size}. */
    private static void qr(PDPageContentStream stream, String url, float x, float y, float size) throws IOException {
        QrCode code = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int modules = code.size + 8;
        float module = size / modules;
        for (int row = 0; row < code.size; row++) {
            for (int column = 0; column < code.size; column++) {
                if (code.getModule(column, row)) {
                    stream.addRect(x + (column + 4) * module, y + size - (row + 5) * module, module, module);
                }
            }
        }
        stream.fill();
    }

    private static byte[] font(String resource) {
        try (InputStream in = CertificatePdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
