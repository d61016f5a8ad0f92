package org.glimpse.codec.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.glimpse.api.frame.PixelDescriptor;
import org.glimpse.codec.internal.core.CodecException;
import org.glimpse.codec.internal.core.DecodedPixels;
import org.glimpse.codec.internal.core.DecodedSize;
import org.glimpse.codec.internal.core.PixelOutput;
import org.glimpse.codec.internal.worker.CodecId;
import org.glimpse.codec.internal.worker.DecodeJob;

/** Calls a codec in this JVM as a worker does, from native input memory into native output memory. */
final class Direct {
    interface Call {
        DecodedSize decode(Pointer in, DecodeJob job, ByteBuffer out) throws CodecException;
    }

    private Direct() {
    }

    static DecodedPixels charls(CharlsCodec c, byte[] data, int length, PixelDescriptor px) throws CodecException {
        return decode(c::decode, data, new DecodeJob(CodecId.CHARLS, length, true, 0, 1, px, false));
    }

    static DecodedPixels openjpeg(OpenJpegCodec c, byte[] data, int length, boolean complete, int reduce, int threads,
            PixelDescriptor px) throws CodecException {
        return decode(c::decode, data, new DecodeJob(CodecId.OPENJPEG, length, complete, reduce, threads, px, false));
    }

    static DecodedPixels decode(Call c, byte[] data, DecodeJob job) throws CodecException {
        long outBytes = job.maxValues() * job.bytesPerValue();
        try (Memory in = new Memory(Math.max(1, job.length())); Memory out = new Memory(outBytes)) {
            in.write(0, data, 0, job.length());
            ByteBuffer o = out.getByteBuffer(0, outBytes).order(ByteOrder.nativeOrder());
            DecodedSize s = c.decode(in, job, o);
            return new DecodedPixels(s.width(), s.height(), s.samples(), s.reduce(),
                    PixelOutput.receive(o, (int) s.values(), job.bytesPerValue(), job.pixel().signed(), null));
        }
    }
}
