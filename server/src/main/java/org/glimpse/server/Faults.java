package org.glimpse.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Faults to inject into frame responses, parsed from a comma list such as
 * {@code ignore-range,reset-after=65536}. See the server README for what each one does.
 *
 * @param ignoreRange    answer 200 with the whole body even when a Range was asked
 * @param resetAfter     reset the connection (TCP RST) after this many body bytes; -1 = never
 * @param stallMillis    pause this long after sending the response headers; 0 = never
 * @param errorStatus    answer this 5xx status every time; 0 = never
 * @param errorOnceStatus answer this 5xx status the first time each path is asked; 0 = never
 * @param mislabel       label the payload with a wrong transfer syntax
 * @param gzip           gzip the body although the client did not ask for it
 * @param noBoundary     leave the boundary parameter out of the multipart Content-Type
 * @param padByte        append one 0x00 byte to the frame data
 * @param idleClose      close the connection after 1 s idle (keep-alive timeout)
 * @param accept400      answer 400 instead of 406 when negotiation fails
 * @param tsInType       put transfer-syntax inside the quoted {@code type} parameter of multipart/related
 * @param noLength       send no Content-Length (chunked body)
 * @param eofBody        send no Content-Length and close the connection to end the body (HTTP/1.0 style)
 * @param rangeInPart    count a Range in the frame's bytes and answer a new multipart envelope around them, with
 *                       the frame's length in Content-Range (instead of ranges of the multipart body sent)
 */
public record Faults(boolean ignoreRange, long resetAfter, long stallMillis, int errorStatus, int errorOnceStatus,
        boolean mislabel, boolean gzip, boolean noBoundary, boolean padByte, boolean idleClose, boolean accept400,
        boolean tsInType, boolean noLength, boolean eofBody, boolean rangeInPart) {
    public static final Faults NONE = new Faults(false, -1, 0, 0, 0, false, false, false, false, false, false,
            false, false, false, false);
    /** Names accepted by {@link #parse(String)}; those with {@code =} take a value. */
    public static final List<String> NAMES = List.of("ignore-range", "reset-after=<bytes>", "stall=<ms>",
            "error=<5xx>", "error-once=<5xx>", "mislabel", "gzip", "no-boundary", "pad-byte", "idle-close",
            "accept-400", "ts-in-type", "no-length", "eof-body", "range-in-part");
    /** The on/off faults, in the order of {@link #flags()}. */
    private static final List<String> FLAG_NAMES = List.of("ignore-range", "mislabel", "gzip", "no-boundary",
            "pad-byte", "idle-close", "accept-400", "ts-in-type", "no-length", "eof-body", "range-in-part");

    public boolean any() {
        return !equals(NONE);
    }

    /** Parses a comma list; blank means none. Fails naming the item and the accepted names. */
    public static Faults parse(String list) {
        return NONE.plus(list, "fault list");
    }

    /** These faults plus those of {@code list}; {@code source} names where the list came from in errors. */
    public Faults plus(String list, String source) {
        if (list == null || list.isBlank()) {
            return this;
        }
        Faults f = this;
        for (String raw : list.split(",")) {
            String item = raw.trim().toLowerCase(Locale.ROOT);
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq);
            String value = eq < 0 ? null : item.substring(eq + 1);
            boolean[] flags = f.flags();
            int flag = FLAG_NAMES.indexOf(name);
            if (flag >= 0) {
                if (value != null) {
                    throw new IllegalArgumentException("fault '" + raw.trim() + "' in " + source + " takes no value");
                }
                flags[flag] = true;
                f = of(f.resetAfter, f.stallMillis, f.errorStatus, f.errorOnceStatus, flags);
                continue;
            }
            f = switch (name) {
                case "reset-after" -> of(number(value, 0, Long.MAX_VALUE, source, raw), f.stallMillis, f.errorStatus,
                        f.errorOnceStatus, flags);
                case "stall" -> of(f.resetAfter, number(value, 1, 60_000, source, raw), f.errorStatus,
                        f.errorOnceStatus, flags);
                case "error" -> of(f.resetAfter, f.stallMillis, (int) number(value, 500, 599, source, raw),
                        f.errorOnceStatus, flags);
                case "error-once" -> of(f.resetAfter, f.stallMillis, f.errorStatus,
                        (int) number(value, 500, 599, source, raw), flags);
                default -> throw new IllegalArgumentException("unknown fault '" + raw.trim() + "' in " + source
                        + "; known faults: " + String.join(", ", NAMES));
            };
        }
        return f;
    }

    private boolean[] flags() {
        return new boolean[] {ignoreRange, mislabel, gzip, noBoundary, padByte, idleClose, accept400, tsInType,
            noLength, eofBody, rangeInPart};
    }

    private static Faults of(long resetAfter, long stallMillis, int errorStatus, int errorOnceStatus, boolean[] b) {
        return new Faults(b[0], resetAfter, stallMillis, errorStatus, errorOnceStatus, b[1], b[2], b[3], b[4], b[5],
                b[6], b[7], b[8], b[9], b[10]);
    }

    private static long number(String value, long min, long max, String source, String raw) {
        try {
            long v = Long.parseLong(value == null ? "" : value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("fault '" + raw.trim() + "' in " + source + " needs a number in ["
                + min + ", " + max + "]");
    }

    @Override
    public String toString() {
        List<String> on = new ArrayList<>();
        boolean[] b = flags();
        if (b[0]) {
            on.add(FLAG_NAMES.get(0));
        }
        if (resetAfter >= 0) {
            on.add("reset-after=" + resetAfter);
        }
        if (stallMillis > 0) {
            on.add("stall=" + stallMillis);
        }
        if (errorStatus > 0) {
            on.add("error=" + errorStatus);
        }
        if (errorOnceStatus > 0) {
            on.add("error-once=" + errorOnceStatus);
        }
        for (int i = 1; i < b.length; i++) {
            if (b[i]) {
                on.add(FLAG_NAMES.get(i));
            }
        }
        return on.isEmpty() ? "none" : String.join(",", on);
    }
}
