package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The opt-out page. */
class OptOutViewTest extends OutreachPages {

    @Test
    void the_opt_out_page_stops_e_mails_only_when_its_button_is_pressed() {
        navigate("opt-out/not-a-real-token");
        _click(_get(Button.class, spec -> spec.withText("Stop e-mails to me")));
        assertThat(_get(OptOutView.class).outcome.getText()).isEqualTo(OptOutView.UNKNOWN);
    }
}
