package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.KaribuTest;

class ProvisionImportViewTest extends KaribuTest {

    private static final String HEADER = "\uFEFFlocation,location_code,geographic_level,time_period,notional_nvq_level,"
            + "ethnicity_group,gender,ssa_t1_desc,e_and_t_aims_ach\n";

    @Test
    void the_erb_lead_imports_a_district_file_and_sees_it_listed() {
        ProvisionImportView view = open("erb");
        assertThat(view.area.getValue().name()).isEqualTo("West Yorkshire");
        int before = GridKt._size(view.imports);

        upload(view, HEADER + "Leeds,E08000035,localAuthorityDistrict,202223,Total,Total,Total,Total,120\n"
                + "Bradford,E08000032,localAuthorityDistrict,202223,Total,Total,Total,Total,c\n");

        assertThat(outcome(view)).startsWith("Imported 3 figures for 2022/23 from fe.csv.")
                .contains("the area's figures are the sums of its districts");
        assertThat(GridKt._size(view.imports)).isEqualTo(before + 1);
        assertThat(GridKt._getFormattedRow(view.imports, 0)).contains("2022/23", "Sum of its districts", "fe.csv");
    }

    @Test
    void a_bad_file_is_refused_with_a_report() {
        ProvisionImportView view = open("erb");
        int before = GridKt._size(view.imports);

        upload(view, HEADER + "Leeds,E08000035,localAuthorityDistrict,202223,Total,Total,Total,Total,lots\n");

        assertThat(outcome(view)).startsWith("Nothing was imported: fe.csv has 1 problem").contains("Row 2")
                .contains("neither a number nor one of DfE's symbols");
        assertThat(_get(view.outcome, Anchor.class, spec -> spec.withText("Download the list of problems (CSV)"))).isNotNull();
        assertThat(GridKt._size(view.imports)).isEqualTo(before);
    }

    private ProvisionImportView open(String username) {
        login(username);
        navigate("provision");
        return _get(ProvisionImportView.class);
    }

    private static void upload(ProvisionImportView view, String content) {
        UploadKt._upload(view.upload, "fe.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    private static String outcome(ProvisionImportView view) {
        return view.outcome.getElement().getTextRecursively();
    }
}
