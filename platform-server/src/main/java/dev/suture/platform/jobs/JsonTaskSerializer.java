package dev.suture.platform.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Stores job data as JSON (through Micronaut Serialization, so data classes are {@code @Serdeable} records) rather
 * than db-scheduler's default Java serialization: readable in {@code scheduled_tasks} and safe across versions.
 */
final class JsonTaskSerializer implements Serializer {

    private final JsonMapper json;

    JsonTaskSerializer(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        if (data == null) {
            return null;
        }
        try {
            return json.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialise job data " + data.getClass().getName(), e);
        }
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] data) {
        if (data == null || type == Void.class) {
            return null;
        }
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read job data as " + type.getName(), e);
        }
    }
}
