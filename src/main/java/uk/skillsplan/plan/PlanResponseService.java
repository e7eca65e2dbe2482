package uk.skillsplan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.action.RecordingOrganisation;
import uk.skillsplan.plan.domain.PlanResponse;
import uk.skillsplan.plan.domain.PlanResponseRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanPriorityRepository;
import uk.skillsplan.plan.domain.PlanRepository;
import uk.skillsplan.security.SignedIn;

/**
 * Providers' and councils' responses to the plan's priorities (issue 11, point 6). Each organisation
 * of the area keeps one response per priority and edits only its own; a save from an older version
 * is refused, so nobody's text is overwritten unseen.
 */
@Service
@Transactional(readOnly = true)
public class PlanResponseService {

    static final int MAX = 2000;

    private final PlanResponseRepository responses;
    private final PlanPriorityRepository priorities;
    private final PlanAccess access;
    private final RecordingOrganisation recordingOrganisation;
    private final PlanLog log;
    private final Clock clock;

    PlanResponseService(PlanResponseRepository responses, PlanPriorityRepository priorities,
                        PlanAccess access, RecordingOrganisation recordingOrganisation, PlanLog log, Clock clock) {
        this.responses = responses;
        this.priorities = priorities;
        this.access = access;
        this.recordingOrganisation = recordingOrganisation;
        this.log = log;
        this.clock = clock;
    }

    /** Every response to the plan's priorities, by sector, councils after providers. */
    @SignedIn
    public List<PriorityResponse> responses(long planId) {
        access.readable(planId);
        return responses.findByPlan(planId).stream().map(PlanResponse::toRecord).toList();
    }

    /** The response of an organisation (the caller's own when {@code null}) to a priority, if it has one. */
    @SignedIn
    public Optional<PriorityResponse> response(long planId, String sicSection, Long organisationId) {
        access.readable(planId);
        Long id = organisationId != null ? organisationId : access.caller().organisationId();
        return id == null ? Optional.empty() : responses.find(planId, sicSection, id).map(PlanResponse::toRecord);
    }

    /**
     * Saves an organisation's response to a priority. {@code startedFrom} is the version the person
     * opened ({@code null} for a first response); a newer one saved meanwhile refuses the save.
     */
    @SignedIn
    @Transactional
    public PriorityResponse save(long planId, String sicSection, Long organisationId, Integer startedFrom,
                                 ResponseDraft draft) {
        Plan plan = access.readable(planId);
        Caller me = access.caller();
        boolean known = priorities.findByPlan(planId).stream().anyMatch(p -> p.getSicSection().equals(sicSection));
        if (!known) {
            throw ValidationException.of("priority", "Choose one of the plan's priorities.");
        }
        OrganisationSummary organisation = recordingOrganisation.speakingFor(me, plan, organisationId, "organisation");
        if (organisation.kind() != OrganisationKind.PROVIDER && organisation.kind() != OrganisationKind.COUNCIL) {
            throw ValidationException.of("organisation", "Only providers and councils respond to priorities; "
                    + organisation.name() + " is " + organisation.kind().label().toLowerCase(java.util.Locale.UK) + ".");
        }
        ResponseDraft clean = clean(draft);
        validate(organisation.kind(), clean);
        PlanResponse response = responses.find(planId, sicSection, organisation.id()).orElse(null);
        if (response != null && (startedFrom == null || startedFrom != response.getVersion())) {
            throw ValidationException.of(ValidationException.FORM, response.getSavedBy() + " saved " + organisation.name()
                    + "'s response after you opened it. Your text was not saved: reload to see theirs, then change it.");
        }
        if (response == null) {
            response = new PlanResponse(planId, sicSection, organisation.id(), organisation.name(), organisation.kind());
        }
        response.take(clean, me.displayName(), clock.instant());
        PlanResponse saved = responses.saveAndFlush(response);
        log.record(plan, me, "Response saved", organisation.name() + " on priority " + sicSection);
        return saved.toRecord();
    }

    private static void validate(OrganisationKind kind, ResponseDraft draft) {
        Errors errors = new Errors();
        if (kind == OrganisationKind.PROVIDER) {
            errors.rejectIf(draft.plannedAction().isEmpty(), "plannedAction", "Say what your organisation plans to do.");
            errors.rejectIf(draft.timescale().isEmpty(), "timescale", "Say by when, for example \"from September 2027\".");
        } else {
            errors.rejectIf(draft.funding().isEmpty() && draft.commissioning().isEmpty(), "funding",
                    "Give at least one lever: the funding or the commissioning the council brings.");
        }
        errors.rejectIf(draft.timescale().length() > 200, "timescale", "Use at most 200 characters.");
        for (var field : List.of(java.util.Map.entry("plannedAction", draft.plannedAction()),
                java.util.Map.entry("capacity", draft.capacity()), java.util.Map.entry("barriers", draft.barriers()),
                java.util.Map.entry("removers", draft.removers()), java.util.Map.entry("funding", draft.funding()),
                java.util.Map.entry("commissioning", draft.commissioning()))) {
            errors.rejectIf(field.getValue().length() > MAX, field.getKey(), "Use at most " + MAX + " characters.");
        }
        errors.throwIfAny();
    }

    private static ResponseDraft clean(ResponseDraft draft) {
        ResponseDraft d = draft == null ? ResponseDraft.empty() : draft;
        return new ResponseDraft(trim(d.plannedAction()), trim(d.timescale()), trim(d.capacity()), trim(d.barriers()),
                trim(d.removers()), trim(d.funding()), trim(d.commissioning()));
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }

}
