package uk.skillsplan.plan.collaboration;

import uk.skillsplan.plan.SuggestionStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;
import uk.skillsplan.plan.domain.CommentMention;
import uk.skillsplan.plan.domain.CommentMentionRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanRepository;
import uk.skillsplan.plan.domain.PlanSection;
import uk.skillsplan.plan.domain.PlanSectionRepository;
import uk.skillsplan.plan.domain.SectionComment;
import uk.skillsplan.plan.domain.SectionCommentRepository;
import uk.skillsplan.plan.domain.SectionSuggestion;
import uk.skillsplan.plan.domain.SectionSuggestionRepository;
import uk.skillsplan.plan.domain.SectionVersion;
import uk.skillsplan.plan.domain.SectionVersionRepository;
import uk.skillsplan.plan.domain.SectionWriter;
import uk.skillsplan.security.SignedIn;

/**
 * Working on a plan together (issue 11): section owners, comments with mentions, suggested edits
 * that the owner accepts or rejects, differences between versions and restoring an old one. Everyone
 * who reads the plan (the area's ERB lead, council officers and providers; administrators) comments
 * and suggests; a section's owner edits it and decides its suggestions (see {@link PlanAccess}).
 * Every change goes through {@link SectionWriter} (stale versions refused, approvals reset) and is
 * written to the plan's history.
 */
@Service
@Transactional(readOnly = true)
public class CollaborationService {

    /** About a page of plain text: enough for a comment, short enough to read in a thread. */
    public static final int MAX_COMMENT = 2_000;
    public static final int MAX_NOTE = 500;

    private final PlanRepository plans;
    private final PlanSectionRepository sections;
    private final SectionVersionRepository versions;
    private final SectionCommentRepository comments;
    private final CommentMentionRepository mentions;
    private final SectionSuggestionRepository suggestions;
    private final Participants participants;
    private final PlanAccess access;
    private final SectionWriter writer;
    private final PlanLog log;
    private final Clock clock;

    CollaborationService(PlanRepository plans, PlanSectionRepository sections, SectionVersionRepository versions,
                         SectionCommentRepository comments, CommentMentionRepository mentions,
                         SectionSuggestionRepository suggestions, Participants participants, PlanAccess access,
                         SectionWriter writer, PlanLog log, Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.versions = versions;
        this.comments = comments;
        this.mentions = mentions;
        this.suggestions = suggestions;
        this.participants = participants;
        this.access = access;
        this.writer = writer;
        this.log = log;
        this.clock = clock;
    }

    // ---- owners ----------------------------------------------------------------------------------

    /** The organisations taking part in the plan: whom a comment may mention, who may own a section. */
    @SignedIn
    public List<Participant> participants(long planId) {
        return participants.of(access.readable(planId).getLsipCode());
    }

    @SignedIn
    public SectionOwnership ownership(long sectionId) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        return ownership(plan, section, suggestions.findOpen(sectionId).size(), comments.countOpenThreads(sectionId));
    }

    /** Each section's owner and what the caller may do with it, by section id, for the plan's page. */
    @SignedIn
    public Map<Long, SectionOwnership> ownerships(long planId) {
        Plan plan = access.readable(planId);
        Map<Long, Integer> open = new HashMap<>();
        suggestions.countOpenByPlan(planId).forEach(row -> open.put((Long) row[0], ((Number) row[1]).intValue()));
        Map<Long, SectionOwnership> result = new LinkedHashMap<>();
        for (PlanSection section : sections.findByPlan(planId)) {
            result.put(section.getId(), ownership(plan, section, open.getOrDefault(section.getId(), 0),
                    comments.countOpenThreads(section.getId())));
        }
        return result;
    }

    /** Gives the section to an organisation taking part ({@code null}: shared by the ERB lead and councils). */
    @SignedIn
    @Transactional
    public SectionOwnership assignOwner(long sectionId, Long organisationId) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        Caller me = access.caller();
        if (!me.manages(plan.getLsipCode())) {
            throw new AccessDeniedException("Only the area's ERB lead or an administrator chooses section owners.");
        }
        String ownerName = SectionOwnership.SHARED;
        if (organisationId == null) {
            section.ownedBy(null, null);
        } else {
            Participant owner = participants.of(plan.getLsipCode()).stream().filter(p -> p.id() == organisationId)
                    .findFirst().orElseThrow(() -> ValidationException.of("owner",
                            "Choose an organisation taking part in this plan: the area's ERB, a council or a provider."));
            section.ownedBy(owner.kind(), owner.id());
            ownerName = owner.name();
        }
        sections.save(section);
        log.record(plan, me, "Owner assigned", section.getTitle() + ": " + ownerName);
        return ownership(section.getId());
    }

    // ---- comments --------------------------------------------------------------------------------

    /** One page of the section's threads, 20 at a time, oldest first, with their replies (two queries, never all). */
    @SignedIn
    public CommentPage comments(long sectionId, int page) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        Caller me = access.caller();
        List<SectionComment> threads = comments.findThreads(sectionId, PageRequest.of(page, CommentPage.SIZE));
        List<Long> ids = threads.stream().map(SectionComment::getId).toList();
        List<SectionComment> replies = ids.isEmpty() ? List.of() : comments.findReplies(ids);
        List<Long> all = new ArrayList<>(ids);
        replies.forEach(r -> all.add(r.getId()));
        Map<Long, List<String>> mentioned = mentionsOf(all);
        Map<Long, List<Comment>> repliesByThread = new HashMap<>();
        replies.forEach(r -> repliesByThread.computeIfAbsent(r.getParentId(), k -> new ArrayList<>()).add(toComment(r, mentioned)));
        boolean editor = PlanAccess.mayEditSection(me, plan, section) || me.manages(plan.getLsipCode());
        List<CommentThread> result = threads.stream().map(t -> new CommentThread(toComment(t, mentioned),
                repliesByThread.getOrDefault(t.getId(), List.of()),
                t.getResolvedAt() == null && (editor || me.userId() == (t.getAuthorId() == null ? -1 : t.getAuthorId()))))
                .toList();
        return new CommentPage(result, page, comments.countThreads(sectionId));
    }

    /** Starts a thread on the section; the organisations it mentions see it among what needs them. */
    @SignedIn
    @Transactional
    public Comment comment(long sectionId, String body, Collection<Long> mentioned) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        return write(plan, section, null, body, mentioned);
    }

    /** Replies in a thread (to its first comment); mentions as for a new comment. */
    @SignedIn
    @Transactional
    public Comment reply(long threadId, String body, Collection<Long> mentioned) {
        SectionComment thread = loadComment(threadId);
        if (thread.getParentId() != null) {
            thread = loadComment(thread.getParentId());
        }
        PlanSection section = loadSection(thread.getSectionId());
        Plan plan = access.readable(section.getPlanId());
        if (thread.getResolvedAt() != null) {
            throw ValidationException.of("reply", "This thread is resolved; start a new comment instead.");
        }
        return write(plan, section, thread.getId(), body, mentioned);
    }

    /** Marks a thread done: by whoever started it, the section's editors or the area's ERB lead. */
    @SignedIn
    @Transactional
    public void resolve(long threadId) {
        SectionComment thread = loadComment(threadId);
        PlanSection section = loadSection(thread.getSectionId());
        Plan plan = access.readable(section.getPlanId());
        Caller me = access.caller();
        boolean author = thread.getAuthorId() != null && thread.getAuthorId() == me.userId();
        if (!author && !PlanAccess.mayEditSection(me, plan, section) && !me.manages(plan.getLsipCode())) {
            throw new AccessDeniedException("Only the comment's author, the section's owner or the ERB lead resolves a thread.");
        }
        if (thread.getParentId() != null) {
            throw ValidationException.of("reply", "Resolve the thread from its first comment.");
        }
        if (thread.getResolvedAt() == null) {
            thread.resolve(me.displayName(), clock.instant());
        }
    }

    private Comment write(Plan plan, PlanSection section, Long parentId, String body, Collection<Long> mentioned) {
        Caller me = access.caller();
        String text = body == null ? "" : body.strip().replace("\r\n", "\n");
        Errors errors = new Errors();
        errors.rejectIf(text.isEmpty(), "comment", "Write the comment first.");
        errors.rejectIf(text.length() > MAX_COMMENT, "comment", "A comment holds at most " + MAX_COMMENT
                + " characters; yours has " + text.length() + ". Shorten it or split it into two comments.");
        Map<Long, Participant> taking = participants.of(plan.getLsipCode()).stream()
                .collect(Collectors.toMap(Participant::id, p -> p));
        Set<Long> chosen = mentioned == null ? Set.of() : new LinkedHashSet<>(mentioned);
        errors.rejectIf(!taking.keySet().containsAll(chosen), "mentions",
                "Mention only organisations taking part in this plan.");
        errors.throwIfAny();
        String organisation = me.organisationId() == null ? "Administrator"
                : participants.find(me.organisationId()).map(Participant::name).orElse("");
        SectionComment saved = comments.save(new SectionComment(plan.getId(), section.getId(), parentId, me.userIdOrNull(),
                me.displayName(), me.organisationId(), organisation, text, clock.instant()));
        for (Long id : chosen) {
            mentions.save(new CommentMention(saved.getId(), plan.getId(), section.getId(), id, taking.get(id).name()));
        }
        return toComment(saved, Map.of(saved.getId(), chosen.stream().map(id -> taking.get(id).name()).toList()));
    }

    private Map<Long, List<String>> mentionsOf(List<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return mentions.findByComments(commentIds).stream().collect(Collectors.groupingBy(CommentMention::getCommentId,
                Collectors.mapping(CommentMention::getOrganisationName, Collectors.toList())));
    }

    private static Comment toComment(SectionComment c, Map<Long, List<String>> mentioned) {
        return new Comment(c.getId(), c.getParentId(), c.getAuthorName(), c.getAuthorOrganisationName(), c.getBody(),
                c.getCreatedAt(), c.getResolvedAt(), c.getResolvedByName(), mentioned.getOrDefault(c.getId(), List.of()));
    }

    // ---- suggested edits -------------------------------------------------------------------------

    /**
     * Proposes a new text for the section, made against version {@code baseNumber} (the one the person
     * was reading). Refused on a published plan, and when it changes nothing.
     */
    @SignedIn
    @Transactional
    public Suggestion suggest(long sectionId, int baseNumber, String body, String note) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        Caller me = access.caller();
        if (!plan.getStatus().editable()) {
            throw ValidationException.of(ValidationException.FORM, "This plan is published, so it takes no more "
                    + "suggestions. Comment instead, or suggest the change for the next edition.");
        }
        String text = body == null ? "" : body.replace("\r\n", "\n");
        String why = note == null ? "" : note.strip();
        Errors errors = new Errors();
        errors.rejectIf(text.length() > SectionWriter.MAX_CHARS, "suggestion", "A section holds at most "
                + SectionWriter.MAX_CHARS + " characters; this text has " + text.length() + ".");
        errors.rejectIf(why.length() > MAX_NOTE, "note", "Say why in at most " + MAX_NOTE + " characters; this has "
                + why.length() + ".");
        errors.rejectIf(baseNumber < 0 || baseNumber > section.getCurrentNumber(), "suggestion",
                "The version you started from does not exist; reload the section.");
        String base = baseNumber == 0 ? "" : versions.find(sectionId, baseNumber).map(SectionVersion::getBody).orElse("");
        errors.rejectIf(!errors.has("suggestion") && text.strip().equals(base.strip()), "suggestion",
                "The suggested text is the same as version " + baseNumber + ": change something first.");
        errors.throwIfAny();
        String organisation = me.organisationId() == null ? "Administrator"
                : participants.find(me.organisationId()).map(Participant::name).orElse("");
        SectionSuggestion saved = suggestions.save(new SectionSuggestion(plan.getId(), sectionId, baseNumber, text, why,
                me.userIdOrNull(), me.displayName(), me.organisationId(), organisation, clock.instant()));
        log.record(plan, me, "Suggested", section.getTitle() + ": a suggested edit against version " + baseNumber
                + (why.isEmpty() ? "" : " (" + why + ")"));
        return toSuggestion(saved, section, currentBody(section));
    }

    /** The section's open suggestions, oldest first, each with its difference against the current text. */
    @SignedIn
    public List<Suggestion> openSuggestions(long sectionId) {
        PlanSection section = loadSection(sectionId);
        access.readable(section.getPlanId());
        String current = currentBody(section);
        return suggestions.findOpen(sectionId).stream().map(s -> toSuggestion(s, section, current)).toList();
    }

    /** The 20 latest decided suggestions, newest first. */
    @SignedIn
    public List<Suggestion> decidedSuggestions(long sectionId) {
        PlanSection section = loadSection(sectionId);
        access.readable(section.getPlanId());
        return suggestions.findDecided(sectionId, PageRequest.of(0, 20)).stream()
                .map(s -> toSuggestion(s, section, null)).toList();
    }

    /**
     * The owner accepts: the suggested text becomes the section's next version, its author the
     * suggestion's author (the note says who accepted). Approvals are reset as for any edit.
     */
    @SignedIn
    @Transactional
    public SectionText accept(long suggestionId) {
        SectionSuggestion suggestion = loadSuggestion(suggestionId);
        PlanSection section = loadSection(suggestion.getSectionId());
        Plan plan = access.sectionWritable(section);
        Caller me = access.caller();
        requireOpen(suggestion);
        Caller author = new Caller(suggestion.getAuthorId() == null ? 0 : suggestion.getAuthorId(),
                suggestion.getAuthorName(), me.role(), suggestion.getAuthorOrganisationId(), plan.getLsipCode());
        SectionText saved = writer.write(plan, section, section.getCurrentNumber(), suggestion.getBody(),
                shorten("suggested by " + suggestion.getAuthorName() + ", accepted by " + me.displayName(), 200), author);
        suggestion.decide(SuggestionStatus.ACCEPTED, me.displayName(), clock.instant(), null, saved.number());
        log.record(plan, me, "Suggestion accepted", section.getTitle() + ": " + suggestion.getAuthorName()
                + "'s suggestion is version " + saved.number());
        return saved;
    }

    /** The owner rejects, saying why (the author reads the reason under the section). */
    @SignedIn
    @Transactional
    public Suggestion reject(long suggestionId, String reason) {
        SectionSuggestion suggestion = loadSuggestion(suggestionId);
        PlanSection section = loadSection(suggestion.getSectionId());
        Plan plan = access.sectionWritable(section);
        Caller me = access.caller();
        String why = reason == null ? "" : reason.strip();
        Errors errors = new Errors();
        errors.rejectIf(why.isEmpty(), "reason", "Say why the suggestion is rejected: its author reads it.");
        errors.rejectIf(why.length() > MAX_NOTE, "reason", "Say why in at most " + MAX_NOTE + " characters; this has "
                + why.length() + ".");
        errors.throwIfAny();
        requireOpen(suggestion);
        suggestion.decide(SuggestionStatus.REJECTED, me.displayName(), clock.instant(), why, null);
        log.record(plan, me, "Suggestion rejected", section.getTitle() + ": " + suggestion.getAuthorName()
                + "'s suggestion (" + why + ")");
        return toSuggestion(suggestion, section, null);
    }

    private static void requireOpen(SectionSuggestion suggestion) {
        if (suggestion.getStatus() != SuggestionStatus.OPEN) {
            throw ValidationException.of(ValidationException.FORM, "This suggestion was already "
                    + suggestion.getStatus().label().toLowerCase(java.util.Locale.ROOT) + " by "
                    + suggestion.getDecidedByName() + ".");
        }
    }

    private Suggestion toSuggestion(SectionSuggestion s, PlanSection section, String current) {
        return new Suggestion(s.getId(), s.getSectionId(), s.getBaseNumber(), section.getCurrentNumber(), s.getBody(),
                s.getNote(), s.getAuthorName(), s.getAuthorOrganisationName(), s.getCreatedAt(), s.getStatus(),
                s.getDecidedByName(), s.getDecidedAt(), s.getDecisionReason(), s.getResultNumber(),
                current == null ? List.of() : TextDiff.words(current, s.getBody()));
    }

    // ---- versions --------------------------------------------------------------------------------

    /** The difference from version {@code from} to version {@code to} of the section (0: the empty start). */
    @SignedIn
    public List<TextDiff.Part> difference(long sectionId, int from, int to) {
        PlanSection section = loadSection(sectionId);
        access.readable(section.getPlanId());
        return TextDiff.words(body(section, from), body(section, to));
    }

    /**
     * Restores an old version as the section's next one (nothing is removed). {@code startedFrom} is the
     * version the person was looking at: if someone saved since, the restore is refused like a stale save.
     */
    @SignedIn
    @Transactional(noRollbackFor = StaleSectionException.class)
    public SectionText restore(long sectionId, int number, int startedFrom) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.sectionWritable(section);
        Caller me = access.caller();
        if (number < 1 || number > section.getCurrentNumber()) {
            throw ValidationException.of("version", "There is no version " + number + ".");
        }
        if (number == section.getCurrentNumber() && startedFrom == number) {
            throw ValidationException.of("version", "Version " + number + " is already the current one.");
        }
        SectionVersion old = versions.find(sectionId, number)
                .orElseThrow(() -> ValidationException.of("version", "There is no version " + number + "."));
        SectionText saved = writer.write(plan, section, startedFrom, old.getBody(), "restored from version " + number, me);
        log.record(plan, me, "Restored", section.getTitle() + ": version " + number + " restored as version " + saved.number());
        return saved;
    }

    // ---- what waits for the caller ---------------------------------------------------------------

    /** The sections the caller edits as their organisation's (owned ones only), in plans still being written. */
    @SignedIn
    public List<SectionOwnership> ownedByMe() {
        Caller me = access.caller();
        if (me.organisationId() == null || me.lsipCode() == null) {
            return List.of();
        }
        List<SectionOwnership> owned = new ArrayList<>();
        for (Plan plan : plans.findByArea(me.lsipCode())) {
            if (!plan.getStatus().editable()) {
                continue;
            }
            for (PlanSection section : sections.findByPlan(plan.getId())) {
                if (me.belongsTo(section.getOwnerOrganisationId() == null ? -1 : section.getOwnerOrganisationId())) {
                    owned.add(ownership(plan, section, suggestions.findOpen(section.getId()).size(),
                            comments.countOpenThreads(section.getId())));
                }
            }
        }
        return owned;
    }

    /** What waits for the caller in the plans: suggestions to decide, open comments on their sections, mentions. */
    @SignedIn
    public List<Waiting> waitingForMe() {
        Caller me = access.caller();
        if (me.lsipCode() == null) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        Map<Long, PlanSection> editable = new LinkedHashMap<>();
        for (Plan plan : plans.findByArea(me.lsipCode())) {
            if (plan.getStatus().editable()) {
                sections.findByPlan(plan.getId()).stream().filter(s -> PlanAccess.mayEditSection(me, plan, s))
                        .forEach(s -> editable.put(s.getId(), s));
            }
        }
        if (!editable.isEmpty()) {
            for (SectionSuggestion s : suggestions.findOpenOn(editable.keySet())) {
                waiting.add(new Waiting(Waiting.Kind.SUGGESTION, editable.get(s.getSectionId()).getTitle(),
                        s.getAuthorName() + " (" + s.getAuthorOrganisationName() + ") suggests an edit to \""
                                + editable.get(s.getSectionId()).getTitle() + "\".", s.getSectionId(), s.getCreatedAt()));
            }
            List<Long> owned = editable.values().stream().filter(s -> s.getOwnerOrganisationId() != null)
                    .map(PlanSection::getId).toList();
            if (!owned.isEmpty()) {
                for (SectionComment c : comments.findOpenThreadsOn(owned, me.userId(), PageRequest.of(0, 20))) {
                    waiting.add(new Waiting(Waiting.Kind.COMMENT, editable.get(c.getSectionId()).getTitle(),
                            c.getAuthorName() + " commented on \"" + editable.get(c.getSectionId()).getTitle() + "\": "
                                    + shorten(c.getBody(), 80), c.getSectionId(), c.getCreatedAt()));
                }
            }
        }
        if (me.organisationId() != null) {
            for (SectionComment c : comments.findOpenMentions(me.organisationId(), me.userId(), PageRequest.of(0, 20))) {
                PlanSection section = sections.findById(c.getSectionId()).orElse(null);
                String title = section == null ? "a section" : section.getTitle();
                waiting.add(new Waiting(Waiting.Kind.MENTION, title, c.getAuthorName() + " mentioned your organisation on \""
                        + title + "\": " + shorten(c.getBody(), 80), c.getSectionId(), c.getCreatedAt()));
            }
        }
        return waiting;
    }

    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }

    private SectionOwnership ownership(Plan plan, PlanSection section, int openSuggestions, long openThreads) {
        Caller me = access.caller();
        String owner = section.getOwnerOrganisationId() == null ? SectionOwnership.SHARED
                : participants.find(section.getOwnerOrganisationId()).map(Participant::name).orElse("(unknown organisation)");
        return new SectionOwnership(section.getId(), plan.getId(), section.getTitle(), owner,
                section.getOwnerOrganisationId(), PlanAccess.mayEditSection(me, plan, section) && plan.getStatus().editable(),
                me.manages(plan.getLsipCode()) && plan.getStatus().editable(), PlanAccess.mayRead(me, plan.getLsipCode()),
                plan.getStatus().editable(), openSuggestions, openThreads);
    }

    private String currentBody(PlanSection section) {
        return body(section, section.getCurrentNumber());
    }

    private String body(PlanSection section, int number) {
        if (number == 0) {
            return "";
        }
        return versions.find(section.getId(), number).map(SectionVersion::getBody)
                .orElseThrow(() -> ValidationException.of("version", "There is no version " + number + "."));
    }

    private PlanSection loadSection(long sectionId) {
        return sections.findById(sectionId).orElseThrow(() -> new NotFoundException("There is no plan section " + sectionId + "."));
    }

    private SectionComment loadComment(long id) {
        return comments.findById(id).orElseThrow(() -> new NotFoundException("There is no comment " + id + "."));
    }

    private SectionSuggestion loadSuggestion(long id) {
        return suggestions.findById(id).orElseThrow(() -> new NotFoundException("There is no suggestion " + id + "."));
    }
}
