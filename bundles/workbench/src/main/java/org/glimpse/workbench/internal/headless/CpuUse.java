package org.glimpse.workbench.internal.headless;

import java.util.Map;
import java.util.Objects;

/**
 * CPU time used during a load ({@link CpuWatch}), in milliseconds.
 *
 * @param wallMs the wall clock over the same span
 * @param workstationMs this JVM's threads by what they do (decode, transport, loader, gc, jit, other)
 * @param workersMs the decode worker processes
 * @param serverMs the other process watched (the DICOMweb server on this machine), or -1 when none was
 */
record CpuUse(double wallMs, Map<String, Double> workstationMs, double workersMs, double serverMs) {

    CpuUse {
        workstationMs = Map.copyOf(Objects.requireNonNull(workstationMs, "workstationMs is null"));
        if (wallMs < 0 || workersMs < 0) {
            throw new IllegalArgumentException("CPU and wall times must be ≥ 0, were " + wallMs + " ms wall, "
                    + workersMs + " ms workers");
        }
    }

    /** This JVM's CPU time, all threads. */
    double workstationTotalMs() {
        return workstationMs.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
