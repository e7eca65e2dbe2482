package uk.skillsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.skillsplan.testing.KaribuTest;

/**
 * An address whose id is not a number - a mistyped or cut-off link, or one longer than any id - says
 * "Not found" (or, for the outreach page, lets the person choose a round), never "Something went
 * wrong" with an incident reference.
 */
class MalformedIdAddressTest extends KaribuTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "admin, plans/abc", "admin, plans/99999999999999999999", "admin, plans/abc/responses",
            "admin, plans/abc/actions", "admin, plans/abc/progress", "admin, plans/sections/abc",
            "admin, plans/sections/abc/edit", "admin, plans/sections/abc/versions", "admin, plans/evidence/abc",
            "admin, rounds/abc", "admin, response/1e3", "employer, answer/abc",
            "-, public/plans/abc", "-, public/progress/x1"})
    void a_non_numeric_id_gives_the_not_found_page(String user, String path) {
        if (!"-".equals(user)) {
            login(user);
        }
        navigate(path);

        assertThat(NavigatorKt.getCurrentView()).as(path).isEqualTo(RecordNotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"outreach/abc, Outreach", "join/abc, This survey is not open"})
    void a_non_numeric_round_in_an_optional_place_is_treated_as_none(String path, String heading) {
        login("erb");
        navigate(path);

        assertThat(_get(H1.class).getText()).isEqualTo(heading);
    }
}
