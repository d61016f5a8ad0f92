package org.glimpse.api.host;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What the host tells the loader about its display and budget before any view reports its size, implemented
 * by the host. Defaults suit a workstation with one full-screen viewport. Views report their own sizes as they
 * change through {@code SeriesLoad.viewResized}.
 */
@ConsumerType
public interface HostSettings {

    /** Width in pixels at which a frame is shown until a view says otherwise. */
    default int viewportWidth() {
        return 2048;
    }

    /** Height in pixels at which a frame is shown until a view says otherwise. */
    default int viewportHeight() {
        return 2048;
    }

    /** Bytes of decoded pixels the loader may hold across all series. */
    default long memoryBudgetBytes() {
        return Runtime.getRuntime().maxMemory() / 2;
    }
}
