package uk.skillsplan.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.HomeCard;

class CollaborationHomeCardsTest extends CollaborationPages {

    @Autowired
    CollaborationHomeCards cards;

    @Test
    void the_owner_sees_the_sections_it_owns_and_the_suggestion_waiting_for_it() {
        long section = sectionOwnedByTheCouncil(2080);
        login("provider");
        collaboration.suggest(section, 1, "Employers need more welders and fitters.", "");
        collaboration.comment(section, "Fitters are short too.", List.of());

        login("council2");
        List<HomeCard> home = cards.homeCards();

        assertThat(home).extracting(HomeCard::title).contains("Plan sections you own", "Waiting for you in the plan");
        HomeCard owned = home.stream().filter(c -> c.title().equals("Plan sections you own")).findFirst().orElseThrow();
        assertThat(owned.text()).contains("\"Introduction and executive summary\" (1 suggested edit, 1 open thread)");
        HomeCard waiting = home.stream().filter(c -> c.title().equals("Waiting for you in the plan")).findFirst().orElseThrow();
        assertThat(waiting.text()).contains("Tom Okafor (Aire Valley College) suggests an edit");
        assertThat(waiting.linkPath()).isEqualTo("notifications");
    }

    @Test
    void employers_and_administrators_get_no_plan_cards() {
        login("employer");
        assertThat(cards.homeCards()).isEmpty();
        login("admin");
        assertThat(cards.homeCards()).isEmpty();
    }
}
