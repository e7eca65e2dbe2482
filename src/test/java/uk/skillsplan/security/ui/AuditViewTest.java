package uk.skillsplan.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

/** The audit trail page: newest first, filtered by what and by text, an ERB lead's own area. */
class AuditViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_filters_the_trail_by_what_happened_and_by_text() {
        String name = new SurveyTestData(applicationContext).newEmployer("Audit view works", SurveyTestData.LEEDS, "C",
                SizeBand.SMALL).name();
        login("admin");
        navigate("audit");

        assertThat(_get(H1.class).getText()).isEqualTo("Audit trail");
        _setValue(_get(Select.class), AuditAction.ORGANISATION_CREATED);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Person, subject or detail")), name);

        Grid<?> grid = _get(Grid.class);
        assertThat(_size(grid)).isOne();
        assertThat(_getFormattedRow(grid, 0)).element(1).isEqualTo("Sam Whitaker (erb)");
        assertThat(_getFormattedRow(grid, 0)).element(2).isEqualTo("Organisation created");
    }

    @Test
    void an_erb_lead_is_told_the_trail_is_their_areas() {
        login("erb");
        navigate("audit");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class).getText()).startsWith("What happened in your area");
    }
}
