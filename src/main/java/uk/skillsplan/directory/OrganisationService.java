package uk.skillsplan.directory;

import uk.skillsplan.security.SignedIn;
import uk.skillsplan.security.ErbLeadOrAdmin;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.domain.LocalAuthorityRepository;
import uk.skillsplan.directory.domain.Organisation;
import uk.skillsplan.directory.domain.OrganisationRepository;
import uk.skillsplan.directory.domain.OrganisationSpecifications;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.UserAccountService;

/**
 * Organisations and who may see and change them: administrators everywhere, an ERB lead within
 * their own LSIP area, anyone their own organisation.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    /** 8 digits (England and Wales), or a 2-letter prefix such as SC, NI, OC then 6 digits. */
    static final Pattern COMPANIES_HOUSE_NUMBER = Pattern.compile("\\d{8}|[A-Z]{2}\\d{6}|R0\\d{6}");

    private final OrganisationRepository organisations;
    private final LocalAuthorityRepository localAuthorities;
    private final ReferenceDataService referenceData;
    private final CallerScope callers;
    private final UserAccountService accounts;
    private final List<OrganisationUsage> usages;
    private final AuditTrail audit;
    private final Clock clock;
    private final uk.skillsplan.directory.domain.ContactStore matches;

    OrganisationService(OrganisationRepository organisations, LocalAuthorityRepository localAuthorities,
                        ReferenceDataService referenceData, CallerScope callers, UserAccountService accounts,
                        List<OrganisationUsage> usages, AuditTrail audit, Clock clock,
                        uk.skillsplan.directory.domain.ContactStore matches) {
        this.matches = matches;
        this.organisations = organisations;
        this.localAuthorities = localAuthorities;
        this.referenceData = referenceData;
        this.callers = callers;
        this.accounts = accounts;
        this.usages = usages;
        this.audit = audit;
        this.clock = clock;
    }

    @ErbLeadOrAdmin
    public List<OrganisationSummary> search(OrganisationQuery query, Pageable page) {
        return organisations.findAll(OrganisationSpecifications.matching(scoped(query)), page)
                .map(OrganisationService::toSummary).getContent();
    }

    @ErbLeadOrAdmin
    public int count(OrganisationQuery query) {
        return (int) organisations.count(OrganisationSpecifications.matching(scoped(query)));
    }

    /** One organisation, if the caller may see it (administrator, ERB lead of its area, or a member). */
    @SignedIn
    public OrganisationSummary get(long id) {
        OrganisationSummary organisation = describe(id);
        if (!maySee(callers.require(), organisation)) {
            throw new AccessDeniedException("You may not see this organisation.");
        }
        return organisation;
    }

    /** The signed-in person's own organisation, if they belong to one. */
    @SignedIn
    public Optional<OrganisationSummary> mine() {
        Long id = callers.require().organisationId();
        return id == null ? Optional.empty() : Optional.of(describe(id));
    }

    /** The LSIP area the signed-in person works in: their organisation's area. */
    @SignedIn
    public Optional<LsipArea> myArea() {
        return mine().flatMap(organisation -> referenceData.area(organisation.lsipCode()));
    }

    /** Names of the given organisations the caller may manage, for lists that show owners. */
    @ErbLeadOrAdmin
    public Map<Long, String> names(Collection<Long> ids) {
        Caller me = callers.require();
        return organisations.findByIdIn(ids).stream().map(OrganisationService::toSummary)
                .filter(organisation -> maySee(me, organisation))
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }

    @ErbLeadOrAdmin
    @Transactional
    public OrganisationSummary create(OrganisationDraft draft) {
        Organisation organisation = new Organisation(draft.kind(), clock.instant());
        apply(organisation, draft);
        // Flushed at once: other modules' SQL in the same transaction (contacts, join requests) refers to it.
        OrganisationSummary created = toSummary(organisations.saveAndFlush(organisation));
        audit.record(AuditAction.ORGANISATION_CREATED, created.name() + " (" + created.id() + ")", created.lsipCode(),
                created.kind().label());
        return created;
    }

    /**
     * An employer that registered itself on the join page: created like any other, and marked for the
     * ERB lead to confirm or merge into the organisation it duplicates.
     */
    @ErbLeadOrAdmin
    @Transactional
    public OrganisationSummary createSelfRegistered(OrganisationDraft draft) {
        OrganisationSummary created = create(draft);
        organisations.findById(created.id()).orElseThrow().markForConfirmation();
        return created;
    }

    @ErbLeadOrAdmin
    @Transactional
    public OrganisationSummary update(long id, OrganisationDraft draft) {
        Organisation organisation = loadManaged(id);
        OrganisationSummary before = toSummary(organisation);
        apply(organisation, draft);
        OrganisationSummary after = toSummary(organisation);
        audit.record(AuditAction.ORGANISATION_CHANGED, after.name() + " (" + id + ")", after.lsipCode(),
                describeChange(before, after));
        return after;
    }

    @ErbLeadOrAdmin
    @Transactional
    public void setActive(long id, boolean active) {
        Organisation organisation = loadManaged(id);
        if (organisation.isActive() == active) {
            return;
        }
        organisation.setActive(active);
        audit.record(active ? AuditAction.ORGANISATION_REACTIVATED : AuditAction.ORGANISATION_DEACTIVATED,
                organisation.getName() + " (" + id + ")", organisation.getLocalAuthority().getArea().getCode(), null);
        if (!active) {
            // Its people lose access at once, not when their sessions happen to end.
            accounts.endSessionsOfOrganisation(id);
        }
    }

    /**
     * The employer this one probably is: the one with the same Companies House number, else the one with
     * the same name (ignoring case) in the same local authority. No access check: for services that make
     * their own (an import, a join request), and that never show the result to a stranger.
     */
    public Optional<Long> matchingEmployer(String companiesHouseNumber, String name, String ladCode) {
        if (companiesHouseNumber != null && !companiesHouseNumber.isBlank()) {
            Optional<Long> byNumber = matches.employerByCompaniesHouseNumber(companiesHouseNumber.trim()
                    .toUpperCase(Locale.ROOT).replace(" ", ""));
            if (byNumber.isPresent()) {
                return byNumber;
            }
        }
        return matches.employerByNameAndPlace(name, ladCode);
    }

    /**
     * An organisation's details without an access check, for other services that make their own
     * check on the result (for example, "is this round's area the respondent's area?").
     */
    public OrganisationSummary describe(long id) {
        return organisations.findById(id).map(OrganisationService::toSummary)
                .orElseThrow(() -> new NotFoundException("There is no organisation with id " + id + "."));
    }

    /** An organisation's name without an access check (one query), like {@link #describe(long)}. */
    public String nameOf(long id) {
        return organisations.findNameById(id)
                .orElseThrow(() -> new NotFoundException("There is no organisation with id " + id + "."));
    }

    private void apply(Organisation organisation, OrganisationDraft draft) {
        Caller me = callers.require();
        Errors errors = new Errors();
        errors.rejectIf(draft.kind() == null, "kind", "Choose what kind of organisation this is.");
        String name = draft.name() == null ? "" : draft.name().trim();
        errors.rejectIf(name.isEmpty(), "name", "Enter the organisation's name.");
        errors.rejectIf(name.length() > 200, "name", "Use at most 200 characters.");
        Optional<LocalAuthority> la = draft.ladCode() == null ? Optional.empty() : referenceData.localAuthority(draft.ladCode().trim());
        if (Errors.isBlank(draft.ladCode())) {
            errors.reject("ladCode", "Choose the local authority where the organisation is.");
        } else if (la.isEmpty()) {
            errors.reject("ladCode", "\"" + draft.ladCode() + "\" is not a local authority code in England (for example E06000043).");
        } else if (!me.manages(la.get().lsipCode())) {
            errors.reject("ladCode", "Choose a local authority in your own LSIP area.");
        }
        if (organisation.getId() != null && draft.kind() != null && draft.kind() != organisation.getKind()) {
            kindIsFixedBecause(organisation.getId()).ifPresent(reason -> errors.reject("kind", "The kind cannot change: "
                    + "this organisation has " + reason + " as " + organisation.getKind().label().toLowerCase(Locale.ROOT)
                    + ". Create a new organisation of the other kind instead."));
        }
        boolean employer = draft.kind() == OrganisationKind.EMPLOYER;
        String sic = Errors.isBlank(draft.sicSection()) ? null : draft.sicSection().trim().toUpperCase(Locale.ROOT);
        errors.rejectIf(employer && sic == null, "sicSection", "Choose the employer's industry (SIC section).");
        errors.rejectIf(sic != null && referenceData.sicSections().stream().noneMatch(s -> s.code().equals(sic)),
                "sicSection", "Choose a SIC 2007 section from A to U.");
        errors.rejectIf(employer && draft.sizeBand() == null, "sizeBand", "Choose the employer's size band.");
        String companiesHouse = Errors.isBlank(draft.companiesHouseNumber()) ? null
                : draft.companiesHouseNumber().trim().toUpperCase(Locale.ROOT).replace(" ", "");
        errors.rejectIf(companiesHouse != null && !COMPANIES_HOUSE_NUMBER.matcher(companiesHouse).matches(),
                "companiesHouseNumber", "A Companies House number has 8 characters: 8 digits (01234567) or "
                        + "2 letters and 6 digits (SC123456). Leave it empty if there is none.");
        errors.throwIfAny();
        organisation.update(draft.kind(), name, localAuthorities.getReferenceById(la.get().ladCode()), sic,
                draft.sizeBand() == null ? null : draft.sizeBand().code(), companiesHouse);
    }

    private static String describeChange(OrganisationSummary before, OrganisationSummary after) {
        List<String> changes = new java.util.ArrayList<>();
        if (before.kind() != after.kind()) {
            changes.add("kind " + before.kind().label() + " -> " + after.kind().label());
        }
        if (!before.name().equals(after.name())) {
            changes.add("name " + before.name() + " -> " + after.name());
        }
        if (!before.ladCode().equals(after.ladCode())) {
            changes.add("local authority " + before.localAuthorityName() + " -> " + after.localAuthorityName());
        }
        if (!java.util.Objects.equals(before.sicSection(), after.sicSection())) {
            changes.add("SIC section " + before.sicSection() + " -> " + after.sicSection());
        }
        if (before.sizeBand() != after.sizeBand()) {
            changes.add("size band " + before.sizeBand() + " -> " + after.sizeBand());
        }
        if (!java.util.Objects.equals(before.companiesHouseNumber(), after.companiesHouseNumber())) {
            changes.add("Companies House number changed");
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /** Sign-in accounts (whose role must match the kind) or other modules' records fix an organisation's kind. */
    private Optional<String> kindIsFixedBecause(long id) {
        List<String> reasons = new java.util.ArrayList<>();
        if (accounts.hasAccounts(id)) {
            reasons.add("sign-in accounts");
        }
        usages.stream().filter(usage -> usage.uses(id)).map(OrganisationUsage::what).forEach(reasons::add);
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", reasons));
    }

    private Organisation loadManaged(long id) {
        return loadManaged(organisations, callers.require(), id);
    }

    /** An organisation the caller manages (administrator, or ERB lead of its area), else refused. */
    static Organisation loadManaged(OrganisationRepository organisations, Caller caller, long id) {
        Organisation organisation = organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no organisation with id " + id + "."));
        if (!caller.manages(organisation.getLocalAuthority().getArea().getCode())) {
            throw new AccessDeniedException("An ERB lead manages the organisations of their own area only.");
        }
        return organisation;
    }

    private OrganisationQuery scoped(OrganisationQuery query) {
        Caller me = callers.require();
        if (!me.isAdmin()) {
            return new OrganisationQuery(query.text(), query.kind(), callers.requireArea(), query.includeInactive());
        }
        return query;
    }

    private static boolean maySee(Caller me, OrganisationSummary organisation) {
        return me.belongsTo(organisation.id()) || me.manages(organisation.lsipCode());
    }

    static OrganisationSummary toSummary(Organisation organisation) {
        var la = organisation.getLocalAuthority();
        return new OrganisationSummary(organisation.getId(), organisation.getKind(), organisation.getName(),
                la.getLadCode(), la.getName(), la.getArea().getCode(), la.getArea().getName(),
                organisation.getSicSection(),
                organisation.getSizeBand() == null ? null : SizeBand.fromCode(organisation.getSizeBand()),
                organisation.getCompaniesHouseNumber(), organisation.isActive());
    }
}
