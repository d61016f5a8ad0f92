package org.glimpse.transport.internal.http;

import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.eclipse.jetty.client.ContentDecoder;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ContentSourceTransformer;

/**
 * {@code Content-Encoding: deflate} for Jetty's client, which decodes only gzip: the JDK's {@link Inflater}
 * behind Jetty's {@link ContentSourceTransformer}. RFC 9110 §8.4.1.2 says zlib (RFC 1950); some servers send
 * raw deflate (RFC 1951), told apart by the zlib header check.
 */
public final class DeflateDecoding extends ContentDecoder.Factory {

    public DeflateDecoding() {
        super("deflate");
    }

    @Override
    public Content.Source newDecoderContentSource(Content.Source source) {
        return new InflatingSource(source);
    }

    private static final class InflatingSource extends ContentSourceTransformer {

        private static final int OUTPUT = 32 * 1024;
        private Inflater inflater;

        InflatingSource(Content.Source source) {
            super(source);
        }

        @Override
        protected Content.Chunk transform(Content.Chunk input) {
            ByteBuffer in = input == null ? null : input.getByteBuffer();
            if (inflater == null) {
                if (in == null || in.remaining() < 2) {
                    return input != null && input.isLast() ? Content.Chunk.EOF : null;
                }
                inflater = new Inflater(!zlibHeader(in));
            }
            if (in != null && in.hasRemaining()) {
                if (inflater.finished()) {
                    // bytes after the end of the deflate stream are not content
                    in.position(in.limit());
                } else {
                    inflater.setInput(in);
                }
            }
            byte[] out = new byte[OUTPUT];
            int n;
            try {
                n = inflater.inflate(out);
            } catch (DataFormatException e) {
                return Content.Chunk.from(new java.io.IOException("deflate body is not a deflate stream: "
                        + e.getMessage(), e), true);
            }
            if (n > 0) {
                return Content.Chunk.from(ByteBuffer.wrap(out, 0, n), false);
            }
            if (input != null && input.isLast() && !input.hasRemaining()) {
                return inflater.finished() ? Content.Chunk.EOF : Content.Chunk.from(
                        new java.io.EOFException("deflate body ended before its stream did"), true);
            }
            return null;
        }

        private static boolean zlibHeader(ByteBuffer b) {
            int cmf = b.get(b.position()) & 0xFF;
            int flg = b.get(b.position() + 1) & 0xFF;
            return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
        }

        @Override
        protected void release() {
            if (inflater != null) {
                inflater.end();
            }
        }
    }
}
