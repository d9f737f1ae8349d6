package nl.signaal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpsSettingTest {

    @Test
    void cookiesFollowThePublicUrlUnlessTheSettingSaysOtherwise() {
        assertThat(new Https("https://signaal.example", "").secureCookies()).isTrue();
        assertThat(new Https("HTTPS://signaal.example", " ").secureCookies()).isTrue();
        assertThat(new Https("http://localhost:8080", "").secureCookies()).isFalse();
        assertThat(new Https("http://localhost:8080", "true").secureCookies()).isTrue();
        assertThat(new Https("https://signaal.example", "false").secureCookies())
                .isFalse();
    }

    @Test
    void onlyAnHttpsPublicUrlAsksForHsts() {
        assertThat(new Https("https://signaal.example", "false").publicUrlIsHttps())
                .isTrue();
        assertThat(new Https("http://signaal.example", "true").publicUrlIsHttps())
                .isFalse();
    }
}
