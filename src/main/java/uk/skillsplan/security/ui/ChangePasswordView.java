package uk.skillsplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.OwnPasswordChange;
import uk.skillsplan.security.PasswordChangeService;
import uk.skillsplan.security.account.PasswordPolicy;

/**
 * Changing one's own password; also where a person lands after an administrator reset it, and where
 * a person who signed in with a personal link sets a password (no current one asked: they have none).
 */
@Route(ChangePasswordView.ROUTE)
@PageTitle("Change your password | SkillsPlan")
@PermitAll
public class ChangePasswordView extends Div {

    public static final String ROUTE = "account/password";

    private final PasswordChangeService passwords;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField newPassword = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    private final boolean firstPassword;

    ChangePasswordView(PasswordChangeService passwords, CurrentUserService currentUser) {
        this.passwords = passwords;
        this.firstPassword = !passwords.hasOwnPassword();
        setMaxWidth("40rem");
        add(new H1(firstPassword ? "Set a password" : "Change your password"));
        if (firstPassword) {
            Paragraph reason = new Paragraph("You signed in with a personal link, which works once. Set a password "
                    + "to sign in again later with your username, "
                    + currentUser.current().map(CurrentUser::username).orElse("") + ", and this password.");
            reason.getElement().setAttribute("role", "status");
            add(reason);
            current.setVisible(false);
        }
        if (passwords.mustChangePassword()) {
            Paragraph reason = new Paragraph("Your administrator has set a new password for you. Choose a password "
                    + "of your own to continue: nobody else should know it.");
            reason.getElement().setAttribute("role", "status");
            add(reason);
        }
        newPassword.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_BYTES
                + " characters, mixing letters with digits or symbols; a short phrase works well.");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, newPassword, repeat}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        errors.field("currentPassword", current).field("newPassword", newPassword).field("repeatPassword", repeat);
        Button change = new Button(firstPassword ? "Set password" : "Change password", click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors.formMessage(), current, newPassword, repeat, change);
    }

    private void change() {
        try {
            if (firstPassword) {
                passwords.setFirstPassword(newPassword.getValue(), repeat.getValue());
            } else {
                passwords.changeOwnPassword(new OwnPasswordChange(current.getValue(), newPassword.getValue(),
                        repeat.getValue()));
            }
        } catch (ValidationException problem) {
            errors.show(problem);
            return;
        }
        errors.clear();
        current.clear();
        newPassword.clear();
        repeat.clear();
        Notices.success(firstPassword ? "Your password is set: from now on you can sign in with it."
                : "Your password has been changed.");
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
