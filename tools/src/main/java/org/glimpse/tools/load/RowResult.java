package org.glimpse.tools.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the workstation measured for one row, read from the headless host's metrics: times from the moment the
 * series was asked to load (metadata held, decoders warm), and the loader's own per-frame figures.
 *
 * @param row the row
 * @param series the host's metrics of the series, or null when the run failed
 * @param status the workstation's exit status
 * @param loader the loader service's class, as the host printed it
 * @param firstImageChain the loader's account of the measured load's first image (request, response, first bytes,
 *        decode asked, waited, decoded, handed; ms from the load request), or null
 * @param finalImageChain the loader's account of the measured load's last final image (its requests, last byte,
 *        final decode asked, waited, decoded, handed, and the intermediate decodes of its prefixes), or null
 */
record RowResult(BenchRow row, JsonNode series, int status, String loader, String firstImageChain,
        String finalImageChain) {

    double firstMs() {
        return number("firstImageMs");
    }

    /** When the last frame got its final image; NaN when a frame failed (the row never reached its final). */
    double finalMs() {
        return failed() ? Double.NaN : number("completeMs");
    }

    /** Whether the run failed or a frame failed. */
    boolean failed() {
        return status != 0 || series == null || series.path("failures").size() > 0;
    }

    double everyFrameShownMs() {
        return number("everyFrameShownMs");
    }

    long peakHeapBytes() {
        return series == null ? -1 : series.path("peakHeapBytes").asLong(-1);
    }

    /** From the cancel to its future completing, for a row that closes the series; NaN otherwise. */
    double cancelMs() {
        return number("cancelMs");
    }

    /** How long the call to cancel took to return (the rest of {@link #cancelMs()} is waiting for its future). */
    double cancelCallMs() {
        return number("cancelCallMs");
    }

    /** Heap still in use above the load's start once the cancel completed (after a full collection), or -1. */
    long heapAfterCancelBytes() {
        return series == null ? -1 : series.path("heapAfterCancelBytes").asLong(-1);
    }

    /** Frames that reached their final image, per the loader. */
    long finalFrames() {
        long n = 0;
        for (JsonNode f : loaderFrames()) {
            n += f.path("finalMs").isNumber() ? 1 : 0;
        }
        return n;
    }

    /** CPU milliseconds of the measured load: {@code wallMs}, {@code serverMs}, {@code workersMs}, ...; or null. */
    JsonNode cpu() {
        JsonNode c = series == null ? null : series.get("cpu");
        return c == null || c.isNull() ? null : c;
    }

    long pixelBytes() {
        return series == null ? -1 : series.path("pixelBytes").asLong(-1);
    }

    /** The loader's level events of every frame: the first one's bytes and decode time, or null. */
    JsonNode firstLevel() {
        JsonNode best = null;
        for (JsonNode f : loaderFrames()) {
            JsonNode l = f.path("levels").path(0);
            if (!l.isMissingNode() && (best == null || l.path("timeMs").asDouble() < best.path("timeMs").asDouble())) {
                best = l;
            }
        }
        return best;
    }

    /** Bytes received over all frames, per the loader, or -1. */
    long bytesReceived() {
        long sum = 0;
        boolean any = false;
        for (JsonNode f : loaderFrames()) {
            sum += f.path("bytes").asLong();
            any = true;
        }
        return any ? sum : -1;
    }

    /** Milliseconds decoders spent over all frames and levels (waits in the decode queue apart), or -1. */
    double decodeMs() {
        return levelSum("decodeMs");
    }

    /** Milliseconds decodes waited in the decode queue, over all frames and levels, or -1. */
    double queueMs() {
        return levelSum("queueMs");
    }

    private double levelSum(String field) {
        double sum = 0;
        boolean any = false;
        for (JsonNode f : loaderFrames()) {
            for (JsonNode l : f.path("levels")) {
                sum += l.path(field).asDouble();
                any = true;
            }
        }
        return any ? sum : -1;
    }

    /** Decode time of each frame's last level, summed (the decode a final image needs), or -1. */
    double finalDecodeMs() {
        double sum = 0;
        boolean any = false;
        for (JsonNode f : loaderFrames()) {
            JsonNode levels = f.path("levels");
            if (levels.size() > 0) {
                sum += levels.get(levels.size() - 1).path("decodeMs").asDouble();
                any = true;
            }
        }
        return any ? sum : -1;
    }

    private Iterable<JsonNode> loaderFrames() {
        return series == null ? java.util.List.of() : series.path("loader").path("frames");
    }

    private double number(String field) {
        JsonNode n = series == null ? null : series.get(field);
        return n == null || !n.isNumber() ? Double.NaN : n.asDouble();
    }
}
