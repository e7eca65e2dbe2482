package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.WeightedComparison;
import uk.skillsplan.insight.WeightedInsightService;
import uk.skillsplan.insight.WeightingSummary;
import uk.skillsplan.insight.export.FigureFormat;

/**
 * The headline figures unweighted and weighted to the area's business population, side by side (or
 * one of the two), each with its base, effective sample size and design effect; how the weights were
 * made and when; and, for the ERB lead and administrators, the weighting options. Every figure comes
 * from the insight service, through disclosure control on the unweighted contributions.
 */
class WeightedPanel extends Section {

    static final String SIDE_BY_SIDE = "Side by side";
    static final String UNWEIGHTED = "Unweighted";
    static final String WEIGHTED = "Weighted";

    final RadioButtonGroup<String> show = new RadioButtonGroup<>("Show figures");
    final Grid<WeightedComparison> grid = new Grid<>();
    final Paragraph about = new Paragraph();
    final Grid<WeightingSummary.Stratum> strata = new Grid<>();
    IntegerField minResponses;
    Checkbox rake;
    NumberField trimFactor;
    Button recompute;
    /** Whether the round has weights (the area has a business population). */
    final boolean hasWeights;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final WeightedInsightService weighted;
    private final long roundId;
    private final Supplier<List<MetricQuery>> queries;

    /**
     * @param queries the headline queries (one round, employers); asked again after the weights change
     * @param manages whether the caller may change the weighting options (the round's ERB lead or an administrator)
     */
    WeightedPanel(WeightedInsightService weighted, long roundId, Supplier<List<MetricQuery>> queries, boolean manages) {
        this.weighted = weighted;
        this.roundId = roundId;
        this.queries = queries;
        add(new H2("Weighted to the business population"));
        WeightingSummary summary = weighted.weights(roundId).orElse(null);
        hasWeights = summary != null;
        if (summary == null) {
            add(new Paragraph("Weighted figures need the area's business population: import it on the Business population "
                    + "page and the figures here can be weighted by industry and size band."));
            return;
        }
        add(new Paragraph("Weighting makes the responses stand for the area's businesses: each response counts for the "
                + "businesses of its industry and size band (UK Business Counts) over the responses there, so a few large "
                + "firms cannot outweigh the many small ones. Whether a figure is shown or hidden (c) is decided on the "
                + "unweighted responses. The effective sample size says how many equally weighted responses the weighted "
                + "figure is worth; the design effect is the base over it."));
        about.addClassName("sp-chart-summary");
        add(about);
        show.setItems(SIDE_BY_SIDE, UNWEIGHTED, WEIGHTED);
        show.setValue(SIDE_BY_SIDE);
        show.addValueChangeListener(e -> columns());
        add(show);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", "Headline figures, unweighted and weighted");
        grid.setAllRowsVisible(true);
        add(grid);
        Details details = new Details("The strata and their margins", strataGrid());
        add(details);
        if (manages) {
            add(options(summary));
        }
        refresh(summary);
    }

    /** The summary of the weights and the figures, asked again. */
    private void refresh(WeightingSummary summary) {
        about.setText(describe(summary));
        strata.setItems(summary.strata());
        grid.setItems(weighted.compare(queries.get()));
        columns();
    }

    private void columns() {
        grid.removeAllColumns();
        grid.addColumn(c -> c.metric().name()).setHeader("Measure").setFlexGrow(3);
        String chosen = show.getValue() == null ? SIDE_BY_SIDE : show.getValue();
        if (!chosen.equals(WEIGHTED)) {
            grid.addColumn(c -> FigureFormat.valueWithMark(c.metric(), c.unweighted())).setHeader("Unweighted").setAutoWidth(true);
            grid.addColumn(c -> FigureFormat.interval(c.metric(), c.unweighted())).setHeader("95% interval, unweighted")
                    .setFlexGrow(2);
        }
        if (!chosen.equals(UNWEIGHTED)) {
            grid.addColumn(c -> FigureFormat.valueWithMark(c.metric(), c.weighted())).setHeader("Weighted").setAutoWidth(true);
            grid.addColumn(c -> FigureFormat.interval(c.metric(), c.weighted())).setHeader("95% interval, weighted")
                    .setFlexGrow(2);
        }
        grid.addColumn(c -> Bases.of(c.unweighted()) + " " + c.metric().respondents()).setHeader("Base (unweighted)")
                .setFlexGrow(2);
        grid.addColumn(c -> design(c.effectiveSampleSize(), "#,##0.#")).setHeader("Effective sample size").setAutoWidth(true);
        grid.addColumn(c -> design(c.designEffect(), "0.00")).setHeader("Design effect").setAutoWidth(true);
        grid.addColumn(c -> FigureFormat.note(c.unweighted())).setHeader("Note").setFlexGrow(2);
    }

    private Grid<WeightingSummary.Stratum> strataGrid() {
        strata.addColumn(s -> String.join(", ", s.cells().stream().map(c -> c.replace("|", " ")).toList()))
                .setHeader("Industry and size band cells").setFlexGrow(3);
        strata.addColumn(s -> number(s.businesses(), "#,##0")).setHeader("Businesses").setAutoWidth(true);
        strata.addColumn(s -> number(s.responses(), "#,##0")).setHeader("Responses").setAutoWidth(true);
        strata.addColumn(s -> number(s.weight(), "#,##0.##")).setHeader("Weight before trimming").setAutoWidth(true);
        strata.addColumn(s -> number(s.weightedTotal(), "#,##0.#")).setHeader("Weighted total").setAutoWidth(true);
        strata.addColumn(s -> s.trimmed() ? "trimmed" : "").setHeader("Trimmed").setAutoWidth(true);
        strata.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        strata.getElement().setAttribute("aria-label", "Strata of the weights, with businesses and weighted totals");
        strata.setAllRowsVisible(true);
        return strata;
    }

    private HorizontalLayout options(WeightingSummary summary) {
        minResponses = new IntegerField("Smallest stratum (responses)");
        minResponses.setMin(1);
        minResponses.setValue(summary.minResponses());
        minResponses.setHelperText("Sparser cells are merged with the next size band, then industry");
        rake = new Checkbox("Rake to local authority totals", summary.raked());
        trimFactor = new NumberField("Cap weights at (x the mean weight)");
        trimFactor.setValue(summary.trimFactor());
        trimFactor.setHelperText("Empty: no trimming");
        recompute = new Button("Recompute weights", e -> recompute());
        HorizontalLayout row = new HorizontalLayout(minResponses, rake, trimFactor, recompute);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void recompute() {
        minResponses.setInvalid(false);
        trimFactor.setInvalid(false);
        if (minResponses.getValue() == null || minResponses.getValue() < 1) {
            minResponses.setErrorMessage("Give a whole number of responses, 1 or more.");
            minResponses.setInvalid(true);
            return;
        }
        if (trimFactor.getValue() != null && trimFactor.getValue() < 1) {
            trimFactor.setErrorMessage("The cap must be at least the mean weight: 1 or more, or empty for no trimming.");
            trimFactor.setInvalid(true);
            return;
        }
        refresh(weighted.recompute(roundId, minResponses.getValue(), rake.getValue(), trimFactor.getValue()));
    }

    static String describe(WeightingSummary s) {
        StringBuilder text = new StringBuilder("Weights computed at ")
                .append(WHEN.format(s.computedAt())).append(" against ")
                .append(s.population().fileName()).append(" (UK Business Counts ").append(s.population().year()).append(", ")
                .append(number(s.businesses(), "#,##0")).append(" businesses): ")
                .append(number(s.responses(), "#,##0")).append(" responses in ").append(s.strata().size())
                .append(s.strata().size() == 1 ? " stratum" : " strata").append(" (industry x size band, cells with fewer than ")
                .append(s.minResponses()).append(" responses merged)");
        if (s.raked()) {
            text.append(s.converged() ? ", raked to local authority totals"
                    : "; raking to local authority totals did not converge, so the weights are post-stratified only");
        }
        long trimmed = s.strata().stream().filter(WeightingSummary.Stratum::trimmed).count();
        text.append(s.cap() == null ? ", not trimmed" : ", capped at " + number(s.cap(), "#,##0.#") + " ("
                + number(s.trimFactor(), "0.##") + " x the mean weight; " + (trimmed == 0 ? "no weight reached the cap)"
                : trimmed + (trimmed == 1 ? " stratum" : " strata") + " trimmed: the area total still holds, the trimmed "
                + "strata fall short of their businesses)"));
        text.append(". Effective sample size ").append(number(s.effectiveSampleSize(), "#,##0.#")).append(", design effect ")
                .append(number(s.designEffect(), "0.00")).append(".");
        if (s.unweighted() > 0) {
            text.append(" ").append(s.unweighted()).append(s.unweighted() == 1 ? " response has" : " responses have")
                    .append(" no sector or size band to weight by and count in unweighted figures only.");
        }
        return text.toString();
    }

    private static String design(Double value, String pattern) {
        return value == null ? Figure.SUPPRESSED_MARK : number(value, pattern);
    }

    private static String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
