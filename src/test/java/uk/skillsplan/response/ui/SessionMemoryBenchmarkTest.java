package uk.skillsplan.response.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SignIn;
import uk.skillsplan.testing.SkillsPlanTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The heap an open survey page keeps alive: N Vaadin sessions (Karibu's mock servlet, one shared
 * servlet and service as on a real server), each signed in as a different respondent (its
 * SecurityContext kept in the session, as Spring Security does) with the {@link ResponseView} of its
 * own response open and the UI's pending changes taken (as after the server's response to the
 * browser). Every session, its UI and its HTTP session are kept reachable from a list, as a servlet
 * container's session store keeps them. Heap in use after full collections, before opening and with
 * all N open, divided by N. Measured for a bare signed-in session (no page), for the survey's first
 * section and for its largest section (JOB_QUALITY, 14 questions). Not part of {@code ./mvnw verify}:
 * see docs/benchmarks.md.
 */
@Tag("benchmark")
@SkillsPlanTest
class SessionMemoryBenchmarkTest {

    private static final List<Integer> SIZES = Arrays.stream(
            System.getProperty("skillsplan.benchmark.sessions", "50,200").split(",")).map(String::trim)
            .map(Integer::valueOf).toList();
    /** Which pages to measure, in this order: BARE (signed in, no page), or a section of the questionnaire. */
    private static final List<String> PAGES = Arrays.stream(
            System.getProperty("skillsplan.benchmark.sessions.pages", "BARE,PROFILE,JOB_QUALITY").split(","))
            .map(String::trim).toList();
    private static final int WARM_UP = Integer.getInteger("skillsplan.benchmark.sessions.warmup", 20);
    private static final double KB = 1024.0;
    /** Also report which classes the open sessions add (a class histogram diff, after full GCs). */
    private static final boolean HISTOGRAM = Boolean.getBoolean("skillsplan.benchmark.sessions.histogram");

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    ResponseService responses;

    private MockSpringServlet servlet;
    private final Function0<UI> uiFactory = UI::new;

    private record Respondent(String username, long responseId) {
    }

    /** What a servlet container keeps for one open tab: the HTTP session, the Vaadin session in it, its UI. */
    private record OpenSession(Object httpSession, VaadinSession session, UI ui) {
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /**
     * Vaadin's development-mode ComponentTracker keeps, for every component, the Throwable of where it
     * was created and attached (for the dev tools), in static weak-keyed maps; production mode has it
     * off. Off here too unless {@code skillsplan.benchmark.sessions.dev-tracker} is true.
     */
    private static String componentTracker() throws ReflectiveOperationException {
        if (Boolean.getBoolean("skillsplan.benchmark.sessions.dev-tracker")) {
            return "Vaadin ComponentTracker as in development mode";
        }
        java.lang.reflect.Field disabled = com.vaadin.flow.component.internal.ComponentTracker.class
                .getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
        return "Vaadin ComponentTracker off (as in production mode)";
    }

    @Test
    void heap_retained_per_open_survey_page() throws ReflectiveOperationException {
        String tracker = componentTracker();
        servlet = new MockSpringServlet(KaribuTest.routes(), context, uiFactory);
        int most = SIZES.stream().mapToInt(Integer::intValue).max().orElseThrow();
        SurveyTestData data = new SurveyTestData(context);
        SurveyRoundSummary round = data.openEmployerRound("Session memory benchmark");
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < most + WARM_UP; i++) {
            OrganisationSummary employer = data.newEmployer("Memory Employer " + i, SurveyTestData.LEEDS, "C",
                    SizeBand.MEDIUM);
            String username = data.newAccount(Role.EMPLOYER, employer.id(), "Memory Respondent " + i);
            long responseId = data.as(username, () -> responses.startOrResume(round.id()).id());
            data.as(username, () -> {
                data.complete(responseId, 120);
                return null;
            });
            respondents.add(new Respondent(username, responseId));
        }
        // Vaadin and Karibu also reach sessions and UIs through soft references, which a full collection keeps
        // for SoftRefLRUPolicyMSPerMB ms per free MB (default 1000: minutes); run with 0 so that only what is
        // strongly reachable (what a servlet container's session store keeps) is counted.
        String softRefPolicy = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                .getVMOption("SoftRefLRUPolicyMSPerMB").getValue();
        Benchmarks.report("session memory: %s; %s; SoftRefLRUPolicyMSPerMB=%s%s; %d respondents with a started "
                        + "response (required answers given)", Benchmarks.jvm(), tracker, softRefPolicy,
                "0".equals(softRefPolicy) ? "" : " (NOT 0: released sessions linger, figures unreliable)",
                respondents.size());
        List<Respondent> warmUp = respondents.subList(most, most + WARM_UP);
        List<Respondent> measured = respondents.subList(0, most);

        for (String section : List.of("PROFILE", "JOB_QUALITY")) {
            moveAllTo(data, respondents, section);
            release(open(warmUp, true)); // class loading, caches and the JIT before the baseline
        }
        release(open(warmUp, false));
        for (int n : SIZES) {
            for (String page : PAGES) {
                if (page.equals("BARE")) {
                    measure(n + " bare signed-in sessions (no page)", measured.subList(0, n), false);
                } else {
                    moveAllTo(data, measured.subList(0, n), page);
                    measure(n + " sessions with ResponseView open at " + page, measured.subList(0, n), true);
                }
            }
        }
    }

    private void measure(String what, List<Respondent> respondents, boolean navigate) {
        long before = usedAfterGc();
        Map<String, long[]> histogramBefore = HISTOGRAM ? histogram() : Map.of();
        List<OpenSession> open = open(respondents, navigate);
        long with = usedAfterGc();
        if (HISTOGRAM) {
            reportGrowth(what + ", with all open", histogramBefore, histogram(), respondents.size());
        }
        assertThat(open).hasSize(respondents.size());
        release(open);
        long after = usedAfterGc();
        if (HISTOGRAM) {
            reportGrowth(what + ", after ending them", histogramBefore, histogram(), respondents.size());
        }
        double perSession = (with - before) / KB / respondents.size();
        Benchmarks.report("session memory: %s: heap in use after GC before=%.1f MB, with all open=%.1f MB "
                        + "(+%.1f MB), after releasing=%.1f MB; %.1f KB per session",
                what, before / KB / KB, with / KB / KB, (with - before) / KB / KB, after / KB / KB, perSession);
    }

    private List<OpenSession> open(List<Respondent> respondents, boolean navigate) {
        List<OpenSession> open = new ArrayList<>();
        for (Respondent respondent : respondents) {
            // as a new browser: nobody signed in while the session starts (Karibu navigates to the root)
            SignIn.out();
            MockVaadin.setup(uiFactory, servlet);
            Authentication authentication = SignIn.as(users, respondent.username());
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).anyMatch(authority -> authority.equals("ROLE_" + role)));
            VaadinSession session = VaadinSession.getCurrent();
            SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
            securityContext.setAuthentication(authentication);
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    securityContext);
            UI ui = UI.getCurrent();
            if (navigate) {
                ui.navigate("response/" + respondent.responseId());
                assertThat(NavigatorKt.getCurrentView()).isEqualTo(ResponseView.class);
            }
            MockVaadin.clientRoundtrip(false);
            // What writing the response to the browser does: the pending changes are taken and forgotten.
            ui.getInternals().getStateTree().collectChanges(change -> {
            });
            open.add(new OpenSession(session.getSession(), session, ui));
        }
        SignIn.out();
        return open;
    }

    /**
     * Ends the sessions as a servlet container does when they expire: Vaadin's session-destroy event
     * (which also ends the Spring UI and session scopes, whose destroy listeners hold each session).
     */
    private void release(List<OpenSession> open) {
        MockVaadin.tearDown();
        open.forEach(o -> servlet.getService().fireSessionDestroy(o.session()));
        open.clear();
    }

    private void moveAllTo(SurveyTestData data, List<Respondent> respondents, String section) {
        respondents.forEach(r -> data.as(r.username(), () -> {
            responses.moveTo(r.responseId(), section);
            return null;
        }));
    }

    /** Instances and bytes by class, live objects only (the histogram forces a full collection). */
    private static Map<String, long[]> histogram() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, long[]> byClass = new java.util.HashMap<>();
            for (String line : text.split("\\R")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length >= 4 && parts[0].endsWith(":")) {
                    byClass.put(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
                }
            }
            return byClass;
        } catch (javax.management.JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reportGrowth(String what, Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        StringBuilder top = new StringBuilder();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(25)
                .forEach(e -> top.append(String.format(java.util.Locale.ROOT, "%n    %+9.1f KB/session %+8.1f objects/session  %s",
                        e.getValue()[1] / KB / sessions, (double) e.getValue()[0] / sessions, e.getKey())));
        Benchmarks.report("session memory: %s: classes that grew most (live objects):%s", what, top);
    }

    /** Heap in use after full collections (G1: System.gc() is a full, stop-the-world collection); the least of three. */
    private static long usedAfterGc() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
