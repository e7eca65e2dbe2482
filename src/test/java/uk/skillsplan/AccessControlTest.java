package uk.skillsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import uk.skillsplan.base.ui.AccessDeniedView;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.ui.LoginView;
import uk.skillsplan.testing.KaribuTest;

/**
 * Every route, opened by every role and by an anonymous visitor: the outcome must be what
 * {@link #WHO_MAY_OPEN} says - the product's access policy written out here, independently of the
 * views' annotations, so that loosening a view (say, to {@code @PermitAll}) fails this test.
 * Karibu does not throw on a refused navigation: Vaadin reroutes a signed-in person to our
 * {@link AccessDeniedView} (the error view for Vaadin's AccessDeniedException, so the address
 * stays) and forwards an anonymous visitor to the {@link LoginView}.
 *
 * <p>Routes are named by their class's simple name, so views can move between packages without
 * touching this test; a new route fails it until it has a row, and a row without a route fails it.
 */
class AccessControlTest extends KaribuTest {

    /**
     * Who may open each page (DOMAIN.md, "Who uses it"). Pages with a parameter check the record
     * itself as well (whose response, which area's round); that is covered by their own view tests.
     */
    static final String WHO_MAY_OPEN = """
            route                ANONYMOUS  EMPLOYER  PROVIDER  COUNCIL  ERB_LEAD  ADMIN
            LoginView            allow      allow     allow     allow    allow     allow
            HomeView             deny       allow     allow     allow    allow     allow
            ChangePasswordView   deny       allow     allow     allow    allow     allow
            MySurveysView        deny       allow     allow     allow    deny      deny
            ResponseView         deny       allow     allow     allow    allow     allow
            QuestionnairesView   deny       deny      deny      deny     allow     allow
            RoundsView           deny       deny      deny      deny     allow     allow
            RoundProgressView    deny       deny      deny      deny     allow     allow
            OrganisationsView    deny       deny      deny      deny     allow     allow
            UsersView            deny       deny      deny      deny     deny      allow
            AuditView            deny       deny      deny      deny     allow     allow
            PopulationImportView deny       deny      deny      deny     allow     allow
            ProvisionImportView  deny       deny      deny      deny     allow     allow
            PopulationCoverageView deny     deny      deny      deny     allow     allow
            AreaOverviewView     deny       deny      deny      allow    allow     allow
            ProviderDemandView   deny       deny      allow     deny     deny      deny
            DemandProvisionView  deny       deny      allow     allow    allow     allow
            HowYouCompareView    deny       allow     deny      deny     deny      deny
            OutreachView         deny       deny      deny      deny     allow     allow
            OutboxView           deny       deny      deny      deny     allow     allow
            ContactImportView    deny       deny      deny      deny     allow     allow
            DuplicatesView       deny       deny      deny      deny     allow     allow
            AnswerView           deny       allow     allow     allow    deny      deny
            LinkView             allow      allow     allow     allow    allow     allow
            LinkProblemView      allow      allow     allow     allow    allow     allow
            OptOutView           allow      allow     allow     allow    allow     allow
            JoinView             allow      allow     allow     allow    allow     allow
            JoinVerifyView       allow      allow     allow     allow    allow     allow
            PlansView            deny       deny      allow     allow    allow     allow
            PlanView             deny       deny      allow     allow    allow     allow
            SectionEditorView    deny       deny      allow     allow    allow     allow
            SectionView          deny       deny      allow     allow    allow     allow
            SectionVersionsView  deny       deny      allow     allow    allow     allow
            NotificationsView    deny       allow     allow     allow    allow     allow
            EvidenceView         deny       deny      allow     allow    allow     allow
            PublicPlanView       allow      allow     allow     allow    allow     allow
            PriorityResponsesView deny      deny      allow     allow    allow     allow
            ActionRegisterView   deny       deny      allow     allow    allow     allow
            ProgressReportView   deny       deny      allow     allow    allow     allow
            PublicProgressReportView allow  allow     allow     allow    allow     allow
            """;

    static final Map<String, Set<Visitor>> MATRIX = parse(WHO_MAY_OPEN);

    /** Who opens the page: a demo account of one role, or nobody signed in. */
    enum Visitor {
        ANONYMOUS(null, null),
        EMPLOYER("employer", Role.EMPLOYER),
        PROVIDER("provider", Role.PROVIDER),
        COUNCIL("council", Role.COUNCIL),
        ERB_LEAD("erb", Role.ERB_LEAD),
        ADMIN("admin", Role.ADMIN);

        final String username;
        final Role role;

        Visitor(String username, Role role) {
            this.username = username;
            this.role = role;
        }

        boolean signedIn() {
            return role != null;
        }
    }

    static Stream<Arguments> everyRouteForEveryVisitor() {
        return routeClasses().stream().flatMap(view -> Arrays.stream(Visitor.values())
                .map(visitor -> Arguments.of(view.getSimpleName(), visitor, view)));
    }

    @ParameterizedTest(name = "{0} opened by {1}")
    @MethodSource("everyRouteForEveryVisitor")
    void every_route_opens_exactly_for_the_visitors_the_matrix_allows(String name, Visitor visitor,
                                                                      Class<? extends Component> view) {
        boolean allowed = expectedAccess(name).contains(visitor);
        if (visitor.signedIn()) {
            login(visitor.username);
        }

        assertThat(accessDecision(view).equals(AccessCheckDecision.ALLOW))
                .as("Vaadin's access decision for %s opened by %s", name, visitor).isEqualTo(allowed);
        if (isParameterised(view)) {
            return; // opening it needs a real parameter value; the access decision above covers it
        }

        navigate(RouteConfiguration.forApplicationScope().getUrl(view));
        Class<?> shown = NavigatorKt.getCurrentView();
        if (allowed) {
            assertThat(shown.getSimpleName()).as("%s opened by %s", name, visitor)
                    .isEqualTo(expectedWhenAllowed(name, visitor));
        } else if (visitor.signedIn()) {
            assertThat(shown).as("%s opened by %s", name, visitor).isEqualTo(AccessDeniedView.class);
            assertThat(_get(H1.class).getText()).isEqualTo("Access denied");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .noneMatch(target -> view.isInstance(target));
        } else {
            assertThat(shown).as("%s opened by an anonymous visitor", name).isEqualTo(LoginView.class);
            assertThat(NavigatorKt.getCurrentPath()).isEqualTo("login");
        }
    }

    @Test
    void the_matrix_has_one_row_for_each_route_and_no_row_without_a_route() {
        Map<String, List<String>> bySimpleName = routeClasses().stream()
                .collect(Collectors.groupingBy(Class::getSimpleName, Collectors.mapping(Class::getName, Collectors.toList())));

        assertSoftly(softly -> {
            softly.assertThat(bySimpleName).as("routes sharing a simple name (the matrix cannot tell them apart)")
                    .allSatisfy((simpleName, classes) -> assertThat(classes).hasSize(1));
            softly.assertThat(bySimpleName.keySet()).as("routes without a row in WHO_MAY_OPEN")
                    .isSubsetOf(MATRIX.keySet());
            softly.assertThat(MATRIX.keySet()).as("rows in WHO_MAY_OPEN for routes that do not exist")
                    .isSubsetOf(bySimpleName.keySet());
        });
    }

    @Test
    void the_matrix_is_read_as_written() {
        assertThat(parse("""
                route  ANONYMOUS EMPLOYER PROVIDER COUNCIL ERB_LEAD ADMIN
                A      allow     deny     deny     deny    deny     allow
                """)).containsExactly(Map.entry("A", EnumSet.of(Visitor.ANONYMOUS, Visitor.ADMIN)));
        assertThat(MATRIX.get("LoginView")).containsExactlyInAnyOrder(Visitor.values());
    }

    @Test
    void every_route_declares_who_may_open_it() {
        List<String> undeclared = routeClasses().stream().filter(view -> !declaresAccess(view))
                .map(Class::getName).toList();

        assertThat(undeclared).as("routes without @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll "
                + "(Vaadin denies them to everyone)").isEmpty();
    }

    @Test
    void the_routes_checked_here_are_all_the_routes_in_the_application() {
        // Karibu registers the routes it discovered, so Vaadin's registry cannot be the witness here;
        // an independent scan of the class path is.
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> scanned = scanner.findCandidateComponents("uk.skillsplan").stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());

        assertThat(routeClasses()).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(scanned);
        assertThat(RouteConfiguration.forApplicationScope().getAvailableRoutes()).extracting(RouteData::getNavigationTarget)
                .containsExactlyInAnyOrderElementsOf(routeClasses());
    }

    /** Routes are discovered once by Karibu; layouts (no @Route) are checked through their views. */
    static List<Class<? extends Component>> routeClasses() {
        return routes().getRoutes().stream().filter(view -> view.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    private static Set<Visitor> expectedAccess(String route) {
        Set<Visitor> allowed = MATRIX.get(route);
        if (allowed == null) {
            fail(route + " has no row in AccessControlTest.WHO_MAY_OPEN: add one saying who may open it");
        }
        return allowed;
    }

    /** A page that deliberately sends someone elsewhere although they may open it. */
    private static String expectedWhenAllowed(String route, Visitor visitor) {
        if (route.equals("LoginView") && visitor.signedIn()) {
            return "HomeView"; // a signed-in person does not need the login page (see LoginViewTest)
        }
        return route;
    }

    private AccessCheckDecision accessDecision(Class<? extends Component> view) {
        NavigationAccessControl control = applicationContext.getBean(NavigationAccessControl.class);
        NavigationContext context = control.createNavigationContext(view, routeTemplate(view),
                VaadinService.getCurrent(), VaadinRequest.getCurrent());
        try {
            return control.checkAccess(context, false).decision();
        } catch (IllegalStateException rejected) {
            // In development mode Vaadin throws when a checker rejects (rather than denies) access.
            return AccessCheckDecision.REJECT;
        }
    }

    private static boolean isParameterised(Class<? extends Component> view) {
        return HasUrlParameter.class.isAssignableFrom(view) || routeTemplate(view).contains(":");
    }

    private static String routeTemplate(Class<? extends Component> view) {
        return RouteConfiguration.forApplicationScope().getTemplate(view).orElseThrow();
    }

    private static boolean declaresAccess(Class<?> view) {
        return view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class);
    }

    /** Reads the table: a header naming every visitor in order, then one row per route of allow/deny. */
    static Map<String, Set<Visitor>> parse(String table) {
        List<String[]> rows = table.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")).toList();
        List<String> header = Arrays.asList(rows.getFirst()).subList(1, rows.getFirst().length);
        assertThat(header).as("the matrix's columns").containsExactlyElementsOf(
                Arrays.stream(Visitor.values()).map(Visitor::name).toList());
        Map<String, Set<Visitor>> matrix = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).as("row %s", row[0]).hasSize(header.size() + 1);
            Set<Visitor> allowed = EnumSet.noneOf(Visitor.class);
            for (Visitor visitor : Visitor.values()) {
                String cell = row[visitor.ordinal() + 1];
                assertThat(cell).as("%s for %s", row[0], visitor).isIn("allow", "deny");
                if (cell.equals("allow")) {
                    allowed.add(visitor);
                }
            }
            assertThat(matrix.put(row[0], allowed)).as("second row for %s", row[0]).isNull();
        }
        return matrix;
    }
}
