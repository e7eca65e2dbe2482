package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class InsightHomeCardsTest extends KaribuTest {

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    ResponseService responses;

    @Test
    void the_erb_lead_council_and_administrator_are_led_to_the_area_overview() {
        for (String username : new String[] {"erb", "council", "admin"}) {
            login(username);
            navigate("");
            Optional<Anchor> link = linkTo(AreaOverviewView.ROUTE);
            assertThat(link).as(username).isPresent();
            assertThat(link.get().getText()).isEqualTo("Open the area overview");
        }
    }

    @Test
    void a_provider_is_led_to_employer_demand() {
        login("provider");
        navigate("");
        assertThat(linkTo(ProviderDemandView.ROUTE)).get().extracting(Anchor::getText).isEqualTo("See employer demand");
    }

    @Test
    void an_employer_is_offered_how_they_compare_only_once_they_have_submitted() {
        SurveyTestData data = new SurveyTestData(applicationContext);
        long site = data.newEmployer("Home card employer", SurveyTestData.BRADFORD, "G", SizeBand.MICRO).id();
        String employer = data.newAccount(Role.EMPLOYER, site, "Home Card Owner");
        login(employer);
        navigate("");
        assertThat(linkTo(HowYouCompareView.ROUTE)).isEmpty();

        data.as(employer, () -> {
            long round = rounds.roundsForMe().stream().filter(r -> r.title().equals(DemoRounds.EMPLOYER_ROUND))
                    .findFirst().orElseThrow().id();
            long id = responses.startOrResume(round).id();
            data.complete(id, 4);
            return responses.submit(id);
        });
        navigate("surveys");
        navigate("");
        assertThat(linkTo(HowYouCompareView.ROUTE)).isPresent();
    }

    private static Optional<Anchor> linkTo(String route) {
        return _find(Section.class, spec -> spec.withClasses("sp-card")).stream()
                .flatMap(card -> _find(card, Anchor.class).stream())
                .filter(a -> route.equals(a.getHref())).findFirst();
    }
}
