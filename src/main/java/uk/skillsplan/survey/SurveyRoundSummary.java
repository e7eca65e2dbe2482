package uk.skillsplan.survey;

import java.time.LocalDate;
import java.util.Set;
import uk.skillsplan.directory.OrganisationKind;

/** A survey round as screens and other modules see it. */
public record SurveyRoundSummary(long id, String lsipCode, String title, long questionnaireVersionId,
                                 String questionnaireCode, String questionnaireTitle, int questionnaireVersion,
                                 Set<OrganisationKind> audience, LocalDate opensOn, LocalDate closesOn,
                                 RoundStatus status) {

    public boolean isOpen() {
        return status == RoundStatus.OPEN;
    }
}
