package uk.skillsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.WebAttributes;
import tools.jackson.databind.JsonNode;
import uk.skillsplan.base.ui.HomeView;
import uk.skillsplan.testing.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_page_asks_for_username_and_password_and_posts_them_to_spring_security() {
        navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(text(form, "form", "title")).isEqualTo("Log in");
        assertThat(text(form, "form", "username")).isEqualTo("Username");
        assertThat(text(form, "form", "password")).isEqualTo("Password");
        assertThat(text(form, "form", "submit")).isEqualTo("Log in");
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(form.isError()).isFalse();
        assertThat(_get(H1.class).getText()).isEqualTo("SkillsPlan");
    }

    @Test
    void a_failed_sign_in_shows_what_went_wrong_and_how_long_a_lockout_lasts() {
        rememberFailure(new BadCredentialsException("Bad credentials"));

        openLoginAfterFailure();

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(text(form, "errorMessage", "title")).isEqualTo("Incorrect username or password");
        assertThat(text(form, "errorMessage", "message")).contains("after 5 failed attempts",
                "locked for 15 minutes", "deactivated", "ask your administrator");
    }

    /** The page must not tell someone without the password whether the account exists, is locked or is deactivated. */
    @ParameterizedTest
    @MethodSource("failures")
    void every_kind_of_failure_gets_the_same_answer(Exception failure) {
        rememberFailure(new BadCredentialsException("Bad credentials"));
        openLoginAfterFailure();
        JsonNode wrongPassword = i18n(_get(LoginForm.class));

        rememberFailure(failure);
        openLoginAfterFailure();

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).isEqualTo(wrongPassword);
        assertThat(text(form, "errorMessage", "title")).doesNotContainIgnoringCase("locked")
                .doesNotContainIgnoringCase("deactivated");
    }

    static Stream<Exception> failures() {
        return Stream.of(new LockedException("User account is locked"), new DisabledException("User is disabled"),
                new UsernameNotFoundException("No such account"), new InternalAuthenticationServiceException("boom"));
    }

    @Test
    void a_signed_in_person_who_opens_the_login_page_is_sent_home() {
        login("employer");

        navigate("login");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEmpty();
    }

    private static void openLoginAfterFailure() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
    }

    /** What Spring Security's failure handler leaves in the session before redirecting to login?error. */
    private static void rememberFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private static String text(LoginForm form, String group, String key) {
        return i18n(form).path(group).path(key).asString();
    }

    private static JsonNode i18n(LoginForm form) {
        return (JsonNode) form.getElement().getPropertyRaw("i18n");
    }
}
