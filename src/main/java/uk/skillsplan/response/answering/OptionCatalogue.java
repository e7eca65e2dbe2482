package uk.skillsplan.response.answering;

import java.util.List;
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

    private final ReferenceDataService referenceData;

    OptionCatalogue(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    public List<OptionDefinition> options(QuestionDefinition question, String lsipCode) {
        if (question.type() == QuestionType.YES_NO) {
            return YES_NO;
        }
        if (question.optionSource() == null) {
            return question.options();
        }
        return switch (question.optionSource()) {
            case SIC_SECTIONS -> referenceData.sicSections().stream()
                    .map(s -> new OptionDefinition(s.code(), s.label())).toList();
            case SIZE_BANDS -> List.of(SizeBand.values()).stream()
                    .map(b -> new OptionDefinition(b.code(), b.label())).toList();
            case LOCAL_AUTHORITIES -> referenceData.localAuthoritiesIn(lsipCode).stream()
                    .map(la -> new OptionDefinition(la.ladCode(), la.name())).toList();
        };
    }

    /** SOC 2020 major groups, the rows of a {@code SOC_MAJOR} grid. */
    public List<OptionDefinition> socMajorGroups() {
        return referenceData.socMajorGroups().stream().map(g -> new OptionDefinition(g.code(), g.label())).toList();
    }

    public boolean isOccupation(String unitCode) {
        return referenceData.isOccupation(unitCode);
    }

    public String occupationLabel(String unitCode) {
        return referenceData.occupation(unitCode).map(SocGroup::label).orElse(unitCode);
    }
}
