package dev.suture.platform.testcase;

import dev.suture.platform.access.AccessService;
import dev.suture.platform.access.Caller;
import dev.suture.platform.access.ProjectPermission;
import dev.suture.platform.common.Csv;
import dev.suture.platform.common.PipedBody;
import dev.suture.platform.common.ProblemException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;

/**
 * Streams every test case of a project as JSON (an array of the API's test case objects) or CSV (the import
 * format), however many there are: the rows come from a server-side cursor ({@value #FETCH_SIZE} at a time) on a
 * read-only transaction of its own and go straight to the response through a {@link PipedBody}, so neither the
 * table nor the document is ever held in memory.
 */
@Singleton
class TestCaseExport {

    static final int FETCH_SIZE = 500;

    private final AccessService access;
    private final DataSource dataSource;
    private final TestCaseRows rows;
    private final TestCaseImports imports;
    private final JsonMapper json;
    private final ExecutorService io;

    TestCaseExport(AccessService access, DataSource dataSource, TestCaseRows rows, TestCaseImports imports,
                   JsonMapper json, @Named(TaskExecutors.IO) ExecutorService io) {
        this.access = access;
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.rows = rows;
        this.imports = imports;
        this.json = json;
        this.io = io;
    }

    /** Checks that the caller may read the project, then starts the export and answers its body. */
    InputStream open(Caller caller, UUID projectId, String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw ProblemException.invalidField("format", "must be json or csv");
        }
        access.requireProject(caller, projectId, ProjectPermission.READ);
        return PipedBody.start(io, out -> write(projectId, format.equals("csv"), out));
    }

    private void write(UUID projectId, boolean csv, OutputStream out) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            // PostgreSQL's driver only fetches in batches (a cursor) inside a transaction with a fetch size set.
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + TestCaseRows.COLUMNS
                    + " FROM test_cases WHERE project_id = ? ORDER BY name, id")) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setObject(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    if (csv) {
                        writeCsv(rs, w);
                    } else {
                        writeJson(rs, w);
                    }
                    w.flush();
                }
            } finally {
                c.rollback();
            }
        }
    }

    private void writeCsv(ResultSet rs, Writer w) throws Exception {
        Csv.write(w, TestCaseImports.HEADER);
        while (rs.next()) {
            Csv.write(w, imports.csvRecord(rows.view(rs)));
        }
    }

    private void writeJson(ResultSet rs, Writer w) throws Exception {
        w.write('[');
        boolean first = true;
        while (rs.next()) {
            if (!first) {
                w.write(',');
            }
            first = false;
            w.write(json.writeValueAsString(rows.view(rs)));
        }
        w.write(']');
    }
}
