package uk.skillsplan.directory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.skillsplan.directory.Contact;

/** The organisation_contact table. */
@Repository
public class ContactStore {

    private static final String COLUMNS = "id, organisation_id, name, email, consent, opted_out_at";

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long organisationId, String name, String email, String consent, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation_contact (organisation_id, name, email, consent, created_at) values (?, ?, ?, ?, ?)")
                .params(organisationId, name, email, consent, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Contact get(long id) {
        return findById(id).orElseThrow();
    }

    public Optional<Contact> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from organisation_contact where id = ?").param(id)
                .query(ContactStore::map).optional();
    }

    public Optional<Contact> find(long organisationId, String email) {
        return jdbc.sql("select " + COLUMNS + " from organisation_contact where organisation_id = ? and email = ?")
                .params(organisationId, email).query(ContactStore::map).optional();
    }

    public List<Contact> ofOrganisation(long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from organisation_contact where organisation_id = ? order by name, id")
                .param(organisationId).query(ContactStore::map).list();
    }

    /** An employer with this Companies House number, if there is one (the one it was merged into, if it was). */
    public Optional<Long> employerByCompaniesHouseNumber(String number) {
        return jdbc.sql("select coalesce(merged_into, id) from organisation where kind = 'EMPLOYER' "
                        + "and companies_house_number = ? order by id")
                .param(number).query(Long.class).list().stream().findFirst();
    }

    /**
     * An employer with this name (ignoring case and surrounding spaces) in this local authority, if there
     * is one (the one it was merged into, if it was).
     */
    public Optional<Long> employerByNameAndPlace(String name, String ladCode) {
        return jdbc.sql("select coalesce(merged_into, id) from organisation where kind = 'EMPLOYER' and lower(trim(name)) = ? and lad_code = ? "
                        + "order by id")
                .params(name.trim().toLowerCase(java.util.Locale.ROOT), ladCode).query(Long.class).list().stream()
                .findFirst();
    }

    public void optOut(long id, Instant now) {
        jdbc.sql("update organisation_contact set opted_out_at = ? where id = ? and opted_out_at is null")
                .params(Timestamp.from(now), id).update();
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        Timestamp optedOut = rs.getTimestamp(6);
        return new Contact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                optedOut == null ? null : optedOut.toInstant());
    }
}
