package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.security.NewUserAccount;
import uk.skillsplan.security.account.PasswordPolicy;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.UserAccountChanges;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.security.UserAccountSummary;

/** Create or edit an account; for an existing one also reset the password, unlock and deactivate. */
class UserEditor extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final EmailField email = new EmailField("Email (optional)");
    final Select<Role> role = new Select<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Organisation");
    final PasswordField password = new PasswordField();
    final Button save = new Button("Save");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    UserEditor(UserAccountService accounts, OrganisationService organisations, UserAccountSummary existing,
               Runnable onSaved) {
        setHeaderTitle(existing == null ? "Add user" : "Edit " + existing.username());
        username.setRequired(true);
        username.setMaxLength(60);
        username.setHelperText("Lower-case letters, digits, dots or dashes");
        displayName.setRequired(true);
        displayName.setMaxLength(120);
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setRequiredIndicatorVisible(true);
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.localAuthorityName() + ")");
        organisation.setItems(query -> organisations.search(new OrganisationQuery(query.getFilter().orElse(null), null, null, false),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("name"))).stream());
        organisation.setHelperText("Administrators may leave this empty");
        password.setLabel(existing == null ? "Password" : "New password (leave empty to keep the current one)");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, mixing letters with digits or symbols");
        errors.field("username", username).field("displayName", displayName).field("email", email).field("role", role)
                .field("organisationId", organisation).field("password", password);

        FormLayout form = new FormLayout(username, displayName, email, role, organisation, password);
        add(errors.formMessage(), form);
        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            email.setValue(existing.email() == null ? "" : existing.email());
            role.setValue(existing.role());
            if (existing.organisationId() != null) {
                organisation.setValue(organisations.get(existing.organisationId()));
            }
        }
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(accounts, existing, onSaved));
        Button cancel = new Button("Cancel", click -> close());
        if (existing != null) {
            if (existing.locked()) {
                getFooter().add(new Button("Unlock", click -> {
                    accounts.unlock(existing.id());
                    Notices.success("Unlocked " + existing.username() + ".");
                    onSaved.run();
                    close();
                }));
            }
            Button toggle = new Button(existing.active() ? "Deactivate" : "Reactivate", click -> {
                try {
                    accounts.setActive(existing.id(), !existing.active());
                    Notices.success((existing.active() ? "Deactivated " : "Reactivated ") + existing.username() + ".");
                    onSaved.run();
                    close();
                } catch (ValidationException problem) {
                    errors.show(problem);
                }
            });
            toggle.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            getFooter().add(toggle);
        }
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }

    private void save(UserAccountService accounts, UserAccountSummary existing, Runnable onSaved) {
        Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
        try {
            if (existing == null) {
                accounts.create(new NewUserAccount(username.getValue(), displayName.getValue(), email.getValue(),
                        role.getValue(), organisationId, password.getValue()));
            } else {
                accounts.update(existing.id(), new UserAccountChanges(displayName.getValue(), email.getValue(),
                        role.getValue(), organisationId, password.getValue()));
            }
            Notices.success("Saved " + username.getValue() + ".");
            onSaved.run();
            close();
        } catch (ValidationException problem) {
            errors.show(problem);
        }
    }

}
