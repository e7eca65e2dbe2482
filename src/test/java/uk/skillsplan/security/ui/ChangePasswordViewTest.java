package uk.skillsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.skillsplan.base.ui.HomeView;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.security.NewUserAccount;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.UserAccountChanges;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.security.UserAccountSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SignIn;

class ChangePasswordViewTest extends KaribuTest {

    private static final String PASSWORD = "Quiet-Harbour-42";
    private static final String NEW_PASSWORD = "Lantern-Maple-97";

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PasswordEncoder passwordEncoder;

    private UserAccountSummary account;

    @BeforeEach
    void createAccount() {
        SignIn.as(userDetailsService, "admin");
        long kirkstall = organisations.search(new OrganisationQuery("Kirkstall Precision", null, null, true),
                Pageable.unpaged()).getFirst().id();
        account = accounts.create(new NewUserAccount("karibu.pw." + UUID.randomUUID().toString().substring(0, 8),
                "Password Tester", null, Role.EMPLOYER, kirkstall, PASSWORD));
        SignIn.out();
    }

    @Test
    void the_user_panel_links_to_the_page() {
        login("employer");
        navigate("");

        assertThat(_get(Anchor.class, spec -> spec.withText("Change password")).getHref()).isEqualTo("account/password");
    }

    @Test
    void a_person_changes_their_password_and_goes_home() {
        login(account.username());
        navigate("account/password");

        fill(PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        NotificationsKt.expectNotifications("Your password has been changed.");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, userDetailsService.loadUserByUsername(account.username())
                .getPassword())).isTrue();
    }

    @Test
    void problems_are_shown_next_to_the_fields_they_concern() {
        login(account.username());
        navigate("account/password");

        fill("Not-" + PASSWORD, "short-1", "short-2");
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(field("Current password").isInvalid()).isTrue();
        assertThat(field("Current password").getErrorMessage()).startsWith("This is not your current password.");
        assertThat(field("New password").getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(field("New password again").getErrorMessage()).startsWith("The two new passwords differ.");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ChangePasswordView.class);
    }

    @Test
    void after_an_administrators_reset_every_page_leads_to_the_change_until_it_is_done() {
        SignIn.as(userDetailsService, "admin");
        accounts.update(account.id(), new UserAccountChanges(account.displayName(), null, Role.EMPLOYER,
                account.organisationId(), "Reset-Lighthouse-55"));
        SignIn.out();
        login(account.username());

        navigate("");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ChangePasswordView.class);
        navigate("surveys");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class,
                spec -> spec.withText("Your administrator has set a new password for you. Choose a password "
                        + "of your own to continue: nobody else should know it.")).isVisible()).isTrue();

        fill("Reset-Lighthouse-55", NEW_PASSWORD, NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Change password")));

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
        navigate("surveys");
        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(ChangePasswordView.class);
    }

    @Autowired
    uk.skillsplan.security.SignInLinks links;

    @Autowired
    org.springframework.security.authentication.ott.OneTimeTokenService tokens;

    @Test
    void a_person_who_signed_in_with_a_link_sets_a_password_without_the_current_one() {
        String username = uk.skillsplan.security.PasswordChangeServiceTest.signInWithALink(links, tokens,
                account.organisationId());
        login(username);
        navigate("account/password");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(PasswordField.class,
                spec -> spec.withLabel("Current password"))).as("no current password asked").isEmpty();
        _get(Paragraph.class, spec -> spec.withText("You signed in with a personal link, which works once. Set a "
                + "password to sign in again later with your username, " + username + ", and this password."));
        _setValue(field("New password"), NEW_PASSWORD);
        _setValue(field("New password again"), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        NotificationsKt.expectNotifications("Your password is set: from now on you can sign in with it.");
        assertThat(passwordEncoder.matches(NEW_PASSWORD, userDetailsService.loadUserByUsername(username).getPassword()))
                .isTrue();
    }

    private static void fill(String current, String newPassword, String repeat) {
        _setValue(field("Current password"), current);
        _setValue(field("New password"), newPassword);
        _setValue(field("New password again"), repeat);
    }

    private static PasswordField field(String label) {
        return _get(PasswordField.class, spec -> spec.withLabel(label));
    }
}
