package uk.skillsplan.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.domain.ContactStore;
import uk.skillsplan.directory.domain.DuplicateStore;
import uk.skillsplan.directory.domain.Organisation;
import uk.skillsplan.directory.domain.OrganisationRepository;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.security.UserAccountService;

/**
 * Likely duplicate employers of the ERB lead's area, self-registered ones waiting for confirmation,
 * and merging a duplicate into the organisation kept. A merge is one transaction: the directory moves
 * the contacts (a contact whose e-mail the kept organisation already has is replaced by that one, its
 * opt-out kept), security moves the accounts and personal links, and {@link OrganisationsMerged} lets
 * every other module move its own records (responses, invitations, join requests, figures) - or refuse,
 * when both organisations answered the same round. The duplicate is then retired (inactive, merged
 * into the kept one) and the merge audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationMergeService {

    private static final int MOST_SHOWN = 200;
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> IGNORED_WORDS = Set.of("the", "ltd", "limited", "plc", "llp", "co", "company");

    private final OrganisationRepository organisations;
    private final DuplicateStore duplicates;
    private final ContactStore contacts;
    private final UserAccountService accounts;
    private final CallerScope callers;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    OrganisationMergeService(OrganisationRepository organisations, DuplicateStore duplicates, ContactStore contacts,
                             UserAccountService accounts, CallerScope callers, ApplicationEventPublisher events,
                             AuditTrail audit) {
        this.organisations = organisations;
        this.duplicates = duplicates;
        this.contacts = contacts;
        this.accounts = accounts;
        this.callers = callers;
        this.events = events;
        this.audit = audit;
    }

    /** "The Acme Widgets Ltd." and "ACME WIDGETS LIMITED" both become "acme widgets". */
    public static String normalisedName(String name) {
        String words = NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ");
        return java.util.Arrays.stream(words.strip().split(" ")).filter(w -> !w.isEmpty() && !IGNORED_WORDS.contains(w))
                .collect(Collectors.joining(" "));
    }

    /** Pairs of active employers of the caller's area (every area for an administrator) that are probably one, at most 200. */
    @ErbLeadOrAdmin
    public List<LikelyDuplicate> likelyDuplicates() {
        List<DuplicateStore.Candidate> candidates = duplicates.activeEmployers(areaOf(callers.require()));
        Map<String, List<DuplicateStore.Candidate>> groups = new LinkedHashMap<>();
        for (DuplicateStore.Candidate c : candidates) {
            if (c.companiesHouseNumber() != null && !c.companiesHouseNumber().isBlank()) {
                groups.computeIfAbsent("Same Companies House number " + c.companiesHouseNumber(), k -> new ArrayList<>())
                        .add(c);
            }
            String name = normalisedName(c.name());
            if (!name.isEmpty()) {
                groups.computeIfAbsent("name:" + name + "|" + c.ladCode(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<List<Long>, String> reasons = new LinkedHashMap<>();
        Map<Long, DuplicateStore.Candidate> byId = new HashMap<>();
        groups.forEach((key, members) -> {
            String reason = key.startsWith("name:") ? "Same name in the same local authority" : key;
            for (int i = 1; i < members.size(); i++) {
                DuplicateStore.Candidate first = members.get(0);
                DuplicateStore.Candidate other = members.get(i);
                byId.put(first.id(), first);
                byId.put(other.id(), other);
                reasons.merge(List.of(first.id(), other.id()), reason, (a, b) -> a + "; " + b);
            }
        });
        List<List<Long>> pairs = reasons.keySet().stream().limit(MOST_SHOWN).toList();
        Map<Long, OrganisationSummary> summaries = organisations.findByIdIn(pairs.stream().flatMap(List::stream)
                .collect(Collectors.toSet())).stream().map(OrganisationService::toSummary)
                .collect(Collectors.toMap(OrganisationSummary::id, s -> s));
        return pairs.stream().map(pair -> new LikelyDuplicate(summaries.get(pair.get(0)), summaries.get(pair.get(1)),
                        reasons.get(pair), byId.get(pair.get(0)).needsConfirmation()
                        || byId.get(pair.get(1)).needsConfirmation()))
                .sorted(Comparator.comparing(d -> d.first().name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** Employers of the caller's area that registered themselves on the join page and wait for confirmation. */
    @ErbLeadOrAdmin
    public List<OrganisationSummary> awaitingConfirmation() {
        List<Long> ids = duplicates.activeEmployers(areaOf(callers.require())).stream()
                .filter(DuplicateStore.Candidate::needsConfirmation).map(DuplicateStore.Candidate::id).toList();
        return organisations.findByIdIn(ids).stream().map(OrganisationService::toSummary)
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    /** Confirms a self-registered organisation as a real, separate one. */
    @ErbLeadOrAdmin
    @Transactional
    public void confirm(long id) {
        Organisation organisation = loadManaged(id);
        if (!organisation.isNeedsConfirmation()) {
            return;
        }
        organisation.confirm();
        audit.record(AuditAction.ORGANISATION_CONFIRMED, organisation.getName() + " (" + id + ")",
                organisation.getLocalAuthority().getArea().getCode(), "registered itself on the join page");
    }

    /**
     * Merges {@code retiredId} into {@code keptId}: everything of the retired organisation moves to the
     * kept one, or - if any module refuses - nothing does. Both must be active employers of the caller's area.
     */
    @ErbLeadOrAdmin
    @Transactional
    public void merge(long keptId, long retiredId) {
        if (keptId == retiredId) {
            throw ValidationException.of(ValidationException.FORM, "Choose two different organisations to merge.");
        }
        Organisation kept = loadManaged(keptId);
        Organisation retired = loadManaged(retiredId);
        if (!kept.isActive() || !retired.isActive()) {
            throw ValidationException.of(ValidationException.FORM, "Only active organisations can be merged: "
                    + (kept.isActive() ? retired : kept).getName() + " is inactive or was merged already.");
        }
        if (kept.getKind() != OrganisationKind.EMPLOYER || retired.getKind() != OrganisationKind.EMPLOYER) {
            throw ValidationException.of(ValidationException.FORM, "Only employers can be merged here. Colleges, "
                    + "councils and ERBs take part in plans, which a merge would not move: ask an administrator.");
        }
        String keptName = kept.getName();
        String retiredName = retired.getName();
        String area = kept.getLocalAuthority().getArea().getCode();

        Map<Long, Long> replaced = new LinkedHashMap<>();
        int moved = 0;
        for (Contact contact : contacts.ofOrganisation(retiredId)) {
            var same = contacts.find(keptId, contact.email());
            if (same.isPresent()) {
                replaced.put(contact.id(), same.get().id());
                if (contact.optedOutAt() != null) {
                    duplicates.keepOptOut(same.get().id(), contact.optedOutAt());
                }
            } else {
                duplicates.moveContact(contact.id(), keptId);
                moved++;
            }
        }
        int accountsMoved = accounts.moveMembers(retiredId, keptId);
        events.publishEvent(new OrganisationsMerged(keptId, retiredId, Map.copyOf(replaced)));
        // Moving the accounts cleared the persistence context: load both again.
        organisations.findById(retiredId).orElseThrow().retireInto(keptId);
        organisations.findById(keptId).orElseThrow().confirm();
        audit.record(AuditAction.ORGANISATIONS_MERGED, retiredName + " (" + retiredId + ") into " + keptName + " ("
                + keptId + ")", area, moved + " contacts moved, " + replaced.size() + " already there, " + accountsMoved
                + " accounts moved");
    }

    private Organisation loadManaged(long id) {
        return OrganisationService.loadManaged(organisations, callers.require(), id);
    }

    private String areaOf(Caller me) {
        return me.isAdmin() ? null : callers.requireArea();
    }
}
