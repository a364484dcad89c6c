package dev.suture.platform.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A response body written by a producer on another thread while the HTTP layer reads it: the producer writes to an
 * {@link OutputStream} whose 32 KiB chunks pass through a queue of at most {@value #QUEUE_CHUNKS} chunks, so at
 * most about 0.5 MiB is held however large the body, and a slow client slows the producer down (back-pressure).
 *
 * <p>Written for exports that stream a database cursor: unlike {@code PipedInputStream} it does not tie either end
 * to a thread's liveness. A producer failure ends the body with an {@link IOException} (the client sees a cut
 * response; the cause is logged here); closing the body early (client gone) makes the producer's
 * next write fail, so it stops reading its cursor.
 */
public final class PipedBody extends InputStream {

    /** Writes the whole body; may throw anything, which ends the body with an error. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(OutputStream out) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(PipedBody.class);
    static final int QUEUE_CHUNKS = 16;
    static final int CHUNK_BYTES = 32 * 1024;
    private static final long STALL_SECONDS = 120; // a reader that takes nothing for this long is gone
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CHUNKS);
    private volatile boolean closed;
    private volatile Throwable failure;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    private PipedBody() {
    }

    /** Starts {@code producer} on {@code executor} and answers the body it writes. */
    public static InputStream start(Executor executor, Producer producer) {
        PipedBody body = new PipedBody();
        executor.execute(() -> {
            ChunkOutput out = body.new ChunkOutput();
            try {
                producer.writeTo(out);
                out.close(); // only on success: closing hands over the end marker, which would hide a failure
            } catch (Throwable t) {
                if (body.closed) {
                    LOG.debug("The reader left before the body was complete", t);
                } else {
                    LOG.warn("A streamed response body failed part-way; the client gets a cut response", t);
                }
                body.failure = t;
                body.queue.clear(); // make room for the end marker; the body is cut either way
                body.queue.offer(END);
            }
        });
        return body;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the body");
            }
            position = 0;
            if (current == END) {
                ended = true;
                if (failure != null) {
                    throw new IOException("The body could not be produced completely", failure);
                }
            }
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    /** The producer's side: buffers into chunks and hands each to the reader, waiting while the queue is full. */
    private final class ChunkOutput extends OutputStream {

        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int count;

        @Override
        public void write(int b) throws IOException {
            if (count == buffer.length) {
                flushChunk();
            }
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (count == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - count);
                System.arraycopy(b, off, buffer, count, n);
                count += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            flushChunk();
        }

        @Override
        public void close() throws IOException {
            flushChunk();
            hand(END);
        }

        private void flushChunk() throws IOException {
            if (count > 0) {
                hand(Arrays.copyOf(buffer, count));
                count = 0;
            }
        }

        private void hand(byte[] chunk) throws IOException {
            long waited = 0;
            try {
                while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
                    if (closed || ++waited >= STALL_SECONDS) {
                        throw new IOException("The reader of the body has gone away");
                    }
                }
                if (closed) {
                    throw new IOException("The reader of the body has gone away");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while handing over the body");
            }
        }
    }
}
