package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.task.Priority;

/**
 * Which jobs a busy worker takes first (db-scheduler orders due jobs by {@code priority DESC, execution_time}).
 */
public enum JobPriority {
    /** Test execution: a person is usually watching the run. */
    HIGH(Priority.HIGH),
    /** Report generation. */
    MEDIUM(Priority.MEDIUM),
    /** E-mail, AI generation, exports. */
    LOW(Priority.LOW);

    private final int value;

    JobPriority(int value) {
        this.value = value;
    }

    /** The value stored in {@code scheduled_tasks.priority}. */
    public int value() {
        return value;
    }
}
