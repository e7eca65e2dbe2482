package uk.skillsplan.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.AccessDeniedView;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ui.UsersView.UserRow;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.security.UserQuery;
import uk.skillsplan.testing.KaribuTest;

class UsersViewTest extends KaribuTest {

    private static final String GOOD_PASSWORD = "Quiet-Harbour-42";

    @Autowired
    UserAccountService accounts;

    @Test
    void an_administrator_sees_every_account_with_its_organisation() {
        open();

        assertThat(rows()).extracting(row -> row.account().username())
                .contains("admin", "employer", "provider", "council", "erb", "employer2", "erb.gm");
        assertThat(rowFor("employer").organisationName()).isEqualTo("Kirkstall Precision Engineering");
        assertThat(rowFor("admin").organisationName()).isEmpty();
        assertThat(GridKt._getFormattedRow(grid(), rowFor("erb")))
                .containsSubsequence("erb", "Sam Whitaker", "ERB lead", "West Yorkshire Chamber of Commerce (demo ERB)");
    }

    @Test
    void searching_by_name_finds_the_person() {
        open();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Search by name or username")), "priya");

        assertThat(rows()).extracting(row -> row.account().username()).containsExactly("employer");
    }

    @Test
    void filtering_by_role_lists_only_that_role() {
        open();

        ComboBoxKt.selectByLabel(_get(Select.class, spec -> spec.withLabel("Role")), Role.ERB_LEAD.label());

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.account().role()).isEqualTo(Role.ERB_LEAD));
    }

    @Test
    void an_administrator_adds_an_employer_account_through_the_dialog() {
        open();
        String username = unique("karibu.employer");

        UserEditor editor = openAddDialog();
        fill(editor, username, "Ravi Patel", Role.EMPLOYER, "Kirkstall", GOOD_PASSWORD);
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        _assertNoDialogs();
        NotificationsKt.expectNotifications("Saved " + username + ".");
        assertThat(rows()).extracting(row -> row.account().username()).contains(username);
        assertThat(rowFor(username).organisationName()).isEqualTo("Kirkstall Precision Engineering");
        assertThat(rowFor(username).account().role()).isEqualTo(Role.EMPLOYER);
    }

    @Test
    void a_taken_username_is_refused_next_to_the_field_and_nothing_is_saved() {
        open();
        int before = accounts.count(UserQuery.all());

        UserEditor editor = openAddDialog();
        fill(editor, "employer", "Another Priya", Role.EMPLOYER, "Kirkstall", GOOD_PASSWORD);
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        TextField username = _get(editor, TextField.class, spec -> spec.withLabel("Username"));
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The username \"employer\" is taken. Choose another one.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void a_weak_password_is_refused_next_to_the_field_and_nothing_is_saved() {
        open();
        int before = accounts.count(UserQuery.all());

        UserEditor editor = openAddDialog();
        fill(editor, unique("karibu.weak"), "Weak Password", Role.EMPLOYER, "Kirkstall", "short1");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        PasswordField password = _get(editor, PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(_get(editor, TextField.class, spec -> spec.withLabel("Username")).isInvalid()).isFalse();
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void an_employer_account_in_a_college_is_refused_on_the_organisation_field() {
        open();
        int before = accounts.count(UserQuery.all());

        UserEditor editor = openAddDialog();
        fill(editor, unique("karibu.mismatch"), "Wrong Place", Role.EMPLOYER, "Aire Valley", GOOD_PASSWORD);
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        ComboBox<?> organisation = _get(editor, ComboBox.class, spec -> spec.withLabel("Organisation"));
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).isEqualTo("An account with the role \"Employer\" must belong to an "
                + "organisation of kind \"Employer\"; Aire Valley College is of kind \"College or training provider\". "
                + "Choose another organisation or another role.");
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void only_administrators_may_open_the_users_page() {
        login("erb");

        navigate("users");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private void open() {
        login("admin");
        navigate("users");
    }

    private static UserEditor openAddDialog() {
        _click(_get(Button.class, spec -> spec.withText("Add user")));
        UserEditor editor = _get(UserEditor.class);
        assertThat(editor.getHeaderTitle()).isEqualTo("Add user");
        return editor;
    }

    /** Fills the dialog as a person would: types part of the organisation's name and picks the one suggestion. */
    @SuppressWarnings("unchecked")
    private static void fill(UserEditor editor, String username, String name, Role role, String organisationTyped,
                             String password) {
        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Name")), name);
        ComboBoxKt.selectByLabel(_get(editor, Select.class, spec -> spec.withLabel("Role")), role.label());
        ComboBox<OrganisationSummary> organisation = _get(editor, ComboBox.class, spec -> spec.withLabel("Organisation"));
        ComboBoxKt.setUserInput(organisation, organisationTyped);
        List<OrganisationSummary> suggestions = ComboBoxKt.getSuggestionItems(organisation);
        assertThat(suggestions).hasSize(1);
        _setValue(organisation, suggestions.getFirst());
        _setValue(_get(editor, PasswordField.class, spec -> spec.withLabel("Password")), password);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserRow> grid() {
        return _get(Grid.class);
    }

    private static List<UserRow> rows() {
        return GridKt._findAll(grid());
    }

    private static UserRow rowFor(String username) {
        return rows().stream().filter(row -> row.account().username().equals(username)).findFirst().orElseThrow();
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
