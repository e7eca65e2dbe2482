package uk.skillsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.KaribuTest;

class HomeViewTest extends KaribuTest {

    @Test
    void an_administrator_is_offered_organisations_and_people() {
        openHomeAs("admin");

        assertThat(cardTitles()).containsExactly("Organisations", "Area evidence", "People");
        assertThat(linkOf("Organisations").getText()).isEqualTo("Manage organisations");
        assertThat(linkOf("Organisations").getHref()).isEqualTo("organisations");
        assertThat(linkOf("People").getText()).isEqualTo("Manage users");
        assertThat(linkOf("People").getHref()).isEqualTo("users");
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Alex Morgan");
    }

    @Test
    void an_erb_lead_is_offered_the_organisations_of_their_own_area() {
        openHomeAs("erb");

        assertThat(cardTitles()).contains("Organisations in West Yorkshire");
        assertThat(_get(card("Organisations in West Yorkshire"), Paragraph.class).getText())
                .matches("\\d+ active organisations take part in your area\\..*");
        assertThat(linkOf("Organisations in West Yorkshire").getHref()).isEqualTo("organisations");
    }

    @Test
    void an_employer_sees_their_own_organisation_and_nothing_to_manage() {
        openHomeAs("employer");

        assertThat(cardTitles()).contains("Your organisation");
        assertThat(_get(card("Your organisation"), Paragraph.class).getText())
                .startsWith("Kirkstall Precision Engineering, Leeds (West Yorkshire LSIP area).");
        assertThat(_find(card("Your organisation"), Anchor.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Priya Shah");
    }

    @Test
    void an_employer_is_offered_the_open_survey_of_their_area() {
        openHomeAs("employer");

        assertThat(_get(card("Employer skills survey 2026"), Paragraph.class).getText())
                .contains("Open until").contains("Your answers:");
        assertThat(linkOf("Employer skills survey 2026").getHref()).isEqualTo("surveys");
    }

    @Test
    void an_erb_lead_sees_how_their_open_rounds_are_going() {
        openHomeAs("erb");

        assertThat(_get(card("Employer skills survey 2026"), Paragraph.class).getText())
                .matches("\\d+ of \\d+ organisations have submitted \\(\\d+%\\).*");
        assertThat(linkOf("Employer skills survey 2026").getHref()).startsWith("rounds/");
    }

    @Test
    void a_college_sees_the_college_it_belongs_to() {
        openHomeAs("provider");

        assertThat(_get(card("Your organisation"), Paragraph.class).getText()).startsWith("Aire Valley College, ");
    }

    @Test
    void the_menu_offers_an_administrator_organisations_and_users() {
        openHomeAs("admin");

        assertThat(menuItems()).containsExactly("Home", "Survey rounds", "Outreach", "Outbox", "Questionnaires", "Area overview",
                "Demand and provision", "Skills plans", "Business population", "Provision data", "Coverage", "Organisations", "Import contacts", "Users",
                "Audit trail");
    }

    @Test
    void the_menu_offers_an_erb_lead_organisations_but_not_users() {
        openHomeAs("erb");

        assertThat(menuItems()).containsExactly("Home", "Survey rounds", "Outreach", "Outbox", "Questionnaires", "Area overview",
                "Demand and provision", "Skills plans", "Business population", "Provision data", "Coverage", "Organisations", "Import contacts",
                "Audit trail");
    }

    @Test
    void the_menu_offers_an_employer_their_surveys_and_nothing_to_manage() {
        openHomeAs("employer");

        assertThat(menuItems()).containsExactly("Home", "Your surveys", "How you compare");
    }

    @Test
    void the_layout_shows_who_is_signed_in_and_for_which_organisation() {
        openHomeAs("employer");

        assertThat(_get(Span.class, spec -> spec.withClasses("sp-user-name")).getText()).isEqualTo("Priya Shah");
        assertThat(_get(Span.class, spec -> spec.withClasses("sp-user-details")).getText())
                .isEqualTo("Employer · Kirkstall Precision Engineering");
    }

    @Test
    void the_layout_shows_an_administrator_without_an_organisation() {
        openHomeAs("admin");

        assertThat(_get(Span.class, spec -> spec.withClasses("sp-user-details")).getText()).isEqualTo("Administrator");
    }

    @Test
    void the_top_bar_starts_with_a_way_past_the_menu_for_keyboard_users() {
        openHomeAs("council");
        MainLayout layout = _get(MainLayout.class);

        com.vaadin.flow.component.html.Header banner = _get(com.vaadin.flow.component.html.Header.class,
                spec -> spec.withClasses("sp-banner"));
        assertThat(banner.getChildren().findFirst()).containsSame(layout.skipToContent);
        assertThat(layout.skipToContent.getText()).isEqualTo("Skip to main content");
        // The page it skips to is the main landmark.
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement()
                .getAttribute("role")).isEqualTo("main");
    }

    @Test
    void moving_to_another_page_keeps_the_same_layout_and_menu() {
        openHomeAs("admin");
        MainLayout layout = _get(MainLayout.class);

        navigate("organisations");

        assertThat(_get(MainLayout.class)).isSameAs(layout);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).last().isSameAs(layout);
    }

    @Test
    void an_address_that_leads_nowhere_shows_page_not_found() {
        login("employer");

        // UI.navigate hands unknown paths to the client-side router; a browser opening the address
        // goes through the server router like this.
        UI ui = UI.getCurrent();
        int status = ui.getInternals().getRouter().navigate(ui, new Location("no-such-page"), NavigationTrigger.PAGE_LOAD);

        assertThat(status).isEqualTo(404);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(PageNotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        assertThat(_get(Anchor.class, spec -> spec.withText("Go to your home page")).getHref()).isEmpty();
    }

    private void openHomeAs(String username) {
        login(username);
        navigate("");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(HomeView.class);
    }

    private static List<String> cardTitles() {
        return _find(Section.class, spec -> spec.withClasses("sp-card")).stream()
                .map(section -> _get(section, H2.class).getText()).toList();
    }

    private static Section card(String title) {
        return _find(Section.class, spec -> spec.withClasses("sp-card")).stream()
                .filter(section -> _get(section, H2.class).getText().equals(title)).findFirst().orElseThrow();
    }

    private static Anchor linkOf(String cardTitle) {
        return _get(card(cardTitle), Anchor.class);
    }

    private static List<String> menuItems() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
