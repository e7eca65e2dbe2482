package uk.skillsplan.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import org.junit.jupiter.api.Test;
import uk.skillsplan.security.Role;

/** The landing page of a signed-in invitee: it opens their organisation's response. */
class AnswerViewTest extends OutreachPages {

    @Test
    void the_answer_page_starts_the_organisations_response_and_opens_it() {
        String username = data.newAccount(Role.EMPLOYER, firm.id(), "Robin Page");
        login(username);
        navigate("answer/" + round.id());

        assertThat(NavigatorKt.getCurrentPath()).startsWith("response/");
    }
}
