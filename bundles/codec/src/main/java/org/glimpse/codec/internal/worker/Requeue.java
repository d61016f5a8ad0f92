package org.glimpse.codec.internal.worker;

import java.util.function.BooleanSupplier;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/**
 * A frame whose worker was lost before it began it (the frame waited in the worker's other slot while the worker
 * crashed or was stopped on another frame) goes to another worker instead of failing with that one: up to
 * {@link #ATTEMPTS} times, and not once its caller has cancelled it.
 */
final class Requeue {
    /** Times a request that never ran because its worker was lost first is given to another worker. */
    static final int ATTEMPTS = 3;

    /** One try on one worker. */
    interface Attempt {
        DecodedPixels run() throws CodecException, WorkerProcess.NotStarted;
    }

    private Requeue() {
    }

    static DecodedPixels decode(Attempt attempt, BooleanSupplier cancelled) throws CodecException {
        for (int n = 1;; n++) {
            try {
                return attempt.run();
            } catch (WorkerProcess.NotStarted e) {
                if (cancelled.getAsBoolean()) {
                    throw new CodecException(Kind.TIMEOUT, "the decode was cancelled before it started");
                }
                if (n == ATTEMPTS) {
                    throw new CodecException(Kind.CRASHED, "the frame's decoder processes were lost " + ATTEMPTS
                            + " times before they began it; the last: " + e.getMessage());
                }
            }
        }
    }
}
