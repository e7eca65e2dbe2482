package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightFilter;

/**
 * The filters of a dashboard: survey round, local authority, sector and size band. A change makes a
 * new {@link Selection}, which the page puts in the address and shows.
 */
class FilterBar extends Div {

    final Select<Long> round = new Select<>();
    final Select<String> localAuthority = new Select<>();
    final Select<String> sector = new Select<>();
    final Select<String> size = new Select<>();

    FilterBar(Selection selection, List<AnalysableRound> rounds, ReferenceDataService reference,
              Consumer<Selection> onChange) {
        addClassName("sp-toolbar");
        Map<Long, AnalysableRound> byId = new LinkedHashMap<>();
        rounds.forEach(r -> byId.put(r.id(), r));
        round.setLabel("Survey round");
        round.setWidth("18rem");
        round.setItems(List.copyOf(byId.keySet()));
        round.setItemLabelGenerator(id -> byId.get(id).name());
        round.setValue(selection.round().id());

        Map<String, String> places = new LinkedHashMap<>();
        reference.localAuthoritiesIn(selection.area()).forEach(la -> places.put(la.ladCode(), la.name()));
        choice(localAuthority, "Local authority", "All local authorities", places, selection.filter().ladCode());

        Map<String, String> sectors = new LinkedHashMap<>();
        reference.sicSections().forEach(s -> sectors.put(s.code(), s.label()));
        choice(sector, "Sector", "All sectors", sectors, selection.filter().sicSection());

        Map<String, String> sizes = new LinkedHashMap<>();
        for (SizeBand band : SizeBand.values()) {
            sizes.put(band.code(), band.label());
        }
        choice(size, "Size of site", "All sizes", sizes, selection.filter().sizeBand());
        add(round, localAuthority, sector, size);

        round.addValueChangeListener(e -> onChange.accept(new Selection(selection.area(), byId.get(e.getValue()),
                selection.filter(), selection.by())));
        localAuthority.addValueChangeListener(e -> onChange.accept(selection.withFilter(
                selection.filter().withLocalAuthority(e.getValue()))));
        sector.addValueChangeListener(e -> onChange.accept(selection.withFilter(selection.filter().withSicSection(e.getValue()))));
        size.addValueChangeListener(e -> onChange.accept(selection.withFilter(selection.filter().withSizeBand(e.getValue()))));
    }

    private static void choice(Select<String> select, String label, String all, Map<String, String> items, String value) {
        select.setLabel(label);
        select.setItems(List.copyOf(items.keySet()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(all);
        select.setItemLabelGenerator(code -> code == null ? all : items.getOrDefault(code, code));
        select.setValue(value);
    }

    /** The selection's filters in words ("Leeds, Construction"), or the area's name when there are none. */
    static String describe(Selection selection, String areaName, ReferenceDataService reference) {
        InsightFilter filter = selection.filter();
        StringBuilder words = new StringBuilder();
        if (filter.ladCode() != null) {
            words.append(reference.localAuthority(filter.ladCode()).map(LocalAuthority::name).orElse(filter.ladCode()));
        } else {
            words.append(areaName);
        }
        if (filter.sicSection() != null) {
            words.append(", ").append(reference.sicSections().stream().filter(s -> s.code().equals(filter.sicSection()))
                    .map(SicSection::name).findFirst().orElse(filter.sicSection()));
        }
        if (filter.sizeBand() != null) {
            words.append(", ").append(SizeBand.fromCode(filter.sizeBand()).label().toLowerCase()).append(" sites");
        }
        if (filter.socMajor() != null) {
            words.append(", SOC major group ").append(filter.socMajor());
        }
        return words.toString();
    }
}
