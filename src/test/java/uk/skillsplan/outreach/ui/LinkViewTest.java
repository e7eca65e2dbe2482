package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import uk.skillsplan.security.LinkCheck;
import uk.skillsplan.security.LinkRequest;
import uk.skillsplan.security.Role;

/** The personal link page: a valid link waits for a press, a forged one offers a new link. */
class LinkViewTest extends OutreachPages {

    @Test
    void a_valid_link_shows_a_continue_button_that_posts_the_token_and_counts_as_opened() {
        String token = data.as("erb", () -> links.issue(new LinkRequest(email, "Robin Page", firm.id(), Role.EMPLOYER,
                "test:1", "/answer/" + round.id(), java.time.Duration.ofDays(1))));
        navigate("link/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Answer your organisation's skills survey");
        NativeButton go = _get(NativeButton.class);
        assertThat(go.getText()).isEqualTo(LinkView.CONTINUE);
        PostForm form = _get(PostForm.class);
        assertThat(form.getElement().getAttribute("action")).isEqualTo("login/ott");
        assertThat(form.getElement().getAttribute("method")).isEqualTo("post");
        assertThat(form.getChildren().map(c -> c.getElement().getProperty("value"))).contains(token);
        assertThat(links.check(token).state()).as("looking does not use it").isEqualTo(LinkCheck.State.VALID);
    }

    @Test
    void a_forged_link_says_so_and_offers_a_new_link_with_the_same_answer_for_any_address() {
        navigate("link/forged-token-that-we-never-sent");

        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
        _setValue(_get(EmailField.class), "nobody-" + System.nanoTime() + "@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send me a new link")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(NewLinkForm.SENT);
    }
}
