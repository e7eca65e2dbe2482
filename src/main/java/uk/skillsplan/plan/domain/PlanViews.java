package uk.skillsplan.plan.domain;

import org.springframework.stereotype.Component;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.plan.PlanSummary;

/** Turns plans into the records the API hands out. */
@Component
public class PlanViews {

    private final ReferenceDataService reference;

    PlanViews(ReferenceDataService reference) {
        this.reference = reference;
    }

    public String areaName(String lsipCode) {
        return reference.area(lsipCode).map(LsipArea::name).orElse(lsipCode);
    }

    public PlanSummary summary(Plan plan) {
        return new PlanSummary(plan.getId(), plan.getLsipCode(), areaName(plan.getLsipCode()), plan.getCycleStart(),
                plan.getCycleEnd(), plan.getEdition(), plan.getTitle(), plan.getStatus(), plan.getRevision(),
                plan.getRoundIds(), plan.getWeighting(), plan.getGeneratedAt(), plan.getPublishedAt(),
                plan.getPopulationImportId(), plan.getProvisionImportId(), plan.getFollowsPlanId());
    }
}
