package dev.suture.platform.healing;

import dev.suture.core.HealingBaselines;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/**
 * The team's verdicts on a project's heals: the accepted and rejected healing records. One query serves the SDK
 * (over HTTP, {@code GET /api/ingest/healing-state}) and the platform's own workers (in process, through
 * {@link #baselinesOf}), so both heal by the same verdicts.
 */
@Singleton
public class HealingVerdicts {

    private final SqlRunner sql;

    HealingVerdicts(SqlRunner sql) {
        this.sql = sql;
    }

    /**
     * One decided heal.
     *
     * @param accepted        true for an accepted heal (a baseline), false for a rejected one
     * @param fingerprintJson the healed element's fingerprint as the SDK sent it (JSON), or null when it was not kept
     */
    public record Verdict(String locator, String healedTo, boolean accepted, @Nullable String fingerprintJson) {
    }

    /** Every accepted and rejected heal of the project, ordered by locator and replacement. */
    @Transactional(readOnly = true)
    public List<Verdict> of(UUID projectId) {
        return sql.query("SELECT locator, healed_to, status, fingerprint::text FROM healing_records "
                + "WHERE project_id = ? AND status IN ('ACCEPTED', 'REJECTED') ORDER BY locator, healed_to",
                List.of(projectId), rs -> new Verdict(rs.getString(1), rs.getString(2),
                        "ACCEPTED".equals(rs.getString(3)), rs.getString(4)));
    }

    /**
     * The project's verdicts as the SDK's healer takes them ({@link dev.suture.core.HealingOptions#team()}): read
     * from the database the first time a locator breaks, then kept for the rest of that run.
     */
    public HealingBaselines baselinesOf(UUID projectId) {
        return new DatabaseBaselines(projectId, this);
    }
}
