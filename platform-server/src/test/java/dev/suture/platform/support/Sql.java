package dev.suture.platform.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Plain JDBC on the test database, for arranging state that no endpoint sets (outside Micronaut's transactions). */
public final class Sql {

    private Sql() {
    }

    /** Runs one statement with positional parameters and answers the updated row count. */
    public static int update(String sql, Object... params) {
        Map<String, String> p = TestDatabase.get().properties();
        try (Connection c = DriverManager.getConnection(p.get("datasources.default.url"),
                p.get("datasources.default.username"), p.get("datasources.default.password"));
             PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }
}
