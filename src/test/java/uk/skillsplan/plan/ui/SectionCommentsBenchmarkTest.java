package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.collaboration.CommentPage;
import uk.skillsplan.testing.Benchmarks;

/**
 * Opening a section with 300 comments (docs/benchmarks.md, section H; target under 1 s): 300
 * threads, 100 of them with a reply, on one section owned by the council. Measures, separately,
 * the service calls the section page makes (section, owner, open and decided suggestions, first
 * page of 20 threads with their replies and mentions) and the page's first render in Karibu
 * (navigation, every service call and building the components; no browser). Runs {@code
 * -Dskillsplan.benchmark.section.runs} times (default 30) after 5 warm-up rounds.
 */
@Tag("benchmark")
class SectionCommentsBenchmarkTest extends CollaborationPages {

    private static final int COMMENTS = Integer.getInteger("skillsplan.benchmark.section.comments", 300);
    private static final int RUNS = Integer.getInteger("skillsplan.benchmark.section.runs", 30);

    @Autowired
    JdbcClient jdbc;

    @Test
    void opens_a_section_with_three_hundred_comments() {
        long section = sectionOwnedByTheCouncil(2090);
        SectionText text = plans.section(section);
        long started = System.nanoTime();
        for (int i = 0; i < COMMENTS; i++) {
            long id = jdbc.sql("select nextval('entity_seq')").query(Long.class).single();
            jdbc.sql("insert into plan_comment (id, version, plan_id, section_id, parent_id, author_id, author_name, "
                            + "author_organisation_id, author_organisation_name, body, created_at) values (?, 0, ?, ?, null, null, "
                            + "'Benchmark', null, 'Aire Valley College', ?, current_timestamp)")
                    .params(id, text.planId(), section, "Comment " + i + ": " + "words ".repeat(40)).update();
            if (i % 3 == 0) {
                long reply = jdbc.sql("select nextval('entity_seq')").query(Long.class).single();
                jdbc.sql("insert into plan_comment (id, version, plan_id, section_id, parent_id, author_id, author_name, "
                                + "author_organisation_id, author_organisation_name, body, created_at) values (?, 0, ?, ?, ?, null, "
                                + "'Benchmark', null, 'Leeds City Council (demo)', 'A reply.', current_timestamp)")
                        .params(reply, text.planId(), section, id).update();
            }
        }
        Benchmarks.report("section comments setup: %d threads (a third with a reply) in %.1f s", COMMENTS,
                (System.nanoTime() - started) / 1e9);
        login("council");

        List<Long> service = new ArrayList<>();
        List<Long> render = new ArrayList<>();
        for (int run = -5; run < RUNS; run++) {
            long t0 = System.nanoTime();
            plans.section(section);
            collaboration.participants(text.planId());
            collaboration.ownership(section);
            collaboration.openSuggestions(section);
            collaboration.decidedSuggestions(section);
            CommentPage page = collaboration.comments(section, 0);
            long t1 = System.nanoTime();
            assertThat(page.threads()).hasSize(20);
            assertThat(page.totalThreads()).isEqualTo(COMMENTS);

            navigate("plans");
            long t2 = System.nanoTime();
            navigate("plans/sections/" + section);
            SectionView view = _get(SectionView.class);
            long t3 = System.nanoTime();
            assertThat(view.commentCount.getText()).isEqualTo("Showing 20 of " + COMMENTS + " threads.");
            if (run >= 0) {
                service.add(t1 - t0);
                render.add(t3 - t2);
            }
        }
        Benchmarks.report("section with %d comments, service calls of the page: %s", COMMENTS, Benchmarks.Stats.of(service));
        Benchmarks.report("section with %d comments, first render of SectionView (Karibu, includes the service calls): %s",
                COMMENTS, Benchmarks.Stats.of(render));
        assertThat(Benchmarks.Stats.of(render).median()).isLessThan(1000);
    }
}
