package uk.skillsplan.directory.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SocGroup;

/** Reads the reference tables; they never change at run time, so plain SQL into records is enough. */
@Repository
public class ReferenceDataRepository {

    private final JdbcClient jdbc;

    ReferenceDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LsipArea> areas() {
        return jdbc.sql("select code, name, name_2025 from lsip_area order by name")
                .query((rs, n) -> new LsipArea(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<LocalAuthority> localAuthorities() {
        return jdbc.sql("select lad_code, name, lsip_code, lsip_area_2025 from local_authority order by name")
                .query((rs, n) -> new LocalAuthority(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public List<SicSection> sicSections() {
        return jdbc.sql("select code, name from sic_section order by code")
                .query((rs, n) -> new SicSection(rs.getString(1), rs.getString(2))).list();
    }

    public List<SocGroup> socMajorGroups() {
        return jdbc.sql("select code, name from soc_major order by code")
                .query((rs, n) -> new SocGroup(rs.getString(1), rs.getString(2), rs.getInt(1))).list();
    }

    public List<SocGroup> searchSocUnitGroups(String text, int limit) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("select code, name, major_code from soc_unit where lower(name) like :like or code like :like "
                        + "order by code limit :limit")
                .param("like", like).param("limit", limit)
                .query((rs, n) -> new SocGroup(rs.getString(1), rs.getString(2), rs.getInt(3))).list();
    }

    public List<String> socUnitCodes() {
        return jdbc.sql("select code from soc_unit").query(String.class).list();
    }

    public Optional<SocGroup> socUnitGroup(String code) {
        return jdbc.sql("select code, name, major_code from soc_unit where code = :code").param("code", code)
                .query((rs, n) -> new SocGroup(rs.getString(1), rs.getString(2), rs.getInt(3))).optional();
    }
}
