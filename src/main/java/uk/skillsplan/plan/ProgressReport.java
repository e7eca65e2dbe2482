package uk.skillsplan.plan;

import java.time.Instant;

/** A yearly progress report: its text in Markdown and the number a save starts from. */
public record ProgressReport(long id, long planId, String planTitle, String areaName, int year, String title, String body,
                             int number, boolean published, Instant generatedAt, String savedBy, Instant savedAt,
                             Instant publishedAt) {
}
