package uk.skillsplan.insight;

/** Whether a figure counts every responding establishment once, or weights them to the business population. */
public enum Weighting {
    UNWEIGHTED,
    /** Post-stratified to the business population (industry x size band); disclosure still works on the unweighted contributions. */
    WEIGHTED
}
