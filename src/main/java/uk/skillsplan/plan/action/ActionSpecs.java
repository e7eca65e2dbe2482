package uk.skillsplan.plan.action;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import uk.skillsplan.plan.ActionFilter;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.domain.PlanAction;

/** The register's filters as one SQL condition, so that paging and counting run in the database. */
public final class ActionSpecs {

    private ActionSpecs() {
    }

    public static Specification<PlanAction> of(long planId, ActionFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("planId"), planId));
            if (filter.sicSection() != null) {
                where.add(cb.equal(root.get("sicSection"), filter.sicSection()));
            }
            if (filter.ownerId() != null) {
                where.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.status() == ActionStatus.LATE) {
                where.add(cb.notEqual(root.get("status"), ActionStatus.DONE));
                where.add(cb.lessThan(root.get("dueDate"), today));
            } else if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
