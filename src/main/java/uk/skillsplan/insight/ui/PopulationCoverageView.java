package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationCoverageCell;
import uk.skillsplan.insight.PopulationCoverageService;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Coverage of an employer round against the business population: one row per industry, one column
 * per size band, each cell "responses of businesses (rate)", under-represented cells flagged in words.
 */
@Route("coverage")
@PageTitle("Coverage | SkillsPlan")
@Menu(title = "Coverage", order = 47, icon = "GRID_SMALL")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class PopulationCoverageView extends Div {

    /** One row of the table: an industry and its four cells. */
    record Row(String industry, Map<String, PopulationCoverageCell> cells) {
    }

    final Select<SurveyRoundSummary> round = new Select<>();
    final Select<LocalAuthority> localAuthority = new Select<>();
    final Paragraph summary = new Paragraph();
    final Paragraph mapping = new Paragraph();
    final Grid<Row> table = new Grid<>(Row.class, false);

    private final PopulationCoverageService coverage;
    private final ReferenceDataService referenceData;
    private static final LocalAuthority WHOLE_AREA = new LocalAuthority("", "Whole area", "", "");

    PopulationCoverageView(PopulationCoverageService coverage, SurveyRoundService rounds, ReferenceDataService referenceData) {
        this.coverage = coverage;
        this.referenceData = referenceData;
        addClassName("sp-view");
        add(new H1("Coverage"), new Paragraph("How well an employer round's submitted responses cover the businesses of "
                + "the area (ONS UK Business Counts, the area's latest import), by industry and size band. "
                + PopulationCoverage.RULE + " Counts of fewer than 5 responses are shown as \"c\"."));
        List<SurveyRoundSummary> employerRounds = rounds.managedRounds().stream()
                .filter(r -> r.audience().contains(OrganisationKind.EMPLOYER)).toList();
        round.setLabel("Survey round");
        round.setItems(employerRounds);
        round.setItemLabelGenerator(r -> r.title() + " (" + referenceData.area(r.lsipCode()).map(a -> a.name()).orElse(r.lsipCode()) + ")");
        round.setEmptySelectionAllowed(false);
        localAuthority.setLabel("Local authority");
        localAuthority.setItemLabelGenerator(LocalAuthority::name);
        round.addValueChangeListener(e -> {
            List<LocalAuthority> options = new ArrayList<>(List.of(WHOLE_AREA));
            if (e.getValue() != null) {
                options.addAll(referenceData.localAuthoritiesIn(e.getValue().lsipCode()));
            }
            localAuthority.setItems(options);
            localAuthority.setValue(WHOLE_AREA);
            show();
        });
        localAuthority.addValueChangeListener(e -> show());

        table.addColumn(Row::industry).setHeader("Industry").setAutoWidth(true).setFlexGrow(1);
        for (SizeBand band : SizeBand.values()) {
            table.addColumn(row -> describe(row.cells().get(band.code()))).setHeader(band.label()).setAutoWidth(true);
        }
        table.setAllRowsVisible(true);
        table.setEmptyStateText("No business population has been imported for this area: import one under "
                + "\"Business population\".");
        table.getElement().setAttribute("aria-label", "Responses against businesses by industry and size band");
        add(round, localAuthority, summary, table, mapping);
        if (!employerRounds.isEmpty()) {
            round.setValue(employerRounds.getFirst());
        } else {
            summary.setText("There is no employer survey round to compare with the business population yet.");
        }
    }

    private void show() {
        if (round.getValue() == null) {
            return;
        }
        LocalAuthority la = localAuthority.getValue();
        PopulationCoverage result = coverage.coverage(round.getValue().id(), la == null || la == WHOLE_AREA ? null : la.ladCode());
        Map<String, Map<String, PopulationCoverageCell>> byIndustry = new LinkedHashMap<>();
        result.cells().forEach(c -> byIndustry.computeIfAbsent(c.industryLabel(), k -> new LinkedHashMap<>()).put(c.sizeBand(), c));
        table.setItems(byIndustry.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
        if (result.population() == null) {
            summary.setText("No business population has been imported for this area yet.");
            mapping.setText("");
            return;
        }
        long flagged = result.cells().stream().filter(PopulationCoverageCell::underRepresented).count();
        summary.setText(shown(result.responses(), false) + " responses against " + String.format("%,d", result.businesses())
                + " " + result.population().unit().noun() + " (" + result.population().year() + ", imported "
                + result.population().fileName() + "): overall response rate " + shown(result.overallRate(), true) + ". "
                + flagged + (flagged == 1 ? " cell is" : " cells are") + " under-represented."
                + (result.unclassified() > 0 ? " " + result.unclassified() + " responses give no industry or size band and "
                + "are in no cell." : ""));
        mapping.setText(result.mapping());
    }

    static String describe(PopulationCoverageCell cell) {
        if (cell == null) {
            return "";
        }
        String text = shown(cell.responses(), false) + " of " + String.format("%,d", cell.businesses())
                + (cell.businesses() == 0 ? "" : " (" + shown(cell.responseRate(), true) + ")");
        return cell.underRepresented() ? text + " - under-represented" : text;
    }

    private static String shown(Figure figure, boolean percent) {
        if (figure.suppressed() || figure.value() == null) {
            return Figure.SUPPRESSED_MARK;
        }
        return percent ? String.format(Locale.UK, "%.1f%%", 100 * figure.value()) : String.format("%,.0f", figure.value());
    }
}
