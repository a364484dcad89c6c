-- Part 2 of the platform schema (1/3): test cases with their version history, suites, members and schedules.

CREATE TABLE test_cases (
    id           UUID PRIMARY KEY,
    project_id   UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    description  TEXT,
    steps        JSONB       NOT NULL DEFAULT '[]',
    tags         TEXT[]      NOT NULL DEFAULT '{}',
    priority     TEXT        NOT NULL DEFAULT 'MEDIUM' CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status       TEXT        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'DEPRECATED')),
    version      INTEGER     NOT NULL DEFAULT 1,
    created_by   UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- Text search over name and description ('simple' config: test names are identifiers, not English prose).
    search       TSVECTOR GENERATED ALWAYS AS
                 (to_tsvector('simple', name || ' ' || coalesce(description, ''))) STORED
);
CREATE UNIQUE INDEX test_cases_project_name_key ON test_cases (project_id, lower(name));
CREATE INDEX test_cases_project_updated_idx ON test_cases (project_id, updated_at DESC, id);
CREATE INDEX test_cases_project_priority_idx ON test_cases (project_id, priority);
CREATE INDEX test_cases_project_status_idx ON test_cases (project_id, status);
CREATE INDEX test_cases_tags_idx ON test_cases USING GIN (tags);
CREATE INDEX test_cases_search_idx ON test_cases USING GIN (search);

-- Every saved state of a test case, the current one included; restoring writes a new version.
CREATE TABLE test_case_versions (
    test_case_id  UUID        NOT NULL REFERENCES test_cases (id) ON DELETE CASCADE,
    version       INTEGER     NOT NULL,
    name          TEXT        NOT NULL,
    description   TEXT,
    steps         JSONB       NOT NULL,
    tags          TEXT[]      NOT NULL,
    priority      TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    changed_by    UUID        REFERENCES users (id) ON DELETE SET NULL,
    change_note   TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (test_case_id, version)
);

CREATE TABLE test_suites (
    id           UUID PRIMARY KEY,
    project_id   UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name         TEXT        NOT NULL,
    description  TEXT,
    -- browser, viewport, parallelism, retries, environment variables, base URL (validated by the API)
    config       JSONB       NOT NULL DEFAULT '{}',
    created_by   UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX test_suites_project_name_key ON test_suites (project_id, lower(name));
CREATE INDEX test_suites_project_created_idx ON test_suites (project_id, created_at, id);

CREATE TABLE test_suite_members (
    suite_id      UUID    NOT NULL REFERENCES test_suites (id) ON DELETE CASCADE,
    test_case_id  UUID    NOT NULL REFERENCES test_cases (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (suite_id, test_case_id)
);
CREATE INDEX test_suite_members_case_idx ON test_suite_members (test_case_id);
CREATE INDEX test_suite_members_order_idx ON test_suite_members (suite_id, position);

CREATE TABLE test_suite_schedules (
    id           UUID PRIMARY KEY,
    suite_id     UUID        NOT NULL REFERENCES test_suites (id) ON DELETE CASCADE,
    cron         TEXT        NOT NULL,
    time_zone    TEXT        NOT NULL DEFAULT 'UTC',
    enabled      BOOLEAN     NOT NULL DEFAULT TRUE,
    next_run_at  TIMESTAMPTZ,
    last_run_at  TIMESTAMPTZ,
    created_by   UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX test_suite_schedules_suite_idx ON test_suite_schedules (suite_id);
CREATE INDEX test_suite_schedules_due_idx ON test_suite_schedules (next_run_at) WHERE enabled;
