package dev.suture.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.suture.platform.fixtures.TestPages;
import dev.suture.platform.support.Api;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Part 2's share of the RBAC fixture: in project P a test case, a suite holding it with a schedule, an execution
 * reported through ingest (one failed test with a heal, so retry-failed and the healing record exist) and a
 * stored file; and the rules, bodies and path values of part 2's routes.
 */
final class RbacPart2 {

    static final String CSV = "text/csv";
    static final String MULTIPART = "multipart/form-data; boundary=rbac-boundary";
    static final String UPLOAD = "--rbac-boundary\r\nContent-Disposition: form-data; name=\"file\"; "
            + "filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\nhello rbac\r\n--rbac-boundary--\r\n";

    final String testCase;
    final String suite;
    final String schedule;
    final String execution;
    final String file;
    final String fileSha;
    final String healingRecord;
    final String generatedTest;
    final String storedReport;
    final String reportSchedule;

    /** The page AI generation runs on; served for the whole test JVM. */
    static final TestPages PAGES = new TestPages(TestPages.SHOP);

    RbacPart2(Api api, String ownerToken, String projectP, String keyOfP) {
        testCase = created(api.post("/api/test-cases", api.json(Map.of("projectId", projectP, "testCase",
                Map.of("name", "TC-P", "steps", List.of(Map.of("action", "click", "target", "#a"))))), ownerToken));
        suite = created(api.post("/api/test-suites", api.json(Map.of("projectId", projectP, "name", "Suite P")),
                ownerToken));
        assertThat(api.send("PUT", "/api/test-suites/" + suite + "/test-cases", api.json(Map.of("testCaseIds",
                List.of(testCase))), "Authorization", "Bearer " + ownerToken).status()).isEqualTo(200);
        schedule = created(api.post("/api/test-suites/" + suite + "/schedules", api.json(Map.of("cron", "0 2 * * *")),
                ownerToken));
        Api.Res batch = api.send("POST", "/api/ingest/batches", batch(), "Authorization", "Bearer " + keyOfP);
        assertThat(batch.status()).as(batch.text()).isEqualTo(200);
        String url = ((Map<?, ?>) ((List<?>) batch.body().get("runs")).get(0)).get("url").toString();
        execution = url.substring(url.lastIndexOf('/') + 1);
        Api.Res upload = api.send("POST", "/api/storage", UPLOAD, "Authorization", "Bearer " + keyOfP,
                "Content-Type", MULTIPART);
        assertThat(upload.status()).as(upload.text()).isEqualTo(201);
        file = upload.str("id");
        fileSha = upload.str("sha256");
        Api.Res records = api.send("GET", "/api/healing-records?projectId=" + projectP, null,
                "Authorization", "Bearer " + ownerToken);
        healingRecord = ((Map<?, ?>) ((List<?>) records.body().get("items")).get(0)).get("id").toString();
        generatedTest = created(api.post("/api/ai/generate-test", generateBody(projectP), ownerToken));
        Api.Res report = api.post("/api/reports", storedReportBody(projectP), ownerToken);
        assertThat(report.status()).as(report.text()).isEqualTo(202);
        storedReport = report.str("id");
        reportSchedule = created(api.post("/api/report-schedules", reportScheduleBody(projectP), ownerToken));
    }

    private static String storedReportBody(String projectId) {
        return "{\"projectId\":\"" + projectId + "\",\"kind\":\"SUMMARY\"}";
    }

    private static String reportScheduleBody(String projectId) {
        return "{\"projectId\":\"" + projectId + "\",\"title\":\"Weekly\",\"kind\":\"SUMMARY\",\"rangeDays\":7,"
                + "\"format\":\"CSV\",\"recipients\":[\"lead@example.com\"],\"cron\":\"0 8 * * MON\"}";
    }

    private static String generateBody(String projectId) {
        return "{\"projectId\":\"" + projectId + "\",\"description\":\"click Sign in\",\"startUrl\":\""
                + PAGES.url("/login") + "\"}";
    }

    private static String created(Api.Res r) {
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return r.str("id");
    }

    /** A valid batch with fresh ids: a run with one failed, healed test. */
    static String batch() {
        String run = UUID.randomUUID().toString();
        return "{\"batchId\":\"" + UUID.randomUUID() + "\",\"events\":["
                + "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"run.started\",\"runId\":\"" + run
                + "\",\"at\":\"2026-11-20T10:00:00Z\",\"run\":{\"name\":\"rbac\"}},"
                + "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"test.finished\",\"runId\":\"" + run
                + "\",\"at\":\"2026-11-20T10:00:05Z\",\"test\":{\"testId\":\"" + UUID.randomUUID()
                + "\",\"key\":\"a.B#c\",\"name\":\"c\",\"status\":\"FAILED\",\"durationMs\":5,"
                + "\"healings\":[{\"locator\":\"#x\",\"healedTo\":\"#y\",\"score\":0.9,\"decision\":\"HEALED\"}]}},"
                + "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"run.finished\",\"runId\":\"" + run
                + "\",\"at\":\"2026-11-20T10:01:00Z\",\"summary\":{\"total\":1,\"failed\":1}}]}";
    }

    /** The value of a path variable part 1's fixture does not know, or null. */
    String pathValue(String template, String variable) {
        return switch (variable) {
            case "id" -> template.startsWith("/api/test-cases") ? testCase
                    : template.startsWith("/api/test-suites") ? suite
                    : template.startsWith("/api/executions") ? execution
                    : template.startsWith("/api/storage") ? file
                    : template.startsWith("/api/healing-records") ? healingRecord
                    : template.startsWith("/api/ai/generated-tests") ? generatedTest
                    : template.startsWith("/api/reports/") ? storedReport
                    : template.startsWith("/api/report-schedules/") ? reportSchedule : null;
            case "version" -> "1";
            case "testCaseId" -> testCase;
            case "scheduleId" -> schedule;
            case "sha256" -> fileSha;
            default -> null;
        };
    }

    /** List, report, import and upload routes name their project in the query. */
    static boolean needsProjectQuery(String template) {
        return List.of("/api/executions", "/api/test-cases", "/api/test-suites", "/api/healing-records",
                "/api/storage", "/api/storage/bulk", "/api/test-cases/export", "/api/test-cases/import",
                "/api/test-cases/import/csv", "/api/storage/by-hash/{sha256}", "/api/ai/generated-tests",
                "/api/reports", "/api/report-schedules").contains(template) || template.startsWith("/api/reports/");
    }

    static String contentType(String route) {
        return switch (route) {
            case "POST /api/test-cases/import/csv" -> CSV;
            case "POST /api/storage", "POST /api/storage/bulk" -> MULTIPART;
            default -> null;
        };
    }

    static String body(String route, RbacWorld w) {
        String name = "R-" + UUID.randomUUID();
        String steps = "[{\"action\":\"click\",\"target\":\"#a\"}]";
        return switch (route) {
            case "POST /api/ingest/batches" -> batch();
            case "POST /api/storage", "POST /api/storage/bulk" -> UPLOAD;
            case "POST /api/test-cases" -> "{\"projectId\":\"" + w.projectP + "\",\"testCase\":{\"name\":\"" + name
                    + "\",\"steps\":" + steps + "}}";
            case "PUT /api/test-cases/{id}" -> "{\"name\":\"TC-P\",\"steps\":" + steps + "}";
            case "POST /api/test-cases/import" -> "[{\"name\":\"" + name + "\",\"steps\":" + steps + "}]";
            case "POST /api/test-cases/import/csv" -> "name,description,priority,status,tags,steps\n" + name
                    + ",,,,,[]\n";
            case "POST /api/test-suites" -> "{\"projectId\":\"" + w.projectP + "\",\"name\":\"" + name + "\"}";
            case "PUT /api/test-suites/{id}" -> "{\"name\":\"Suite P\"}";
            case "PUT /api/test-suites/{id}/test-cases" -> "{\"testCaseIds\":[\"" + w.part2.testCase + "\"]}";
            case "POST /api/test-suites/{id}/test-cases" -> "{\"testCaseId\":\"" + w.part2.testCase + "\"}";
            case "POST /api/test-suites/{id}/schedules" -> "{\"cron\":\"0 3 * * *\"}";
            case "POST /api/executions" -> "{\"testCaseId\":\"" + w.part2.testCase + "\"}";
            case "POST /api/ai/generate-test" -> generateBody(w.projectP);
            case "POST /api/reports" -> storedReportBody(w.projectP);
            case "POST /api/report-schedules", "PUT /api/report-schedules/{id}" -> reportScheduleBody(w.projectP);
            case "POST /api/ai/improve-test" -> "{\"testCaseId\":\"" + w.part2.testCase + "\"}";
            case "POST /api/ai/fix-locator" -> "{\"projectId\":\"" + w.projectP + "\",\"url\":\""
                    + PAGES.url("/login") + "\",\"locator\":\"#email\"}";
            case "POST /api/ai/analyze-failure" -> "{\"executionId\":\"" + w.part2.execution + "\"}";
            case "POST /api/ai/optimize-suite" -> "{\"suiteId\":\"" + w.part2.suite + "\"}";
            default -> null;
        };
    }

    static Map<String, RbacTable.Rule> rules() {
        RbacTable.Rule read = RbacTable.Rule.PROJECT_READ;
        RbacTable.Rule write = RbacTable.Rule.PROJECT_WRITE;
        return Map.ofEntries(
                Map.entry("POST /api/ingest/batches", RbacTable.Rule.KEY_ONLY),
                Map.entry("GET /api/ingest/healing-state", RbacTable.Rule.KEY_ONLY),
                Map.entry("POST /api/storage", RbacTable.Rule.PROJECT_UPLOAD),
                Map.entry("POST /api/storage/bulk", RbacTable.Rule.PROJECT_UPLOAD),
                Map.entry("GET /api/storage", read),
                Map.entry("GET /api/storage/by-hash/{sha256}", read),
                Map.entry("GET /api/storage/{id}", read),
                Map.entry("GET /api/storage/{id}/content", read),
                Map.entry("POST /api/storage/{id}/presign", read),
                Map.entry("GET /api/storage/signed/{id}", RbacTable.Rule.PUBLIC),
                Map.entry("DELETE /api/storage/{id}", write),
                Map.entry("GET /api/executions", read),
                Map.entry("GET /api/executions/{id}", read),
                Map.entry("GET /api/executions/{id}/logs", read),
                Map.entry("GET /api/executions/{id}/screenshots", read),
                Map.entry("POST /api/executions", write),
                Map.entry("POST /api/executions/{id}/stop", write),
                Map.entry("POST /api/executions/{id}/retry-failed", write),
                Map.entry("GET /api/reports/dashboard", read),
                Map.entry("GET /api/reports/trends", read),
                Map.entry("GET /api/reports/flaky", read),
                Map.entry("GET /api/reports/slowest", read),
                Map.entry("GET /api/reports/healing", read),
                Map.entry("GET /api/healing-records", read),
                Map.entry("POST /api/healing-records/{id}/accept", write),
                Map.entry("POST /api/healing-records/{id}/reject", write),
                Map.entry("POST /api/test-cases", write),
                Map.entry("GET /api/test-cases", read),
                Map.entry("GET /api/test-cases/{id}", read),
                Map.entry("PUT /api/test-cases/{id}", write),
                Map.entry("DELETE /api/test-cases/{id}", write),
                Map.entry("GET /api/test-cases/{id}/versions", read),
                Map.entry("GET /api/test-cases/{id}/versions/{version}", read),
                Map.entry("POST /api/test-cases/{id}/versions/{version}/restore", write),
                Map.entry("POST /api/test-cases/{id}/clone", write),
                Map.entry("POST /api/test-cases/import", write),
                Map.entry("POST /api/test-cases/import/csv", write),
                Map.entry("GET /api/test-cases/export", read),
                Map.entry("POST /api/test-suites", write),
                Map.entry("GET /api/test-suites", read),
                Map.entry("GET /api/test-suites/{id}", read),
                Map.entry("PUT /api/test-suites/{id}", write),
                Map.entry("DELETE /api/test-suites/{id}", write),
                Map.entry("GET /api/test-suites/{id}/config", read),
                Map.entry("PUT /api/test-suites/{id}/config", write),
                Map.entry("PUT /api/test-suites/{id}/test-cases", write),
                Map.entry("POST /api/test-suites/{id}/test-cases", write),
                Map.entry("DELETE /api/test-suites/{id}/test-cases/{testCaseId}", write),
                Map.entry("GET /api/test-suites/{id}/schedules", read),
                Map.entry("POST /api/test-suites/{id}/schedules", write),
                Map.entry("DELETE /api/test-suites/{id}/schedules/{scheduleId}", write),
                Map.entry("POST /api/test-suites/{id}/execute", write),
                Map.entry("POST /api/ai/generate-test", write),
                Map.entry("GET /api/ai/generated-tests", read),
                Map.entry("GET /api/ai/generated-tests/{id}", read),
                Map.entry("POST /api/ai/generated-tests/{id}/approve", write),
                Map.entry("POST /api/ai/generated-tests/{id}/reject", write),
                Map.entry("POST /api/reports", write),
                Map.entry("GET /api/reports", read),
                Map.entry("GET /api/reports/{id}", read),
                Map.entry("DELETE /api/reports/{id}", write),
                Map.entry("GET /api/reports/{id}/export", read),
                Map.entry("POST /api/report-schedules", write),
                Map.entry("GET /api/report-schedules", read),
                Map.entry("GET /api/report-schedules/{id}", read),
                Map.entry("PUT /api/report-schedules/{id}", write),
                Map.entry("DELETE /api/report-schedules/{id}", write),
                Map.entry("POST /api/ai/improve-test", write),
                Map.entry("POST /api/ai/fix-locator", write),
                Map.entry("POST /api/ai/analyze-failure", write),
                Map.entry("POST /api/ai/optimize-suite", write));
    }
}
