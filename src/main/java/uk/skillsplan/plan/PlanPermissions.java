package uk.skillsplan.plan;

/** What the signed-in person may do with a plan now, so that screens offer only what the services allow. */
public record PlanPermissions(boolean edit, boolean submitForReview, boolean requestSignOff, boolean approve,
                              boolean publish, boolean returnToDraft) {
}
