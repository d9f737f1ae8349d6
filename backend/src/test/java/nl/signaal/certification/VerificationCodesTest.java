package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAreTwelveUnambiguousCharactersAndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.generate();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{12}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aTypedCodeIsReadForgivingCaseGroupingAndLookAlikes() {
        assertThat(VerificationCodes.normalise("7k3m-q9tx-2hbd")).contains("7K3MQ9TX2HBD");
        assertThat(VerificationCodes.normalise("O1IL 0000 ABCD")).contains("01110000ABCD");
        assertThat(VerificationCodes.grouped("7K3MQ9TX2HBD")).isEqualTo("7K3M-Q9TX-2HBD");
    }

    @Test
    void textThatCannotBeACodeIsNone() {
        assertThat(VerificationCodes.normalise("7K3MQ9TX2HB")).isEmpty();
        assertThat(VerificationCodes.normalise("7K3MQ9TX2HBDX")).isEmpty();
        assertThat(VerificationCodes.normalise("7K3MQ9TX2HBU"))
                .as("U is not in the alphabet")
                .isEmpty();
        assertThat(VerificationCodes.normalise("../../admin")).isEmpty();
        assertThat(VerificationCodes.normalise("7".repeat(41))).isEmpty();
    }
}
