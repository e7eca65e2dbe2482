package uk.skillsplan.demo;

import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.SizeBand;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.HashMap;
import java.util.Map;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.security.DemoDataPolicy;
import uk.skillsplan.security.NewUserAccount;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.UserAccountService;

/**
 * Demo organisations in three real LSIP areas and one demo account per role, created on an empty
 * embedded database so that the first run has something to look at. All names are fictional.
 */
@Component
@Order(10)
class DemoDirectoryData implements ApplicationRunner {

    /** The password of every demo account; published in the README, so demo data never goes on PostgreSQL. */
    static final String DEMO_PASSWORD = "Skills-Demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDirectoryData.class);

    private record Org(String name, OrganisationKind kind, String ladCode, String sic, SizeBand size) {
    }

    private record Account(String username, String displayName, Role role, String organisationName) {
    }

    private static final List<Org> ORGANISATIONS = List.of(
            // West Yorkshire (E69000037)
            new Org("West Yorkshire Chamber of Commerce (demo ERB)", OrganisationKind.ERB, "E08000035", null, null),
            new Org("Leeds City Council (demo)", OrganisationKind.COUNCIL, "E08000035", null, null),
            new Org("Aire Valley College", OrganisationKind.PROVIDER, "E08000032", null, null),
            new Org("Kirkstall Precision Engineering", OrganisationKind.EMPLOYER, "E08000035", "C", SizeBand.SMALL),
            new Org("Calder Care Homes", OrganisationKind.EMPLOYER, "E08000033", "Q", SizeBand.MEDIUM),
            new Org("Wakefield Logistics Hub", OrganisationKind.EMPLOYER, "E08000036", "H", SizeBand.LARGE),
            new Org("Holme Valley Bakery", OrganisationKind.EMPLOYER, "E08000034", "C", SizeBand.MICRO),
            new Org("Bradford Digital Studio", OrganisationKind.EMPLOYER, "E08000032", "J", SizeBand.MICRO),
            new Org("Headingley Hospitality Group", OrganisationKind.EMPLOYER, "E08000035", "I", SizeBand.MEDIUM),
            new Org("Pennine Green Builders", OrganisationKind.EMPLOYER, "E08000033", "F", SizeBand.SMALL),
            // Greater Manchester (E69000014)
            new Org("Greater Manchester Chamber (demo ERB)", OrganisationKind.ERB, "E08000003", null, null),
            new Org("Salford City Council (demo)", OrganisationKind.COUNCIL, "E08000006", null, null),
            new Org("Irwell Training Academy", OrganisationKind.PROVIDER, "E08000006", null, null),
            new Org("Ancoats Software Co-operative", OrganisationKind.EMPLOYER, "E08000003", "J", SizeBand.SMALL),
            new Org("Trafford Park Manufacturing", OrganisationKind.EMPLOYER, "E08000009", "C", SizeBand.LARGE),
            new Org("Stockport Family Dental", OrganisationKind.EMPLOYER, "E08000007", "Q", SizeBand.MICRO),
            new Org("Wigan Retail Partners", OrganisationKind.EMPLOYER, "E08000010", "G", SizeBand.MEDIUM),
            new Org("Oldham Solar Installers", OrganisationKind.EMPLOYER, "E08000004", "F", SizeBand.SMALL),
            // Cornwall and the Isles of Scilly (E69000005)
            new Org("Cornwall Chamber of Commerce (demo ERB)", OrganisationKind.ERB, "E06000052", null, null),
            new Org("Cornwall Council (demo)", OrganisationKind.COUNCIL, "E06000052", null, null),
            new Org("Kernow College of Further Education", OrganisationKind.PROVIDER, "E06000052", null, null),
            new Org("Penwith Seafood Processing", OrganisationKind.EMPLOYER, "E06000052", "C", SizeBand.SMALL),
            new Org("St Ives Harbour Hotel", OrganisationKind.EMPLOYER, "E06000052", "I", SizeBand.MEDIUM),
            new Org("Scilly Boat Services", OrganisationKind.EMPLOYER, "E06000053", "H", SizeBand.MICRO),
            new Org("Truro Agritech Farms", OrganisationKind.EMPLOYER, "E06000052", "A", SizeBand.SMALL),
            new Org("Camborne Mining Heritage Trust", OrganisationKind.EMPLOYER, "E06000052", "R", SizeBand.MICRO));

    static final List<Account> ACCOUNTS = List.of(
            new Account("employer", "Priya Shah", Role.EMPLOYER, "Kirkstall Precision Engineering"),
            new Account("provider", "Tom Okafor", Role.PROVIDER, "Aire Valley College"),
            new Account("council", "Helen Brook", Role.COUNCIL, "Leeds City Council (demo)"),
            new Account("erb", "Sam Whitaker", Role.ERB_LEAD, "West Yorkshire Chamber of Commerce (demo ERB)"),
            new Account("admin", "Alex Morgan", Role.ADMIN, null),
            // Second accounts used to show (and test) that organisations and areas are kept apart.
            new Account("employer2", "Dan Hughes", Role.EMPLOYER, "Calder Care Homes"),
            new Account("erb.gm", "Nadia Begum", Role.ERB_LEAD, "Greater Manchester Chamber (demo ERB)"),
            // A second council officer of the same council, to show (and test) two people saving one section.
            new Account("council2", "Omar Farouk", Role.COUNCIL, "Leeds City Council (demo)"));

    private final DemoDataPolicy policy;
    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final ContactService contacts;

    DemoDirectoryData(DemoDataPolicy policy, OrganisationService organisations, UserAccountService accounts,
                      ContactService contacts) {
        this.contacts = contacts;
        this.policy = policy;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.enabled()) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> {
            if (organisations.count(new OrganisationQuery(null, null, null, true)) > 0) {
                return;
            }
            Map<String, Long> ids = new HashMap<>();
            for (Org org : ORGANISATIONS) {
                ids.put(org.name(), organisations.create(new OrganisationDraft(org.kind(), org.name(), org.ladCode(),
                        org.sic(), org.size(), null)).id());
            }
            for (Account account : ACCOUNTS) {
                accounts.createDemoAccount(new NewUserAccount(account.username(), account.displayName(), null,
                        account.role(), account.organisationName() == null ? null : ids.get(account.organisationName()),
                        DEMO_PASSWORD));
            }
            // A contact for each demo employer, so that the ERB lead can try invitations (Outreach page);
            // example.org addresses reach nobody, and without a mail server they stay in the Outbox.
            for (Org org : ORGANISATIONS) {
                if (org.kind() == OrganisationKind.EMPLOYER) {
                    contacts.add(ids.get(org.name()), "Office manager, " + org.name(),
                            org.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.org",
                            "demo data");
                }
            }
            log.info("Demo data created: {} organisations in 3 LSIP areas and {} accounts (password in README)",
                    ORGANISATIONS.size(), ACCOUNTS.size());
        });
    }
}
