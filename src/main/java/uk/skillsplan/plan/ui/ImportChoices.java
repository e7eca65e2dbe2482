package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.ProvisionImportSummary;
import uk.skillsplan.plan.PlanDraftingService;

/** The business population and provision data imports a plan rests on, chosen in the create and generate dialogs. */
final class ImportChoices {

    final ComboBox<PopulationImportSummary> population = new ComboBox<>("Business population it rests on");
    final ComboBox<ProvisionImportSummary> provision = new ComboBox<>("Provision data it rests on");

    ImportChoices() {
        population.setItemLabelGenerator(p -> "ONS UK Business Counts " + p.year() + " (" + p.unit().noun() + ", "
                + String.format(java.util.Locale.UK, "%,d", p.totalBusinesses()) + ", imported "
                + PlanTexts.when(p.importedAt()) + ")");
        provision.setItemLabelGenerator(p -> "DfE further education statistics " + p.academicYear() + " (" + p.fileName()
                + ", imported " + PlanTexts.when(p.importedAt()) + ")");
        population.setWidthFull();
        provision.setWidthFull();
    }

    /** Loads the area's imports and chooses the plan's ({@code null}: the newest). */
    void load(PlanDraftingService drafting, String lsipCode, Long populationId, Long provisionId) {
        List<PopulationImportSummary> populations = drafting.populations(lsipCode);
        population.setItems(populations);
        population.setValue(populations.stream().filter(p -> populationId != null && p.id() == populationId).findFirst()
                .orElse(populations.isEmpty() ? null : populations.getFirst()));
        population.setHelperText(populations.isEmpty() ? "No business population has been imported for the area yet: the "
                + "evidence coverage section will say so." : "Responses are set against it in the evidence coverage section.");
        List<ProvisionImportSummary> provisions = drafting.provisions(lsipCode);
        provision.setItems(provisions);
        provision.setValue(provisions.stream().filter(p -> provisionId != null && p.id() == provisionId).findFirst()
                .orElse(provisions.isEmpty() ? null : provisions.getFirst()));
        provision.setHelperText(provisions.isEmpty() ? "No provision data has been imported for the area yet." : null);
    }

    Long populationId() {
        return population.getValue() == null ? null : population.getValue().id();
    }

    Long provisionId() {
        return provision.getValue() == null ? null : provision.getValue().id();
    }
}
