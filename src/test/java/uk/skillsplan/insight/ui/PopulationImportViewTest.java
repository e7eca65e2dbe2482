package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.NomisFile;
import uk.skillsplan.testing.KaribuTest;

class PopulationImportViewTest extends KaribuTest {

    @Test
    void the_erb_lead_checks_a_file_chooses_the_year_and_confirms_it() {
        PopulationImportView view = open("erb");
        assertThat(view.area.getValue().name()).isEqualTo("West Yorkshire");
        assertThat(view.area.isReadOnly()).isTrue();
        assertThat(view.confirmation.isVisible()).isFalse();
        int before = GridKt._size(view.imports);
        assertThat(before).as("the demo's import of the shipped file").isPositive();

        upload(view, "ubc.csv", westYorkshire().years(2021, 2022).csv());

        assertThat(view.confirmation.isVisible()).isTrue();
        assertThat(view.year.getValue()).as("the latest year by default").isEqualTo(2022);
        assertThat(view.yearSummary.getText()).startsWith("2022: ").contains("enterprises")
                .contains("in 5 districts (Bradford, Calderdale, Kirklees, Leeds, Wakefield) and 18 industries");
        assertThat(view.confirmation.getElement().getTextRecursively()).contains("downloaded from Nomis on 24 April 2023")
                .contains("1 district outside England").contains("1 area of type \"country\"");
        assertThat(GridKt._size(view.imports)).as("nothing written before confirming").isEqualTo(before);

        view.year.setValue(2021);
        assertThat(view.yearSummary.getText()).startsWith("2021: ");
        _click(view.confirm);

        assertThat(outcome(view)).startsWith("Imported the business population of 2021");
        assertThat(view.confirmation.isVisible()).isFalse();
        assertThat(GridKt._size(view.imports)).isEqualTo(before + 1);
        assertThat(GridKt._getFormattedRow(view.imports, 0)).contains("2021", "ubc.csv");
    }

    @Test
    void a_bad_file_is_refused_with_a_report_and_nothing_to_confirm() {
        PopulationImportView view = open("erb");

        upload(view, "ubc.csv", westYorkshire().cell("ladu:Leeds", 0, "-5").csv());

        assertThat(outcome(view)).startsWith("Nothing was imported: ubc.csv has 18 problems")
                .contains("Row 13").contains("cannot be negative");
        assertThat(_get(view.outcome, Anchor.class, spec -> spec.withText("Download the list of problems (CSV)")))
                .isNotNull();
        assertThat(view.confirmation.isVisible()).isFalse();
    }

    @Test
    void cancel_leaves_nothing_to_confirm() {
        PopulationImportView view = open("erb");
        upload(view, "ubc.csv", westYorkshire().csv());

        _click(view.cancel);

        assertThat(view.confirmation.isVisible()).isFalse();
        assertThat(outcome(view)).isEmpty();
    }

    @Test
    void an_administrator_chooses_the_area_before_uploading() {
        PopulationImportView view = open("admin");
        assertThat(view.area.isReadOnly()).isFalse();
        assertThat(view.upload.isEnabled()).isFalse();
        assertThat(GridKt._size(view.imports)).isZero();

        LsipArea greaterManchester = view.area.getListDataView().getItems()
                .filter(a -> a.code().equals("E69000014")).findFirst().orElseThrow();
        view.area.setValue(greaterManchester);

        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(GridKt._size(view.imports)).isPositive();
    }

    private PopulationImportView open(String username) {
        login(username);
        navigate("population");
        return _get(PopulationImportView.class);
    }

    private static void upload(PopulationImportView view, String name, byte[] content) {
        UploadKt._upload(view.upload, name, "text/csv", content);
        MockVaadin.clientRoundtrip(false);
    }

    private static String outcome(PopulationImportView view) {
        return view.outcome.getElement().getTextRecursively();
    }

    static NomisFile westYorkshire() {
        return new NomisFile().place("country:England", null).place("ladu:Bradford", null).place("ladu:Calderdale", null)
                .place("ladu:Kirklees", null).place("ladu:Leeds", null).place("ladu:Wakefield", null)
                .place("ladu:Cardiff", null);
    }
}
