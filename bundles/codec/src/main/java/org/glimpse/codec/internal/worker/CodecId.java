package org.glimpse.codec.internal.worker;

/** The native codecs a worker process runs. */
public enum CodecId {
    OPENJPEG,
    CHARLS,
    OPENJPH,
    JDK_JPEG
}
