package org.glimpse.loader.internal.decode;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeService;
import org.glimpse.api.codec.DecodeTask;

/**
 * Jobs handed to the codec bundle's {@link DecodeService}, remembered per owner until they end, so that a
 * load's cancel cancels each of them (a cancelled task never writes again once cancel returns).
 */
final class ServiceTasks {

    private final Map<Object, Set<DecodeTask>> byOwner = new ConcurrentHashMap<>();

    void submit(DecodeService service, DecodeJob job) {
        long t0 = System.nanoTime();
        DecodeTask task = service.submit(job.frame(), new DecodeOptions(job.reduce(),
                DecodeOptions.DEFAULT.threads(), FrameDecoding.timeoutMillis(job.frame())),
                job.rank(), job.target());
        Set<DecodeTask> mine = byOwner.computeIfAbsent(job.owner(), o -> ConcurrentHashMap.newKeySet());
        mine.add(task);
        task.completion().whenComplete((frame, failure) -> {
            mine.remove(task);
            if (failure == null) {
                long end = System.nanoTime();
                long started = task.startNanos();
                // a service that does not say when it started counts the whole wait as decoding
                long begin = started < 0 ? t0 : Math.max(t0, Math.min(started, end));
                job.done().decoded(frame, (begin - t0) / 1e6, (end - begin) / 1e6);
            } else if (!(unwrap(failure) instanceof CancellationException)) {
                job.done().failed(asDecodeException(job, unwrap(failure)));
            }
        });
    }

    void cancel(Object owner) {
        Set<DecodeTask> mine = byOwner.remove(owner);
        if (mine != null) {
            mine.forEach(t -> t.cancel(true));
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static DecodeException asDecodeException(DecodeJob job, Throwable t) {
        return t instanceof DecodeException d ? d : new DecodeException(Kind.MALFORMED, job.frame().key(),
                "decode service failed: " + t, t);
    }
}
