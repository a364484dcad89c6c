package dev.suture.platform.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Binds a column of values as one PostgreSQL text array, so that a whole batch goes in with one
 * {@code INSERT ... SELECT FROM unnest(...)} round trip; the SQL casts each array to its column type.
 */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> void bind(PreparedStatement ps, int index, List<T> rows, Function<T, Object> column)
            throws SQLException {
        String[] values = new String[rows.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = column.apply(rows.get(i));
            values[i] = v == null ? null : v.toString();
        }
        ps.setArray(index, ps.getConnection().createArrayOf("text", values));
    }
}
