package uk.skillsplan.outreach.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.outreach.InviteFilter;
import uk.skillsplan.outreach.OutboxMessage;
import uk.skillsplan.outreach.OutreachCell;
import uk.skillsplan.outreach.Undelivered;

/**
 * The invitation table, and the SQL that picks whom to invite or remind: the contacts (directory's
 * published directory_contact) of the round's audience (survey's round_audience), with what the
 * response module publishes about who started and who submitted (response_started).
 */
@Repository
public class InvitationStore {

    /** A contact to e-mail about a round: an invitation not yet made ({@code invitationId} 0) or one to remind. */
    public record Recipient(long invitationId, long organisationId, long contactId, String name, String email,
                            OrganisationKind kind, String lsipCode, String organisationName) {
    }

    public record Invited(long invitationId, long roundId, long contactId) {
    }

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Contacts of the round's audience matching the filter, not opted out and not invited to this round yet. */
    public List<Recipient> notYetInvited(long roundId, InviteFilter filter) {
        StringBuilder sql = new StringBuilder("""
                select c.organisation_id, c.id, c.name, c.email, c.organisation_kind, c.lsip_code, o.name
                from directory_contact c
                join directory_organisation o on o.id = c.organisation_id
                join round_audience a on a.organisation_id = c.organisation_id and a.round_id = ?
                where c.opted_out_at is null
                and not exists (select 1 from invitation i where i.round_id = a.round_id and i.contact_id = c.id)""");
        List<Object> params = new ArrayList<>(List.of(roundId));
        if (filter.sicSection() != null) {
            sql.append(" and c.sic_section = ?");
            params.add(filter.sicSection());
        }
        if (filter.sizeBand() != null) {
            sql.append(" and c.size_band = ?");
            params.add(filter.sizeBand());
        }
        if (filter.ladCode() != null) {
            sql.append(" and c.lad_code = ?");
            params.add(filter.ladCode());
        }
        sql.append(" order by c.id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Recipient(0, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        OrganisationKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7)))
                .list();
    }

    /**
     * Invitations of a round to remind: the contact has not opted out, the organisation is still in the
     * audience and has not submitted (nor started, if so asked).
     */
    public List<Recipient> toRemind(long roundId, boolean onlyNotStarted) {
        String started = onlyNotStarted
                ? "not exists (select 1 from response_started s where s.round_id = i.round_id and s.organisation_id = i.organisation_id)"
                : "not exists (select 1 from response_started s where s.round_id = i.round_id and s.organisation_id = i.organisation_id and s.submitted = true)";
        return jdbc.sql("""
                select i.id, c.organisation_id, c.id, c.name, c.email, c.organisation_kind, c.lsip_code, o.name
                from invitation i
                join directory_contact c on c.id = i.contact_id
                join directory_organisation o on o.id = c.organisation_id
                join round_audience a on a.round_id = i.round_id and a.organisation_id = i.organisation_id
                where i.round_id = ? and c.opted_out_at is null and\s""" + started + " order by i.id")
                .param(roundId)
                .query((rs, n) -> new Recipient(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), OrganisationKind.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8)))
                .list();
    }

    public long insert(long roundId, Recipient recipient, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into invitation (round_id, organisation_id, contact_id, lsip_code, invited_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(roundId, recipient.organisationId(), recipient.contactId(), recipient.lsipCode(),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addOptOutLink(long invitationId, String tokenHash) {
        jdbc.sql("insert into opt_out_link (token_hash, invitation_id) values (?, ?)").params(tokenHash, invitationId)
                .update();
    }

    public void markOpened(long invitationId, Instant now) {
        jdbc.sql("update invitation set opened_at = ? where id = ? and opened_at is null")
                .params(Timestamp.from(now), invitationId).update();
    }

    public void markReminded(long invitationId, Instant now) {
        jdbc.sql("update invitation set reminded_at = ? where id = ?").params(Timestamp.from(now), invitationId).update();
    }

    public Optional<Invited> byOptOutHash(String hash) {
        return jdbc.sql("select i.id, i.round_id, i.contact_id from opt_out_link l join invitation i on i.id = l.invitation_id "
                        + "where l.token_hash = ?").param(hash)
                .query((rs, n) -> new Invited(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    public Optional<Invited> byId(long id) {
        return jdbc.sql("select id, round_id, contact_id from invitation where id = ?").param(id)
                .query((rs, n) -> new Invited(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    /** Invitations of a contact's e-mail address (not opted out), newest first: for "send me a new link". */
    public List<Invitee> byEmail(String email) {
        return jdbc.sql("""
                select i.id, c.organisation_id, c.id, c.name, c.email, c.organisation_kind, c.lsip_code, o.name, i.round_id
                from invitation i join directory_contact c on c.id = i.contact_id
                join directory_organisation o on o.id = c.organisation_id
                where c.email = ? and c.opted_out_at is null order by i.id desc""")
                .param(email)
                .query((rs, n) -> new Invitee(rs.getLong(9), new Recipient(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getString(5), OrganisationKind.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8))))
                .list();
    }

    /** A recipient with the round of their invitation. */
    public record Invitee(long roundId, Recipient recipient) {
    }

    /**
     * The round's invitations, reminders and new links that bounced or failed, per contact, newest first
     * (the outbox message carries its invitation as reference "invitation:id").
     */
    public List<Undelivered> undelivered(long roundId, int limit) {
        return jdbc.sql("""
                select m.id, o.name, c.name, c.email, m.subject, m.status, m.last_error, m.created_at
                from invitation i
                join outbox_message m on m.reference = concat('invitation:', cast(i.id as varchar(20)))
                join directory_contact c on c.id = i.contact_id
                join directory_organisation o on o.id = i.organisation_id
                where i.round_id = ? and m.status in ('BOUNCED', 'FAILED')
                order by m.id desc
                limit ?""")
                .params(roundId, limit)
                .query((rs, n) -> new Undelivered(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), OutboxMessage.Status.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /**
     * Per cell (SIC section by size band, as the directory records them) of the round's audience:
     * organisations in the audience, invited, with an invitation opened, started, submitted, and with
     * every invited contact opted out. Counted in SQL.
     */
    public List<OutreachCell> cells(long roundId) {
        return jdbc.sql("""
                select coalesce(o.sic_section, '-'), coalesce(o.size_band, '-'), count(*),
                       sum(case when exists (select 1 from invitation i where i.round_id = a.round_id
                                             and i.organisation_id = a.organisation_id) then 1 else 0 end),
                       sum(case when exists (select 1 from invitation i where i.round_id = a.round_id
                                             and i.organisation_id = a.organisation_id and i.opened_at is not null)
                                then 1 else 0 end),
                       sum(case when s.organisation_id is not null then 1 else 0 end),
                       sum(case when s.submitted = true then 1 else 0 end),
                       sum(case when exists (select 1 from invitation i where i.round_id = a.round_id
                                             and i.organisation_id = a.organisation_id)
                                 and not exists (select 1 from invitation i join directory_contact c on c.id = i.contact_id
                                                 where i.round_id = a.round_id and i.organisation_id = a.organisation_id
                                                 and c.opted_out_at is null) then 1 else 0 end)
                from round_audience a
                join directory_organisation o on o.id = a.organisation_id
                left join response_started s on s.round_id = a.round_id and s.organisation_id = a.organisation_id
                where a.round_id = ?
                group by coalesce(o.sic_section, '-'), coalesce(o.size_band, '-')
                order by 1, 2""")
                .param(roundId)
                .query((rs, n) -> new OutreachCell(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
                .list();
    }
}
