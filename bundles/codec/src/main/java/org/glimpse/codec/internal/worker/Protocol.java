package org.glimpse.codec.internal.worker;

/**
 * What the pipes between the workstation and a decoder worker carry: the worker's greeting (after a sync
 * word, so that anything a native library prints to standard output first is skipped), then only wake-up
 * bytes. Requests and replies travel through the {@link ControlBlock}, encoded bytes and decoded values
 * through {@link SharedRegion}s.
 */
final class Protocol {
    static final long SYNC = 0x474C4D5053524550L;
    /** Any byte wakes the other side; it then reads the control block. */
    static final int WAKE = 1;

    private Protocol() {
    }
}
