package dev.suture.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** How this process names itself in {@code scheduled_tasks.picked_by} and {@code execution_jobs.worker}. */
public final class WorkerIdentity {

    /** {@code <host>#<pid>}: unique among the processes of one machine, readable in the tables. */
    public static final String NAME = host() + "#" + ProcessHandle.current().pid();

    private WorkerIdentity() {
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
