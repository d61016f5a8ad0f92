package org.glimpse.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The body of a frame answer as stored files and the bytes around them: for multipart/related, per frame
 * {@code --boundary CRLF Content-Type: <part type> CRLF CRLF <frame> CRLF}, then {@code --boundary-- CRLF};
 * for a single part, the frame's bytes alone. The {@code pad-byte} fault appends one 0x00 to each frame.
 *
 * @param files    the frames' files, in the order asked
 * @param partType the part Content-Type; null for a single-part answer
 * @param boundary the multipart boundary (unused for a single part)
 * @param padByte  whether each frame is followed by one 0x00 byte
 */
record FrameEnvelope(List<Path> files, String partType, String boundary, boolean padByte) {
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

    FrameEnvelope {
        files = List.copyOf(files);
        if (files.isEmpty() || (partType == null && files.size() != 1)) {
            throw new IllegalArgumentException("a frame answer needs one file, or several in multipart; was "
                    + files.size() + (partType == null ? " single part" : " multipart"));
        }
    }

    /** The whole representation. */
    Body whole() {
        return build(null);
    }

    /** The same envelope around bytes {@code frameRange} of the (single) frame. */
    Body aroundSlice(RangeSpec frameRange) {
        return build(frameRange);
    }

    private Body build(RangeSpec frameRange) {
        Body body = new Body();
        byte[] header = partType == null ? null
                : ("--" + boundary + "\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (Path f : files) {
            if (header != null) {
                body.bytes(header);
            }
            body.region(f, frameRange == null ? 0 : frameRange.first(),
                    frameRange == null ? size(f) : frameRange.length());
            if (padByte) {
                body.bytes(new byte[1]);
            }
            if (header != null) {
                body.bytes(CRLF);
            }
        }
        if (header != null) {
            body.bytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        return body;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException("frame file " + f + " cannot be read", e);
        }
    }
}
