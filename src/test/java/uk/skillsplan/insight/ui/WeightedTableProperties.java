package uk.skillsplan.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.skillsplan.insight.BaseUnit;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.disclosure.DisclosureControl;
import uk.skillsplan.insight.disclosure.DisclosureRules;
import uk.skillsplan.insight.disclosure.Magnitude;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.insight.export.FigureTableCsv;
import uk.skillsplan.insight.export.FigureTableXlsx;

/**
 * Weighted tables keep disclosure control (jqwik, over random tables of organisations' contributions, each
 * organisation with a random weight): on every path a weighted table takes - the disclosure step the service calls,
 * the screen's table model unweighted, weighted and side by side, and the CSV and Excel downloads - no value is
 * given for a cell of fewer than the minimum organisations or dominated by one, and a hidden row cannot be worked
 * out from the weighted total and the other weighted rows.
 */
class WeightedTableProperties {

    static final DisclosureControl CONTROL = new DisclosureControl(DisclosureRules.DEFAULTS,
            Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC));
    static final Metric VOLUME = new Metric("SSV_VOLUME", "SSVs", "", "SSVs", "", BaseUnit.ESTABLISHMENTS,
            MetricKind.VOLUME, false, List.of("VAC_SSV"), "EMPLOYER", null, null);
    static final MetricQuery QUERY = MetricQuery.of("SSV_VOLUME", 1, "E69000037");

    /** One organisation: its contribution and its weight. */
    record Org(int contribution, double weight) {
    }

    /** The screen's model needs a UI (its downloads register with the session): a mock one, no Spring. */
    @BeforeProperty
    void aUi() {
        MockVaadin.setup();
    }

    @AfterProperty
    void noUi() {
        MockVaadin.tearDown();
    }

    @Provide
    Arbitrary<List<List<Org>>> tables() {
        Arbitrary<Org> org = Combinators.combine(Arbitraries.integers().between(0, 200),
                Arbitraries.doubles().between(0.5, 400).ofScale(2)).as(Org::new);
        return org.list().ofMinSize(0).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Both tables of the same random organisations: unweighted, and weighted with the unweighted pattern. */
    private static FigureTable[] tables(List<List<Org>> orgs) {
        List<RawCell> plain = new ArrayList<>();
        List<RawCell> weighted = new ArrayList<>();
        List<Org> all = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            plain.add(cell("R" + i, orgs.get(i), false));
            weighted.add(cell("R" + i, orgs.get(i), true));
            all.addAll(orgs.get(i));
        }
        FigureTable u = CONTROL.table(QUERY, VOLUME, Breakdown.SIC_SECTION, plain, cell(null, all, false), true, false);
        FigureTable w = CONTROL.weightedTable(QUERY.withWeighting(Weighting.WEIGHTED), VOLUME, Breakdown.SIC_SECTION, plain,
                cell(null, all, false), true, false, weighted, cell(null, all, true));
        return new FigureTable[] {u, w};
    }

    /** As the database gives it: organisations, the unweighted magnitudes, and the (weighted) total as the value. */
    private static RawCell cell(String key, List<Org> orgs, boolean weighted) {
        List<Integer> sorted = orgs.stream().map(Org::contribution).sorted(Comparator.reverseOrder()).toList();
        double total = sorted.stream().mapToInt(Integer::intValue).sum();
        double value = weighted ? orgs.stream().mapToDouble(o -> o.weight() * o.contribution()).sum() : total;
        Magnitude m = new Magnitude(total, sorted.isEmpty() ? 0 : sorted.get(0), sorted.size() < 2 ? 0 : sorted.get(1));
        return new RawCell(key, key, orgs.size(), orgs.size(), List.of(m), List.of(), orgs.isEmpty() ? null : value, null);
    }

    /** Whether a cell of these organisations may be shown on its own: enough of them, none dominating. */
    private static boolean safe(List<Org> orgs) {
        if (orgs.size() < DisclosureRules.DEFAULTS.minimumBase()) {
            return false;
        }
        List<Integer> sorted = orgs.stream().map(Org::contribution).sorted(Comparator.reverseOrder()).toList();
        int total = sorted.stream().mapToInt(Integer::intValue).sum();
        return total == 0 || (sorted.get(0) <= total / 2.0 && total - sorted.get(0) - sorted.get(1) >= 0.1 * sorted.get(0));
    }

    @Property(tries = 200)
    void no_weighted_path_shows_a_value_for_too_few_organisations_or_one_that_dominates(
            @ForAll("tables") List<List<Org>> orgs) throws IOException {
        FigureTable[] both = tables(orgs);
        FigureTable w = both[1];
        List<Org> all = orgs.stream().flatMap(List::stream).toList();
        for (int i = 0; i < orgs.size(); i++) {
            if (!safe(orgs.get(i))) {
                assertThat(w.rows().get(i).figure().value()).as("service row " + i).isNull();
                assertThat(w.rows().get(i).figure().suppressed()).isTrue();
            }
            assertThat(w.rows().get(i).figure().suppression()).as("same pattern as unweighted")
                    .isEqualTo(both[0].rows().get(i).figure().suppression());
        }
        if (!safe(all)) {
            assertThat(w.total().value()).isNull();
        }
        // The screen's table model, each way of showing it.
        FigureTablePanel panel = new FigureTablePanel(VOLUME, both[0], null, null, Set.of(), null, () -> w);
        for (String choice : List.of(WeightedPanel.UNWEIGHTED, WeightedPanel.WEIGHTED, WeightedPanel.SIDE_BY_SIDE)) {
            panel.show.setValue(choice);
            for (int i = 0; i < orgs.size(); i++) {
                if (!safe(orgs.get(i))) {
                    FigureTablePanel.Line line = panel.lines.get(i);
                    assertThat(line.figure().value()).as(choice + " row " + i).isNull();
                    assertThat(line.weighted() == null || line.weighted().value() == null).isTrue();
                    assertThat(line.design()).isNull();
                }
            }
        }
        // The downloads: weighted alone and side by side, CSV and Excel.
        for (List<List<String>> sheet : List.of(csv(w, null), csv(both[0], w), xlsx(w, null), xlsx(both[0], w))) {
            List<String> header = sheet.getFirst();
            for (int i = 0; i < orgs.size(); i++) {
                if (safe(orgs.get(i))) {
                    continue;
                }
                List<String> row = sheet.get(i + 1);
                for (int c = 0; c < header.size(); c++) {
                    if (header.get(c).startsWith(VOLUME.name() + " (") || header.get(c).startsWith("interval_")
                            || header.get(c).equals("effective_sample_size") || header.get(c).equals("design_effect")) {
                        assertThat(row.get(c)).as(header.get(c) + " of row " + i).isIn("c", "");
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void a_hidden_weighted_row_cannot_be_worked_out_from_the_weighted_total_and_the_shown_rows(
            @ForAll("tables") List<List<Org>> orgs) {
        FigureTable w = tables(orgs)[1];
        if (w.total().suppressed()) {
            return;
        }
        // Weighted total less the shown weighted rows = the hidden rows (with organisations) taken together.
        List<Org> hiddenTogether = new ArrayList<>();
        int hiddenRows = 0;
        double shown = 0;
        for (int i = 0; i < orgs.size(); i++) {
            Figure f = w.rows().get(i).figure();
            if (f.suppressed() && !orgs.get(i).isEmpty()) {
                hiddenRows++;
                hiddenTogether.addAll(orgs.get(i));
            } else if (!f.suppressed()) {
                shown += f.value();
            }
        }
        if (hiddenRows == 0) {
            return;
        }
        assertThat(hiddenRows).as("a single hidden row would equal the weighted total less the others").isGreaterThan(1);
        double derived = w.total().value() - shown;
        assertThat(derived).isCloseTo(hiddenTogether.stream().mapToDouble(o -> o.weight() * o.contribution()).sum(),
                org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, Math.abs(derived))));
        assertThat(safe(hiddenTogether)).as("what can be derived is itself a cell fit to show").isTrue();
    }

    private static List<List<String>> csv(FigureTable table, FigureTable weighted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureTableCsv.write(VOLUME, table, weighted, out);
        String text = out.toString(StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
            rows.add(r.toList());
        }
        return rows;
    }

    private static List<List<String>> xlsx(FigureTable table, FigureTable weighted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FigureTableXlsx.write(VOLUME, table, weighted, out);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Figures");
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    var cell = r.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
