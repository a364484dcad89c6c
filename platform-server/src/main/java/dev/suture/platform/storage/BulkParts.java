package dev.suture.platform.storage;

import dev.suture.platform.common.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Collects the file parts of a multipart body, in order, and stops reading (answering 413) as soon as their number
 * or total size passes the bulk limits, before anything is stored. Fields that are not files are ignored.
 */
final class BulkParts implements Subscriber<CompletedPart> {

    private final long maxTotalBytes;
    private final int maxFiles;
    private final List<CompletedFileUpload> files = new ArrayList<>();
    private final CompletableFuture<List<CompletedFileUpload>> done = new CompletableFuture<>();
    private Subscription subscription;
    private long totalBytes;

    private BulkParts(long maxTotalBytes, int maxFiles) {
        this.maxTotalBytes = maxTotalBytes;
        this.maxFiles = maxFiles;
    }

    /** Blocks until the whole body has arrived (call it on a blocking thread) and answers its files in order. */
    static List<CompletedFileUpload> collect(Publisher<CompletedPart> body, long maxTotalBytes, int maxFiles) {
        BulkParts parts = new BulkParts(maxTotalBytes, maxFiles);
        body.subscribe(parts);
        try {
            return parts.done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(CompletedPart part) {
        if (done.isDone() || !(part instanceof CompletedFileUpload file)) {
            return;
        }
        files.add(file);
        totalBytes += file.getSize();
        if (files.size() > maxFiles) {
            stop("A bulk upload carries at most " + maxFiles + " files (suture.storage.max-bulk-files); send the "
                    + "rest in another request");
        } else if (totalBytes > maxTotalBytes) {
            stop("The files of a bulk upload may total at most " + maxTotalBytes + " bytes "
                    + "(suture.storage.max-bulk-size); send the rest in another request");
        }
    }

    private void stop(String detail) {
        subscription.cancel();
        done.completeExceptionally(new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "payload-too-large",
                detail));
    }

    @Override
    public void onError(Throwable t) {
        done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        done.complete(List.copyOf(files));
    }
}
