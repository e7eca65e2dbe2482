package uk.skillsplan.survey;

import java.time.LocalDate;
import java.util.Set;
import uk.skillsplan.directory.OrganisationKind;

/** What an ERB lead enters to open a round. Field names match the form's. */
public record NewRound(String title, Long questionnaireVersionId, Set<OrganisationKind> audience, LocalDate opensOn,
                       LocalDate closesOn) {
}
