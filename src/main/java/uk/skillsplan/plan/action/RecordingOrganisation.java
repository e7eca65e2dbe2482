package uk.skillsplan.plan.action;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanViews;
import uk.skillsplan.security.Role;

/**
 * Which organisation a response or action is recorded for, decided once: providers and council
 * officers speak for their own organisation only; the ERB lead and administrators may record for any
 * organisation - but only one of the plan's area.
 */
@Component
public class RecordingOrganisation {

    private final OrganisationService organisations;
    private final PlanViews views;

    RecordingOrganisation(OrganisationService organisations, PlanViews views) {
        this.organisations = organisations;
        this.views = views;
    }

    /**
     * The organisation the caller records for: {@code requested}, or their own when {@code null}.
     * Refused (next to {@code field}) when it is outside the plan's area.
     */
    public OrganisationSummary speakingFor(Caller me, Plan plan, Long requested, String field) {
        boolean onBehalf = me.isAdmin() || me.is(Role.ERB_LEAD);
        Long id = requested != null ? requested : me.organisationId();
        if (id == null) {
            throw ValidationException.of(field, "Choose the organisation this is for.");
        }
        if (!onBehalf && !me.belongsTo(id)) {
            throw new AccessDeniedException("You may record only your own organisation's responses and actions.");
        }
        OrganisationSummary organisation = organisations.describe(id);
        if (!plan.getLsipCode().equals(organisation.lsipCode())) {
            throw ValidationException.of(field, organisation.name() + " is in " + organisation.lsipAreaName()
                    + ", not in " + views.areaName(plan.getLsipCode()) + ": only organisations of the plan's area "
                    + "respond to its priorities and own its actions.");
        }
        return organisation;
    }
}
