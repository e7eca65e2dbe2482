package uk.skillsplan.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.TabularFileReader;
import uk.skillsplan.directory.contacts.ContactRows;
import uk.skillsplan.directory.domain.ContactStore;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;

/**
 * Importing an ERB's list of employers and their contacts (CSV or XLSX): every row is checked first and the
 * file is refused with a row-by-row report if any is wrong (malformed e-mail, unknown local authority
 * or one outside the caller's area, unknown SIC section or size band, a row repeated); otherwise all of
 * it is written in one transaction. An employer that already exists is matched - by Companies House
 * number, else by name and local authority - and never created twice.
 */
@Service
public class ContactImportService {

    public static final long MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;

    private final OrganisationService organisations;
    private final ContactService contacts;
    private final ContactStore store;
    private final ReferenceDataService referenceData;
    private final CallerScope callers;
    private final AuditTrail audit;
    private final TabularFileReader files;

    ContactImportService(OrganisationService organisations, ContactService contacts, ContactStore store,
                         ReferenceDataService referenceData, CallerScope callers, AuditTrail audit,
                         TabularFileReader files) {
        this.files = files;
        this.organisations = organisations;
        this.contacts = contacts;
        this.store = store;
        this.referenceData = referenceData;
        this.callers = callers;
        this.audit = audit;
    }

    /** A CSV file (UTF-8). */
    @ErbLeadOrAdmin
    @Transactional
    public ContactImportReport importCsv(InputStream file) {
        return importFile("contacts.csv", file);
    }

    /** A .csv (UTF-8) or .xlsx (first sheet) file, told apart by its name. */
    @ErbLeadOrAdmin
    @Transactional
    public ContactImportReport importFile(String fileName, InputStream file) {
        Caller me = callers.require();
        List<ContactRows.Row> rows;
        try {
            rows = ContactRows.read(files, fileName, file, MAX_BYTES, MAX_ROWS);
        } catch (ContactRows.FileRefused refused) {
            return new ContactImportReport(0, 0, 0, 0,
                    List.of(new ContactImportReport.Problem(refused.line(), "", refused.getMessage())));
        }
        Map<String, LocalAuthority> byCode = referenceData.localAuthoritiesByCode();
        Map<String, LocalAuthority> byName = new HashMap<>();
        byCode.values().forEach(la -> byName.put(la.name().toLowerCase(Locale.ROOT), la));
        Set<String> sections = new HashSet<>();
        referenceData.sicSections().forEach(s -> sections.add(s.code()));
        List<ContactImportReport.Problem> problems = new ArrayList<>();
        List<OrganisationDraft> drafts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ContactRows.Row row : rows) {
            drafts.add(check(row, me, byCode, byName, sections, seen, problems));
        }
        if (rows.isEmpty()) {
            problems.add(new ContactImportReport.Problem(1, "", "The file has no rows after the header."));
        }
        if (!problems.isEmpty()) {
            return new ContactImportReport(rows.size(), 0, 0, 0, problems);
        }
        int created = 0;
        int matched = 0;
        int added = 0;
        for (int i = 0; i < rows.size(); i++) {
            OrganisationDraft draft = drafts.get(i);
            ContactRows.Row row = rows.get(i);
            Optional<Long> existing = match(draft);
            long organisationId;
            if (existing.isPresent()) {
                organisationId = existing.get();
                matched++;
            } else {
                organisationId = organisations.create(draft).id();
                created++;
            }
            boolean known = store.find(organisationId, row.get("contact_email").toLowerCase(Locale.ROOT)).isPresent();
            contacts.add(organisationId, row.get("contact_name"), row.get("contact_email"),
                    "imported by " + me.displayName() + " from the ERB's contact list");
            added += known ? 0 : 1;
        }
        audit.record(AuditAction.CONTACTS_IMPORTED, rows.size() + " rows", me.lsipCode(), created + " organisations created, "
                + matched + " matched, " + added + " contacts added");
        return new ContactImportReport(rows.size(), created, matched, added, List.of());
    }

    private Optional<Long> match(OrganisationDraft draft) {
        return organisations.matchingEmployer(draft.companiesHouseNumber(), draft.name(), draft.ladCode());
    }

    private static OrganisationDraft check(ContactRows.Row row, Caller me, Map<String, LocalAuthority> byCode,
                                           Map<String, LocalAuthority> byName, Set<String> sections,
                                           Map<String, Integer> seen, List<ContactImportReport.Problem> problems) {
        int line = row.line();
        String name = row.get("name");
        if (name.isEmpty() || name.length() > 200) {
            problems.add(new ContactImportReport.Problem(line, "name", "Give the employer's name (at most 200 characters)."));
        }
        String laValue = row.get("local_authority");
        LocalAuthority la = byCode.getOrDefault(laValue.toUpperCase(Locale.ROOT), byName.get(laValue.toLowerCase(Locale.ROOT)));
        if (la == null) {
            problems.add(new ContactImportReport.Problem(line, "local_authority", "\"" + laValue
                    + "\" is not a local authority in England: give its name or ONS code (for example E08000035)."));
        } else if (!me.manages(la.lsipCode())) {
            problems.add(new ContactImportReport.Problem(line, "local_authority", la.name()
                    + " is outside your LSIP area."));
        }
        String sic = row.get("sic_section").toUpperCase(Locale.ROOT);
        if (!sections.contains(sic)) {
            problems.add(new ContactImportReport.Problem(line, "sic_section", "\"" + row.get("sic_section")
                    + "\" is not a SIC 2007 section: use a letter from A to U."));
        }
        SizeBand size = null;
        try {
            size = SizeBand.fromCode(row.get("size_band"));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (size == null) {
            problems.add(new ContactImportReport.Problem(line, "size_band", "\"" + row.get("size_band")
                    + "\" is not a size band: use micro, small, medium or large."));
        }
        String number = row.get("companies_house_number").toUpperCase(Locale.ROOT).replace(" ", "");
        if (!number.isEmpty() && !OrganisationService.COMPANIES_HOUSE_NUMBER.matcher(number).matches()) {
            problems.add(new ContactImportReport.Problem(line, "companies_house_number", "\"" + number
                    + "\" is not a Companies House number: 8 digits, or 2 letters and 6 digits. Leave it empty if none."));
        }
        if (row.get("contact_name").isEmpty() || row.get("contact_name").length() > 120) {
            problems.add(new ContactImportReport.Problem(line, "contact_name",
                    "Give the contact's name (at most 120 characters)."));
        }
        String email = row.get("contact_email").toLowerCase(Locale.ROOT);
        if (!ContactService.EMAIL.matcher(email).matches() || email.length() > 200) {
            problems.add(new ContactImportReport.Problem(line, "contact_email", "\"" + row.get("contact_email")
                    + "\" is not an e-mail address like name@example.org."));
        }
        String key = (number.isEmpty() ? name.toLowerCase(Locale.ROOT) + "|" + (la == null ? laValue : la.ladCode())
                : number) + "|" + email;
        Integer first = seen.putIfAbsent(key, line);
        if (first != null) {
            problems.add(new ContactImportReport.Problem(line, "", "This row repeats row " + first
                    + " (same employer and contact e-mail): remove one of them."));
        }
        return new OrganisationDraft(OrganisationKind.EMPLOYER, name, la == null ? laValue : la.ladCode(), sic, size,
                number.isEmpty() ? null : number);
    }
}
