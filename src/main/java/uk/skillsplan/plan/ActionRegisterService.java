package uk.skillsplan.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.action.ActionSpecs;
import uk.skillsplan.plan.action.ActionTable;
import uk.skillsplan.plan.action.RecordingOrganisation;
import uk.skillsplan.plan.domain.PlanAction;
import uk.skillsplan.plan.domain.PlanActionNote;
import uk.skillsplan.plan.domain.PlanActionNoteRepository;
import uk.skillsplan.plan.domain.PlanActionRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanPriority;
import uk.skillsplan.plan.domain.PlanPriorityRepository;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.SignedIn;

/**
 * The plan's action register (issue 11, point 7): every action with its owner organisation, dates,
 * status and dated notes of progress; read in pages with the filters in SQL; exported as CSV and
 * XLSX. Providers and councils add and change their own organisation's actions; the ERB lead and
 * administrators those of any organisation of the area (employers' and the ERB's included).
 */
@Service
@Transactional(readOnly = true)
public class ActionRegisterService {

    static final int MAX_TITLE = 300;
    static final int MAX_NOTE = 2000;

    private final PlanActionRepository actions;
    private final PlanActionNoteRepository notes;
    private final PlanPriorityRepository priorities;
    private final PlanAccess access;
    private final RecordingOrganisation recordingOrganisation;
    private final OrganisationService organisations;
    private final PlanLog log;
    private final Clock clock;

    ActionRegisterService(PlanActionRepository actions, PlanActionNoteRepository notes, PlanPriorityRepository priorities,
                          PlanAccess access, RecordingOrganisation recordingOrganisation, OrganisationService organisations, PlanLog log,
                          Clock clock) {
        this.actions = actions;
        this.notes = notes;
        this.priorities = priorities;
        this.access = access;
        this.recordingOrganisation = recordingOrganisation;
        this.organisations = organisations;
        this.log = log;
        this.clock = clock;
    }

    /** One page of the register, filtered and ordered by due date, in SQL. */
    @SignedIn
    public List<ActionItem> page(long planId, ActionFilter filter, int page, int size) {
        access.readable(planId);
        var rows = actions.findAll(ActionSpecs.of(planId, filter, today()),
                PageRequest.of(page, size, Sort.by("dueDate", "id"))).getContent();
        return items(planId, rows);
    }

    @SignedIn
    public int count(long planId, ActionFilter filter) {
        access.readable(planId);
        return (int) actions.count(ActionSpecs.of(planId, filter, today()));
    }

    @SignedIn
    public ActionItem action(long actionId) {
        PlanAction action = load(actionId);
        access.readable(action.getPlanId());
        return items(action.getPlanId(), List.of(action)).getFirst();
    }

    /** The organisations owning actions of the plan, for the owner filter. */
    @SignedIn
    public List<ActionOwner> ownersInRegister(long planId) {
        access.readable(planId);
        return actions.findOwners(planId);
    }

    /** The organisations the caller may name as an action's owner: any of the area for the ERB lead and administrators, else their own. */
    @SignedIn
    public List<OrganisationSummary> owners(long planId) {
        Plan plan = access.readable(planId);
        Caller me = access.caller();
        if (me.isAdmin() || me.is(Role.ERB_LEAD)) {
            return organisations.search(new OrganisationQuery(null, null, plan.getLsipCode(), false), PageRequest.of(0, 500));
        }
        return me.organisationId() == null ? List.of() : List.of(organisations.describe(me.organisationId()));
    }

    @SignedIn
    public boolean mayChange(ActionItem action) {
        Caller me = access.caller();
        return PlanAccess.mayRead(me, access.readable(action.planId()).getLsipCode())
                && (me.isAdmin() || me.is(Role.ERB_LEAD) || me.belongsTo(action.ownerId()));
    }

    @SignedIn
    @Transactional
    public ActionItem add(long planId, ActionDraft draft) {
        Plan plan = access.readable(planId);
        Caller me = access.caller();
        validate(planId, draft);
        OrganisationSummary owner = recordingOrganisation.speakingFor(me, plan, draft.ownerId(), "owner");
        PlanAction action = new PlanAction(planId, owner.id(), owner.name(), owner.kind(), me.displayName(), clock.instant());
        action.set(draft.sicSection(), draft.title().strip(), draft.startDate(), draft.dueDate(), draft.status());
        PlanAction saved = actions.saveAndFlush(action);
        log.record(plan, me, "Action added", owner.name() + ": " + abbreviate(saved.getTitle()));
        return items(planId, List.of(saved)).getFirst();
    }

    /** Changes an action; {@code startedFrom} is the version the person opened, and a newer one refuses the save. */
    @SignedIn
    @Transactional
    public ActionItem update(long actionId, int startedFrom, ActionDraft draft) {
        PlanAction action = load(actionId);
        Plan plan = access.readable(action.getPlanId());
        Caller me = access.caller();
        requireChangeable(me, action);
        validate(plan.getId(), draft);
        if (draft.ownerId() != null && draft.ownerId() != action.getOwnerId()) {
            throw ValidationException.of("owner", "An action keeps its owner; add a new action for another organisation.");
        }
        if (action.getVersion() != startedFrom) {
            throw ValidationException.of(ValidationException.FORM, "Someone changed this action after you opened it. "
                    + "Your changes were not saved: reload the action, then change it again.");
        }
        action.set(draft.sicSection(), draft.title().strip(), draft.startDate(), draft.dueDate(), draft.status());
        PlanAction saved = actions.saveAndFlush(action);
        log.record(plan, me, "Action changed", abbreviate(saved.getTitle()) + ": " + saved.getStatus().label());
        return items(plan.getId(), List.of(saved)).getFirst();
    }

    /** Evidence of progress: a dated note on the action. */
    @SignedIn
    @Transactional
    public ActionNote addNote(long actionId, LocalDate notedOn, String body) {
        PlanAction action = load(actionId);
        access.readable(action.getPlanId());
        Caller me = access.caller();
        requireChangeable(me, action);
        String text = body == null ? "" : body.strip();
        Errors errors = new Errors();
        errors.rejectIf(notedOn == null, "notedOn", "Give the date of this progress.");
        errors.rejectIf(notedOn != null && notedOn.isAfter(today()), "notedOn", "The date is in the future: give the day it happened.");
        errors.rejectIf(text.isEmpty(), "note", "Say what progress was made.");
        errors.rejectIf(text.length() > MAX_NOTE, "note", "Use at most " + MAX_NOTE + " characters.");
        errors.throwIfAny();
        PlanActionNote note = notes.save(new PlanActionNote(actionId, notedOn, text, me.displayName(), clock.instant()));
        return toNote(note);
    }

    @SignedIn
    public List<ActionNote> notes(long actionId) {
        PlanAction action = load(actionId);
        access.readable(action.getPlanId());
        return notes.findByAction(actionId).stream().map(ActionRegisterService::toNote).toList();
    }

    /** Every action matching the filter, for the progress report and the exports. */
    @SignedIn
    public List<ActionItem> all(long planId, ActionFilter filter) {
        access.readable(planId);
        return items(planId, actions.findAll(ActionSpecs.of(planId, filter, today()), Sort.by("dueDate", "id")));
    }

    @SignedIn
    public void csv(long planId, ActionFilter filter, OutputStream out) throws IOException {
        ActionTable.csv(all(planId, filter), out);
    }

    @SignedIn
    public void xlsx(long planId, ActionFilter filter, OutputStream out) throws IOException {
        ActionTable.xlsx(all(planId, filter), out);
    }

    private void validate(long planId, ActionDraft draft) {
        Errors errors = new Errors();
        String title = draft.title() == null ? "" : draft.title().strip();
        errors.rejectIf(title.isEmpty(), "title", "Say what the action is.");
        errors.rejectIf(title.length() > MAX_TITLE, "title", "Use at most " + MAX_TITLE + " characters.");
        errors.rejectIf(draft.startDate() == null, "startDate", "Give the date the action starts.");
        errors.rejectIf(draft.dueDate() == null, "dueDate", "Give the date the action is due.");
        errors.rejectIf(draft.startDate() != null && draft.dueDate() != null && draft.dueDate().isBefore(draft.startDate()),
                "dueDate", "The due date is before the start date (" + draft.startDate() + "): choose a due date on or after it.");
        errors.rejectIf(draft.status() == null || !ActionStatus.settable().contains(draft.status()), "status",
                "Choose planned, in progress, at risk or done.");
        errors.rejectIf(draft.sicSection() != null && priorities.findByPlan(planId).stream()
                .noneMatch(p -> p.getSicSection().equals(draft.sicSection())), "priority", "Choose one of the plan's priorities.");
        errors.throwIfAny();
    }

    private void requireChangeable(Caller me, PlanAction action) {
        if (!(me.isAdmin() || me.is(Role.ERB_LEAD) || me.belongsTo(action.getOwnerId()))) {
            throw new AccessDeniedException("Only " + action.getOwnerName() + " and the ERB lead may change this action.");
        }
    }

    private PlanAction load(long actionId) {
        return actions.findById(actionId).orElseThrow(() -> new NotFoundException("There is no action " + actionId + "."));
    }

    private List<ActionItem> items(long planId, List<PlanAction> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = priorities.findByPlan(planId).stream()
                .collect(Collectors.toMap(PlanPriority::getSicSection, PlanPriority::getTitle, (a, b) -> a, LinkedHashMap::new));
        Map<Long, String> latest = new LinkedHashMap<>();
        for (PlanActionNote note : notes.findByActions(rows.stream().map(PlanAction::getId).toList())) {
            latest.putIfAbsent(note.getActionId(), note.getNotedOn() + ": " + note.getBody());
        }
        LocalDate today = today();
        return rows.stream().map(a -> new ActionItem(a.getId(), a.getPlanId(), a.getSicSection(),
                a.getSicSection() == null ? "The plan as a whole" : titles.getOrDefault(a.getSicSection(), a.getSicSection()),
                a.getOwnerId(), a.getOwnerName(), a.getOwnerKind(), a.getTitle(), a.getStartDate(), a.getDueDate(),
                a.getStatus(), a.getStatus() != ActionStatus.DONE && a.getDueDate().isBefore(today) ? ActionStatus.LATE
                : a.getStatus(), a.getVersion(), latest.get(a.getId()))).toList();
    }

    private static ActionNote toNote(PlanActionNote n) {
        return new ActionNote(n.getId(), n.getActionId(), n.getNotedOn(), n.getBody(), n.getAuthorName());
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }

    /** Today by the application's clock (what "late" is measured against). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
