package uk.skillsplan.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Read-only reference row: an LSIP area. */
@Entity
@Immutable
@Table(name = "lsip_area")
public class LsipAreaEntry {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_2025", nullable = false)
    private String name2025;

    protected LsipAreaEntry() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getName2025() {
        return name2025;
    }
}
