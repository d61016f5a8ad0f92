package org.glimpse.workbench.internal.headless;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.ImageQualityStatus;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.workbench.internal.render.DisplayImage;
import org.glimpse.workbench.internal.render.FrameRenderer;

/**
 * The host's side of one series load: it times every image handed over, draws the frame in view (a stack's
 * first frame, a volume's middle slice) at each quality step and writes it as PNG, keeps the progress bar,
 * and with {@code --save} writes each frame's final stored values. Drawing, writing and the terminal are the
 * work of the host's own thread, so that the loader's threads return at once.
 */
final class SeriesRun {

    private final LoadJob job;
    /** When the series was asked to load (set by {@link #loadAsked}, just before the loader is called). */
    private volatile long t0;
    private final ProgressBar bar;
    private final Executor hostThread;
    private final FrameRenderer renderer = new FrameRenderer();
    private final Path pngDir;
    private final FrameFiles saver;
    private final Map<FrameKey, FrameTimes> frames = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<FrameKey, DecodedFrame> unsaved = new ConcurrentHashMap<>();
    private final Map<FrameKey, String> syntaxes = new ConcurrentHashMap<>();
    private final Map<FrameKey, DecodedFrame> newest = new ConcurrentHashMap<>();
    private final List<RenderStep> steps = Collections.synchronizedList(new ArrayList<>());
    private final List<String> saveErrors = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private volatile SeriesDescriptor descriptor;
    private volatile Set<FrameKey> inView = Set.of();

    SeriesRun(LoadJob job, ProgressBar bar, Executor hostThread, Path pngDir, FrameFiles saver) {
        this.job = job;
        this.bar = bar;
        this.hostThread = hostThread;
        this.pngDir = pngDir;
        this.saver = saver;
    }

    /**
     * The clock starts: called right before the loader is asked to load, after this host's own bookkeeping is
     * built, so that the times it records are the loader's and not the host's.
     */
    long loadAsked() {
        t0 = System.nanoTime();
        return t0;
    }

    LoadJob job() {
        return job;
    }

    CompletableFuture<RunResult> result() {
        return result;
    }

    void added(SeriesDescriptor series) {
        descriptor = series;
        List<FrameKey> keys = series.frames();
        for (FrameKey k : keys) {
            frames.put(k, new FrameTimes());
        }
        if (!keys.isEmpty()) {
            inView = Set.of(keys.get(job.kind() == SeriesKind.VOLUME ? keys.size() / 2 : 0));
        }
        // the loader calls this under its lock before its first request: the terminal is written on the host's thread
        hostThread.execute(() -> {
            InstanceDescriptor first = series.instances().isEmpty() ? null : series.instances().get(0);
            bar.println(job.label() + ": " + keys.size() + " frame(s)" + (first == null ? "" : ", "
                    + first.pixel().columns() + "×" + first.pixel().rows() + " "
                    + first.pixel().photometricInterpretation() + " " + first.pixel().bitsStored()
                    + "-bit, metadata syntax " + first.transferSyntaxUid()));
            bar.update(0, keys.size());
        });
    }

    /** A better image; {@code receivedSyntax} is the transfer syntax its bytes arrived in. */
    void updated(DecodedFrame frame, String receivedSyntax) {
        long now = System.nanoTime() - t0;
        FrameTimes times = frames.get(frame.key());
        if (times == null) {
            return;
        }
        synchronized (times) {
            times.updated(now, frame.quality(), frame.width(), frame.height());
        }
        if (inView.contains(frame.key())) {
            newest.put(frame.key(), frame);
            hostThread.execute(() -> draw(frame, now, receivedSyntax));
        }
        if (saver != null && frame.quality().compareTo(ImageQualityStatus.SUBRESOLUTION) >= 0) {
            if (frame.quality() == ImageQualityStatus.FULL_RESOLUTION) {
                unsaved.remove(frame.key());
                hostThread.execute(() -> save(frame, receivedSyntax));
            } else {
                unsaved.put(frame.key(), frame);
                syntaxes.put(frame.key(), receivedSyntax);
            }
        }
    }

    void failed(FrameKey frame, String reason) {
        FrameTimes times = frames.get(frame);
        if (times != null) {
            synchronized (times) {
                times.failure = reason;
            }
        }
        hostThread.execute(() -> bar.println("  failed " + frame + ": " + reason));
    }

    void progress(int framesFinal, int framesTotal) {
        hostThread.execute(() -> bar.update(framesFinal, framesTotal));
    }

    /** The load ended; {@code failure} is null when it finished. Saving and drawing finish first. */
    void ended(String failure) {
        long end = System.nanoTime() - t0;
        hostThread.execute(() -> {
            if (saver != null) {
                unsaved.forEach((k, f) -> save(f, syntaxes.get(k)));
                unsaved.clear();
            }
            result.complete(new RunResult(job, descriptor, snapshot(), List.copyOf(steps), end, failure,
                    List.copyOf(saveErrors)));
        });
    }

    private Map<FrameKey, FrameTimes> snapshot() {
        synchronized (frames) {
            return new LinkedHashMap<>(frames);
        }
    }

    /**
     * Draws an image of the frame in view. Without PNGs to write it draws as a viewer paints: only the newest image
     * (one that a better one replaced before the host thread got to it is never painted), at its decoded size
     * (scaling it into a view is the graphics pipeline's work): drawing every level scaled to Rows × Columns took
     * 100 ms of a core per level for a 3036² frame, taken from the decoders on a two-core machine.
     */
    private void draw(DecodedFrame frame, long handed, String syntax) {
        if (pngDir == null && newest.get(frame.key()) != frame) {
            return;
        }
        InstanceDescriptor instance = descriptor.instanceOf(frame.key());
        BufferedImage image = pngDir == null
                ? DisplayImage.of(frame, instance, syntax, DisplayImage.defaultWindow(frame, instance))
                : renderer.render(frame, instance, syntax);
        long drawn = System.nanoTime() - t0;
        Path png = null;
        if (pngDir != null) {
            png = pngDir.resolve(String.format(Locale.ROOT, "%s_%d_%d_%s_%dx%d.png", frame.key().sopInstanceUid(),
                    frame.key().frameNumber(), steps.size() + 1, frame.quality().name().toLowerCase(Locale.ROOT),
                    frame.width(), frame.height()));
            try {
                Files.createDirectories(pngDir);
                ImageIO.write(image, "png", png.toFile());
            } catch (IOException e) {
                bar.println("  cannot write " + png + ": " + e.getMessage());
                png = null;
            }
        }
        RenderStep step = new RenderStep(frame.key(), frame.quality(), frame.width(), frame.height(), handed, drawn,
                png);
        steps.add(step);
        bar.println(String.format(Locale.ROOT, "  %s %-18s %4d×%-4d handed %8.1f ms, drawn %8.1f ms%s",
                frame.key().frameNumber() == 1 && descriptor.instances().size() > 1 ? "slice" : "frame",
                frame.quality(), frame.width(), frame.height(), handed / 1e6, drawn / 1e6,
                png == null ? "" : " → " + png.getFileName()));
    }

    private void save(DecodedFrame frame, String syntax) {
        try {
            saver.write(frame, descriptor.instanceOf(frame.key()), syntax);
            FrameTimes times = frames.get(frame.key());
            synchronized (times) {
                times.saved = true;
            }
        } catch (IOException | RuntimeException e) {
            saveErrors.add(frame.key() + ": " + e.getMessage());
        }
    }
}
