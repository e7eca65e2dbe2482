package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionVersionsViewTest extends CollaborationPages {

    @Test
    void the_difference_between_two_chosen_versions_is_shown_and_the_owner_restores_an_old_one() {
        long section = sectionOwnedByTheCouncil(2070);
        login("council");
        plans.save(section, 1, "Employers need more carers.");
        navigate("plans/sections/" + section + "/versions");
        SectionVersionsView view = _get(SectionVersionsView.class);

        assertThat(view.difference.getElement().getTextRecursively()).contains("[removed: welders]").contains("[added: carers]");
        view.from.setValue(0);
        assertThat(view.difference.getElement().getTextRecursively()).contains("[added: Employers need more carers.]");

        view.restoreChoice.setValue(1);
        _click(view.restore);
        assertThat(view.restoreMessage.getText()).isEqualTo("Version 1 is restored as version 3.");
        assertThat(plans.section(section).body()).isEqualTo("Employers need more welders.");
        assertThat(plans.versions(section)).hasSize(3);
    }

    @Test
    void a_provider_reads_the_versions_but_cannot_restore() {
        long section = sectionOwnedByTheCouncil(2071);
        login("council");
        plans.save(section, 1, "Second words.");
        login("provider");
        navigate("plans/sections/" + section + "/versions");
        SectionVersionsView view = _get(SectionVersionsView.class);

        assertThat(view.versions.getListDataView().getItemCount()).isEqualTo(2);
        assertThat(view.restore.isVisible()).isFalse();
    }
}
