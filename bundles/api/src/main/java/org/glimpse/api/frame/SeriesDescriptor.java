package org.glimpse.api.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A series as its metadata describe it: the instances in display order (sorted by the loader or the
 * transport) and the frames they hold.
 */
public record SeriesDescriptor(String studyInstanceUid, String seriesInstanceUid, String modality,
        List<InstanceDescriptor> instances) {

    public SeriesDescriptor {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid is null");
        instances = List.copyOf(instances);
    }

    /** The key of this series. */
    public SeriesKey key() {
        return new SeriesKey(studyInstanceUid, seriesInstanceUid);
    }

    /** Number of frames of the series. */
    public int frameCount() {
        int n = 0;
        for (InstanceDescriptor i : instances) {
            n += i.numberOfFrames();
        }
        return n;
    }

    /** Every frame of the series in order: instance by instance, frame 1..n within each. */
    public List<FrameKey> frames() {
        List<FrameKey> keys = new ArrayList<>();
        for (InstanceDescriptor i : instances) {
            for (int f = 1; f <= i.numberOfFrames(); f++) {
                keys.add(new FrameKey(studyInstanceUid, seriesInstanceUid, i.sopInstanceUid(), f));
            }
        }
        return keys;
    }

    /** The instance that holds {@code key}, or null. */
    public InstanceDescriptor instanceOf(FrameKey key) {
        for (InstanceDescriptor i : instances) {
            if (i.sopInstanceUid().equals(key.sopInstanceUid())) {
                return i;
            }
        }
        return null;
    }
}
