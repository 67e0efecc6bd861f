package io.newsbot.ingest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body of at most {@code maxBytes}, cancelling the download (which closes the
 * connection) as soon as more arrives, so a huge or endless response is never read in full. Can also be
 * aborted from another thread when the time is up, and can skip a body nobody needs (redirects, errors).
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** Why a body was given up. */
    enum Refusal { NONE, TOO_LARGE, SKIPPED, ABORTED }

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile Refusal refusal;

    private BoundedBody(long maxBytes, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    /** Reads at most {@code maxBytes}. */
    static BoundedBody upTo(long maxBytes) {
        return new BoundedBody(maxBytes, Refusal.NONE);
    }

    /** Reads nothing and completes with no bytes. */
    static BoundedBody skipped() {
        return new BoundedBody(0, Refusal.SKIPPED);
    }

    /** Reads nothing and fails as too large: the declared length is already over the limit. */
    static BoundedBody tooLarge() {
        return new BoundedBody(0, Refusal.TOO_LARGE);
    }

    Refusal refusal() {
        return refusal;
    }

    /** Stops reading now, from any thread. */
    void abort() {
        if (refusal == Refusal.NONE) refusal = Refusal.ABORTED;
        Flow.Subscription s = subscription;
        if (s != null) s.cancel();
        result.completeExceptionally(new IOException("aborted"));
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        switch (refusal) {
            case NONE -> s.request(1);
            case SKIPPED -> {
                s.cancel();
                result.complete(new byte[0]);
            }
            default -> {
                s.cancel();
                result.completeExceptionally(new IOException("body refused: " + refusal));
            }
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer b : buffers) {
            if (bytes.size() + (long) b.remaining() > maxBytes) {
                refusal = Refusal.TOO_LARGE;
                subscription.cancel();
                result.completeExceptionally(new IOException("body larger than " + maxBytes + " bytes"));
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
