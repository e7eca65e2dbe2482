package uk.skillsplan.plan.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSignOffService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;
import uk.skillsplan.plan.SuggestionStatus;
import uk.skillsplan.testing.ServiceTest;

class CollaborationServiceTest extends ServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanSignOffService signOff;

    @Autowired
    CollaborationService collaboration;

    @Autowired
    List<AttentionProvider> attention;

    /** A new plan of the demo area with its first section written once by the ERB lead; returns the section. */
    long section(int cycleStart) {
        signInAs("erb");
        PlanSummary plan = plans.create(new NewPlan(null, cycleStart, cycleStart + 3, List.of(), null));
        long section = plans.sections(plan.id()).getFirst().sectionId();
        plans.save(section, 0, "Employers need more welders in Leeds.");
        return section;
    }

    /** The demo council or provider (other tests may add organisations of the same kind to the area). */
    long organisation(long section, String kind) {
        String name = kind.equals("COUNCIL") ? "Leeds City Council (demo)" : "Aire Valley College";
        return collaboration.participants(plans.section(section).planId()).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    @Test
    void only_the_owner_edits_a_section_others_comment_and_suggest() {
        long section = section(2040);
        long council = organisation(section, "COUNCIL");
        collaboration.assignOwner(section, council);

        assertThatThrownBy(() -> plans.save(section, 1, "The ERB's words")).isInstanceOf(AccessDeniedException.class);
        signInAs("council");
        assertThat(plans.save(section, 1, "The council's words").number()).isEqualTo(2);
        signInAs("provider");
        assertThatThrownBy(() -> plans.save(section, 2, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(collaboration.ownership(section).mayEdit()).isFalse();
        collaboration.comment(section, "Please add the Aire Valley welding course.", List.of());
        collaboration.suggest(section, 2, "The council's words, and welding at Aire Valley College.", "");
        assertThatThrownBy(() -> collaboration.assignOwner(section, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_provider_owning_a_section_edits_it_and_sees_it_on_its_home_page_list() {
        long section = section(2041);
        collaboration.assignOwner(section, organisation(section, "PROVIDER"));

        signInAs("provider");
        assertThat(plans.save(section, 1, "What Aire Valley College will do.").number()).isEqualTo(2);
        assertThat(collaboration.ownedByMe()).extracting(SectionOwnership::sectionId).contains(section);
        signInAs("council");
        assertThat(collaboration.ownedByMe()).extracting(SectionOwnership::sectionId).doesNotContain(section);
    }

    @Test
    void an_owner_only_an_organisation_taking_part_may_be() {
        long section = section(2042);

        assertThatThrownBy(() -> collaboration.assignOwner(section, 999_999L))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("owner"));
    }

    @Test
    void an_accepted_suggestion_becomes_a_new_version_with_its_author_and_a_rejected_one_keeps_the_reason() {
        long section = section(2043);
        collaboration.assignOwner(section, organisation(section, "COUNCIL"));
        signInAs("provider");
        Suggestion first = collaboration.suggest(section, 1, "Employers need more welders and fitters in Leeds.", "fitters too");
        Suggestion second = collaboration.suggest(section, 1, "Nothing is needed.", "");

        signInAs("council");
        assertThat(collaboration.openSuggestions(section)).hasSize(2);
        assertThat(TextDiff.changed(collaboration.openSuggestions(section).getFirst().difference())).isTrue();
        SectionText accepted = collaboration.accept(first.id());
        assertThat(accepted.number()).isEqualTo(2);
        assertThat(accepted.body()).isEqualTo("Employers need more welders and fitters in Leeds.");
        assertThat(accepted.savedBy()).isEqualTo("Tom Okafor");
        assertThat(accepted.note()).contains("suggested by Tom Okafor").contains("accepted by Helen Brook");

        assertThatThrownBy(() -> collaboration.reject(second.id(), " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        collaboration.reject(second.id(), "Employers told us otherwise.");
        assertThat(collaboration.openSuggestions(section)).isEmpty();
        assertThat(collaboration.decidedSuggestions(section)).extracting(Suggestion::status, Suggestion::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(SuggestionStatus.REJECTED, "Employers told us otherwise."));
        assertThatThrownBy(() -> collaboration.accept(second.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already rejected");
        assertThat(plans.section(section).number()).isEqualTo(2);
        assertThat(plans.history(accepted.planId())).extracting(h -> h.what())
                .contains("Suggested", "Suggestion accepted", "Suggestion rejected", "Owner assigned");
    }

    @Test
    void only_the_owner_decides_a_suggestion() {
        long section = section(2044);
        collaboration.assignOwner(section, organisation(section, "COUNCIL"));
        signInAs("provider");
        Suggestion suggestion = collaboration.suggest(section, 1, "Other words.", "");

        assertThatThrownBy(() -> collaboration.accept(suggestion.id())).isInstanceOf(AccessDeniedException.class);
        signInAs("erb");
        assertThatThrownBy(() -> collaboration.reject(suggestion.id(), "no")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_suggestion_against_an_older_version_is_shown_as_such() {
        long section = section(2045);
        signInAs("provider");
        Suggestion suggestion = collaboration.suggest(section, 1, "Employers need more welders.", "");
        assertThat(suggestion.againstOlderVersion()).isFalse();
        signInAs("council");
        plans.save(section, 1, "Employers need more welders in Leeds and Bradford.");

        Suggestion now = collaboration.openSuggestions(section).getFirst();
        assertThat(now.baseNumber()).isEqualTo(1);
        assertThat(now.currentNumber()).isEqualTo(2);
        assertThat(now.againstOlderVersion()).isTrue();
    }

    @Test
    void a_suggestion_on_a_published_plan_is_refused_with_a_clear_message_and_nothing_saved() {
        long section = section(2046);
        long planId = plans.section(section).planId();
        signOff.submitForReview(planId);
        signOff.requestSignOff(planId);
        signOff.approve(planId);
        signInAs("council");
        assertThat(attention.stream().flatMap(p -> p.itemsForCurrentUser().stream()))
                .anyMatch(i -> i.kind().equals("Approval to give") && i.linkPath().equals("plans/" + planId));
        signOff.approve(planId);
        assertThat(attention.stream().flatMap(p -> p.itemsForCurrentUser().stream()))
                .noneMatch(i -> i.linkPath().equals("plans/" + planId));
        signOff.publish(planId);

        signInAs("provider");
        assertThatThrownBy(() -> collaboration.suggest(section, 1, "Late words.", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("published");
        assertThat(collaboration.openSuggestions(section)).isEmpty();
    }

    @Test
    void a_comment_over_the_length_limit_is_refused_next_to_the_field_and_nothing_is_saved() {
        long section = section(2047);
        signInAs("provider");

        assertThatThrownBy(() -> collaboration.comment(section, "x".repeat(CollaborationService.MAX_COMMENT + 1), List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("comment"))
                        .contains("at most 2000 characters").contains("yours has 2001"));
        assertThatThrownBy(() -> collaboration.comment(section, "  ", List.of())).isInstanceOf(ValidationException.class);
        assertThat(collaboration.comments(section, 0).totalThreads()).isZero();
    }

    @Test
    void comments_are_threaded_resolvable_and_a_mention_waits_for_the_mentioned_organisation() {
        long section = section(2048);
        long provider = organisation(section, "PROVIDER");
        signInAs("council");
        Comment question = collaboration.comment(section, "Can Aire Valley run an evening course?", List.of(provider));
        assertThat(question.mentions()).containsExactly("Aire Valley College");

        signInAs("provider");
        List<AttentionItem> items = attention.stream().flatMap(p -> p.itemsForCurrentUser().stream()).toList();
        assertThat(items).anyMatch(i -> i.kind().equals("Mention") && i.linkPath().equals("plans/sections/" + section)
                && i.text().contains("Can Aire Valley run"));
        collaboration.reply(question.id(), "Yes, from September.", List.of());
        CommentThread thread = collaboration.comments(section, 0).threads().getFirst();
        assertThat(thread.replies()).extracting(Comment::body).containsExactly("Yes, from September.");

        signInAs("council");
        collaboration.resolve(question.id());
        assertThat(collaboration.comments(section, 0).threads().getFirst().first().resolved()).isTrue();
        assertThatThrownBy(() -> collaboration.reply(question.id(), "More", List.of())).isInstanceOf(ValidationException.class);
        signInAs("provider");
        assertThat(attention.stream().flatMap(p -> p.itemsForCurrentUser().stream()))
                .noneMatch(i -> i.kind().equals("Mention") && i.text().contains("Can Aire Valley run"));
    }

    @Test
    void a_suggestion_waits_for_the_owner_under_needs_you() {
        long section = section(2049);
        collaboration.assignOwner(section, organisation(section, "COUNCIL"));
        signInAs("provider");
        collaboration.suggest(section, 1, "Different words entirely.", "");

        signInAs("council2");
        assertThat(attention.stream().flatMap(p -> p.itemsForCurrentUser().stream()))
                .anyMatch(i -> i.kind().equals("Suggestion to decide") && i.linkPath().equals("plans/sections/" + section));
    }

    @Test
    void three_hundred_comments_are_read_twenty_threads_at_a_time() {
        long section = section(2050);
        signInAs("provider");
        for (int i = 0; i < 300; i++) {
            collaboration.comment(section, "Comment " + i, List.of());
        }

        CommentPage first = collaboration.comments(section, 0);
        assertThat(first.threads()).hasSize(20);
        assertThat(first.totalThreads()).isEqualTo(300);
        assertThat(first.more()).isTrue();
        assertThat(first.threads().getFirst().first().body()).isEqualTo("Comment 0");
        CommentPage last = collaboration.comments(section, 14);
        assertThat(last.threads()).hasSize(20);
        assertThat(last.threads().getLast().first().body()).isEqualTo("Comment 299");
        assertThat(last.more()).isFalse();
    }

    @Test
    void two_people_saving_the_same_section_the_second_is_refused_with_both_texts_and_nothing_is_overwritten() {
        long section = section(2051);
        signInAs("council");
        SectionText seenByHelen = plans.section(section);
        signInAs("council2");
        SectionText seenByOmar = plans.section(section);

        plans.save(section, seenByOmar.number(), "Omar's words.");
        signInAs("council");
        assertThatThrownBy(() -> plans.save(section, seenByHelen.number(), "Helen's words."))
                .isInstanceOfSatisfying(StaleSectionException.class, stale -> {
                    assertThat(stale.current().body()).isEqualTo("Omar's words.");
                    assertThat(stale.mine()).isEqualTo("Helen's words.");
                });
        assertThat(plans.section(section).body()).isEqualTo("Omar's words.");
        assertThat(plans.workingDraft(section)).get().extracting(d -> d.body()).isEqualTo("Helen's words.");

        SectionText merged = plans.save(section, 2, "Omar's words. Helen's words.");
        assertThat(merged.number()).isEqualTo(3);
        assertThat(plans.versions(section)).extracting(SectionText::body)
                .containsExactly("Omar's words. Helen's words.", "Omar's words.", "Employers need more welders in Leeds.");
    }

    @Test
    void an_old_version_is_restored_as_a_new_one_and_the_diff_between_any_two_is_readable() {
        long section = section(2052);
        plans.save(section, 1, "Employers need more carers in Leeds.");

        assertThat(collaboration.difference(section, 1, 2)).containsExactly(
                new TextDiff.Part(TextDiff.Change.SAME, "Employers need more "),
                new TextDiff.Part(TextDiff.Change.REMOVED, "welders"),
                new TextDiff.Part(TextDiff.Change.ADDED, "carers"),
                new TextDiff.Part(TextDiff.Change.SAME, " in Leeds."));
        SectionText restored = collaboration.restore(section, 1, 2);
        assertThat(restored.number()).isEqualTo(3);
        assertThat(restored.body()).isEqualTo("Employers need more welders in Leeds.");
        assertThat(restored.note()).isEqualTo("restored from version 1");
        assertThat(plans.versions(section)).hasSize(3);
        assertThatThrownBy(() -> collaboration.restore(section, 1, 2)).isInstanceOf(StaleSectionException.class);
        assertThatThrownBy(() -> collaboration.restore(section, 9, 3)).isInstanceOf(ValidationException.class);
        signInAs("provider");
        assertThatThrownBy(() -> collaboration.restore(section, 1, 3)).isInstanceOf(AccessDeniedException.class);
        assertThat(plans.history(restored.planId())).anyMatch(h -> h.what().equals("Restored"));
    }
}
