package uk.skillsplan.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.skillsplan.security.signin.LockoutProperties;

/** The sign-in page. Spring Security handles the form post; this page says what to do after a failure. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in | SkillsPlan")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILURE_TITLE = "Incorrect username or password";

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext, LockoutProperties lockout) {
        this.authenticationContext = authenticationContext;
        addClassName("sp-login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(messages(FAILURE_TITLE, failureMessage(lockout)));
        Paragraph intro = new Paragraph("Skills surveys and the Local Skills Improvement Plan for your area.");
        intro.addClassName("sp-login-intro");
        add(new H1("SkillsPlan"), intro, form);
    }

    /**
     * One answer for every failure - unknown username, wrong password, locked or deactivated account -
     * so that the page tells someone without the password nothing about the account; it names every
     * possible cause instead, with what the person can do about each.
     */
    static String failureMessage(LockoutProperties lockout) {
        return "Check both and try again. If they are right, the account may be locked or deactivated: after "
                + lockout.maxAttempts() + " failed attempts an account is locked for " + lockout.minutes()
                + " minutes. If you still cannot sign in after that, ask your administrator.";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    private static LoginI18n messages(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Log in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }
}
