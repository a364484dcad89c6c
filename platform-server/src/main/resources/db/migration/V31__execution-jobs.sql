-- One row per test case per attempt of a platform execution: the bookkeeping around the job engine's queue.
-- The engine (scheduled_tasks) only knows "run this job"; this table knows what the job is for, which makes three
-- guarantees checkable in SQL:
--   * a stopped execution never starts a job: a job starts only by moving its row QUEUED/RUNNING -> RUNNING while
--     the execution is not STOPPED;
--   * a test case run is recorded completed at most once: the result is written in the same transaction that moves
--     the row from RUNNING to a final status (a second worker that ran the same job after a takeover finds the row
--     final and writes nothing);
--   * the suite's parallelism: rows wait as PENDING and are queued one by one as earlier ones finish.
CREATE TABLE execution_jobs (
    execution_id  UUID        NOT NULL REFERENCES test_executions (id) ON DELETE CASCADE,
    test_case_id  UUID        NOT NULL,
    attempt       INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('PENDING', 'QUEUED', 'RUNNING', 'PASSED', 'FAILED',
                                                         'CANCELLED')),
    starts        INTEGER     NOT NULL DEFAULT 0,
    worker        TEXT,
    queued_at     TIMESTAMPTZ,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    result_id     UUID,
    PRIMARY KEY (execution_id, test_case_id, attempt)
);
CREATE INDEX execution_jobs_open_idx ON execution_jobs (execution_id, position)
    WHERE status IN ('PENDING', 'QUEUED', 'RUNNING');
