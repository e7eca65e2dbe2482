package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;

/** The page a join request's verification link opens. */
class JoinVerifyViewTest extends OutreachPages {

    @Test
    void an_unusable_verification_link_says_so() {
        navigate("join/verify/not-a-token");
        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
    }
}
