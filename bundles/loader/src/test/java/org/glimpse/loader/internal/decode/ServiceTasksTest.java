package org.glimpse.loader.internal.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.glimpse.api.codec.DecodeException;
import org.glimpse.api.codec.DecodeOptions;
import org.glimpse.api.codec.DecodeTask;
import org.glimpse.api.codec.EncodedFrame;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.fixtures.TestFrames;
import org.junit.jupiter.api.Test;

class ServiceTasksTest {

    private static final String TS = "1.2.840.10008.1.2.1";
    private static final PixelDescriptor ONE = new PixelDescriptor(1, 1, 1, 16, 12, 0, "MONOCHROME2", 0);

    /** A service whose tasks end when the test says. */
    private static final class HandService extends AnsweringDecodeService {
        final List<HandTask> tasks = new ArrayList<>();

        @Override
        public DecodeTask submit(EncodedFrame frame, DecodeOptions options, int priority, PixelBuffer target) {
            HandTask t = new HandTask(frame);
            tasks.add(t);
            return t;
        }
    }

    private static final class HandTask extends CompletableFuture<DecodedFrame> implements DecodeTask {
        private final EncodedFrame frame;
        volatile boolean started;

        HandTask(EncodedFrame frame) {
            this.frame = frame;
        }

        @Override
        public EncodedFrame frame() {
            return frame;
        }

        @Override
        public int priority() {
            return 0;
        }

        @Override
        public boolean reprioritize(int priority) {
            return false;
        }

        @Override
        public boolean isStarted() {
            return started;
        }

        @Override
        public CompletionStage<DecodedFrame> completion() {
            return this;
        }
    }

    private static final class Ends implements DecodeCallback {
        final CompletableFuture<Object> end = new CompletableFuture<>();

        @Override
        public void decoded(DecodedFrame f, double queueMillis, double decodeMillis) {
            end.complete(f);
        }

        @Override
        public void failed(DecodeException failure) {
            end.complete(failure);
        }
    }

    private static DecodeJob job(Object owner, int frame, DecodeCallback done) {
        return new DecodeJob(owner, TestFrames.whole(frame, TS, ONE, new byte[2]), 0, 0, null, done);
    }

    @Test
    void aLoadWhoseDecodesAllEndedIsNoLongerHeldSoItsImagesCanBeCollected() throws Exception {
        HandService service = new HandService();
        ServiceTasks tasks = new ServiceTasks();
        Object finished = new Object();
        Object running = new Object();
        Ends a = new Ends();
        Ends b = new Ends();
        tasks.submit(service, job(finished, 1, a));
        tasks.submit(service, job(finished, 2, b));
        tasks.submit(service, job(running, 3, new Ends()));
        assertEquals(2, tasks.owners(), "two loads with decodes under way");

        service.tasks.get(0).complete(null);
        service.tasks.get(1).completeExceptionally(new DecodeException(DecodeException.Kind.MALFORMED, null, "bad"));
        a.end.get(5, TimeUnit.SECONDS);
        b.end.get(5, TimeUnit.SECONDS);

        assertEquals(1, tasks.owners(), "the load whose two decodes ended (one decoded, one failed) is forgotten");
        tasks.cancel(running);
        assertTrue(service.tasks.get(2).isCancelled(), "the other load's running decode is cancelled");
        assertEquals(0, tasks.owners(), "nothing is held once the last load cancelled");
    }

    @Test
    void aJobTakenBackBeforeItStartsIsCancelledCallsNothingBackAndIsForgotten() {
        HandService service = new HandService();
        ServiceTasks tasks = new ServiceTasks();
        Object load = new Object();
        Ends waiting = new Ends();
        Ends running = new Ends();
        DecodeJob prefix = job(load, 1, waiting);
        DecodeJob whole = job(load, 2, running);
        tasks.submit(service, prefix);
        tasks.submit(service, whole);
        service.tasks.get(1).started = true;

        assertTrue(tasks.withdraw(prefix), "not started: taken back");
        assertTrue(service.tasks.get(0).isCancelled());
        assertTrue(!waiting.end.isDone(), "a job taken back calls nothing back");
        assertTrue(!tasks.withdraw(whole), "started: it runs its course");
        assertTrue(!service.tasks.get(1).isCancelled());
        assertTrue(!tasks.withdraw(prefix), "taken back once only");
        service.tasks.get(1).complete(null);
        assertEquals(0, tasks.owners(), "nothing of the load is held once its last decode ended");
    }
}
