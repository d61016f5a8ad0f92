package org.glimpse.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.ByteBufferPool;
import org.glimpse.server.data.Representation;

/**
 * Answers {@code .../instances/{i}/{frames|htj2k|jls|jlsThumbnail}/{list}}: negotiation, byte ranges with
 * If-Range, the multipart or single-part envelope, and the frame faults. Bodies are mapped from disk and
 * streamed, never read whole into the heap.
 */
final class FrameResponder {
    private static final byte[] CRLF = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private FrameResponder() {
    }

    static List<Representation> offered(String alternate, boolean compressed, String instanceUid) throws HttpError {
        return switch (alternate) {
            case "frames" -> compressed ? List.of(Representation.HTJ2K_TILED, Representation.J2K, Representation.JLS,
                    Representation.RAW) : List.of(Representation.RAW);
            case "htj2k" -> requireCompressed(compressed, alternate, instanceUid, Representation.HTJ2K_SINGLE);
            case "jls" -> requireCompressed(compressed, alternate, instanceUid, Representation.JLS);
            case "jlsThumbnail" -> requireCompressed(compressed, alternate, instanceUid, Representation.JLS_THUMBNAIL);
            default -> throw new HttpError(404, "unknown frame resource '" + alternate
                    + "': expected frames, htj2k, jls or jlsThumbnail");
        };
    }

    private static List<Representation> requireCompressed(boolean compressed, String alternate, String uid,
            Representation r) throws HttpError {
        if (!compressed) {
            throw new HttpError(404, "instance " + uid + " is stored uncompressed and has no /" + alternate
                    + "/ alternate");
        }
        return List.of(r);
    }

    static void respond(Exchange ex, Path framesDir, String instanceUid, String alternate, int[] frames,
            String accept) throws IOException, HttpError {
        boolean compressed = Files.exists(framesDir.resolve(Representation.HTJ2K_TILED.fileName(1)));
        Negotiation.Choice choice;
        try {
            choice = Negotiation.negotiate(accept, offered(alternate, compressed, instanceUid));
        } catch (HttpError e) {
            throw e.status() == 406 && ex.faults().accept400() ? new HttpError(400, e.getMessage()) : e;
        }
        if (!choice.multipart() && frames.length > 1) {
            throw new HttpError(406, "frames " + joined(frames) + ": a single-part answer carries one frame; "
                    + "ask for multipart/related");
        }
        List<Path> files = new ArrayList<>();
        for (int n : frames) {
            Path f = framesDir.resolve(choice.representation().fileName(n));
            if (!Files.isRegularFile(f)) {
                throw new HttpError(404, "frame " + n + " of instance " + instanceUid + " does not exist");
            }
            files.add(f);
        }
        Representation rep = choice.representation();
        String label = ex.faults().mislabel() ? wrongSyntax(rep) : choice.transferSyntax();
        String partType = choice.mediaType() + "; transfer-syntax=" + label;
        long frameLength = Files.size(files.get(0));
        String etag = "\"" + rep.name().toLowerCase(java.util.Locale.ROOT) + "-" + frameLength + "-"
                + Files.getLastModifiedTime(files.get(0)).toMillis() + "\"";
        String boundary = boundary(etag + joined(frames) + partType);
        byte[] partHeader = ("--" + boundary + "\r\nContent-Type: " + partType + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] closing = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean rangeOnEnvelope = ex.faults().rangeOnEnvelope() && choice.multipart();
        RangeSpec frameRange = frames.length == 1 && !rangeOnEnvelope ? range(ex, etag, frameLength) : null;
        Body body = new Body();
        for (Path f : files) {
            if (choice.multipart()) {
                body.bytes(partHeader);
            }
            long size = Files.size(f);
            body.region(f, frameRange == null ? 0 : frameRange.first(),
                    frameRange == null ? size : frameRange.length());
            if (ex.faults().padByte()) {
                body.bytes(new byte[1]);
            }
            if (choice.multipart()) {
                body.bytes(CRLF);
            }
        }
        if (choice.multipart()) {
            body.bytes(closing);
        }
        RangeSpec range = frameRange;
        long rangeTotal = frameLength;
        if (rangeOnEnvelope && frames.length == 1) {
            rangeTotal = body.length();
            range = range(ex, etag, rangeTotal);
            if (range != null) {
                body = body.slice(range.first(), range.last());
            }
        }

        HttpFields.Mutable headers = ex.response().getHeaders();
        headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
        if (frames.length == 1) {
            headers.put(HttpHeader.ETAG, etag);
        }
        if (choice.multipart()) {
            String type = ex.faults().tsInType() ? "type=\"" + choice.mediaType() + "; transfer-syntax=" + label + "\""
                    : "type=\"" + choice.mediaType() + "\"; transfer-syntax=" + label;
            headers.put(HttpHeader.CONTENT_TYPE, "multipart/related; " + type
                    + (ex.faults().noBoundary() ? "" : "; boundary=" + boundary));
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, partType);
        }
        if (range != null) {
            ex.response().setStatus(206);
            headers.put(HttpHeader.CONTENT_RANGE, range.contentRange(rangeTotal));
        }
        if (ex.faults().gzip()) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        } else if (ex.faults().eofBody()) {
            headers.put(HttpHeader.CONNECTION, "close");
        } else if (!ex.faults().noLength()) {
            headers.put(HttpHeader.CONTENT_LENGTH, body.length());
        }
        if (ex.head()) {
            ex.body().finish();
            return;
        }
        ByteBufferPool pool = ex.request().getComponents().getByteBufferPool();
        if (ex.faults().gzip()) {
            GZIPOutputStream gzip = new GZIPOutputStream(ex.body().asOutputStream(), 65536);
            body.write(pool, null, gzip);
            gzip.finish();
        } else {
            body.write(pool, ex.body(), null);
        }
        ex.body().finish();
    }

    /** The range to send, or null for the whole frame (no Range, If-Range mismatch, several ranges, fault). */
    private static RangeSpec range(Exchange ex, String etag, long total) throws HttpError {
        String header = ex.request().getHeaders().get(HttpHeader.RANGE);
        if (header == null || ex.faults().ignoreRange()) {
            return null;
        }
        String ifRange = ex.request().getHeaders().get(HttpHeader.IF_RANGE);
        if (ifRange != null && !ifRange.trim().equals(etag)) {
            return null;
        }
        try {
            return RangeSpec.parse(header, total);
        } catch (HttpError e) {
            if (e.status() == 416) {
                ex.response().getHeaders().put(HttpHeader.CONTENT_RANGE, "bytes */" + total);
            }
            throw e;
        }
    }

    /** A plausible but wrong label, so that clients that trust labels over bytes are caught. */
    private static String wrongSyntax(Representation r) {
        return r.transferSyntax().equals(Representation.JLS.transferSyntax())
                ? Representation.HTJ2K_TILED.transferSyntax() : Representation.JLS.transferSyntax();
    }

    /**
     * A boundary fixed by what the body holds, so that the same request gets the same bytes (a client that
     * resumes a range over the multipart body must see the same envelope again).
     */
    private static String boundary(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "glimpse-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String joined(int[] frames) {
        StringBuilder b = new StringBuilder();
        for (int f : frames) {
            b.append(b.length() == 0 ? "" : ",").append(f);
        }
        return b.toString();
    }
}
