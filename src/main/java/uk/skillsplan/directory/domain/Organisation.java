package uk.skillsplan.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.directory.OrganisationKind;

/**
 * An organisation that takes part: one employer establishment (site), a college or provider, a
 * council or the ERB. Deactivated rather than deleted, so that past responses keep their source.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OrganisationKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lad_code")
    private LocalAuthorityEntry localAuthority;

    @Column(name = "sic_section", length = 1)
    private String sicSection;

    /** Size band code (micro, small, medium, large), as in the size_band reference table. */
    @Column(name = "size_band", length = 10)
    private String sizeBand;

    @Column(name = "companies_house_number", length = 8)
    private String companiesHouseNumber;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Registered itself on the join page: the ERB lead confirms it or merges it into the one it duplicates. */
    @Column(name = "needs_confirmation", nullable = false)
    private boolean needsConfirmation;

    /** Set when this organisation was merged into another and retired. */
    @Column(name = "merged_into")
    private Long mergedInto;

    protected Organisation() {
    }

    public Organisation(OrganisationKind kind, Instant createdAt) {
        this.kind = kind;
        this.createdAt = createdAt;
    }

    public void update(OrganisationKind kind, String name, LocalAuthorityEntry localAuthority, String sicSection,
                       String sizeBand, String companiesHouseNumber) {
        this.kind = kind;
        this.name = name;
        this.localAuthority = localAuthority;
        this.sicSection = sicSection;
        this.sizeBand = sizeBand;
        this.companiesHouseNumber = companiesHouseNumber;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void markForConfirmation() {
        this.needsConfirmation = true;
    }

    public void confirm() {
        this.needsConfirmation = false;
    }

    /** Retired: merged into the organisation kept. */
    public void retireInto(long keptId) {
        this.mergedInto = keptId;
        this.active = false;
        this.needsConfirmation = false;
    }

    public boolean isNeedsConfirmation() {
        return needsConfirmation;
    }

    public Long getMergedInto() {
        return mergedInto;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public LocalAuthorityEntry getLocalAuthority() {
        return localAuthority;
    }

    public String getSicSection() {
        return sicSection;
    }

    public String getSizeBand() {
        return sizeBand;
    }

    public String getCompaniesHouseNumber() {
        return companiesHouseNumber;
    }

    public boolean isActive() {
        return active;
    }
}
