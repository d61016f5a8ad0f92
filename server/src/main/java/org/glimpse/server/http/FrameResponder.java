package org.glimpse.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.RetainableByteBuffer;
import org.glimpse.server.data.Representation;

/**
 * Answers {@code .../instances/{i}/{frames|htj2k|jls|jlsThumbnail}/{list}}: negotiation, byte ranges with
 * If-Range, the multipart or single-part envelope, and the frame faults. Bodies are mapped from disk and
 * streamed, never read whole into the heap.
 */
final class FrameResponder {
    /** Slices above this are memory-mapped and written without a copy through user space. */
    private static final int MAP_THRESHOLD = 1 << 20;
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
        String label = ex.faults().mislabel() ? wrongSyntax(rep) : rep.transferSyntax();
        String partType = choice.mediaType() + "; transfer-syntax=" + label;
        long total = Files.size(files.get(0));
        String etag = "\"" + rep.name().toLowerCase(java.util.Locale.ROOT) + "-" + total + "-"
                + Files.getLastModifiedTime(files.get(0)).toMillis() + "\"";
        RangeSpec range = frames.length == 1 ? range(ex, etag, total) : null;

        HttpFields.Mutable headers = ex.response().getHeaders();
        headers.put(HttpHeader.ACCEPT_RANGES, "bytes");
        if (frames.length == 1) {
            headers.put(HttpHeader.ETAG, etag);
        }
        String boundary = MultiPart.generateBoundary("glimpse-", 24);
        if (choice.multipart()) {
            String type = ex.faults().tsInType() ? "type=\"" + choice.mediaType() + "; transfer-syntax=" + label + "\""
                    : "type=\"" + choice.mediaType() + "\"; transfer-syntax=" + label;
            headers.put(HttpHeader.CONTENT_TYPE, "multipart/related; " + type
                    + (ex.faults().noBoundary() ? "" : "; boundary=" + boundary));
        } else {
            headers.put(HttpHeader.CONTENT_TYPE, partType);
        }
        int pad = ex.faults().padByte() ? 1 : 0;
        List<long[]> slices = new ArrayList<>();
        long length = 0;
        for (Path f : files) {
            long size = Files.size(f);
            long first = range == null ? 0 : range.first();
            long last = range == null ? size - 1 : range.last();
            slices.add(new long[] {first, last});
            length += last - first + 1 + pad;
        }
        byte[] partHeader = ("--" + boundary + "\r\nContent-Type: " + partType + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] closing = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        if (choice.multipart()) {
            length += files.size() * (partHeader.length + CRLF.length) + closing.length;
        }
        if (range != null) {
            ex.response().setStatus(206);
            headers.put(HttpHeader.CONTENT_RANGE, range.contentRange(total));
        }
        if (ex.faults().gzip()) {
            headers.put(HttpHeader.CONTENT_ENCODING, "gzip");
        } else if (ex.faults().eofBody()) {
            headers.put(HttpHeader.CONNECTION, "close");
        } else if (!ex.faults().noLength()) {
            headers.put(HttpHeader.CONTENT_LENGTH, length);
        }
        if (ex.head()) {
            ex.body().finish();
            return;
        }
        if (ex.faults().gzip()) {
            GZIPOutputStream gzip = new GZIPOutputStream(ex.body().asOutputStream(), 65536);
            writeBody(choice.multipart(), files, slices, partHeader, closing, pad, pool(ex), null, gzip);
            gzip.finish();
        } else {
            writeBody(choice.multipart(), files, slices, partHeader, closing, pad, pool(ex), ex.body(), null);
        }
        ex.body().finish();
    }

    private static void writeBody(boolean multipart, List<Path> files, List<long[]> slices, byte[] partHeader,
            byte[] closing, int pad, ByteBufferPool pool, BodyChannel channel, OutputStream stream)
            throws IOException {
        for (int i = 0; i < files.size(); i++) {
            if (multipart) {
                emit(ByteBuffer.wrap(partHeader), channel, stream);
            }
            long[] s = slices.get(i);
            try (FileChannel file = FileChannel.open(files.get(i))) {
                long length = s[1] - s[0] + 1;
                if (length > MAP_THRESHOLD) {
                    emit(file.map(FileChannel.MapMode.READ_ONLY, s[0], length), channel, stream);
                } else if (length > 0) {
                    emitRead(file, s[0], (int) length, pool, channel, stream);
                }
            }
            if (pad > 0) {
                emit(ByteBuffer.wrap(new byte[pad]), channel, stream);
            }
            if (multipart) {
                emit(ByteBuffer.wrap(CRLF), channel, stream);
            }
        }
        if (multipart) {
            emit(ByteBuffer.wrap(closing), channel, stream);
        }
    }

    /** Small slices are read into a pooled buffer: mapping costs two system calls and lingers until a GC. */
    private static void emitRead(FileChannel file, long position, int length, ByteBufferPool pool,
            BodyChannel channel, OutputStream stream) throws IOException {
        RetainableByteBuffer.Mutable pooled = pool.acquire(length, true);
        try {
            ByteBuffer buffer = pooled.getByteBuffer();
            buffer.clear().limit(length);
            while (buffer.hasRemaining()) {
                if (file.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("frame file ended before byte " + (position + length));
                }
            }
            buffer.flip();
            emit(buffer, channel, stream);
        } finally {
            pooled.release();
        }
    }

    private static void emit(ByteBuffer buffer, BodyChannel channel, OutputStream stream) throws IOException {
        if (channel != null) {
            channel.write(buffer);
            return;
        }
        byte[] chunk = new byte[65536];
        while (buffer.hasRemaining()) {
            int n = Math.min(chunk.length, buffer.remaining());
            buffer.get(chunk, 0, n);
            stream.write(chunk, 0, n);
        }
    }

    private static ByteBufferPool pool(Exchange ex) {
        return ex.request().getComponents().getByteBufferPool();
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

    private static String joined(int[] frames) {
        StringBuilder b = new StringBuilder();
        for (int f : frames) {
            b.append(b.length() == 0 ? "" : ",").append(f);
        }
        return b.toString();
    }
}
