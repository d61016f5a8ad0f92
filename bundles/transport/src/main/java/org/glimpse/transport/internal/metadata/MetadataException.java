package org.glimpse.transport.internal.metadata;

/** DICOM JSON that cannot become descriptors; the message names the document, dataset and attribute. */
public final class MetadataException extends Exception {

    private static final long serialVersionUID = 1L;

    public MetadataException(String message) {
        super(message);
    }

    public MetadataException(String message, Throwable cause) {
        super(message, cause);
    }
}
