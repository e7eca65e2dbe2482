package uk.skillsplan.plan;

import java.time.LocalDate;
import uk.skillsplan.directory.OrganisationKind;

/**
 * One row of the action register. {@code shownStatus} is {@link ActionStatus#LATE} for an action not
 * done past its due date; {@code latestNote} the newest evidence of progress, if any.
 */
public record ActionItem(long id, long planId, String sicSection, String priorityTitle, long ownerId, String ownerName,
                         OrganisationKind ownerKind, String title, LocalDate startDate, LocalDate dueDate,
                         ActionStatus status, ActionStatus shownStatus, int version, String latestNote) {

    public boolean late() {
        return shownStatus == ActionStatus.LATE;
    }
}
