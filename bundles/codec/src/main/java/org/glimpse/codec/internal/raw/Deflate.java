package org.glimpse.codec.internal.raw;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.codec.internal.core.CodecException;

/**
 * Deflated Explicit VR Little Endian (PS3.5 A.5): raw deflate (RFC 1951, no zlib header). Inflates at most
 * the bytes one frame needs plus one, so a deflate bomb cannot grow past the frame size.
 */
final class Deflate {

    private Deflate() {
    }

    static byte[] inflate(byte[] data, int length, long frameBytes) throws CodecException {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(data, 0, length);
            byte[] out = new byte[(int) frameBytes];
            int n = 0;
            while (n < out.length && !inf.finished()) {
                int k = inf.inflate(out, n, out.length - n);
                if (k == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                n += k;
            }
            if (n < out.length) {
                throw new CodecException(Kind.MALFORMED, "deflated frame of " + length + " bytes inflates to " + n
                        + " bytes, " + frameBytes + " needed");
            }
            return out;
        } catch (DataFormatException e) {
            throw new CodecException(Kind.MALFORMED, "deflated frame of " + length + " bytes: " + e.getMessage());
        } finally {
            inf.end();
        }
    }
}
