package dev.suture.platform.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL for the queries a repository method cannot express well (optional filters, reports, partitioned
 * tables). Runs on the current transaction's connection, so callers must be {@code @Transactional}.
 */
@Singleton
public class SqlRunner {

    private final JdbcOperations jdbc;

    SqlRunner(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Maps the current row of a result set. */
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, List<?> args, Row<T> row) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        });
    }

    public long count(String sql, List<?> args) {
        return query(sql, args, rs -> rs.getLong(1)).get(0);
    }

    public int update(String sql, Object... args) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, java.util.Arrays.asList(args));
            return ps.executeUpdate();
        });
    }

    /** Instants go in as timestamps; everything else through {@code setObject} (null included). */
    private static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            ps.setObject(i + 1, a instanceof Instant t ? Timestamp.from(t) : a);
        }
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
