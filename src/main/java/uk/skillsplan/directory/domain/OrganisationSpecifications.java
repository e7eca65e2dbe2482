package uk.skillsplan.directory.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import uk.skillsplan.directory.OrganisationQuery;

/** Turns the organisation list's filters into a query; only the filters that are set apply. */
public final class OrganisationSpecifications {

    private OrganisationSpecifications() {
    }

    public static Specification<Organisation> matching(OrganisationQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%";
                where.add(builder.or(builder.like(builder.lower(root.get("name")), like),
                        builder.like(builder.lower(root.get("companiesHouseNumber")), like)));
            }
            if (query.kind() != null) {
                where.add(builder.equal(root.get("kind"), query.kind()));
            }
            if (query.lsipCode() != null) {
                where.add(builder.equal(root.get("localAuthority").get("area").get("code"), query.lsipCode()));
            }
            if (!query.includeInactive()) {
                where.add(builder.isTrue(root.get("active")));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }
}
