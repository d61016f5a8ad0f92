package org.glimpse.codec.internal.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelBuffer;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;

/**
 * The pipe protocol between the workstation and a decoder worker. Each reply starts with a sync word so
 * that anything a native library prints to standard output is skipped, not mistaken for a reply; decoded
 * values travel through a {@link SharedPixels} file.
 */
final class Protocol {
    static final long SYNC = 0x474C4D5053524550L;
    private static final int OK = 0;
    private static final int FAILED = 1;

    private Protocol() {
    }

    static void writeRequest(DataOutputStream out, DecodeRequest r) throws IOException {
        out.writeInt(r.codec().ordinal());
        out.writeBoolean(r.complete());
        out.writeInt(r.reduce());
        out.writeInt(r.threads());
        PixelDescriptor p = r.pixel();
        out.writeInt(p.rows());
        out.writeInt(p.columns());
        out.writeInt(p.samplesPerPixel());
        out.writeInt(p.bitsAllocated());
        out.writeInt(p.bitsStored());
        out.writeInt(p.pixelRepresentation());
        out.writeUTF(p.photometricInterpretation());
        out.writeInt(p.planarConfiguration());
        out.writeInt(r.length());
        out.write(r.data(), 0, r.length());
        out.flush();
    }

    static DecodeRequest readRequest(DataInputStream in) throws IOException {
        CodecId codec = CodecId.values()[in.readInt()];
        boolean complete = in.readBoolean();
        int reduce = in.readInt();
        int threads = in.readInt();
        PixelDescriptor p = new PixelDescriptor(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt(), in.readUTF(), in.readInt());
        int length = in.readInt();
        byte[] data = new byte[length];
        in.readFully(data);
        return new DecodeRequest(codec, data, length, complete, reduce, threads, p);
    }

    /** Writes the reply header to the pipe and the pixel values into the shared file. */
    static void writeResult(DataOutputStream out, DecodedPixels px, SharedPixels shared) throws IOException {
        if (px.pixels() instanceof PixelBuffer.Shorts s) {
            shared.region(2L * s.values().length).asShortBuffer().put(s.values());
        } else {
            PixelBuffer.Bytes y = (PixelBuffer.Bytes) px.pixels();
            shared.region(y.values().length).put(y.values());
        }
        out.writeLong(SYNC);
        out.writeByte(OK);
        out.writeInt(px.width());
        out.writeInt(px.height());
        out.writeInt(px.samples());
        out.writeInt(px.reduce());
        out.writeByte(px.pixels() instanceof PixelBuffer.Shorts ? 16 : 8);
        out.writeBoolean(px.pixels() instanceof PixelBuffer.Shorts s ? s.signed()
                : ((PixelBuffer.Bytes) px.pixels()).signed());
        out.flush();
    }

    static void writeFailure(DataOutputStream out, Kind kind, String message) throws IOException {
        out.writeLong(SYNC);
        out.writeByte(FAILED);
        out.writeInt(kind.ordinal());
        out.writeUTF(message.length() > 4000 ? message.substring(0, 4000) : message);
        out.flush();
    }

    /** Reads a reply (pixels from the shared file); a failure reply becomes the worker's CodecException. */
    static DecodedPixels readReply(DataInputStream in, SharedPixels shared) throws IOException, CodecException {
        long window = 0;
        int skipped = 0;
        while (window != SYNC) {
            window = (window << 8) | in.readUnsignedByte();
            if (++skipped > (1 << 20) + 8) {
                throw new IOException("no reply sync word in 1 MiB of worker output");
            }
        }
        if (in.readByte() != OK) {
            Kind kind = Kind.values()[in.readInt()];
            throw new CodecException(kind, in.readUTF());
        }
        int w = in.readInt();
        int h = in.readInt();
        int s = in.readInt();
        int reduce = in.readInt();
        int bits = in.readByte();
        boolean signed = in.readBoolean();
        int n = Math.multiplyExact(Math.multiplyExact(w, h), s);
        if (bits == 16) {
            short[] v = new short[n];
            shared.region(2L * n).asShortBuffer().get(v);
            return new DecodedPixels(w, h, s, reduce, new PixelBuffer.Shorts(v, signed));
        }
        byte[] v = new byte[n];
        shared.region(n).get(v);
        return new DecodedPixels(w, h, s, reduce, new PixelBuffer.Bytes(v, signed));
    }
}
