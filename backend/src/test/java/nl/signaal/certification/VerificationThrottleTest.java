package nl.signaal.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.signaal.MovableClock;
import org.junit.jupiter.api.Test;

class VerificationThrottleTest {
    private final MovableClock clock = new MovableClock();
    private final VerificationThrottle throttle = new VerificationThrottle(3, clock);

    @Test
    void eachAddressHasItsOwnAllowancePerMinute() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refuse("192.0.2.1")).isEmpty();
        }
        assertThat(throttle.refuse("192.0.2.1"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refuse("192.0.2.2")).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refuse("192.0.2.1")).isEmpty();
    }

    @Test
    void aFloodFromManyAddressesHoldsAtMostTheLimitAndIsForgottenAfterAMinute() {
        for (int i = 0; i < VerificationThrottle.MAX_ADDRESSES; i++) {
            assertThat(throttle.refuse("flood-" + i)).isEmpty();
        }

        assertThat(throttle.refuse("newcomer")).as("one address too many").isPresent();
        assertThat(throttle.refuse("flood-7")).as("an address already counted").isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.refuse("newcomer")).isEmpty();
    }
}
