package dev.suture.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.suture.platform.fixtures.Client;
import dev.suture.platform.fixtures.PlatformIT;
import dev.suture.platform.jobs.JobPriority;
import dev.suture.platform.jobs.Jobs;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cron schedules fire once with two server instances on one database: the test's server and a second context,
 * both running the job engine with a {@code schedule-tick} every second. Report schedules mail through GreenMail.
 */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class ScheduleTickIT extends PlatformIT {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ApplicationContext first;

    GreenMail smtp;
    int smtpPort;
    ApplicationContext second;
    Client client;
    Client.Tenant tenant;
    String suite;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            try (ServerSocket s = new ServerSocket(0)) {
                smtpPort = s.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return Map.of("suture.worker.enabled", "true", "suture.schedules.tick-cron", "* * * * * *",
                "suture.mail.host", "127.0.0.1",
                "suture.mail.port", Integer.toString(smtpPort), "suture.jobs.polling-interval", "1s");
    }

    @BeforeAll
    void start() {
        second = ApplicationContext.run(new HashMap<>(getProperties()), "test");
        client = new Client(server.getURL().toString(), json);
        tenant = client.tenant("cron");
        Client.Res tc = client.post("/api/test-cases", Map.of("projectId", tenant.projectId(), "testCase",
                Map.of("name", "Home page", "steps", List.of(Map.of("action", "navigate", "value", "about:blank")))),
                tenant.token());
        assertThat(tc.status()).as(tc.text()).isEqualTo(201);
        Client.Res s = client.post("/api/test-suites", Map.of("projectId", tenant.projectId(), "name", "Nightly"),
                tenant.token());
        suite = s.str("id");
        assertThat(client.put("/api/test-suites/" + suite + "/test-cases", Map.of("testCaseIds", List.of(tc.str("id"))),
                tenant.token()).status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        second.close();
        smtp.stop();
    }

    List<String> suiteSchedules(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Client.Res r = client.post("/api/test-suites/" + suite + "/schedules", Map.of("cron", "0 3 * * *",
                    "timeZone", "Europe/Berlin"), tenant.token());
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            ids.add(r.str("id"));
        }
        return ids;
    }

    @Test
    void dueSuiteSchedulesStartOneExecutionEachAcrossTwoInstances() throws Exception {
        List<String> schedules = suiteSchedules(5);
        Instant fireAt = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        makeDue("test_suite_schedules", schedules, fireAt);
        await(() -> scheduledExecutions(schedules) == 5, "5 scheduled executions");
        Thread.sleep(3000); // several more ticks on both instances
        assertThat(scheduledExecutions(schedules)).isEqualTo(5);
        for (String id : schedules) {
            assertThat(count("SELECT count(*) FROM test_suite_schedules WHERE id = ?::uuid AND last_run_at = ? "
                    + "AND next_run_at > now()", id, java.sql.Timestamp.from(fireAt))).isEqualTo(1);
        }
        // The same fire delivered again (a retried job, a lagging instance) finds it claimed.
        Jobs jobs = second.getBean(Jobs.class);
        OneTimeTask<Void> fire = second.getBean(Argument.of(OneTimeTask.class, Void.class),
                Qualifiers.byName("suite-schedule-fire"));
        jobs.enqueue(Jobs.instance(fire, new FireId(java.util.UUID.fromString(schedules.get(0)), fireAt).instanceId(),
                null, JobPriority.HIGH));
        Thread.sleep(2000);
        assertThat(scheduledExecutions(schedules)).isEqualTo(5);
        Client.Res executions = client.get("/api/executions?projectId=" + tenant.projectId() + "&suiteId=" + suite,
                tenant.token());
        assertThat(executions.list("items")).extracting(e -> ((Map<String, Object>) e).get("trigger"))
                .contains("SCHEDULE");
    }

    @Test
    void ticksRacingOnBothInstancesEnqueueEachFireOnce() throws Exception {
        List<String> schedules = suiteSchedules(20);
        makeDue("test_suite_schedules", schedules, Instant.now().minusSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> ticks = new ArrayList<>();
        for (ApplicationContext ctx : List.of(first, second, first, second)) {
            DueSchedules due = ctx.getBean(DueSchedules.class);
            ScheduleSource source = ctx.getBeansOfType(ScheduleSource.class).stream()
                    .filter(s -> s.table().equals("test_suite_schedules")).findFirst().orElseThrow();
            ticks.add(() -> due.fire(source, Instant.now()));
        }
        int enqueued = 0;
        for (Future<Integer> f : pool.invokeAll(ticks)) {
            enqueued += f.get();
        }
        pool.shutdown();
        await(() -> scheduledExecutions(schedules) == 20, "20 scheduled executions");
        Thread.sleep(2000);
        assertThat(scheduledExecutions(schedules)).isEqualTo(20);
        assertThat(enqueued).as("rows taken by the racing ticks (the every-second tick takes the rest)")
                .isLessThanOrEqualTo(20);
    }

    @Test
    void aDueReportScheduleMailsItsExportOnce() throws Exception {
        Client.Res created = client.post("/api/report-schedules", Map.of("projectId", tenant.projectId(),
                "title", "Weekly <summary>", "kind", "SUMMARY", "rangeDays", 7, "format", "PDF",
                "recipients", List.of("Lead@Example.com", "qa@example.com"), "cron", "0 8 * * MON",
                "timeZone", "Europe/Paris"), tenant.token());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.map()).containsEntry("recipients", List.of("lead@example.com", "qa@example.com"))
                .containsEntry("enabled", true).containsEntry("format", "PDF");
        String id = created.str("id");
        Instant fireAt = Instant.now().minusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        makeDue("report_schedules", List.of(id), fireAt);

        await(() -> reportMails().size() == 2, "one mail to each of the 2 recipients");
        Thread.sleep(3000);
        List<MimeMessage> mails = reportMails();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).getSubject()).isEqualTo("Suture report: Weekly <summary>");
        Multipart parts = (Multipart) mails.get(0).getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("Weekly <summary>", "Summary report", "Runs: ", "Tests: ");
        Part attachment = parts.getBodyPart(1);
        assertThat(attachment.getFileName()).isEqualTo("weekly-summary.pdf");
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(new String(attachment.getInputStream().readNBytes(5))).isEqualTo("%PDF-");

        Client.Res reports = client.get("/api/reports?projectId=" + tenant.projectId(), tenant.token());
        assertThat(reports.list("items")).filteredOn(r -> id.equals(((Map<String, Object>) r).get("scheduleId")))
                .singleElement().satisfies(r -> assertThat((Map<String, Object>) r).containsEntry("status", "READY")
                        .containsEntry("to", fireAt.toString())
                        .containsEntry("from", fireAt.minus(java.time.Duration.ofDays(7)).toString()));
        Client.Res after = client.get("/api/report-schedules/" + id, tenant.token());
        assertThat(after.str("lastRunAt")).isEqualTo(fireAt.toString());
        assertThat(Instant.parse(after.str("nextRunAt"))).isAfter(Instant.now());
    }

    @Test
    void reportSchedulesAreValidatedListedUpdatedAndDeleted() {
        Map<String, Object> good = new HashMap<>(Map.of("projectId", tenant.projectId(), "title", "Flaky digest",
                "kind", "FLAKY", "rangeDays", 30, "format", "CSV", "recipients", List.of("a@example.com"),
                "cron", "30 7 * * *"));
        assertBad(good, "cron", "every morning", "cron", "valid cron expression");
        assertBad(good, "cron", "61 7 * * *", "cron", "valid cron expression");
        assertBad(good, "timeZone", "Mars/Olympus", "timeZone", "IANA time zone");
        assertBad(good, "recipients", List.of("not-an-address"), "recipients", "well-formed email");
        assertBad(good, "recipients", List.of(), "recipients", "");
        assertBad(good, "kind", "WEEKLY", "kind", "must be one of SUMMARY");
        assertBad(good, "format", "DOCX", "format", "must be one of CSV, HTML, PDF");
        assertBad(good, "rangeDays", 400, "rangeDays", "");
        assertBad(good, "params", Map.of("suite", "x"), "params.suite", "TRENDS");

        Client.Res created = client.post("/api/report-schedules", good, tenant.token());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.str("id");
        Map<String, Object> changed = new HashMap<>(good);
        changed.put("enabled", false);
        changed.put("cron", "0 6 * * 1-5");
        Client.Res updated = client.put("/api/report-schedules/" + id, changed, tenant.token());
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.map()).containsEntry("enabled", false).containsEntry("cron", "0 6 * * 1-5");
        assertThat(client.get("/api/report-schedules?projectId=" + tenant.projectId(), tenant.token())
                .list("items")).extracting(s -> ((Map<String, Object>) s).get("id")).contains(id);
        assertThat(client.post("/api/report-schedules", good, tenant.apiKey()).status()).isEqualTo(403);
        assertThat(client.delete("/api/report-schedules/" + id, tenant.token()).status()).isEqualTo(204);
        assertThat(client.get("/api/report-schedules/" + id, tenant.token()).status()).isEqualTo(404);
    }

    /** Report mails only: registering the tenant sent a verification mail too. */
    List<MimeMessage> reportMails() {
        List<MimeMessage> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (m.getSubject().startsWith("Suture report: ")) {
                    out.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    void assertBad(Map<String, Object> good, String key, Object value, String field, String message) {
        Map<String, Object> body = new HashMap<>(good);
        body.put(key, value);
        Client.Res r = client.post("/api/report-schedules", body, tenant.token());
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.text()).contains("\"field\":\"" + field, message);
    }

    long scheduledExecutions(List<String> schedules) {
        return count("SELECT count(*) FROM audit_logs WHERE action = 'test_suite.execute' AND "
                + "changes->'after'->>'scheduleId' = ANY(?)", (Object) schedules.toArray(String[]::new));
    }

    void makeDue(String table, List<String> ids, Instant at) {
        for (String id : ids) {
            update("UPDATE " + table + " SET next_run_at = ? WHERE id = ?::uuid", java.sql.Timestamp.from(at), id);
        }
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not within 20 s: " + what);
    }

    long count(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(c, st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            bind(c, st, params);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void bind(Connection c, PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i] instanceof String[] a ? c.createArrayOf("text", a) : params[i]);
        }
    }

    private Connection connect() throws SQLException {
        Map<String, String> p = getProperties();
        return DriverManager.getConnection(p.get("datasources.default.url"), p.get("datasources.default.username"),
                p.get("datasources.default.password"));
    }
}
