package uk.skillsplan.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base for browserless UI tests (Karibu): the shared Spring context, routes discovered once, a
 * fresh mock UI per test, and a sign-in that satisfies both Vaadin's navigation access control
 * (which reads the request's principal and roles) and method security (which reads
 * SecurityContextHolder). The application's clock is the settable {@link TestClock}.
 */
@SkillsPlanTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.skillsplan");

    @Autowired
    protected ApplicationContext applicationContext;

    /** The application's clock; put back after each test (see {@link SkillsPlanTest}). */
    @Autowired
    protected TestClock clock;

    @Autowired
    protected UserDetailsService userDetailsService;

    public static Routes routes() {
        return ROUTES;
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SignIn.out();
    }

    /** Signs in as a demo account; navigate afterwards. */
    protected void login(String username) {
        Authentication authentication = SignIn.as(userDetailsService, username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(authority -> authority.equals("ROLE_" + role)));
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }
}
