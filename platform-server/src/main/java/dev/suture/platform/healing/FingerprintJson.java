package dev.suture.platform.healing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.suture.core.ElementFingerprint;
import java.io.UncheckedIOException;

/**
 * An element fingerprint as JSON, exactly as the SDK sends it in a heal. {@link ElementFingerprint} is sdk-core's
 * Jackson-annotated record, so it is written and read with Jackson itself (not Micronaut Serde): a heal recorded by
 * a worker and one reported by the SDK are stored alike, and either is read back as the SDK reads it.
 */
public final class FingerprintJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FingerprintJson() {
    }

    public static String write(ElementFingerprint fingerprint) {
        try {
            return JSON.writeValueAsString(fingerprint);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ElementFingerprint read(String json) {
        try {
            return JSON.readValue(json, ElementFingerprint.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A stored element fingerprint is not readable: " + e.getOriginalMessage(),
                    e);
        }
    }
}
