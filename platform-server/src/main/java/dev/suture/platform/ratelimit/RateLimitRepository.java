package dev.suture.platform.ratelimit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RateLimitRepository extends GenericRepository<RateLimitRepository.Counter, String> {

    /** Counts one hit in the bucket's window and returns the window's total, atomically across instances. */
    @Query("INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES (:bucket, :windowStart, 1) "
            + "ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1 RETURNING hits")
    int hit(String bucket, Instant windowStart);

    @Query("DELETE FROM rate_limit_counters WHERE window_start < :before")
    void deleteOlderThan(Instant before);

    @MappedEntity("rate_limit_counters")
    record Counter(@Id String bucket, Instant windowStart, int hits) {
    }
}
