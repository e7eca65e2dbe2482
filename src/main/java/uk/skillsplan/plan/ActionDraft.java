package uk.skillsplan.plan;

import java.time.LocalDate;

/**
 * An action as entered: its priority (by sector, {@code null} for the plan as a whole), owner
 * organisation ({@code null}: the caller's own), title, dates and status.
 */
public record ActionDraft(String sicSection, Long ownerId, String title, LocalDate startDate, LocalDate dueDate,
                          ActionStatus status) {
}
