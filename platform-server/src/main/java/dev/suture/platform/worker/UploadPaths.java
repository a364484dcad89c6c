package dev.suture.platform.worker;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps a stored test's uploads inside the project's files directory on the worker. A test case is written by any
 * developer of a project and runs on a shared worker host: an upload of {@code /etc/passwd} or
 * {@code ../../other-project/secret} to a page of the developer's choosing would hand them the host's files.
 */
final class UploadPaths {

    private UploadPaths() {
    }

    /** Why {@code path} may not be uploaded from a worker, or null when it is a file name inside the directory. */
    static String refusal(String path) {
        String problem = null;
        try {
            Path p = Path.of(path == null ? "" : path);
            if (path == null || path.isBlank()) {
                problem = "names no file";
            } else if (p.isAbsolute() || path.startsWith("~")) {
                problem = "is an absolute path";
            } else if (p.normalize().startsWith("..")) {
                problem = "leaves the project's files directory";
            }
        } catch (InvalidPathException e) {
            problem = "is not a valid path";
        }
        return problem == null ? null : "The upload '" + path + "' " + problem + ": a test run by the platform uploads"
                + " only files from the project's files directory on the worker, named by a relative path such as"
                + " 'avatar.png'";
    }

    /** Fails a stored upload step whose file is outside the project's files directory. */
    static void check(PlannedStep step) {
        if (step.action() == StepAction.UPLOAD_FILE) {
            String refusal = refusal(step.value());
            if (refusal != null) {
                throw new IllegalArgumentException(refusal);
            }
        }
    }

    /** The planner, refusing every planned upload of a file outside the project's files directory. */
    static StepPlanner confined(StepPlanner planner) {
        return (instruction, snapshot) -> {
            List<PlannedStep> steps = planner.plan(instruction, snapshot);
            for (PlannedStep step : steps) {
                String refusal = step.action() == StepAction.UPLOAD_FILE ? refusal(step.value()) : null;
                if (refusal != null) {
                    throw new StepRefusedException(instruction, refusal, List.of());
                }
            }
            return steps;
        };
    }
}
