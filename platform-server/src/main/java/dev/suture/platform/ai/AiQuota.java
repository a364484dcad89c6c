package dev.suture.platform.ai;

import dev.suture.platform.access.Caller;
import dev.suture.platform.audit.AuditTrail;
import dev.suture.platform.common.ProblemException;
import dev.suture.platform.common.SqlRunner;
import dev.suture.platform.organization.Organization;
import dev.suture.platform.organization.OrganizationRepository;
import dev.suture.platform.organization.SubscriptionLimits;
import dev.suture.platform.organization.TierLimit;
import dev.suture.platform.project.Project;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The hourly AI quotas: {@code suture.ai.requests-per-hour} per project and the organisation tier's
 * {@code suture.tiers.<tier>.ai-requests-per-hour} over all its projects, in fixed clock hours. Counted in
 * {@code ai_usage} in PostgreSQL under a per-organisation advisory lock, so the limits hold exactly however many
 * server instances share the database. Each request is counted in its own transaction before the work starts: a
 * request whose generation fails afterwards still counts (it used the browser or the model). Each counted request
 * writes an {@code ai.request} audit row naming the feature.
 */
@Singleton
class AiQuota {

    private static final long HOUR = 3600;

    private final SqlRunner sql;
    private final AiConfig config;
    private final OrganizationRepository organizations;
    private final SubscriptionLimits limits;
    private final AuditTrail audit;

    AiQuota(SqlRunner sql, AiConfig config, OrganizationRepository organizations, SubscriptionLimits limits,
            AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
        this.config = config;
        this.organizations = organizations;
        this.limits = limits;
    }

    /**
     * Counts one AI request of the project.
     *
     * @param feature the route's last segment ({@code generate-test}, ...), for the audit row
     * @throws ProblemException 429 with Retry-After naming the limit reached; nothing is counted then
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW, noRollbackFor = ProblemException.class)
    public void acquire(Caller caller, Project project, String feature) {
        long now = Instant.now().getEpochSecond();
        Instant window = Instant.ofEpochSecond(now - now % HOUR);
        long retryAfter = Math.max(1, window.getEpochSecond() + HOUR - now);
        // One organisation's requests are counted one at a time, so two instances never both take the last one.
        sql.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                List.of("ai-quota:" + project.organizationId()), rs -> 0);
        long ofProject = sql.count("SELECT coalesce(sum(requests), 0) FROM ai_usage WHERE project_id = ? "
                + "AND window_start = ?", List.of(project.id(), window));
        if (ofProject >= config.requestsPerHour()) {
            throw exceeded("suture.ai.requests-per-hour", config.requestsPerHour(), "project", retryAfter);
        }
        Organization org = organizations.findById(project.organizationId()).orElseThrow();
        TierLimit tier = limits.of(org);
        long ofOrganization = sql.count("SELECT coalesce(sum(u.requests), 0) FROM ai_usage u JOIN projects p "
                + "ON p.id = u.project_id WHERE p.organization_id = ? AND u.window_start = ?",
                List.of(org.id(), window));
        if (ofOrganization >= tier.aiRequestsPerHour()) {
            throw exceeded("suture.tiers." + tier.name() + ".ai-requests-per-hour", tier.aiRequestsPerHour(),
                    "organization on the " + tier.name().toUpperCase() + " tier", retryAfter);
        }
        sql.update("INSERT INTO ai_usage (project_id, window_start, requests) VALUES (?, ?, 1) "
                + "ON CONFLICT (project_id, window_start) DO UPDATE SET requests = ai_usage.requests + 1",
                project.id(), window);
        audit.record(caller, org.id(), "ai.request", "project", project.id(), null, Map.of("feature", feature));
    }

    private static ProblemException exceeded(String key, int limit, String per, long retryAfter) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "ai-quota", "AI quota reached: " + key
                + " allows " + limit + " AI requests an hour per " + per + "; retry in " + retryAfter + " s",
                List.of(), retryAfter);
    }
}
