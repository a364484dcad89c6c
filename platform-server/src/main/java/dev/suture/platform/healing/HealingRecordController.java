package dev.suture.platform.healing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectAccess;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.PageResponse;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/healing-records}: each (locator, replacement) a project's runs healed. Accepting one makes it a
 * baseline the SDK fetches ({@code GET /api/ingest/healing-state}); rejecting one means the SDK never heals that
 * way again.
 */
@Controller("/api/healing-records")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "healing-records")
class HealingRecordController {

    private static final Set<String> STATUSES = Set.of("PENDING", "ACCEPTED", "REJECTED");
    private static final String COLUMNS = "id, project_id, locator, healed_to, status, best_score, occurrences, "
            + "last_test_key, first_seen_at, last_seen_at, decided_by, decided_at, suggestion";

    private final SqlRunner sql;
    private final AccessService access;
    private final AuditTrail audit;

    HealingRecordController(SqlRunner sql, AccessService access, AuditTrail audit) {
        this.sql = sql;
        this.access = access;
        this.audit = audit;
    }

    /**
     * {@code suggestion}: the readable replacement the SDK verified (null from SDKs that do not send one);
     * {@code healedTo}: the selector the run acted on, by which the SDK matches a rejected heal.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HealingRecord(UUID id, UUID projectId, String locator, String healedTo, @Nullable String suggestion,
                         String status, @Nullable Double bestScore, int occurrences, @Nullable String lastTestKey,
                         Instant firstSeenAt, Instant lastSeenAt, @Nullable UUID decidedBy,
                         @Nullable Instant decidedAt) {
    }

    @Get
    @Transactional(readOnly = true)
    PageResponse<HealingRecord> list(@Parameter(hidden = true) Caller caller, @QueryValue UUID projectId,
                                     @QueryValue @Nullable String status, @QueryValue @Nullable String locator,
                                     @QueryValue(defaultValue = "0") int page,
                                     @QueryValue(defaultValue = "50") int size) {
        access.requireProject(caller, projectId, ProjectPermission.READ);
        PageResponse.checkedPage(page);
        PageResponse.checkedSize(size);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "must be one of PENDING, ACCEPTED, REJECTED");
        }
        StringBuilder where = new StringBuilder("project_id = ?");
        List<Object> args = new ArrayList<>(List.of(projectId));
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status);
        }
        if (locator != null && !locator.isBlank()) {
            where.append(" AND locator = ?");
            args.add(locator);
        }
        long total = sql.count("SELECT count(*) FROM healing_records WHERE " + where, args);
        args.add(size);
        args.add((long) page * size);
        List<HealingRecord> items = sql.query("SELECT " + COLUMNS + " FROM healing_records WHERE " + where
                + " ORDER BY last_seen_at DESC, id LIMIT ? OFFSET ?", args, HealingRecordController::row);
        return new PageResponse<>(items, page, size, total);
    }

    @Post("/{id}/accept")
    @Transactional
    @Operation(summary = "Accept a heal: it becomes the baseline the SDK uses for this locator")
    HealingRecord accept(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return decide(caller, id, "ACCEPTED");
    }

    @Post("/{id}/reject")
    @Transactional
    @Operation(summary = "Reject a heal: the SDK never heals this locator to this element again")
    HealingRecord reject(@Parameter(hidden = true) Caller caller, @PathVariable UUID id) {
        return decide(caller, id, "REJECTED");
    }

    private HealingRecord decide(Caller caller, UUID id, String status) {
        HealingRecord before = sql.query("SELECT " + COLUMNS + " FROM healing_records WHERE id = ? FOR UPDATE",
                List.of(id), HealingRecordController::row).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Healing record " + id));
        ProjectAccess a = access.requireProject(caller, before.projectId(), ProjectPermission.WRITE_TESTS);
        UUID user = caller.requireUser();
        if (status.equals("ACCEPTED")) {
            // One accepted replacement per locator: accepting a new one retires the previous baseline.
            sql.update("UPDATE healing_records SET status = 'PENDING', decided_by = NULL, decided_at = NULL "
                    + "WHERE project_id = ? AND locator = ? AND status = 'ACCEPTED' AND id <> ?",
                    before.projectId(), before.locator(), id);
        }
        sql.update("UPDATE healing_records SET status = ?, decided_by = ?, decided_at = now() WHERE id = ?",
                status, user, id);
        audit.record(caller, a.project().organizationId(), "healing_record." + status.toLowerCase(),
                "healing_record", id, Map.of("status", before.status()),
                Map.of("status", status, "locator", before.locator(), "healedTo", before.healedTo()));
        return sql.query("SELECT " + COLUMNS + " FROM healing_records WHERE id = ?", List.of(id),
                HealingRecordController::row).get(0);
    }

    private static HealingRecord row(ResultSet rs) throws SQLException {
        double score = rs.getDouble(6);
        Double best = rs.wasNull() ? null : score;
        return new HealingRecord(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(13), rs.getString(5), best, rs.getInt(7), rs.getString(8), SqlRunner.instant(rs, 9),
                SqlRunner.instant(rs, 10), rs.getObject(11, UUID.class), SqlRunner.instant(rs, 12));
    }
}
