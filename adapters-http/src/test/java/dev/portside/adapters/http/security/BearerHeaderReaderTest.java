package dev.portside.adapters.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.bearer.BearerTokenConfigurationProperties;
import io.micronaut.security.token.bearer.BearerTokenReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cheaper bearer reader gives Micronaut's answers; the HTTP behaviour is in TokenSecurityScenarios. */
class BearerHeaderReaderTest {

    private static final List<String> HEADERS = List.of(
            "Bearer abc.def.ghi",
            "bearer abc.def.ghi",
            "BEARER abc.def.ghi",
            "bEaReR abc.def.ghi",
            "Bearer ",
            "Bearer  two-spaces",
            "Bearer",
            "Bearerabc",
            "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
            "Bearer\tabc",
            "Béarer abc",
            "");

    @Test
    void reads_every_header_as_micronauts_reader_does() {
        BearerTokenConfigurationProperties configuration = new BearerTokenConfigurationProperties();
        BearerTokenReader micronauts = new BearerTokenReader(configuration);
        BearerHeaderReader ours = new BearerHeaderReader(configuration);
        for (String header : HEADERS) {
            assertThat(ours.findToken(request(header)))
                    .as("Authorization: '%s'", header)
                    .isEqualTo(micronauts.findToken(request(header)));
        }
    }

    @Test
    void takes_the_token_after_the_prefix_in_any_case() {
        BearerHeaderReader reader = new BearerHeaderReader(new BearerTokenConfigurationProperties());

        assertThat(reader.findToken(request("bEaReR abc.def.ghi"))).contains("abc.def.ghi");
        assertThat(reader.findToken(request("Basic abc"))).isEmpty();
        assertThat(reader.findToken(HttpRequest.GET("/api/users/me"))).isEmpty();
    }

    @Test
    void with_no_prefix_configured_the_whole_header_is_the_token() {
        BearerTokenConfigurationProperties configuration = new BearerTokenConfigurationProperties();
        configuration.setPrefix("");
        BearerTokenReader micronauts = new BearerTokenReader(configuration);
        BearerHeaderReader ours = new BearerHeaderReader(configuration);

        assertThat(ours.findToken(request("abc.def.ghi"))).contains("abc.def.ghi");
        for (String header : HEADERS) {
            assertThat(ours.findToken(request(header))).isEqualTo(micronauts.findToken(request(header)));
        }
    }

    private static HttpRequest<?> request(String authorization) {
        return HttpRequest.GET("/api/users/me").header("Authorization", authorization);
    }
}
