/** Working on a plan together: section owners, comments with mentions, suggested edits, version differences and restores, and what waits for each person. Open to the demo module for its demo plan. */
@NamedInterface("collaboration")
package uk.skillsplan.plan.collaboration;

import org.springframework.modulith.NamedInterface;
