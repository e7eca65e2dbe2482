package uk.skillsplan.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.testing.KaribuTest;

class OrganisationsViewTest extends KaribuTest {

    private static final String WEST_YORKSHIRE = "E69000037";

    @Autowired
    OrganisationService organisations;

    @Autowired
    ReferenceDataService referenceData;

    @Test
    void an_administrator_sees_organisations_of_every_area() {
        open("admin");

        List<OrganisationSummary> rows = rows();
        assertThat(rows).extracting(OrganisationSummary::name)
                .contains("Kirkstall Precision Engineering", "Ancoats Software Co-operative", "Penwith Seafood Processing");
        assertThat(rows).extracting(OrganisationSummary::lsipAreaName)
                .contains("West Yorkshire", "Greater Manchester", "Cornwall and the Isles of Scilly");
        assertThat(GridKt._size(grid())).isEqualTo(organisations.count(new OrganisationQuery(null, null, null, false)));
    }

    @Test
    void searching_by_name_narrows_the_list() {
        open("admin");

        _setValue(field("Search by name or Companies House number"), "kernow");

        assertThat(rows()).extracting(OrganisationSummary::name).containsExactly("Kernow College of Further Education");
    }

    @Test
    void an_administrator_can_narrow_the_list_to_one_area_and_one_kind() {
        open("admin");

        ComboBoxKt.selectByLabel(select("LSIP area"), "Greater Manchester");
        ComboBoxKt.selectByLabel(select("Kind"), OrganisationKind.PROVIDER.label());

        assertThat(rows()).extracting(OrganisationSummary::name).contains("Irwell Training Academy")
                .doesNotContain("Aire Valley College", "Ancoats Software Co-operative");
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.lsipCode()).isEqualTo("E69000014");
            assertThat(row.kind()).isEqualTo(OrganisationKind.PROVIDER);
        });
    }

    @Test
    void an_erb_lead_sees_only_their_own_area_and_no_area_filter() {
        open("erb");

        assertThat(rows()).isNotEmpty().allSatisfy(row -> assertThat(row.lsipCode()).isEqualTo(WEST_YORKSHIRE));
        assertThat(rows()).extracting(OrganisationSummary::name).contains("Kirkstall Precision Engineering")
                .doesNotContain("Ancoats Software Co-operative");
        _assertNone(Select.class, spec -> spec.withLabel("LSIP area"));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Organisations in West Yorkshire. "
                + "You can add and edit organisations in your own LSIP area.")).isVisible()).isTrue();
    }

    @Test
    void an_erb_lead_searching_for_an_organisation_elsewhere_finds_nothing() {
        open("erb");

        _setValue(field("Search by name or Companies House number"), "Ancoats");

        assertThat(rows()).isEmpty();
    }

    @Test
    void an_administrator_adds_an_employer_through_the_editor() {
        open("admin");
        String name = "Karibu Foundry " + UUID.randomUUID().toString().substring(0, 8);

        _click(button("Add organisation"));
        OrganisationEditor editor = _get(OrganisationEditor.class);
        assertThat(editor.getHeaderTitle()).isEqualTo("Add organisation");
        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Name")), name);
        ComboBoxKt.selectByLabel(localAuthority(editor), "Leeds (E08000035)");
        ComboBoxKt.selectByLabel(_get(editor, ComboBox.class, spec -> spec.withLabel("Industry (SIC 2007 section)")),
                "C - Manufacturing");
        ComboBoxKt.selectByLabel(_get(editor, Select.class, spec -> spec.withLabel("Size band (employment at this site)")),
                SizeBand.SMALL.label());
        _setValue(_get(editor, TextField.class, spec -> spec.withLabel("Companies House number (optional)")), "sc 123456");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        _assertNoDialogs();
        NotificationsKt.expectNotifications("Saved " + name + ".");
        _setValue(field("Search by name or Companies House number"), name);
        assertThat(rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(OrganisationKind.EMPLOYER);
            assertThat(row.localAuthorityName()).isEqualTo("Leeds");
            assertThat(row.sicSection()).isEqualTo("C");
            assertThat(row.sizeBand()).isEqualTo(SizeBand.SMALL);
            assertThat(row.companiesHouseNumber()).isEqualTo("SC123456");
        });
    }

    @Test
    void clicking_a_row_opens_the_organisation_for_editing() {
        open("erb");
        String name = "Karibu Bakery " + UUID.randomUUID().toString().substring(0, 8);
        OrganisationSummary created = organisations.create(college(name, "E08000033"));
        _setValue(field("Search by name or Companies House number"), name);

        GridKt._clickItem(grid(), 0);

        OrganisationEditor editor = _get(OrganisationEditor.class);
        TextField nameField = _get(editor, TextField.class, spec -> spec.withLabel("Name"));
        assertThat(nameField.getValue()).isEqualTo(name);
        assertThat(localAuthority(editor).getValue().name()).isEqualTo("Calderdale");
        _setValue(nameField, name + " Ltd");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        _assertNoDialogs();
        assertThat(organisations.get(created.id()).name()).isEqualTo(name + " Ltd");
    }

    @Test
    void an_erb_lead_can_choose_only_local_authorities_in_their_own_area() {
        open("erb");

        _click(button("Add organisation"));
        ComboBox<LocalAuthority> localAuthority = localAuthority(_get(OrganisationEditor.class));

        assertThat(ComboBoxKt.getSuggestionItems(localAuthority))
                .containsExactlyInAnyOrderElementsOf(referenceData.localAuthoritiesIn(WEST_YORKSHIRE));
        assertThatThrownBy(() -> ComboBoxKt.selectByLabel(localAuthority, "Manchester (E08000003)"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void an_empty_name_and_a_malformed_companies_house_number_are_shown_next_to_the_fields_and_nothing_is_saved() {
        open("admin");
        int before = organisations.count(OrganisationQuery.all());

        _click(button("Add organisation"));
        OrganisationEditor editor = _get(OrganisationEditor.class);
        ComboBoxKt.selectByLabel(localAuthority(editor), "Leeds (E08000035)");
        TextField companiesHouse = _get(editor, TextField.class, spec -> spec.withLabel("Companies House number (optional)"));
        _setValue(companiesHouse, "12AB");
        _click(_get(editor, Button.class, spec -> spec.withText("Save")));

        TextField name = _get(editor, TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the organisation's name.");
        assertThat(companiesHouse.isInvalid()).isTrue();
        assertThat(companiesHouse.getErrorMessage()).startsWith("A Companies House number has 8 characters");
        ComboBox<?> sic = _get(editor, ComboBox.class, spec -> spec.withLabel("Industry (SIC 2007 section)"));
        assertThat(sic.isInvalid()).isTrue();
        assertThat(sic.getErrorMessage()).isEqualTo("Choose the employer's industry (SIC section).");
        assertThat(localAuthority(editor).isInvalid()).isFalse();
        assertThat(editor.isOpened()).isTrue();
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    private void open(String username) {
        login(username);
        navigate("organisations");
    }

    @SuppressWarnings("unchecked")
    private static Grid<OrganisationSummary> grid() {
        return _get(Grid.class);
    }

    private static List<OrganisationSummary> rows() {
        return GridKt._findAll(grid());
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<LocalAuthority> localAuthority(OrganisationEditor editor) {
        return _get(editor, ComboBox.class, spec -> spec.withLabel("Local authority"));
    }

    private static OrganisationDraft college(String name, String ladCode) {
        return new OrganisationDraft(OrganisationKind.PROVIDER, name, ladCode, null, null, null);
    }
}
