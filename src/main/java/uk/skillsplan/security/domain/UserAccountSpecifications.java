package uk.skillsplan.security.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import uk.skillsplan.security.UserQuery;

/** Turns the account list's filters into a query; only the filters that are set apply. */
public final class UserAccountSpecifications {

    private UserAccountSpecifications() {
    }

    public static Specification<UserAccount> matching(UserQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%";
                where.add(builder.or(
                        builder.like(builder.lower(root.get("username")), like),
                        builder.like(builder.lower(root.get("displayName")), like)));
            }
            if (query.role() != null) {
                where.add(builder.equal(root.get("role"), query.role()));
            }
            if (query.organisationId() != null) {
                where.add(builder.equal(root.get("organisationId"), query.organisationId()));
            }
            if (!query.includeInactive()) {
                where.add(builder.isTrue(root.get("active")));
            }
            return builder.and(where.toArray(Predicate[]::new));
        };
    }
}
