package uk.skillsplan.survey;

import java.time.Instant;
import uk.skillsplan.directory.OrganisationKind;

/** A published questionnaire version, as lists show it. */
public record QuestionnaireVersionSummary(long id, String code, int versionNumber, String title,
                                          OrganisationKind audience, int questionCount, Instant publishedAt) {

    public String label() {
        return title + " (version " + versionNumber + ")";
    }
}
