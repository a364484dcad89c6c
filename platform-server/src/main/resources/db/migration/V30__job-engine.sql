-- The job engine's queue: db-scheduler 16.12.0's table for PostgreSQL (its postgresql_tables.sql, with the
-- priority column it reads when enablePriority() is on). One row per scheduled job; the primary key
-- (task_name, task_instance) is what makes "<schedule-id>@<fire-time>" start at most once across instances.
-- Workers claim rows with SELECT ... FOR UPDATE SKIP LOCKED (lock-and-fetch), keep last_heartbeat fresh while a
-- job runs, and revive rows whose heartbeat went stale (a killed worker's jobs).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
