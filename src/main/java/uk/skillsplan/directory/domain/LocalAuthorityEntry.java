package uk.skillsplan.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only reference row: a local authority district and its LSIP area. */
@Entity
@Immutable
@Table(name = "local_authority")
public class LocalAuthorityEntry {

    @Id
    @Column(name = "lad_code")
    private String ladCode;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lsip_code")
    private LsipAreaEntry area;

    @Column(name = "lsip_area_2025", nullable = false)
    private String lsipArea2025;

    protected LocalAuthorityEntry() {
    }

    public String getLadCode() {
        return ladCode;
    }

    public String getName() {
        return name;
    }

    public LsipAreaEntry getArea() {
        return area;
    }

    public String getLsipArea2025() {
        return lsipArea2025;
    }
}
