package uk.skillsplan.response.answering;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.directory.SocGroup;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;

/** The options a question offers in an area: listed in the definition, or taken from reference data. */
@Component
public class OptionCatalogue {

    public static final List<OptionDefinition> YES_NO = List.of(new OptionDefinition("YES", "Yes"),
            new OptionDefinition("NO", "No"));

    private static final List<OptionDefinition> SIZE_BAND_OPTIONS = List.of(SizeBand.values()).stream()
            .map(b -> new OptionDefinition(b.code(), b.label())).toList();

    private final ReferenceDataService referenceData;
    /**
     * Option lists built from reference data, which is loaded once and never changes while the
     * application runs: one shared, immutable list each, rather than a new copy for every open
     * survey page and every save (docs/benchmarks.md, "Heap retained per open survey page").
     */
    private volatile List<OptionDefinition> sicSections;
    private volatile List<OptionDefinition> socMajorGroups;
    private final Map<String, List<OptionDefinition>> localAuthoritiesByArea = new ConcurrentHashMap<>();

    OptionCatalogue(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    /** The options; the list is immutable and may be shared (do not copy it per page). */
    public List<OptionDefinition> options(QuestionDefinition question, String lsipCode) {
        if (question.type() == QuestionType.YES_NO) {
            return YES_NO;
        }
        if (question.optionSource() == null) {
            return question.options();
        }
        return switch (question.optionSource()) {
            case SIC_SECTIONS -> sicSections();
            case SIZE_BANDS -> SIZE_BAND_OPTIONS;
            case LOCAL_AUTHORITIES -> localAuthoritiesByArea.computeIfAbsent(lsipCode == null ? "" : lsipCode,
                    area -> referenceData.localAuthoritiesIn(area).stream()
                            .map(la -> new OptionDefinition(la.ladCode(), la.name())).toList());
        };
    }

    private List<OptionDefinition> sicSections() {
        List<OptionDefinition> list = sicSections;
        if (list == null) {
            list = referenceData.sicSections().stream().map(s -> new OptionDefinition(s.code(), s.label())).toList();
            sicSections = list;
        }
        return list;
    }

    /** SOC 2020 major groups, the rows of a {@code SOC_MAJOR} grid. */
    public List<OptionDefinition> socMajorGroups() {
        List<OptionDefinition> list = socMajorGroups;
        if (list == null) {
            list = referenceData.socMajorGroups().stream().map(g -> new OptionDefinition(g.code(), g.label())).toList();
            socMajorGroups = list;
        }
        return list;
    }

    /** The label of an option's code in a list of options, or the code itself. */
    public static String label(List<OptionDefinition> options, String code) {
        for (OptionDefinition option : options) {
            if (option.code().equals(code)) {
                return option.label();
            }
        }
        return code;
    }

    public boolean isOccupation(String unitCode) {
        return referenceData.isOccupation(unitCode);
    }

    public String occupationLabel(String unitCode) {
        return referenceData.occupation(unitCode).map(SocGroup::label).orElse(unitCode);
    }
}
