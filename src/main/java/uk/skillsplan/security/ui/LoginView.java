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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import uk.skillsplan.security.LockoutProperties;

/** The sign-in page. Spring Security handles the form post; this page explains failures. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in | SkillsPlan")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;
    private final LockoutProperties lockout;

    LoginView(AuthenticationContext authenticationContext, LockoutProperties lockout) {
        this.authenticationContext = authenticationContext;
        this.lockout = lockout;
        addClassName("sp-login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(messages("Incorrect username or password", "Check both and try again. After "
                + lockout.maxAttempts() + " failed attempts an account is locked for " + lockout.minutes() + " minutes."));
        Paragraph intro = new Paragraph("Skills surveys and the Local Skills Improvement Plan for your area.");
        intro.addClassName("sp-login-intro");
        add(new H1("SkillsPlan"), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        Object failure = lastFailure();
        if (failure instanceof LockedException) {
            form.setI18n(messages("Account locked", "Too many failed attempts: this account is locked for up to "
                    + lockout.minutes() + " minutes. Try again later, or ask your administrator to unlock it."));
        } else if (failure instanceof DisabledException) {
            form.setI18n(messages("Account deactivated", "This account has been deactivated. Ask your administrator."));
        }
        form.setError(true);
    }

    private static Object lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        return http == null ? null : http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
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
