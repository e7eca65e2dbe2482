package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.plan.collaboration.Participant;

class SectionViewTest extends CollaborationPages {

    @Test
    void a_provider_comments_with_a_mention_and_suggests_an_edit_and_the_owner_accepts_it() {
        long section = sectionOwnedByTheCouncil(2060);
        login("provider");
        navigate("plans/sections/" + section);
        SectionView view = _get(SectionView.class);
        assertThat(view.owner.getText()).contains("Leeds City Council (demo)").contains("You comment and suggest");
        assertThat(view.ownerChoice.isVisible()).isFalse();

        _setValue(view.commentText, "Please name the welding course.");
        Participant council = view.mentions.getListDataView().getItems().filter(p -> p.name().equals("Leeds City Council (demo)")).findFirst().orElseThrow();
        view.mentions.setValue(Set.of(council));
        _click(view.postComment);
        assertThat(view.commentCount.getText()).isEqualTo("Showing 1 of 1 thread.");
        assertThat(view.shownCommentTexts().getFirst()).contains("Please name the welding course.").contains("Mentions Leeds City Council (demo)");

        _setValue(view.suggestionText, "Employers need more welders; Aire Valley College runs a welding course.");
        _setValue(view.suggestionNote, "Name the course");
        _click(view.sendSuggestion);
        assertThat(view.suggestionList.getElement().getTextRecursively()).contains("Suggestion by Tom Okafor")
                .contains("[added: ").contains("welding course");
        assertThat(_find(Button.class, spec -> spec.withText("Accept as a new version"))).isEmpty();

        login("council");
        navigate("plans/sections/" + section);
        SectionView owner = _get(SectionView.class);
        assertThat(owner.owner.getText()).contains("You edit this section");
        _click(_get(Button.class, spec -> spec.withText("Accept as a new version")));
        assertThat(owner.getElement().getTextRecursively()).doesNotContain("Suggestion by Tom Okafor");
        assertThat(plans.section(section).body()).isEqualTo("Employers need more welders; Aire Valley College runs a welding course.");
        assertThat(plans.section(section).savedBy()).isEqualTo("Tom Okafor");
        assertThat(owner.decidedList.getElement().getTextRecursively()).contains("Accepted by Helen Brook");
    }

    @Test
    void rejecting_needs_a_reason_shown_next_to_the_field() {
        long section = sectionOwnedByTheCouncil(2061);
        login("provider");
        collaboration.suggest(section, 1, "Different words.", "");
        login("council");
        navigate("plans/sections/" + section);

        _click(_get(Button.class, spec -> spec.withText("Reject")));
        assertThat(collaboration.openSuggestions(section)).hasSize(1);
        com.vaadin.flow.component.textfield.TextField reason = _get(com.vaadin.flow.component.textfield.TextField.class,
                spec -> spec.withLabel("Reason (needed to reject)"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("Say why the suggestion is rejected");
    }

    @Test
    void an_over_long_comment_is_refused_next_to_the_field_and_kept_in_it() {
        long section = sectionOwnedByTheCouncil(2062);
        login("provider");
        navigate("plans/sections/" + section);
        SectionView view = _get(SectionView.class);
        String tooLong = "y".repeat(2001);

        _setValue(view.commentText, tooLong);
        _click(view.postComment);

        assertThat(view.commentText.isInvalid()).isTrue();
        assertThat(view.commentText.getErrorMessage()).contains("at most 2000 characters");
        assertThat(view.commentText.getValue()).isEqualTo(tooLong);
        assertThat(view.commentCount.getText()).isEqualTo("No comments yet.");
    }

    @Test
    void comments_show_twenty_threads_then_more_on_request() {
        long section = sectionOwnedByTheCouncil(2063);
        login("provider");
        for (int i = 0; i < 45; i++) {
            collaboration.comment(section, "Comment " + i, List.of());
        }
        navigate("plans/sections/" + section);
        SectionView view = _get(SectionView.class);
        assertThat(view.commentCount.getText()).isEqualTo("Showing 20 of 45 threads.");

        _click(view.showMore);
        _click(view.showMore);
        assertThat(view.commentCount.getText()).isEqualTo("Showing 45 of 45 threads.");
        assertThat(view.showMore.isVisible()).isFalse();
    }

    @Test
    void the_erb_lead_gives_the_section_an_owner() {
        long section = sectionOwnedByTheCouncil(2064);
        login("erb");
        navigate("plans/sections/" + section);
        SectionView view = _get(SectionView.class);
        Participant provider = view.ownerChoice.getListDataView().getItems().filter(p -> p.name().equals("Aire Valley College")).findFirst().orElseThrow();

        view.ownerChoice.setValue(provider);
        _click(view.assignOwner);

        assertThat(view.owner.getText()).contains("Aire Valley College");
        assertThat(collaboration.ownership(section).ownerId()).isEqualTo(provider.id());
    }

    @Test
    void another_areas_erb_lead_is_refused() {
        long section = sectionOwnedByTheCouncil(2065);
        login("erb.gm");
        navigate("plans/sections/" + section);

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }
}
