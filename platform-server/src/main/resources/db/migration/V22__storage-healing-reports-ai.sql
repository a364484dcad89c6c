-- Part 2 of the platform schema (3/3): stored files, healing records, reports and AI-generated tests.

-- A project's view of a stored blob. The blob itself is addressed by its SHA-256 in the ArtifactStore, so
-- identical content is kept once however many projects or rows refer to it.
CREATE TABLE storage_files (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    sha256        TEXT        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    content_type  TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    created_by    UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX storage_files_project_sha_key ON storage_files (project_id, sha256);
CREATE INDEX storage_files_sha_idx ON storage_files (sha256);
CREATE INDEX storage_files_project_created_idx ON storage_files (project_id, created_at DESC, id);

-- One row per (locator, replacement) a project has seen healed; a person accepts it (it becomes the baseline
-- the SDK fetches) or rejects it (the SDK never heals that way again).
CREATE TABLE healing_records (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    locator       TEXT        NOT NULL,
    healed_to     TEXT        NOT NULL,
    status        TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    best_score    DOUBLE PRECISION,
    occurrences   INTEGER     NOT NULL DEFAULT 0,
    fingerprint   JSONB,
    last_test_key TEXT,
    first_seen_at TIMESTAMPTZ NOT NULL,
    last_seen_at  TIMESTAMPTZ NOT NULL,
    decided_by    UUID        REFERENCES users (id) ON DELETE SET NULL,
    decided_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX healing_records_key ON healing_records (project_id, locator, healed_to);
CREATE INDEX healing_records_project_status_idx ON healing_records (project_id, status, last_seen_at DESC);

CREATE TABLE reports (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    title         TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('SUMMARY', 'FLAKY', 'SLOWEST', 'HEALING')),
    range_from    TIMESTAMPTZ NOT NULL,
    range_to      TIMESTAMPTZ NOT NULL,
    data          JSONB       NOT NULL,
    cron          TEXT,
    recipients    TEXT[]      NOT NULL DEFAULT '{}',
    created_by    UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX reports_project_created_idx ON reports (project_id, created_at DESC, id);

CREATE TABLE ai_generated_tests (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    description   TEXT        NOT NULL,
    start_url     TEXT,
    steps         JSONB       NOT NULL,
    status        TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    test_case_id  UUID        REFERENCES test_cases (id) ON DELETE SET NULL,
    created_by    UUID        REFERENCES users (id) ON DELETE SET NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ai_generated_tests_project_idx ON ai_generated_tests (project_id, status, created_at DESC);

-- Hourly AI request counters per project (the quota); kept apart from the per-minute rate-limit windows,
-- which are purged after ten minutes.
CREATE TABLE ai_usage (
    project_id    UUID        NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    requests      INTEGER     NOT NULL,
    PRIMARY KEY (project_id, window_start)
);
