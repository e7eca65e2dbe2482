package uk.skillsplan.plan.collaboration;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The organisations taking part in an area's plan, read from the directory's published organisation view. */
@Component
class Participants {

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> of(String lsipCode) {
        return jdbc.sql("""
                select o.id, o.kind, o.name from directory_organisation o
                where o.lsip_code = ? and o.active = true and o.kind in ('ERB', 'COUNCIL', 'PROVIDER')
                order by case o.kind when 'ERB' then 0 when 'COUNCIL' then 1 else 2 end, o.name""")
                .param(lsipCode).query((rs, i) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    Optional<Participant> find(long organisationId) {
        return jdbc.sql("select o.id, o.kind, o.name from directory_organisation o where o.id = ?").param(organisationId)
                .query((rs, i) -> new Participant(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }
}
