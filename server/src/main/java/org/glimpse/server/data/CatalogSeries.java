package org.glimpse.server.data;

import java.util.List;

/**
 * One series of the sample data (each in its own study).
 *
 * @param role              {@code dx}, {@code ct}, {@code multiframe} or {@code uncompressed}
 * @param modality          Modality
 * @param studyInstanceUid  Study Instance UID
 * @param seriesInstanceUid Series Instance UID
 * @param instances         in InstanceNumber order (for CT: slice order, head to feet)
 */
public record CatalogSeries(String role, String modality, String studyInstanceUid, String seriesInstanceUid,
        List<CatalogInstance> instances) {

    public CatalogSeries {
        instances = List.copyOf(instances);
    }

    /** The path below the WADO-RS root: {@code studies/{study}/series/{series}}. */
    public String path() {
        return "studies/" + studyInstanceUid + "/series/" + seriesInstanceUid;
    }

    /** The path below the WADO-RS root of one instance. */
    public String instancePath(int index) {
        return path() + "/instances/" + instances.get(index).sopInstanceUid();
    }
}
