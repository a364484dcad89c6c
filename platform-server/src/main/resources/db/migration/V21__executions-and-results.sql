-- Part 2 of the platform schema (2/3): executions (runs), per-test results, step results, logs, artifacts,
-- healing events and the ingest idempotency ledger.
--
-- Sizing: 100 million step results. The two big tables (test_results, step_results) and the log table are
-- partitioned by month on the test's start time: a report over a date range touches only its months, old
-- months are detached or dropped in O(1), and every index stays the size of one month. Partitions are created
-- here for 2024..2027 and kept ahead of time by the server (PartitionMaintenance); a DEFAULT partition catches
-- anything outside them so an odd client clock never loses a result.

CREATE TABLE test_executions (
    id                   UUID PRIMARY KEY,
    project_id           UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    suite_id             UUID        REFERENCES test_suites (id) ON DELETE SET NULL,
    suite_name           TEXT,
    client_run_id        UUID,
    parent_execution_id  UUID        REFERENCES test_executions (id) ON DELETE SET NULL,
    name                 TEXT        NOT NULL,
    trigger              TEXT        NOT NULL CHECK (trigger IN ('SDK', 'MANUAL', 'SCHEDULE', 'RETRY')),
    status               TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'PASSED', 'FAILED', 'STOPPED')),
    branch               TEXT,
    commit_sha           TEXT,
    ci                   JSONB       NOT NULL DEFAULT '{}',
    config               JSONB       NOT NULL DEFAULT '{}',
    total                INTEGER     NOT NULL DEFAULT 0,
    passed               INTEGER     NOT NULL DEFAULT 0,
    failed               INTEGER     NOT NULL DEFAULT 0,
    skipped              INTEGER     NOT NULL DEFAULT 0,
    aborted              INTEGER     NOT NULL DEFAULT 0,
    duration_ms          BIGINT,
    started_at           TIMESTAMPTZ NOT NULL,
    finished_at          TIMESTAMPTZ,
    created_by           UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX test_executions_client_run_key ON test_executions (project_id, client_run_id);
CREATE INDEX test_executions_project_time_idx ON test_executions (project_id, started_at DESC, id);
CREATE INDEX test_executions_suite_time_idx ON test_executions (suite_id, started_at DESC);
CREATE INDEX test_executions_project_status_idx ON test_executions (project_id, status, started_at DESC);
CREATE INDEX test_executions_project_branch_idx ON test_executions (project_id, branch, started_at DESC);
CREATE INDEX test_executions_project_commit_idx ON test_executions (project_id, commit_sha);

-- One row per test execution (one attempt of one test in one run). commit_sha/branch/suite_name are copied
-- from the run so that flaky and trend reports never join the runs table.
CREATE TABLE test_results (
    id             UUID        NOT NULL,
    execution_id   UUID        NOT NULL,
    project_id     UUID        NOT NULL,
    test_case_id   UUID,
    suite_name     TEXT,
    test_key       TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    class_name     TEXT,
    method_name    TEXT,
    status         TEXT        NOT NULL CHECK (status IN ('PASSED', 'FAILED', 'SKIPPED', 'ABORTED')),
    attempt        INTEGER     NOT NULL DEFAULT 1,
    started_at     TIMESTAMPTZ NOT NULL,
    duration_ms    BIGINT      NOT NULL,
    commit_sha     TEXT,
    branch         TEXT,
    error_type     TEXT,
    error_message  TEXT,
    stack_trace    TEXT,
    PRIMARY KEY (id, started_at)
) PARTITION BY RANGE (started_at);
-- Reports scan one project's date range; INCLUDE makes dashboard and trend queries index-only.
CREATE INDEX test_results_project_time_idx ON test_results (project_id, started_at)
    INCLUDE (status, duration_ms, suite_name, attempt);
CREATE INDEX test_results_execution_idx ON test_results (execution_id);
CREATE INDEX test_results_project_key_idx ON test_results (project_id, test_key, started_at);
CREATE INDEX test_results_case_idx ON test_results (test_case_id, started_at) WHERE test_case_id IS NOT NULL;

CREATE TABLE step_results (
    result_id          UUID        NOT NULL,
    result_started_at  TIMESTAMPTZ NOT NULL,
    step_index         INTEGER     NOT NULL,
    execution_id       UUID        NOT NULL,
    project_id         UUID        NOT NULL,
    action             TEXT        NOT NULL,
    target             TEXT,
    value              TEXT,
    instruction        TEXT,
    started_at         TIMESTAMPTZ,
    duration_ms        BIGINT,
    error              TEXT,
    PRIMARY KEY (result_id, step_index, result_started_at)
) PARTITION BY RANGE (result_started_at);
CREATE INDEX step_results_execution_idx ON step_results (execution_id);

CREATE TABLE execution_logs (
    id            BIGINT GENERATED ALWAYS AS IDENTITY,
    execution_id  UUID        NOT NULL,
    project_id    UUID        NOT NULL,
    result_id     UUID,
    logged_at     TIMESTAMPTZ NOT NULL,
    level         TEXT        NOT NULL CHECK (level IN ('DEBUG', 'INFO', 'WARN', 'ERROR')),
    message       TEXT        NOT NULL,
    PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);
CREATE INDEX execution_logs_execution_idx ON execution_logs (execution_id, logged_at, id);

DO $$
DECLARE
    month DATE := DATE '2024-01-01';
BEGIN
    WHILE month < DATE '2028-01-01' LOOP
        EXECUTE format('CREATE TABLE %I PARTITION OF test_results FOR VALUES FROM (%L) TO (%L)',
                       'test_results_' || to_char(month, 'YYYY_MM'), month, month + INTERVAL '1 month');
        EXECUTE format('CREATE TABLE %I PARTITION OF step_results FOR VALUES FROM (%L) TO (%L)',
                       'step_results_' || to_char(month, 'YYYY_MM'), month, month + INTERVAL '1 month');
        EXECUTE format('CREATE TABLE %I PARTITION OF execution_logs FOR VALUES FROM (%L) TO (%L)',
                       'execution_logs_' || to_char(month, 'YYYY_MM'), month, month + INTERVAL '1 month');
        month := month + INTERVAL '1 month';
    END LOOP;
END $$;
CREATE TABLE test_results_default PARTITION OF test_results DEFAULT;
CREATE TABLE step_results_default PARTITION OF step_results DEFAULT;
CREATE TABLE execution_logs_default PARTITION OF execution_logs DEFAULT;

CREATE TABLE result_artifacts (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    execution_id  UUID        NOT NULL REFERENCES test_executions (id) ON DELETE CASCADE,
    result_id     UUID        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('SCREENSHOT', 'TRACE', 'VIDEO', 'LOG', 'OTHER')),
    storage_id    UUID,
    sha256        TEXT,
    name          TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX result_artifacts_execution_idx ON result_artifacts (execution_id, result_id);

-- What the SDK reported about each heal, one row per event.
CREATE TABLE healing_events (
    id                   UUID PRIMARY KEY,
    project_id           UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    execution_id         UUID        NOT NULL REFERENCES test_executions (id) ON DELETE CASCADE,
    result_id            UUID        NOT NULL,
    test_key             TEXT        NOT NULL,
    locator              TEXT        NOT NULL,
    healed_to            TEXT,
    score                DOUBLE PRECISION,
    runner_up            DOUBLE PRECISION,
    decision             TEXT        NOT NULL CHECK (decision IN ('HEALED', 'SUGGESTED', 'REFUSED')),
    artifact_storage_id  UUID,
    occurred_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX healing_events_execution_idx ON healing_events (execution_id);
CREATE INDEX healing_events_project_time_idx ON healing_events (project_id, occurred_at);
CREATE INDEX healing_events_project_locator_idx ON healing_events (project_id, locator);

-- The ledger that makes ingest idempotent: each client event id is stored once per project, forever.
CREATE TABLE ingest_events (
    project_id   UUID        NOT NULL,
    event_id     UUID        NOT NULL,
    batch_id     UUID,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, event_id)
);
