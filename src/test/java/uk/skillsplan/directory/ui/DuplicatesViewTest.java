package uk.skillsplan.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.directory.LikelyDuplicate;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

/** The ERB lead's likely duplicates: merging a pair, and confirming a self-registered organisation. */
class DuplicatesViewTest extends KaribuTest {

    @Autowired OrganisationService organisations;

    private OrganisationSummary employer(SurveyTestData data, String name, boolean selfRegistered) {
        OrganisationDraft draft = new OrganisationDraft(OrganisationKind.EMPLOYER, name, SurveyTestData.BRADFORD, "F",
                SizeBand.SMALL, null);
        return data.as("erb", () -> selfRegistered ? organisations.createSelfRegistered(draft) : organisations.create(draft));
    }

    @Test
    void the_erb_lead_merges_a_pair_and_confirms_a_business_that_joined_by_itself() {
        SurveyTestData data = new SurveyTestData(applicationContext);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        OrganisationSummary known = employer(data, "Page builders " + tag, false);
        OrganisationSummary joined = employer(data, "PAGE BUILDERS " + tag + " LTD", true);
        OrganisationSummary separate = employer(data, "Separate " + tag, true);
        login("erb");
        navigate("organisations/duplicates");
        DuplicatesView view = _get(DuplicatesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Likely duplicates");
        assertThat(view.keepFirst.isEnabled()).isFalse();

        LikelyDuplicate pair = view.pairs.getListDataView().getItems().filter(p -> p.first().id() == known.id())
                .findFirst().orElseThrow();
        assertThat(pair.selfRegistered()).isTrue();
        view.pairs.select(pair);
        _click(view.keepFirst);

        assertThat(view.pairs.getListDataView().getItems()).noneMatch(p -> p.first().id() == known.id());
        assertThat(view.awaiting.getListDataView().getItems()).extracting(OrganisationSummary::id)
                .doesNotContain(joined.id()).contains(separate.id());
        view.awaiting.select(view.awaiting.getListDataView().getItems().filter(o -> o.id() == separate.id())
                .findFirst().orElseThrow());
        _click(view.confirm);
        assertThat(view.awaiting.getListDataView().getItems()).extracting(OrganisationSummary::id)
                .doesNotContain(separate.id());
    }
}
