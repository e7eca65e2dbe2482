package uk.skillsplan.plan;

/** An organisation that owns at least one action of the plan, for the register's owner filter. */
public record ActionOwner(long id, String name) {
}
