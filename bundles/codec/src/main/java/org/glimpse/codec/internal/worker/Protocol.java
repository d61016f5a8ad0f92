package org.glimpse.codec.internal.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.glimpse.api.codec.DecodeException.Kind;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedSize;

/**
 * The pipe protocol between the workstation and a decoder worker. The pipe carries only a request's fields
 * and a reply's size: encoded bytes and decoded values travel through {@link SharedRegion}s. Each reply
 * starts with a sync word so that anything a native library prints to standard output is skipped, not
 * mistaken for a reply.
 */
final class Protocol {
    static final long SYNC = 0x474C4D5053524550L;
    private static final int OK = 0;
    private static final int FAILED = 1;

    private Protocol() {
    }

    static void writeJob(DataOutputStream out, DecodeJob r) throws IOException {
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
        out.writeBoolean(r.reduced());
        out.writeInt(r.length());
        out.flush();
    }

    static DecodeJob readJob(DataInputStream in) throws IOException {
        CodecId codec = CodecId.values()[in.readInt()];
        boolean complete = in.readBoolean();
        int reduce = in.readInt();
        int threads = in.readInt();
        PixelDescriptor p = new PixelDescriptor(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt(), in.readUTF(), in.readInt());
        boolean reduced = in.readBoolean();
        return new DecodeJob(codec, in.readInt(), complete, reduce, threads, p, reduced);
    }

    /** The reply to a decode whose values are in the shared output region. */
    static void writeResult(DataOutputStream out, DecodedSize size) throws IOException {
        out.writeLong(SYNC);
        out.writeByte(OK);
        out.writeInt(size.width());
        out.writeInt(size.height());
        out.writeInt(size.samples());
        out.writeInt(size.reduce());
        out.flush();
    }

    static void writeFailure(DataOutputStream out, Kind kind, String message) throws IOException {
        out.writeLong(SYNC);
        out.writeByte(FAILED);
        out.writeInt(kind.ordinal());
        out.writeUTF(message.length() > 4000 ? message.substring(0, 4000) : message);
        out.flush();
    }

    /** Reads a reply; a failure reply becomes the worker's CodecException. */
    static DecodedSize readReply(DataInputStream in) throws IOException, CodecException {
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
        return new DecodedSize(in.readInt(), in.readInt(), in.readInt(), in.readInt());
    }
}
