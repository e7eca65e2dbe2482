package uk.skillsplan.plan;

import java.time.Instant;

/** One thing that happened to a plan: who, when, at which revision. */
public record HistoryEntry(Instant at, String by, int planRevision, String what, String detail) {
}
