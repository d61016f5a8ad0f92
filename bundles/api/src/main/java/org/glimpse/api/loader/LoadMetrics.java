package org.glimpse.api.loader;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.glimpse.api.frame.FrameFailure;
import org.glimpse.api.frame.SeriesKey;

/**
 * Per-frame metrics of one load, exportable as JSON and as CSV (one row per event).
 *
 * @param series the series
 * @param configurationName the retrieve configuration that planned the load
 * @param frames one entry per frame, in frame order
 */
public record LoadMetrics(SeriesKey series, String configurationName, List<FrameMetrics> frames) {

    /** The CSV header line of {@link #toCsv()}. */
    public static final String CSV_HEADER = "frameIndex,sopInstanceUid,frame,event,timeMs,reduce,width,height,status,"
            + "bytes,stage,queueMs,decodeMs,failure";

    public LoadMetrics {
        Objects.requireNonNull(series, "series is null");
        frames = List.copyOf(frames);
    }

    /** The metrics as one JSON object: series, configuration, frames with their level events. */
    public String toJson() {
        StringBuilder j = new StringBuilder(256 + frames.size() * 256);
        j.append("{\"studyInstanceUid\":").append(quote(series.studyInstanceUid()))
                .append(",\"seriesInstanceUid\":").append(quote(series.seriesInstanceUid()))
                .append(",\"configuration\":").append(quote(configurationName)).append(",\"frames\":[");
        for (int i = 0; i < frames.size(); i++) {
            j.append(i == 0 ? "" : ",");
            frameJson(j, frames.get(i));
        }
        return j.append("]}").toString();
    }

    /** The metrics as CSV: a header, then per frame a "shown" row, a "level" row per image, a "failed" row. */
    public String toCsv() {
        StringBuilder c = new StringBuilder(CSV_HEADER).append('\n');
        for (FrameMetrics f : frames) {
            String head = f.frameIndex() + "," + f.frame().sopInstanceUid() + "," + f.frame().frameNumber() + ",";
            if (f.firstShownNanos() >= 0) {
                c.append(head).append("shown,").append(ms(f.firstShownNanos())).append(",,,,")
                        .append(f.firstShownStatus()).append(",,,,,\n");
            }
            for (LevelEvent e : f.levels()) {
                c.append(head).append("level,").append(ms(e.nanos())).append(',').append(e.reduce()).append(',')
                        .append(e.width()).append(',').append(e.height()).append(',').append(e.status()).append(',')
                        .append(e.bytes()).append(',').append(csv(e.stageId())).append(',').append(millis(e.queueMillis()))
                        .append(',').append(millis(e.decodeMillis())).append(",\n");
            }
            if (f.failure() != null) {
                c.append(head).append("failed,,,,,,,").append(csv(f.failure().stageId())).append(",,,")
                        .append(csv(f.failure().toString())).append('\n');
            }
        }
        return c.toString();
    }

    private static void frameJson(StringBuilder j, FrameMetrics f) {
        j.append("{\"frameIndex\":").append(f.frameIndex())
                .append(",\"sopInstanceUid\":").append(quote(f.frame().sopInstanceUid()))
                .append(",\"frame\":").append(f.frame().frameNumber())
                .append(",\"firstShownMs\":").append(f.firstShownNanos() < 0 ? "null" : ms(f.firstShownNanos()))
                .append(",\"firstShownStatus\":").append(quote(name(f.firstShownStatus())))
                .append(",\"finalMs\":").append(f.finalNanos() < 0 ? "null" : ms(f.finalNanos()))
                .append(",\"bytes\":").append(f.bytes()).append(",\"levels\":[");
        for (int i = 0; i < f.levels().size(); i++) {
            LevelEvent e = f.levels().get(i);
            j.append(i == 0 ? "" : ",").append("{\"timeMs\":").append(ms(e.nanos()))
                    .append(",\"reduce\":").append(e.reduce()).append(",\"width\":").append(e.width())
                    .append(",\"height\":").append(e.height()).append(",\"status\":").append(quote(e.status().name()))
                    .append(",\"bytes\":").append(e.bytes()).append(",\"stage\":").append(quote(e.stageId()))
                    .append(",\"queueMs\":").append(millis(e.queueMillis()))
                    .append(",\"decodeMs\":").append(millis(e.decodeMillis())).append('}');
        }
        j.append("],\"failure\":");
        failureJson(j, f.failure());
        j.append('}');
    }

    private static void failureJson(StringBuilder j, FrameFailure f) {
        if (f == null) {
            j.append("null");
            return;
        }
        j.append("{\"where\":").append(quote(f.where().name())).append(",\"kind\":").append(quote(f.kind()))
                .append(",\"httpStatus\":").append(f.httpStatus()).append(",\"stage\":").append(quote(f.stageId()))
                .append(",\"retryable\":").append(f.retryable()).append(",\"message\":").append(quote(f.message()))
                .append('}');
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }

    /** A JSON string literal (RFC 8259 §7), or null. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> q.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return q.append('"').toString();
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
    static String csv(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
