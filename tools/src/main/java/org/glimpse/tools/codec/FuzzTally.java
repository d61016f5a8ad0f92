package org.glimpse.tools.codec;

import java.util.EnumMap;
import java.util.Map;
import org.glimpse.api.codec.DecodeException;

/**
 * Outcome counts of a fuzz run. A crash is a call that ended in anything but an image or a
 * {@link DecodeException} (the caller's contract broken); a hang is a call that kept the caller longer than
 * the time budget plus one second. Decoder processes that died or overran are contained: they count as
 * clean errors (CRASHED, TIMEOUT) and are listed by kind.
 */
public final class FuzzTally {
    private final long budgetMillis;
    private final Map<DecodeException.Kind, Long> kinds = new EnumMap<>(DecodeException.Kind.class);
    private long cases;
    private long images;
    private long crashes;
    private long hangs;
    private long slowestMillis;
    private String firstCrash;
    private final java.util.List<String> contained = new java.util.ArrayList<>();

    public FuzzTally(long budgetMillis) {
        this.budgetMillis = budgetMillis;
    }

    public void image(long millis) {
        cases++;
        images++;
        time(millis);
    }

    public void error(DecodeException e, long millis, String what) {
        cases++;
        if ((e.kind() == DecodeException.Kind.TIMEOUT || e.kind() == DecodeException.Kind.CRASHED)
                && contained.size() < 5) {
            contained.add(e.kind() + " " + what);
        }
        kinds.merge(e.kind(), 1L, Long::sum);
        time(millis);
    }

    public void crash(Throwable t, String what, long millis) {
        cases++;
        crashes++;
        if (firstCrash == null) {
            firstCrash = what + ": " + t;
        }
        time(millis);
    }

    private void time(long millis) {
        slowestMillis = Math.max(slowestMillis, millis);
        if (millis > budgetMillis + 1000) {
            hangs++;
        }
    }

    public long cases() {
        return cases;
    }

    public long crashes() {
        return crashes;
    }

    public long hangs() {
        return hangs;
    }

    public long cleanErrors() {
        return kinds.values().stream().mapToLong(Long::longValue).sum();
    }

    public long images() {
        return images;
    }

    public long count(DecodeException.Kind kind) {
        return kinds.getOrDefault(kind, 0L);
    }

    public String summary() {
        return "fuzz: " + cases + " cases, " + crashes + " crashes, " + hangs + " hangs, " + cleanErrors()
                + " clean errors";
    }

    public String details() {
        return "  images " + images + ", errors by kind " + kinds + ", slowest call " + slowestMillis + " ms"
                + (firstCrash == null ? "" : ", first crash: " + firstCrash)
                + (contained.isEmpty() ? "" : "\n  first contained decoder failures: " + contained);
    }
}
