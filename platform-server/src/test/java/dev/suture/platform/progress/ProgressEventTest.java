package dev.suture.platform.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressEventTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID EXECUTION = UUID.randomUUID();

    @Test
    void longMessagesAreCutOnACharacterBoundaryWithinTheByteLimit() {
        String emoji = "😀".repeat(400); // 4 bytes each: 1600 bytes
        ProgressEvent e = ProgressEvent.ofExecution(PROJECT, EXECUTION, ProgressEvent.EXECUTION_FINISHED, emoji);

        byte[] bytes = e.message().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isLessThanOrEqualTo(ProgressEvent.MAX_MESSAGE_BYTES);
        assertThat(e.message()).endsWith("…").startsWith("😀😀");
        assertThat(e.message().substring(0, e.message().length() - 1)).isEqualTo("😀".repeat(255));
    }

    @Test
    void shortTextIsKeptAsItIs() {
        ProgressEvent e = ProgressEvent.ofTest(PROJECT, EXECUTION, ProgressEvent.STEP_DONE, UUID.randomUUID(),
                "checkout", 2, "click → button#pay");
        assertThat(e.message()).isEqualTo("click → button#pay");
        assertThat(e.testName()).isEqualTo("checkout");
        assertThat(e.at()).isNotNull();
    }

    @Test
    void unknownTypesAreRefusedWithTheAllowedOnes() {
        assertThatThrownBy(() -> ProgressEvent.ofExecution(PROJECT, EXECUTION, "done", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown progress event type 'done'; use one of ");
    }
}
