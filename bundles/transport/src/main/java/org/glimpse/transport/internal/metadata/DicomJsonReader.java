package org.glimpse.transport.internal.metadata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.glimpse.api.frame.InstanceDescriptor;
import org.glimpse.api.frame.SeriesDescriptor;

/**
 * Reads a WADO-RS series metadata response (DICOM JSON, PS3.18 Annex F) token by token, so that only the
 * descriptors are kept and a 2000-instance series is never held twice (once as text, once as a tree).
 */
public final class DicomJsonReader {

    private final JsonFactory factory;

    public DicomJsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Parses the array of instance datasets. {@code source} names the document in error messages.
     *
     * @throws MetadataException naming the source, the instance and the attribute that was wrong
     */
    public SeriesDescriptor read(InputStream in, String source, String studyUid, String seriesUid)
            throws IOException, MetadataException {
        try (JsonParser p = factory.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new MetadataException(source + ": DICOM JSON metadata must be an array of datasets, started with "
                        + p.currentToken() + " at " + p.currentLocation().offsetDescription());
            }
            List<InstanceDescriptor> instances = new ArrayList<>();
            String modality = null;
            String study = null;
            String series = null;
            int index = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                InstanceAttributes a = InstanceAttributes.read(p, source + " dataset #" + index);
                instances.add(a.toDescriptor(source + " dataset #" + index));
                modality = modality == null ? a.modality() : modality;
                study = study == null ? a.studyInstanceUid() : study;
                series = series == null ? a.seriesInstanceUid() : series;
                index++;
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw new MetadataException(source + ": expected a dataset object or the end of the array, found "
                        + p.currentToken() + " at " + p.currentLocation().offsetDescription());
            }
            return new SeriesDescriptor(study == null ? studyUid : study, series == null ? seriesUid : series,
                    modality, instances);
        }
    }
}
