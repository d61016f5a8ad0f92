package org.glimpse.loader.internal.decode;

import java.util.Collections;
import java.util.IdentityHashMap;
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
 * load's cancel cancels each of them (a cancelled task never writes again once cancel returns). An owner is
 * forgotten with its last job: a load whose decodes are all done is not kept reachable from here (a finished
 * series' images and slabs would stay in the heap for as long as the loader runs).
 */
final class ServiceTasks {

    private final Map<Object, Set<DecodeTask>> byOwner = new ConcurrentHashMap<>();
    /** Each job's task until it ends, so that a job whose decode has not started can be taken back. */
    private final Map<DecodeJob, DecodeTask> byJob = Collections.synchronizedMap(new IdentityHashMap<>());

    void submit(DecodeService service, DecodeJob job) {
        long t0 = System.nanoTime();
        DecodeTask task = service.submit(job.frame(), new DecodeOptions(job.reduce(),
                DecodeOptions.DEFAULT.threads(), FrameDecoding.timeoutMillis(job.frame())),
                job.rank(), job.target());
        byJob.put(job, task);
        byOwner.compute(job.owner(), (o, tasks) -> {
            Set<DecodeTask> mine = tasks == null ? ConcurrentHashMap.newKeySet() : tasks;
            mine.add(task);
            return mine;
        });
        task.completion().whenComplete((frame, failure) -> {
            byJob.remove(job);
            forget(job.owner(), task);
            if (failure == null) {
                long end = System.nanoTime();
                long started = task.beganNanos();
                // when the decoder began it (a frame held in a worker behind another one is waiting); a service
                // that does not say counts the whole wait as decoding
                long begin = started < 0 ? t0 : Math.max(t0, Math.min(started, end));
                job.done().decoded(frame, (begin - t0) / 1e6, (end - begin) / 1e6);
            } else if (!(unwrap(failure) instanceof CancellationException)) {
                job.done().failed(asDecodeException(job, unwrap(failure)));
            }
        });
    }

    private void forget(Object owner, DecodeTask task) {
        byOwner.computeIfPresent(owner, (o, mine) -> {
            mine.remove(task);
            return mine.isEmpty() ? null : mine;
        });
    }

    /** Owners with a job not yet ended (for tests). */
    int owners() {
        return byOwner.size();
    }

    /**
     * Takes back a job whose decode has not started: it never runs and calls nothing back. False when it has
     * started or ended (then it runs its course).
     */
    boolean withdraw(DecodeJob job) {
        DecodeTask task = byJob.get(job);
        if (task == null || task.isStarted() || !task.cancel(false)) {
            return false;
        }
        byJob.remove(job);
        forget(job.owner(), task);
        return true;
    }

    void cancel(Object owner) {
        synchronized (byJob) {
            byJob.keySet().removeIf(j -> j.owner() == owner);
        }
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
