package org.glimpse.loader.internal.load;

import org.glimpse.api.frame.DecodedFrame;
import org.glimpse.api.frame.LoadOutcome;
import org.glimpse.api.frame.SeriesDescriptor;
import org.glimpse.api.frame.SeriesKey;
import org.glimpse.api.host.SeriesSink;

/** A host that ignores what it gets; tests override the one call they watch. */
class IgnoringSink implements SeriesSink {
    @Override
    public void seriesAdded(SeriesKey series, SeriesDescriptor descriptor) {
    }

    @Override
    public void frameUpdated(SeriesKey series, DecodedFrame frame) {
    }

    @Override
    public void loadEnded(SeriesKey series, LoadOutcome outcome) {
    }
}
