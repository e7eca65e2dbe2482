package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationService;

class ActionRegisterServiceTest extends FollowThroughTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Autowired
    ActionRegisterService register;
    @Autowired
    OrganisationService organisations;
    @Autowired
    List<AttentionProvider> attention;

    static ActionDraft draft(String sic, String title, LocalDate start, LocalDate due, ActionStatus status) {
        return new ActionDraft(sic, null, title, start, due, status);
    }

    @Test
    void a_due_date_before_the_start_is_refused_next_to_the_due_date_and_nothing_is_saved() {
        PlanSummary plan = generated();
        signInAs("provider");

        assertThatThrownBy(() -> register.add(plan.id(), draft(null, "Backwards", START, START.minusDays(1), ActionStatus.PLANNED)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("dueDate"))
                        .contains("before the start date (2026-09-01)"));
        assertThat(register.count(plan.id(), ActionFilter.none())).isZero();
    }

    @Test
    void an_owner_outside_the_plans_area_is_refused_and_a_provider_owns_only_its_own_actions() {
        signInAs("erb.gm");
        long manchester = organisations.mine().orElseThrow().id();
        PlanSummary plan = generated();
        long council = organisations.mine().orElseThrow().id();
        signInAs("erb");

        assertThatThrownBy(() -> register.add(plan.id(), new ActionDraft(null, manchester, "Elsewhere", START, START.plusMonths(3),
                ActionStatus.PLANNED))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("owner")).contains("not in West Yorkshire"));
        signInAs("provider");
        assertThatThrownBy(() -> register.add(plan.id(), new ActionDraft(null, council, "For the council", START,
                START.plusMonths(3), ActionStatus.PLANNED))).isInstanceOf(AccessDeniedException.class);
        assertThat(register.count(plan.id(), ActionFilter.none())).isZero();
    }

    @Test
    void the_register_pages_counts_and_filters_by_priority_owner_and_status_with_late_from_the_dates() {
        PlanSummary plan = generated();
        List<Priority> priorities = plans.priorities(plan.id());
        String first = priorities.getFirst().sicSection();
        String second = priorities.get(1).sicSection();
        clock.setDate(LocalDate.of(2027, 3, 1));
        ActionItem councilAction = register.add(plan.id(), draft(second, "Fund care bootcamps", START, START.plusYears(1), ActionStatus.IN_PROGRESS));
        signInAs("provider");
        for (int i = 0; i < 7; i++) {
            register.add(plan.id(), draft(first, "Course " + i, START, START.plusMonths(i), i == 0 ? ActionStatus.DONE : ActionStatus.PLANNED));
        }

        assertThat(register.count(plan.id(), ActionFilter.none())).isEqualTo(8);
        assertThat(register.page(plan.id(), ActionFilter.none(), 0, 5)).hasSize(5);
        assertThat(register.page(plan.id(), ActionFilter.none(), 1, 5)).hasSize(3);
        assertThat(register.count(plan.id(), new ActionFilter(second, null, null))).isEqualTo(1);
        assertThat(register.count(plan.id(), new ActionFilter(null, councilAction.ownerId(), null))).isEqualTo(1);
        assertThat(register.count(plan.id(), new ActionFilter(null, null, ActionStatus.DONE))).isEqualTo(1);
        // Due 2026-10-01 .. 2027-02-01 and not done: late on 2027-03-01.
        List<ActionItem> late = register.page(plan.id(), new ActionFilter(null, null, ActionStatus.LATE), 0, 50);
        assertThat(late).extracting(ActionItem::title).containsExactly("Course 1", "Course 2", "Course 3", "Course 4", "Course 5");
        assertThat(late).allMatch(ActionItem::late);
        assertThat(register.page(plan.id(), ActionFilter.none(), 0, 1).getFirst().priorityTitle())
                .isEqualTo(priorities.getFirst().title());
    }

    @Test
    void an_action_is_changed_only_by_its_owner_or_the_erb_lead_and_a_stale_change_is_refused() {
        PlanSummary plan = generated();
        signInAs("provider");
        ActionItem action = register.add(plan.id(), draft(null, "Open a skills centre", START, START.plusYears(1), ActionStatus.PLANNED));
        ActionItem started = register.update(action.id(), action.version(), draft(null, "Open a skills centre", START,
                START.plusYears(1), ActionStatus.IN_PROGRESS));

        assertThatThrownBy(() -> register.update(action.id(), action.version(), draft(null, "Stale", START, START.plusYears(1),
                ActionStatus.DONE))).isInstanceOf(ValidationException.class).hasMessageContaining("after you opened it");
        signInAs("council");
        assertThatThrownBy(() -> register.addNote(action.id(), START, "Not mine")).isInstanceOf(AccessDeniedException.class);
        signInAs("erb");
        register.update(action.id(), started.version(), draft(null, "Open a skills centre", START, START.plusYears(1), ActionStatus.AT_RISK));
        assertThat(register.action(action.id()).status()).isEqualTo(ActionStatus.AT_RISK);
    }

    @Test
    void notes_of_progress_are_dated_and_the_newest_shows_in_the_register() {
        PlanSummary plan = generated();
        signInAs("provider");
        clock.setDate(LocalDate.of(2026, 12, 1));
        ActionItem action = register.add(plan.id(), draft(null, "Recruit two assessors", START, START.plusYears(1), ActionStatus.IN_PROGRESS));

        assertThatThrownBy(() -> register.addNote(action.id(), LocalDate.of(2027, 1, 1), "Future"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("future");
        register.addNote(action.id(), LocalDate.of(2026, 10, 1), "Advert out");
        register.addNote(action.id(), LocalDate.of(2026, 11, 20), "One assessor appointed");

        assertThat(register.notes(action.id())).extracting(ActionNote::body).containsExactly("One assessor appointed", "Advert out");
        assertThat(register.action(action.id()).latestNote()).isEqualTo("2026-11-20: One assessor appointed");
    }

    @Test
    void csv_and_xlsx_exports_read_back_with_formulas_made_harmless() throws Exception {
        PlanSummary plan = generated();
        signInAs("provider");
        register.add(plan.id(), draft(null, "=HYPERLINK(\"http://evil\")", START, START.plusMonths(2), ActionStatus.PLANNED));
        register.add(plan.id(), draft(null, "Short courses, \"evening\"", START, START.plusMonths(4), ActionStatus.DONE));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        register.csv(plan.id(), ActionFilter.none(), csv);
        String text = csv.toString(StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new java.io.StringReader(text)).getRecords();
        assertThat(rows.getFirst().toList()).isEqualTo(uk.skillsplan.plan.action.ActionTable.HEADER);
        assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(2).get(0)).isEqualTo("Short courses, \"evening\"");
        assertThat(rows.get(2).get(6)).isEqualTo("Done");
        assertThat(rows.get(1).get(2)).isEqualTo("Aire Valley College");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        register.xlsx(plan.id(), ActionFilter.none(), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = book.getSheet("Actions");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo(START.plusMonths(4).toString());
        }
    }

    @Test
    void an_action_due_soon_or_overdue_waits_for_its_owners_people() {
        PlanSummary plan = generated();
        signInAs("provider");
        clock.setDate(LocalDate.of(2026, 10, 1));
        register.add(plan.id(), draft(null, "Due next week", START, LocalDate.of(2026, 10, 8), ActionStatus.PLANNED));
        register.add(plan.id(), draft(null, "Overdue", START, LocalDate.of(2026, 9, 20), ActionStatus.IN_PROGRESS));
        register.add(plan.id(), draft(null, "Far off", START, LocalDate.of(2027, 6, 1), ActionStatus.PLANNED));
        register.add(plan.id(), draft(null, "Done already", START, LocalDate.of(2026, 9, 25), ActionStatus.DONE));

        List<AttentionItem> items = attention.stream().flatMap(p -> p.itemsForCurrentUser().stream())
                .filter(i -> i.kind().startsWith("Action")).toList();
        assertThat(items).extracting(AttentionItem::text).anyMatch(t -> t.contains("Due next week"))
                .anyMatch(t -> t.contains("Overdue")).noneMatch(t -> t.contains("Far off") || t.contains("Done already"));
        assertThat(items).allMatch(i -> i.linkPath().startsWith("plans/"));
        signInAs("employer");
        assertThat(attention.stream().flatMap(p -> p.itemsForCurrentUser().stream())
                .filter(i -> i.text().contains("Due next week"))).isEmpty();
    }
}
