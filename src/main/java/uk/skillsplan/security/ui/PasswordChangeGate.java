package uk.skillsplan.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.skillsplan.security.PasswordChangeService;

/**
 * After an administrator reset someone's password, every page they open leads to "Change your
 * password" until they have chosen one of their own. Asked on each navigation (one lookup by id),
 * so it holds in every open tab and ends the moment the password is changed.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final PasswordChangeService passwords;

    PasswordChangeGate(PasswordChangeService passwords) {
        this.passwords = passwords;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || event.isErrorEvent()) {
            return;
        }
        if (passwords.mustChangePassword()) {
            event.forwardTo(ChangePasswordView.class);
        }
    }
}
