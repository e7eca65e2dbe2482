package uk.skillsplan.testing;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Base for service tests: the shared context, its settable clock, and sign-in as a demo account. */
@SkillsPlanTest
public abstract class ServiceTest {

    /** The application's clock; put back after each test (see {@link SkillsPlanTest}). */
    @Autowired
    protected TestClock clock;

    @Autowired
    protected UserDetailsService userDetailsService;

    protected void signInAs(String username) {
        SignIn.as(userDetailsService, username);
    }

    @AfterEach
    void signOutAfterTest() {
        SignIn.out();
    }
}
