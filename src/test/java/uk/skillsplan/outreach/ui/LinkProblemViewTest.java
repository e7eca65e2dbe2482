package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

/** The page that sends a new link. */
class LinkProblemViewTest extends OutreachPages {

    @Test
    void the_link_problem_page_asks_for_an_address_before_sending() {
        navigate("link-problem");

        _click(_get(Button.class, spec -> spec.withText("Send me a new link")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Website (leave empty)")).getElement()
                .getAttribute("aria-hidden")).isEqualTo("true");
    }
}
