package org.glimpse.api.transport;

import java.net.URI;
import java.util.Objects;

/**
 * Where a series lives: a DICOMweb WADO-RS root (for example {@code http://host/dicomweb}) and its UIDs.
 */
public record SeriesLocation(URI wadoRoot, String studyInstanceUid, String seriesInstanceUid) {

    public SeriesLocation {
        Objects.requireNonNull(wadoRoot, "wadoRoot is null");
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid is null");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid is null");
        String scheme = wadoRoot.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("DICOMweb root must be an http(s) URL, was '" + wadoRoot + "'");
        }
    }

    /** {@code {root}/studies/{study}/series/{series}}. */
    public URI seriesUri() {
        String root = wadoRoot.toString();
        String base = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        return URI.create(base + "/studies/" + studyInstanceUid + "/series/" + seriesInstanceUid);
    }

    /** {@code {series}/metadata}. */
    public URI metadataUri() {
        return URI.create(seriesUri() + "/metadata");
    }
}
