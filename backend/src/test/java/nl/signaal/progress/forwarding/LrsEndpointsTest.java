package nl.signaal.progress.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The address rules, the backoff and the password encryption, without the application. */
class LrsEndpointsTest {
    @TempDir
    java.nio.file.Path dataDir;

    @Test
    void onlyPublicAddressesArePublic() throws UnknownHostException {
        for (String address : new String[] {
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:10.0.0.1",
            "224.0.0.1",
            "255.255.255.255"
        }) {
            assertThat(LrsEndpoints.isPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
        for (String address : new String[] {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"}) {
            assertThat(LrsEndpoints.isPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
    }

    @Test
    void theEndpointIsAnAbsoluteHttpsAddressWithoutTrailingSlash() {
        LrsEndpoints strict = new LrsEndpoints(false);
        assertThat(strict.normalise(" https://lrs.example.org/xapi/ ")).isEqualTo("https://lrs.example.org/xapi");
        assertThatThrownBy(() -> strict.normalise("http://lrs.example.org/xapi"))
                .isInstanceOf(LrsEndpoints.NotAllowed.class);
        assertThatThrownBy(() -> strict.normalise("/xapi")).isInstanceOf(LrsEndpoints.NotAllowed.class);
        assertThatThrownBy(() -> strict.normalise("https://lrs.example.org/xapi?x=1"))
                .isInstanceOf(LrsEndpoints.NotAllowed.class);
        assertThatThrownBy(() -> strict.checkReachable("https://127.0.0.1/xapi"))
                .isInstanceOf(LrsEndpoints.NotAllowed.class);
        LrsEndpoints open = new LrsEndpoints(true);
        assertThat(open.normalise("http://127.0.0.1:8080/xapi")).isEqualTo("http://127.0.0.1:8080/xapi");
        open.checkReachable("http://127.0.0.1:8080/xapi");
    }

    @Test
    void backoffGrowsToAnHourAndRespectsRetryAfter() {
        assertThat(Forwarder.backoff(1, null, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Forwarder.backoff(2, null, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Forwarder.backoff(3, null, 0.99)).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(50));
        assertThat(Forwarder.backoff(40, null, 0.5)).isEqualTo(Duration.ofHours(1));
        assertThat(Forwarder.backoff(1, Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(Forwarder.backoff(1, Duration.ofDays(2), 0)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void passwordsAreEncryptedForOneOrganisationWithAKeyKeptInTheDataFolder() {
        UUID organisation = UUID.randomUUID();
        LrsSecrets secrets = new LrsSecrets("", dataDir.toString());
        String stored = secrets.encrypt(organisation, "s3cret");
        assertThat(stored).doesNotContain("s3cret").startsWith("v1:");
        assertThat(secrets.encrypt(organisation, "s3cret")).isNotEqualTo(stored);
        assertThat(dataDir.resolve(LrsSecrets.KEY_FILE)).exists();
        // the same key file after a restart
        assertThat(new LrsSecrets("", dataDir.toString()).decrypt(organisation, stored))
                .isEqualTo("s3cret");
        assertThatThrownBy(() -> secrets.decrypt(UUID.randomUUID(), stored))
                .isInstanceOf(LrsSecrets.UnreadableSecret.class);
        LrsSecrets configured = new LrsSecrets("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", dataDir.toString());
        assertThatThrownBy(() -> configured.decrypt(organisation, stored))
                .isInstanceOf(LrsSecrets.UnreadableSecret.class);
        assertThat(configured.decrypt(organisation, configured.encrypt(organisation, "s3cret")))
                .isEqualTo("s3cret");
    }
}
