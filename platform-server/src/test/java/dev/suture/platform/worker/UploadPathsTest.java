package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.suture.ai.PlannedStep;
import dev.suture.ai.StepAction;
import dev.suture.ai.StepPlanner;
import dev.suture.ai.StepRefusedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored test may upload files of its project's files directory on the worker, and nothing else of the host. */
class UploadPathsTest {

    @Test
    void fileNamesInsideTheFilesDirectoryAreAllowed() {
        assertThat(UploadPaths.refusal("avatar.png")).isNull();
        assertThat(UploadPaths.refusal("fixtures/report.pdf")).isNull();
        assertThat(UploadPaths.refusal("fixtures/../avatar.png")).isNull();
    }

    @Test
    void hostFilesAreRefusedWithWhatToDoInstead() {
        assertThat(UploadPaths.refusal("/etc/passwd")).isEqualTo("The upload '/etc/passwd' is an absolute path: a test"
                + " run by the platform uploads only files from the project's files directory on the worker, named by"
                + " a relative path such as 'avatar.png'");
        assertThat(UploadPaths.refusal("../other-project/files/secret.txt")).contains("leaves the project's files "
                + "directory");
        assertThat(UploadPaths.refusal("a/../../b")).contains("leaves the project's files directory");
        assertThat(UploadPaths.refusal("~/.ssh/id_rsa")).contains("is an absolute path");
        assertThat(UploadPaths.refusal(" ")).contains("names no file");
    }

    @Test
    void aStoredUploadStepOutsideTheDirectoryFailsAsAStep() {
        StoredSteps.Step upload = new StoredSteps.Step("upload file", "#avatar", "/etc/shadow", null);
        assertThatThrownBy(() -> StoredSteps.planned(upload, "http://127.0.0.1:1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/etc/shadow' is an absolute path");
        StoredSteps.Step fine = new StoredSteps.Step("upload file", "#avatar", "avatar.png", null);
        assertThat(StoredSteps.planned(fine, "http://127.0.0.1:1", Map.of()).value()).isEqualTo("avatar.png");
    }

    @Test
    void aPlannedUploadOutsideTheDirectoryIsRefusedWhoeverPlannedIt() {
        StepPlanner planner = (instruction, snapshot) -> List.of(new PlannedStep(instruction, StepAction.UPLOAD_FILE,
                "#avatar", null, instruction.substring("upload ".length()), null, 1.0, "test"));
        assertThatThrownBy(() -> UploadPaths.confined(planner).plan("upload /etc/passwd", null))
                .isInstanceOf(StepRefusedException.class).hasMessageContaining("'/etc/passwd' is an absolute path");
        assertThat(UploadPaths.confined(planner).plan("upload avatar.png", null)).hasSize(1);
    }
}
