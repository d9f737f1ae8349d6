package nl.signaal.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The shipped logback.xml: readable lines by default, JSON lines with SIGNAAL_LOG_FORMAT=json; both with the request id. */
class LogFormatTest {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    @Test
    void textLinesCarryTheRequestIdInBrackets() throws Exception {
        String[] lines = logWith(null);
        assertThat(lines[0])
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  nl\\.signaal\\.Probe \\[req-1] - answered 42");
        assertThat(lines[1]).endsWith("nl.signaal.Probe - outside a request");
    }

    @Test
    void jsonLinesAreOneObjectEachWithTheRequestId() throws Exception {
        String[] lines = logWith("json");
        JsonNode inRequest = JSON.readValue(lines[0], JsonNode.class);
        assertThat(inRequest.get("level").getStringValue()).isEqualTo("INFO");
        assertThat(inRequest.get("loggerName").getStringValue()).isEqualTo("nl.signaal.Probe");
        assertThat(inRequest.get("formattedMessage").getStringValue()).isEqualTo("answered 42");
        assertThat(inRequest.get("mdc").get("requestId").getStringValue()).isEqualTo("req-1");
        assertThat(JSON.readValue(lines[1], JsonNode.class)
                        .get("formattedMessage")
                        .getStringValue())
                .isEqualTo("outside a request");
    }

    /** Two lines logged through the main logback.xml, one inside a request and one outside, as printed. */
    private static String[] logWith(String format) throws JoranException {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        try {
            System.setOut(new PrintStream(printed, true, UTF_8));
            if (format != null) {
                context.putProperty("SIGNAAL_LOG_FORMAT", format);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            URL main = LogFormatTest.class.getResource("/logback.xml");
            configurator.doConfigure(main);
            MDC.put("requestId", "req-1");
            try {
                context.getLogger("nl.signaal.Probe").info("answered {}", 42);
            } finally {
                MDC.remove("requestId");
            }
            context.getLogger("nl.signaal.Probe").info("outside a request");
        } finally {
            context.stop();
            System.setOut(console);
        }
        return printed.toString(UTF_8).split("\n");
    }
}
