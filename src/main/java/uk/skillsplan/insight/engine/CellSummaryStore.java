package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the kept cell sums ({@link CellSummary}) from the per-response facts, in SQL, in the transaction that
 * changed the facts: the cells a submission's response was in before and is in now, or a whole round when many
 * of its cells changed (a bulk import) or its rows were written for another catalogue. Every writer of a round
 * first locks the round's row of {@code insight_cell_sums_round} ({@code select ... for update}): a second
 * submission to the round waits until the first commits, and its statements then see the first one's facts, so
 * neither loses the other's update (PostgreSQL's READ COMMITTED; H2 the same).
 */
@Repository
class CellSummaryStore {

    /** Cells of one response (round, area, kind of respondent, local authority, SIC section, size band). */
    record Cell(long round, String area, String kind, String lad, String sic, String size) {
    }

    private static final int CHUNK = 1000;
    /** More changed cells of one round than this: the whole round is written again, in one pass. */
    private static final int CELLS_ONE_BY_ONE = 20;

    private final JdbcClient jdbc;
    private final CellSummary summary;
    private final TransactionTemplate transactions;
    private final CustomPlans plans;
    private final Map<String, String> inserts = new ConcurrentHashMap<>();

    CellSummaryStore(JdbcClient jdbc, CellSummary summary, PlatformTransactionManager transactionManager, CustomPlans plans) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.transactions = new TransactionTemplate(transactionManager);
        this.plans = plans;
    }

    /** The cells the facts of these responses are in now. */
    Set<Cell> cellsOf(Collection<Long> responseIds) {
        Set<Cell> cells = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>(responseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select distinct " + CellSummary.CELL + " from insight_response_fact where response_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query((rs, i) -> new Cell(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list().forEach(cells::add);
        }
        return cells;
    }

    /** Writes these cells' rows again from the facts (call in the transaction that changed them). */
    void rewrite(Collection<Cell> cells) {
        if (cells.isEmpty()) {
            return;
        }
        plans.withoutJit();
        Map<Long, List<Cell>> byRound = new TreeMap<>(); // rounds locked in one order: no deadlock between two bulks
        cells.forEach(c -> byRound.computeIfAbsent(c.round(), k -> new ArrayList<>()).add(c));
        byRound.forEach((round, changed) -> {
            if (!lock(round) || changed.size() > CELLS_ONE_BY_ONE) {
                rebuild(round);
            } else {
                changed.forEach(this::write);
            }
        });
    }

    /** Writes every row of the round again, in one pass over its facts, with this catalogue's fingerprint. */
    void rebuild(long round) {
        plans.withoutJit();
        lock(round);
        jdbc.sql("delete from insight_cell_sums where round_id = ?").param(round).update();
        jdbc.sql(inserts.computeIfAbsent("p.round_id = :round", summary::insert)).param("round", round).update();
        jdbc.sql("update insight_cell_sums_round set fingerprint = ? where round_id = ?").params(summary.fingerprint(), round)
                .update();
    }

    /** At start-up: writes every round whose rows are missing or were written for another catalogue. Returns how many. */
    int rebuildStale() {
        List<Long> stale = jdbc.sql("select distinct f.round_id from insight_response_fact f where not exists (select 1 from "
                        + "insight_cell_sums_round r where r.round_id = f.round_id and r.fingerprint = ?) order by f.round_id")
                .param(summary.fingerprint()).query(Long.class).list();
        stale.forEach(round -> transactions.executeWithoutResult(status -> rebuild(round)));
        return stale.size();
    }

    /** Whether the round's rows were written with this catalogue (otherwise the engine reads the facts). */
    boolean current(long round) {
        return jdbc.sql("select count(*) from insight_cell_sums_round where round_id = ? and fingerprint = ?")
                .params(round, summary.fingerprint()).query(Long.class).single() > 0;
    }

    private void write(Cell cell) {
        String where = "p.round_id = :round and p.lsip_code = :area and p.organisation_kind = :kind and "
                + is("p.lad_code", "lad", cell.lad()) + " and " + is("p.sic_section", "sic", cell.sic()) + " and "
                + is("p.size_band", "size", cell.size());
        jdbc.sql("delete from insight_cell_sums p where " + where).params(params(cell)).update();
        jdbc.sql(inserts.computeIfAbsent(where, summary::insert)).params(params(cell)).update();
    }

    /** Locks the round's row (made once, by whichever writer comes first); whether it was written with this catalogue. */
    private boolean lock(long round) {
        jdbc.sql("insert into insight_cell_sums_round (round_id, fingerprint) values (?, '') on conflict do nothing")
                .param(round).update();
        return summary.fingerprint().equals(jdbc.sql("select fingerprint from insight_cell_sums_round where round_id = ? for update")
                .param(round).query(String.class).single());
    }

    /** Equality, or {@code is null} for a missing value (which an index serves; {@code is not distinct from} is not). */
    private static String is(String column, String name, String value) {
        return value == null ? column + " is null" : column + " = :" + name;
    }

    private static Map<String, Object> params(Cell cell) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("round", cell.round());
        params.put("area", cell.area());
        params.put("kind", cell.kind());
        params.put("lad", cell.lad());
        params.put("sic", cell.sic());
        params.put("size", cell.size());
        return params;
    }
}
