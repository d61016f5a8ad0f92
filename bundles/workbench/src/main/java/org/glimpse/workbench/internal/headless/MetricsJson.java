package org.glimpse.workbench.internal.headless;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The metrics of a run as JSON: per series what the host saw (times in milliseconds from the load request:
 * first image, every frame shown, complete, each image drawn of the frame in view, per frame first and final
 * image), and the loader's own per-frame metrics beside them.
 */
final class MetricsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MetricsJson() {
    }

    static void write(Path file, List<RunResult> results) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode series = root.putArray("series");
        for (RunResult r : results) {
            series.add(series(r));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), root);
    }

    static ObjectNode series(RunResult r) throws IOException {
        ObjectNode s = JSON.createObjectNode();
        s.put("studyInstanceUid", r.job().series().studyInstanceUid());
        s.put("seriesInstanceUid", r.job().series().seriesInstanceUid());
        s.put("kind", r.job().kind().name());
        s.put("configuration", r.job().configuration());
        s.put("frames", r.frames().size());
        s.put("firstImageMs", ms(r.firstImageNanos()));
        s.put("everyFrameShownMs", ms(r.everyFrameShownNanos()));
        s.put("completeMs", ms(r.completeNanos()));
        s.put("endMs", ms(r.endNanos()));
        s.put("failure", r.failure());
        s.put("pixelBytes", r.pixelBytes());
        s.put("peakHeapBytes", r.peakHeapBytes());
        if (r.cpu() != null) {
            ObjectNode cpu = s.putObject("cpu");
            cpu.put("wallMs", r.cpu().wallMs()).put("workersMs", r.cpu().workersMs())
                    .put("serverMs", r.cpu().serverMs()).put("workstationMs", r.cpu().workstationTotalMs());
            ObjectNode groups = cpu.putObject("workstationThreadsMs");
            r.cpu().workstationMs().forEach(groups::put);
        }
        if (r.cancelNanos() >= 0) {
            s.put("cancelMs", ms(r.cancelNanos()));
            s.put("cancelCallMs", ms(r.cancelCallNanos()));
            s.put("heapAfterCancelBytes", r.heapAfterCancelBytes());
        }
        ArrayNode steps = s.putArray("inView");
        for (RenderStep step : r.steps()) {
            steps.addObject().put("sopInstanceUid", step.frame().sopInstanceUid())
                    .put("frame", step.frame().frameNumber()).put("quality", step.quality().name())
                    .put("width", step.width()).put("height", step.height()).put("handedMs", ms(step.handedNanos()))
                    .put("drawnMs", ms(step.drawnNanos()))
                    .put("png", step.png() == null ? null : step.png().toString());
        }
        ArrayNode frames = s.putArray("perFrame");
        r.frames().forEach((k, t) -> frames.addObject().put("sopInstanceUid", k.sopInstanceUid())
                .put("frame", k.frameNumber()).put("firstMs", ms(t.firstNanos))
                .put("firstQuality", t.firstQuality == null ? null : t.firstQuality.name())
                .put("finalMs", ms(t.lastNanos)).put("finalQuality", t.lastQuality == null ? null : t.lastQuality.name())
                .put("updates", t.updates).put("failure", t.failure));
        s.putArray("failures").addAll(r.frameFailures().stream().map(JSON.getNodeFactory()::textNode).toList());
        s.set("loader", r.loaderMetrics() == null ? null : JSON.readTree(r.loaderMetrics()));
        return s;
    }

    private static Double ms(long nanos) {
        return nanos < 0 ? null : Math.round(nanos / 1e3) / 1e3;
    }
}
