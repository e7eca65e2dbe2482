package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The "production" profile behind a TLS-terminating proxy, over real HTTP to the embedded Tomcat:
 * the proxy's X-Forwarded-Proto is believed (the test connects from 127.0.0.1, a trusted private
 * address), HSTS goes out only on requests that came over HTTPS, and the session cookie is Secure,
 * HttpOnly and SameSite. A context of its own (no demo data, its own in-memory database), because
 * the shared test context must keep working over plain HTTP for the browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:transport;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "skillsplan.demo-data.enabled=false"})
@ActiveProfiles({"test", "production"})
class TransportSecurityTest {

    /**
     * Vaadin's security configuration installs its security-context holder strategy globally when a
     * context starts, so this second context would take SecurityContextHolder away from the shared
     * one (whose method security then finds nobody signed in). Put the shared context's strategy back.
     */
    private static SecurityContextHolderStrategy sharedContextStrategy;

    @BeforeAll
    static void rememberTheSharedContextsStrategy() {
        sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedContextsStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void a_request_that_reached_the_proxy_over_https_gets_hsts() throws Exception {
        HttpResponse<Void> response = get("https");

        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
    }

    @Test
    void plain_http_gets_no_hsts() throws Exception {
        assertThat(get(null).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get("http").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
        List<String> cookies = get("https").headers().allValues("Set-Cookie");

        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("; Secure").contains("; HttpOnly")
                        .contains("; SameSite=Lax"));
    }

    @Test
    void redirects_point_at_the_address_the_browser_used_not_the_internal_one() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "skills.example.org")
                .header("X-Forwarded-Port", "443").GET().build(), HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith("https://skills.example.org/").endsWith("/login"));
    }

    /** An anonymous request for the home page: Spring Security keeps it in a new session and sends the browser to log in. */
    private HttpResponse<Void> get(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET();
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
