package org.glimpse.api.host;

/**
 * What the host tells the loader about its display and budget, implemented by the host. Defaults suit a
 * workstation with one full-screen viewport.
 */
public interface HostSettings {

    /** Largest width in pixels at which one frame is shown; a smaller decode level is enough below it. */
    default int viewportWidth() {
        return 2048;
    }

    /** Largest height in pixels at which one frame is shown. */
    default int viewportHeight() {
        return 2048;
    }

    /** Bytes of decoded pixels the loader may hold across all series. */
    default long memoryBudgetBytes() {
        return Runtime.getRuntime().maxMemory() / 2;
    }
}
