package uk.skillsplan.insight.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;

/**
 * Reads a dashboard's address into a {@link Selection}, refusing what does not exist with a
 * {@link NotFoundException} (shown as a "Not found" page that says which value is wrong) and another
 * area with an {@link AccessDeniedException}: a mistyped or tampered address gives a clear page,
 * never a stack trace. The insight service checks the caller again on every figure.
 */
@Component
class SelectionReader {

    private final InsightService insight;
    private final ReferenceDataService reference;

    SelectionReader(InsightService insight, ReferenceDataService reference) {
        this.insight = insight;
        this.reference = reference;
    }

    /**
     * @param audience which respondents' rounds the page analyses ({@code EMPLOYER}, ...)
     * @return the selection, or empty for an administrator who has not chosen an area yet
     */
    Optional<Selection> read(QueryParameters parameters, Caller caller, String audience) {
        String area = area(parameters, caller);
        if (area == null) {
            return Optional.empty();
        }
        List<AnalysableRound> rounds = rounds(area, audience);
        AnalysableRound round = round(one(parameters, Selection.ROUND), rounds);
        String lad = one(parameters, Selection.LAD);
        if (lad != null && reference.localAuthoritiesIn(area).stream().noneMatch(la -> la.ladCode().equals(lad))) {
            throw new NotFoundException("There is no local authority with the code \"" + lad + "\" in "
                    + areaName(area) + ". Choose one from the list on the page.");
        }
        String sic = one(parameters, Selection.SIC);
        if (sic != null && reference.sicSections().stream().noneMatch(s -> s.code().equals(sic))) {
            throw new NotFoundException("There is no industry sector (SIC 2007 section) \"" + sic + "\". Sections are the "
                    + "letters A to U; choose one from the list on the page.");
        }
        String size = one(parameters, Selection.SIZE);
        if (size != null) {
            try {
                size = SizeBand.fromCode(size).code();
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("There is no size band \"" + size + "\". Choose one from the list on the page.");
            }
        }
        Integer soc = soc(one(parameters, Selection.SOC));
        return Optional.of(new Selection(area, round, new InsightFilter(lad, sic, size, soc), one(parameters, Selection.BY)));
    }

    List<AnalysableRound> rounds(String area, String audience) {
        // A round's audience is one kind of respondent or several, comma-separated.
        return insight.rounds(area).stream()
                .filter(r -> List.of(r.audience().toUpperCase(java.util.Locale.ROOT).split("\\s*,\\s*")).contains(audience))
                .toList();
    }

    String areaName(String area) {
        return reference.area(area).map(LsipArea::name).orElse(area);
    }

    private String area(QueryParameters parameters, Caller caller) {
        String asked = one(parameters, Selection.AREA);
        if (asked != null && reference.area(asked).isEmpty()) {
            throw new NotFoundException("There is no LSIP area with the code \"" + asked + "\".");
        }
        if (caller.isAdmin()) {
            return asked;
        }
        if (asked != null && !asked.equals(caller.lsipCode())) {
            throw new AccessDeniedException("The evidence of another LSIP area is not open to you.");
        }
        if (caller.lsipCode() == null) {
            throw new AccessDeniedException("Your account belongs to no organisation, so it has no LSIP area.");
        }
        return caller.lsipCode();
    }

    private static AnalysableRound round(String asked, List<AnalysableRound> rounds) {
        if (asked == null) {
            return rounds.isEmpty() ? null : rounds.getFirst();
        }
        return rounds.stream().filter(r -> String.valueOf(r.id()).equals(asked)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no survey round \"" + asked + "\" in this area that you "
                        + "may analyse. Choose a round from the list on the page."));
    }

    private static Integer soc(String asked) {
        if (asked == null) {
            return null;
        }
        try {
            int group = Integer.parseInt(asked);
            if (group >= 1 && group <= 9) {
                return group;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new NotFoundException("There is no occupation group \"" + asked + "\": SOC 2020 major groups are 1 to 9.");
    }

    static String one(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().trim();
    }
}
