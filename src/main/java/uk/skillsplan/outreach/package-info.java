/** Reaching employers: the e-mail outbox and its delivery, invitations with personal links, opt-outs, reminders and the outreach counts of a round. */
@ApplicationModule(displayName = "Outreach",
        allowedDependencies = {"base", "base :: ui", "security", "directory", "survey", "response"})
package uk.skillsplan.outreach;

import org.springframework.modulith.ApplicationModule;
