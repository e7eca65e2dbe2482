package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.testing.SurveyTestData;

/** The public page where a business joins an open round. */
class JoinViewTest extends OutreachPages {

    @Test
    void the_join_page_shows_errors_next_to_the_fields_and_thanks_a_complete_request() {
        navigate("join/" + round.id());
        JoinView view = _get(JoinView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Take part: " + round.title());

        _click(view.send);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Enter your work e-mail address");

        _setValue(view.name, "Karibu Cafe");
        _setValue(view.localAuthority, view.localAuthority.getListDataView().getItems()
                .filter(la -> la.ladCode().equals(SurveyTestData.LEEDS)).findFirst().orElseThrow());
        _setValue(view.sector, view.sector.getListDataView().getItems().filter(s -> s.code().equals("I")).findFirst()
                .orElseThrow());
        _setValue(view.size, SizeBand.MICRO);
        _setValue(view.contactName, "Kim");
        _setValue(view.email, "kim-" + System.nanoTime() + "@example.org");
        _click(view.send);

        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.outcome.getText()).startsWith("Thank you. We have sent a link to kim-");
    }

    @Test
    void the_join_page_of_a_closed_or_unknown_round_says_it_is_not_open() {
        navigate("join/999999999");
        assertThat(_get(H1.class).getText()).isEqualTo("This survey is not open");
    }
}
