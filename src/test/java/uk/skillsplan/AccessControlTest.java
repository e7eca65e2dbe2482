package uk.skillsplan;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.List;
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
import uk.skillsplan.base.ui.HomeView;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.ui.LoginView;
import uk.skillsplan.testing.KaribuTest;

/**
 * Every route, opened by every role and by an anonymous visitor: the outcome must be what the
 * view's access annotation declares. Karibu does not throw on a refused navigation here: Vaadin
 * reroutes a signed-in person to our {@link AccessDeniedView} (the error view for Vaadin's
 * AccessDeniedException, so the address stays) and forwards an anonymous visitor to the
 * {@link LoginView}. A new route is picked up automatically.
 */
class AccessControlTest extends KaribuTest {

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
    void every_route_opens_exactly_for_the_visitors_its_annotation_allows(String name, Visitor visitor,
                                                                          Class<? extends Component> view) {
        boolean allowed = declaredAccess(view).allows(visitor);
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
            assertThat(shown).as("%s opened by %s", name, visitor).isEqualTo(expectedWhenAllowed(view, visitor));
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
    void every_route_declares_who_may_open_it() {
        List<String> undeclared = routeClasses().stream().filter(view -> !Access.isDeclaredOn(view))
                .map(Class::getName).toList();

        assertThat(undeclared).as("routes without @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll")
                .isEmpty();
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

    /** A view that deliberately sends someone elsewhere although they may open it. */
    private static Class<?> expectedWhenAllowed(Class<? extends Component> view, Visitor visitor) {
        if (view == LoginView.class && visitor.signedIn()) {
            return HomeView.class; // a signed-in person does not need the login page (see LoginViewTest)
        }
        return view;
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

    private static Access declaredAccess(Class<?> view) {
        if (!Access.isDeclaredOn(view)) {
            fail(view.getName() + " declares no access rule: add @RolesAllowed, @PermitAll, @AnonymousAllowed "
                    + "or @DenyAll (Vaadin denies it to everyone otherwise)");
        }
        return Access.of(view);
    }

    /** What a view's annotation says about who may open it. */
    record Access(boolean anonymous, boolean anySignedIn, Set<String> roles) {

        static boolean isDeclaredOn(Class<?> view) {
            return view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(DenyAll.class);
        }

        static Access of(Class<?> view) {
            if (view.isAnnotationPresent(DenyAll.class)) {
                return new Access(false, false, Set.of());
            }
            if (view.isAnnotationPresent(AnonymousAllowed.class)) {
                return new Access(true, true, Set.of());
            }
            if (view.isAnnotationPresent(PermitAll.class)) {
                return new Access(false, true, Set.of());
            }
            return new Access(false, false, Set.of(view.getAnnotation(RolesAllowed.class).value()));
        }

        boolean allows(Visitor visitor) {
            if (!visitor.signedIn()) {
                return anonymous;
            }
            return anySignedIn || roles.contains(visitor.role.name());
        }
    }
}
