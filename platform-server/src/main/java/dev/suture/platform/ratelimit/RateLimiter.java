package dev.suture.platform.ratelimit;

import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Fixed one-minute windows counted in PostgreSQL, so a limit holds however many server instances share the
 * database. Each hit commits on its own (a new transaction, or auto-commit): a request that fails afterwards
 * still counts.
 */
@Singleton
public class RateLimiter {

    private static final long WINDOW_SECONDS = 60;

    private final RateLimitRepository repository;
    private final RateLimitConfig config;

    RateLimiter(RateLimitRepository repository, RateLimitConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /** Counts a hit on an authentication endpoint for the client IP and, when known, the account. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW, noRollbackFor = ProblemException.class)
    public void checkAuth(String action, String ip, String account) {
        if (!config.enabled()) {
            return;
        }
        List<String> buckets = account == null
                ? List.of("auth:" + action + ":ip:" + ip)
                : List.of("auth:" + action + ":ip:" + ip, "auth:" + action + ":account:" + account);
        for (String bucket : buckets) {
            check(bucket, config.authPerMinute());
        }
    }

    /**
     * Counts one API request of a user or API key. Called by the authentication filter, outside any transaction:
     * the single upsert runs in auto-commit, which saves a BEGIN/COMMIT round trip on every API request.
     */
    public void checkApi(String principal) {
        if (config.enabled()) {
            check("api:" + principal, config.apiPerMinute());
        }
    }

    private void check(String bucket, int limit) {
        long nowSeconds = Instant.now().getEpochSecond();
        long windowStart = nowSeconds - nowSeconds % WINDOW_SECONDS;
        int hits = repository.hit(bucket, Instant.ofEpochSecond(windowStart));
        if (hits > limit) {
            long retryAfter = Math.max(1, windowStart + WINDOW_SECONDS - nowSeconds);
            throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many requests: the limit is " + limit + " a minute; retry in " + retryAfter + " s",
                    List.of(), retryAfter);
        }
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "1m")
    @Transactional
    void purgeOldWindows() {
        repository.deleteOlderThan(Instant.now().minus(Duration.ofMinutes(10)));
    }
}
