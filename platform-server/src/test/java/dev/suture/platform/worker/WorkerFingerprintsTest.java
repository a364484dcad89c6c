package dev.suture.platform.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suture.core.ElementFingerprint;
import dev.suture.core.internal.snapshot.FingerprintScript;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK's fingerprints read and written with the Jackson that the platform (a Micronaut application) puts on the
 * worker's class path, which is older than the SDK's own: a hidden or disabled element must stay so, or the worker's
 * healing and plain-English steps would pick hidden elements, and no stored baseline would ever equal the element it
 * was taken from (every step of every run paid a full fingerprint).
 */
class WorkerFingerprintsTest {

    private static final String HIDDEN_DISABLED = "[{\"tag\":\"button\",\"id\":\"buy\",\"text\":\"Buy\","
            + "\"visible\":false,\"enabled\":false,\"xpath\":\"/html[1]/body[1]/button[1]\"}]";

    @Test
    void aHiddenDisabledElementStaysHiddenAndDisabledWhenRead() {
        ElementFingerprint read = FingerprintScript.parse(HIDDEN_DISABLED).get(0);

        assertThat(read.visible()).isFalse();
        assertThat(read.enabled()).isFalse();
        assertThat(read.countsAsVisible()).isFalse();
        assertThat(read.countsAsEnabled()).isFalse();
    }

    @Test
    void visibilityAndStateSurviveAWriteAndARead() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ElementFingerprint element = FingerprintScript.parse(HIDDEN_DISABLED).get(0);

        String written = json.writeValueAsString(element);

        assertThat(written).contains("\"visible\":false", "\"enabled\":false");
        assertThat(List.of(json.readValue(written, ElementFingerprint.class))).containsExactly(element);
    }
}
