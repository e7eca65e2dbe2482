package uk.skillsplan.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.directory.OrganisationKind;

/** A questionnaire, identified by a stable code; its content lives in its versions. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OrganisationKind audience;

    protected Questionnaire() {
    }

    public Questionnaire(String code, String title, OrganisationKind audience) {
        this.code = code;
        this.title = title;
        this.audience = audience;
    }

    public void retitle(String title) {
        this.title = title;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public OrganisationKind getAudience() {
        return audience;
    }
}
