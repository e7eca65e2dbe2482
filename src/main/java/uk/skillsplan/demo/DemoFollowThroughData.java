package uk.skillsplan.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.ActionDraft;
import uk.skillsplan.plan.ActionItem;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.PlanResponseService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.ResponseDraft;

/**
 * The demo plan's follow-through: the demo college's and council's responses to the first two
 * priorities, and a handful of actions of the college, the council, the ERB and an employer - one
 * done, one late, one due within a fortnight - dated from today, so the register always has each
 * state. Runs as the system (an administrator), recording for each organisation of the area.
 */
@Component
class DemoFollowThroughData {

    /** The SIC sections the demo's responses and actions are written for: construction, and health and social care. */
    static final String CONSTRUCTION = "F";
    static final String CARE = "Q";

    private final PlanService plans;
    private final PlanResponseService responses;
    private final ActionRegisterService register;
    private final Clock clock;

    DemoFollowThroughData(PlanService plans, PlanResponseService responses, ActionRegisterService register, Clock clock) {
        this.plans = plans;
        this.responses = responses;
        this.register = register;
        this.clock = clock;
    }

    void add(long planId) {
        List<Priority> priorities = plans.priorities(planId);
        List<OrganisationSummary> area = register.owners(planId);
        Optional<OrganisationSummary> college = find(area, OrganisationKind.PROVIDER, "Aire Valley College");
        Optional<OrganisationSummary> council = find(area, OrganisationKind.COUNCIL, "Leeds City Council (demo)");
        Optional<OrganisationSummary> erb = find(area, OrganisationKind.ERB, "");
        Optional<OrganisationSummary> employer = find(area, OrganisationKind.EMPLOYER, "Kirkstall Precision Engineering");
        if (college.isEmpty() || council.isEmpty()) {
            return;
        }
        // The construction responses and actions go under the construction priority and the care ones under
        // health and social care, wherever the evidence ranks them; the demo once put them under the first two
        // priorities, so a groundworks course stood under "Administrative and support service activities" when
        // construction ranked second. A sector the evidence did not rank gets the first priority left, with words
        // that name no sector (or, with fewer than two, the plan as a whole).
        String first = section(priorities, CONSTRUCTION, section(priorities, CARE, null));
        String second = section(priorities, CARE, first);
        long collegeId = college.get().id();
        long councilId = council.get().id();
        if (first != null) {
            respond(planId, first, second, collegeId, councilId);
        }
        actions(planId, first, second, collegeId, councilId, erb, employer);
    }

    private void respond(long planId, String first, String second, long collegeId, long councilId) {
        boolean building = CONSTRUCTION.equals(first);
        boolean caring = CARE.equals(second);
        responses.save(planId, first, collegeId, null, new ResponseDraft(
                building ? "A Level 3 groundworks and site supervision course" : "A Level 3 course designed with local employers",
                "from September 2027", "40 learners a year", "Too few qualified assessors; workshop space",
                "Funding for two assessor posts; a shared workshop with employers", "", ""));
        responses.save(planId, first, councilId, null, new ResponseDraft("", "", "", "", "",
                building ? "Adult skills fund: 120 places in construction" : "Adult skills fund: 120 places in this sector",
                building ? "Commission a construction skills bootcamp in 2027" : "Commission a skills bootcamp in 2027"));
        if (second.equals(first)) {
            return;
        }
        responses.save(planId, second, collegeId, null, new ResponseDraft(
                caring ? "A short care certificate for adults returning to work" : "A short course for adults returning to work",
                "from January 2027", "60 learners a year", "Placements are hard to find",
                caring ? "Care employers offering placements through the ERB" : "Employers offering placements through the ERB",
                "", ""));
        responses.save(planId, second, councilId, null, new ResponseDraft("", "", "", "", "",
                caring ? "Adult skills fund: 200 places in care" : "Adult skills fund: 200 places in this sector",
                caring ? "Care-sector placements through the council's commissioning"
                        : "Placements through the council's commissioning"));
    }

    private void actions(long planId, String first, String second, long collegeId, long councilId,
                         Optional<OrganisationSummary> erb, Optional<OrganisationSummary> employer) {
        LocalDate today = LocalDate.now(clock);
        boolean building = CONSTRUCTION.equals(first);
        boolean caring = CARE.equals(second);
        ActionItem course = action(planId, first, collegeId,
                building ? "Launch the Level 3 groundworks course" : "Launch the Level 3 course", today.minusDays(90),
                today.plusDays(180), ActionStatus.IN_PROGRESS);
        register.addNote(course.id(), today.minusDays(30), "Course approved by the awarding body; 18 applicants so far.");
        action(planId, first, collegeId, building ? "Recruit two construction assessors" : "Recruit two assessors",
                today.minusDays(120), today.minusDays(10),
                ActionStatus.IN_PROGRESS);
        action(planId, second, collegeId, caring ? "Run the first short care certificate" : "Run the first short course for adults",
                today.minusDays(20), today.plusDays(7),
                ActionStatus.PLANNED);
        ActionItem funded = action(planId, second, councilId,
                caring ? "Fund 200 adult skills places in care" : "Fund 200 adult skills places in this sector", today.minusDays(200),
                today.minusDays(40), ActionStatus.DONE);
        register.addNote(funded.id(), today.minusDays(45), "Funding agreed by the combined authority's skills board.");
        erb.ifPresent(o -> action(planId, first, o.id(),
                building ? "Employer panel on site-management skills" : "Employer panel on supervisory skills", today.minusDays(10),
                today.plusDays(120), ActionStatus.PLANNED));
        employer.ifPresent(o -> action(planId, first, o.id(), "Offer ten work placements a year", today.minusDays(60),
                today.plusDays(60), ActionStatus.AT_RISK));
    }

    /** The priority of {@code sic} if the evidence ranked it, else the best-ranked one other than {@code taken}. */
    static String section(List<Priority> priorities, String sic, String taken) {
        return priorities.stream().map(Priority::sicSection).filter(sic::equals).findFirst()
                .or(() -> priorities.stream().map(Priority::sicSection).filter(s -> !s.equals(taken)).findFirst())
                .orElse(taken);
    }

    private ActionItem action(long planId, String sic, long owner, String title, LocalDate start, LocalDate due, ActionStatus status) {
        return register.add(planId, new ActionDraft(sic, owner, title, start, due, status));
    }

    private static Optional<OrganisationSummary> find(List<OrganisationSummary> area, OrganisationKind kind, String name) {
        return area.stream().filter(o -> o.kind() == kind && o.name().equals(name)).findFirst()
                .or(() -> area.stream().filter(o -> o.kind() == kind).findFirst());
    }
}
