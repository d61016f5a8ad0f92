package org.glimpse.workbench.internal.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.FrameKey;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.ImageQualityStatus;

/**
 * An opened series as the views see it: its frames in display order, the best image held for each and
 * the quality steps each went through. Confined to the Swing thread ({@link SwingSeriesSink} hands
 * every change over); the frames' images are the one pixel store every view reads, never copied.
 */
public final class SeriesModel {

    private final SeriesDescriptor series;
    private final List<FrameKey> frames;
    private final Map<FrameKey, Integer> indexOf = new HashMap<>();
    private final DecodedFrame[] images;
    private final List<List<QualityStep>> steps = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> volumeListeners = new CopyOnWriteArrayList<>();
    private final long startNanos;
    private int framesFinal;
    private String outcome;
    private ImageQualityStatus coverage;

    public SeriesModel(SeriesDescriptor series, long startNanos) {
        this.series = series;
        this.frames = series.frames();
        this.images = new DecodedFrame[frames.size()];
        this.startNanos = startNanos;
        for (int i = 0; i < frames.size(); i++) {
            indexOf.put(frames.get(i), i);
            steps.add(new ArrayList<>());
        }
    }

    public SeriesDescriptor series() {
        return series;
    }

    public int size() {
        return frames.size();
    }

    public FrameKey frame(int index) {
        return frames.get(index);
    }

    /** The frame's index, or -1 when it is not in this series. */
    public int indexOf(FrameKey key) {
        return indexOf.getOrDefault(key, -1);
    }

    public InstanceDescriptor instance(int index) {
        return series.instanceOf(frames.get(index));
    }

    /** The best image held for a frame, or null while it has none. */
    public DecodedFrame image(int index) {
        return images[index];
    }

    public List<QualityStep> steps(int index) {
        return List.copyOf(steps.get(index));
    }

    public long startNanos() {
        return startNanos;
    }

    public int framesFinal() {
        return framesFinal;
    }

    /** Null while loading; then "complete", "cancelled" or the failure. */
    public String outcome() {
        return outcome;
    }

    /** Keeps {@code frame} if it is better than what the frame shows: higher status, or finer at the same. */
    public void offer(DecodedFrame frame, long nowNanos) {
        int i = indexOf(frame.key());
        if (i < 0 || !improves(images[i], frame)) {
            return;
        }
        images[i] = frame;
        steps.get(i).add(new QualityStep(Math.max(0, nowNanos - startNanos), frame.quality(), frame.width()));
        fire();
    }

    void progress(int framesFinal) {
        this.framesFinal = framesFinal;
        fire();
    }

    /** The loader says every frame shows at least {@code status}. */
    void coverage(ImageQualityStatus status) {
        coverage = status;
        fire();
    }

    /** The status every frame shows at least, as the loader last said; null before it said any. */
    public ImageQualityStatus coverage() {
        return coverage;
    }

    /** The loader says frames of the volume changed: reformats refresh. */
    void volumeChanged() {
        volumeListeners.forEach(Runnable::run);
    }

    /** Called when the loader signals that a reformat should refresh. */
    public void addVolumeListener(Runnable listener) {
        volumeListeners.add(listener);
    }

    void finish(String outcome) {
        this.outcome = outcome;
        fire();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    static boolean improves(DecodedFrame held, DecodedFrame offered) {
        if (held == null) {
            return true;
        }
        ImageQualityStatus a = held.quality();
        ImageQualityStatus b = offered.quality();
        return b.isBetterThan(a) || (b == a && offered.width() > held.width());
    }
}
