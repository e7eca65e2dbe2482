package uk.skillsplan.plan.collaboration;

/**
 * Who owns a section and what the caller may do with it.
 *
 * @param owner        the owner's name, or the plain words for a shared section
 * @param ownerId      the owning organisation, {@code null} when shared by the ERB lead and councils
 * @param mayEdit      the caller edits it (and decides its suggestions)
 * @param mayAssign    the caller chooses its owner (the area's ERB lead, an administrator)
 * @param mayContribute the caller comments and suggests (everyone who reads the plan)
 * @param planEditable the plan is not published, so it takes edits and suggestions
 */
public record SectionOwnership(long sectionId, long planId, String title, String owner, Long ownerId, boolean mayEdit,
                               boolean mayAssign, boolean mayContribute, boolean planEditable, int openSuggestions,
                               long openThreads) {

    public static final String SHARED = "Shared: the ERB lead and the area's council officers";
}
