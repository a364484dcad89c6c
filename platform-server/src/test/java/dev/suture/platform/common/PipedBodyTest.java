package dev.suture.platform.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipedBodyTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterAll
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void passesEveryByteInOrder() throws IOException {
        byte[] data = new byte[5 * 1024 * 1024 + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + i / 1000);
        }
        try (InputStream body = PipedBody.start(executor, out -> {
            for (int off = 0; off < data.length; off += 1000) {
                out.write(data, off, Math.min(1000, data.length - off));
            }
        })) {
            assertThat(body.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void holdsOnlyAFewChunksWhileTheReaderWaits() throws Exception {
        AtomicLong written = new AtomicLong();
        CompletableFuture<Throwable> producerEnd = new CompletableFuture<>();
        InputStream body = PipedBody.start(executor, out -> {
            try {
                byte[] chunk = new byte[1024];
                while (true) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                producerEnd.complete(e);
                throw e;
            }
        });
        Thread.sleep(500);
        long bound = (long) (PipedBody.QUEUE_CHUNKS + 1) * PipedBody.CHUNK_BYTES;
        assertThat(written.get()).isPositive().isLessThanOrEqualTo(bound);
        assertThat(body.read()).isEqualTo(0);
        body.close(); // the client went away: the producer's next hand-over fails and it stops
        assertThat(producerEnd.get(10, TimeUnit.SECONDS)).hasMessageContaining("gone away");
    }

    @Test
    void aProducerFailureCutsTheBodyWithAnError() throws IOException {
        try (InputStream body = PipedBody.start(executor, out -> {
            out.write(new byte[100]);
            out.flush();
            throw new IllegalStateException("cursor broke");
        })) {
            byte[] buffer = new byte[1000];
            assertThatThrownBy(() -> {
                while (body.read(buffer) != -1) {
                    Arrays.fill(buffer, (byte) 0);
                }
            }).isInstanceOf(IOException.class).hasRootCauseMessage("cursor broke");
        }
    }
}
