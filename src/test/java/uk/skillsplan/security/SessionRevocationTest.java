package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.TestClock;

/**
 * A signed-in session through the real security filters: each change that affects a person's
 * access ends their sessions on the next request, and sessions end once idle or old.
 */
class SessionRevocationTest extends ServiceTest {

    private static final String PASSWORD = "Quiet-Harbour-42";
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration LIFETIME = Duration.ofHours(12);

    @Autowired
    WebApplicationContext web;

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestClock clock;

    @Autowired
    FilterChainProxy securityFilters;

    private MockMvc mvc;
    private long organisationId;
    private UserAccountSummary employer;

    @BeforeEach
    void anEmployerOfTheirOwnOrganisation() {
        // The real filter chain alone: spring-security-test's springSecurity() would let the test's own
        // security context stand in for the session's, which is exactly what must not happen here.
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(securityFilters).build();
        asAdmin(() -> {
            organisationId = newEmployerOrganisation("Revocation Works");
            employer = accounts.create(new NewUserAccount(unique("revoked"), "Rhys Evans", null, Role.EMPLOYER,
                    organisationId, PASSWORD));
        });
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void a_session_goes_on_while_nothing_that_affects_access_changes() {
        MockHttpSession session = signIn();

        asAdmin(() -> {
            accounts.update(employer.id(), changes(c -> c.displayName = "Rhys Evans-Jones"));
            accounts.unlock(employer.id());
        });

        assertStillSignedIn(session);
        assertStillSignedIn(session);
    }

    @Test
    void deactivating_a_person_ends_every_session_of_theirs_on_the_next_request() {
        MockHttpSession laptop = signIn();
        MockHttpSession phone = signIn();

        asAdmin(() -> accounts.setActive(employer.id(), false));

        assertSignedOut(laptop);
        assertSignedOut(phone);
        assertThat(signInRefused()).isTrue();
    }

    @Test
    void deactivating_their_organisation_ends_the_session_and_refuses_sign_in() {
        MockHttpSession session = signIn();

        asAdmin(() -> organisations.setActive(organisationId, false));

        assertSignedOut(session);
        assertThat(signInRefused()).isTrue();

        asAdmin(() -> organisations.setActive(organisationId, true));
        assertStillSignedIn(signIn());
    }

    @Test
    void changing_their_role_ends_the_session() {
        MockHttpSession session = signIn();

        asAdmin(() -> accounts.update(employer.id(), changes(c -> c.role = Role.ADMIN)));

        assertSignedOut(session);
    }

    @Test
    void moving_them_to_another_organisation_ends_the_session() {
        MockHttpSession session = signIn();

        asAdmin(() -> {
            long other = newEmployerOrganisation("Other Works");
            accounts.update(employer.id(), changes(c -> c.organisationId = other));
        });

        assertSignedOut(session);
    }

    @Test
    void resetting_their_password_ends_the_session() {
        MockHttpSession session = signIn();

        asAdmin(() -> accounts.update(employer.id(), changes(c -> c.newPassword = "Brand-New-Lantern-7")));

        assertSignedOut(session);
    }

    @Test
    void a_session_ends_after_the_idle_timeout_and_heartbeats_do_not_keep_it_alive() {
        MockHttpSession session = signIn();

        clock.advance(IDLE.minusMinutes(1));
        assertStillSignedIn(session);
        clock.advance(IDLE.minusMinutes(1));
        assertStillSignedIn(session);
        for (int beat = 0; beat < 6; beat++) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat(session);
        }

        assertSignedOut(session);
    }

    @Test
    void a_busy_session_still_ends_at_its_absolute_lifetime() {
        MockHttpSession session = signIn();

        Duration elapsed = Duration.ZERO;
        Duration step = IDLE.minusMinutes(5);
        while (elapsed.plus(step).compareTo(LIFETIME) < 0) {
            clock.advance(step);
            elapsed = elapsed.plus(step);
            assertStillSignedIn(session);
        }
        clock.advance(step);

        assertSignedOut(session);
    }

    @Test
    void the_servlet_session_times_out_with_the_same_idle_timeout(
            @Value("${server.servlet.session.timeout}") Duration servletTimeout,
            @Value("${skillsplan.security.session.idle-timeout}") Duration idleTimeout,
            @Value("${skillsplan.security.session.absolute-lifetime}") Duration lifetime) {
        assertThat(servletTimeout).isEqualTo(idleTimeout).isEqualTo(IDLE);
        assertThat(lifetime).isEqualTo(LIFETIME);
    }

    private MockHttpSession signIn() {
        try {
            MvcResult result = mvc.perform(formLogin("/login").user(employer.username()).password(PASSWORD)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).as("redirect after signing in").doesNotContain("error");
            MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
            assertThat(session).isNotNull();
            return session;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean signInRefused() {
        try {
            String target = mvc.perform(formLogin("/login").user(employer.username()).password(PASSWORD))
                    .andReturn().getResponse().getRedirectedUrl();
            return target != null && target.contains("/login?error");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertStillSignedIn(MockHttpSession session) {
        MockHttpServletResponse response = home(session);
        assertThat(response.getRedirectedUrl()).as("redirect from the home page").isNull();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(session.isInvalid()).isFalse();
    }

    private void assertSignedOut(MockHttpSession session) {
        MockHttpServletResponse response = home(session);
        assertThat(response.getRedirectedUrl()).as("redirect from the home page (HTTP %d)", response.getStatus())
                .endsWith("/login");
        assertThat(session.isInvalid()).as("session invalidated").isTrue();
    }

    private MockHttpServletResponse home(MockHttpSession session) {
        try {
            return mvc.perform(get("/").session(session).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What an open Vaadin tab sends every few minutes by itself. */
    private void heartbeat(MockHttpSession session) {
        try {
            mvc.perform(post("/").queryParam("v-r", "heartbeat").queryParam("v-uiId", "0").session(session).with(csrf()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The services are called as the administrator; MockMvc requests clear the test's security context. */
    private void asAdmin(Runnable work) {
        signInAs("admin");
        try {
            work.run();
        } finally {
            uk.skillsplan.testing.SignIn.out();
        }
    }

    private long newEmployerOrganisation(String name) {
        return organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER, name + " " + UUID.randomUUID(),
                "E08000035", "C", SizeBand.MICRO, null)).id();
    }

    private UserAccountChanges changes(Consumer<Changes> edit) {
        Changes changes = new Changes();
        edit.accept(changes);
        return new UserAccountChanges(changes.displayName, null, changes.role, changes.organisationId, changes.newPassword);
    }

    /** The employer's details as the edit form holds them, with one thing changed by each test. */
    private final class Changes {
        String displayName = employer.displayName();
        Role role = employer.role();
        Long organisationId = employer.organisationId();
        String newPassword = "";
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
