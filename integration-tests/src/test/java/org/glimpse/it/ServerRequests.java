package org.glimpse.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reference server was asked, from its request log (one tab-separated line per answered request: time,
 * client, method, path, Range, status, bytes, ms, profile, faults), read from a mark taken before a load: a test
 * then asserts on what the loader asked for, which does not depend on how fast the machine decoded.
 */
final class ServerRequests {

    /** One logged request. */
    record Logged(String path, String range, int status) {
        @Override
        public String toString() {
            return path.substring(path.lastIndexOf("/instances/") + 1) + " " + range + " " + status;
        }
    }

    private final Path log;
    private final long from;

    private ServerRequests(Path log, long from) {
        this.log = log;
        this.from = from;
    }

    /** Marks the log's end now: later reads see only the requests answered after it. */
    static ServerRequests mark() {
        Path log = Path.of(System.getProperty(ReferenceServerProcess.DATA_ROOT), "requests.log");
        try {
            return new ServerRequests(log, Files.isRegularFile(log) ? Files.size(log) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + log, e);
        }
    }

    /** The requests for an instance's frames answered since the mark, in the order the server logged them. */
    List<Logged> of(String sopInstanceUid) {
        List<Logged> out = new ArrayList<>();
        for (String line : linesSinceMark()) {
            String[] f = line.split("\t");
            if (f.length >= 6 && f[3].contains("/instances/" + sopInstanceUid + "/")) {
                out.add(new Logged(f[3], f[4], Integer.parseInt(f[5])));
            }
        }
        return out;
    }

    /** Waits until {@code n} requests for the instance are logged (a request is logged once its answer is sent). */
    List<Logged> await(String sopInstanceUid, int n) {
        return Eventually.until(n + " requests for " + sopInstanceUid + " in " + log, () -> of(sopInstanceUid),
                l -> l.size() >= n);
    }

    private List<String> linesSinceMark() {
        try (FileChannel c = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = c.size();
            ByteBuffer b = ByteBuffer.allocate((int) Math.max(0, size - from));
            c.read(b, from);
            String text = new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
            // a line still being written has no line end yet
            return List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
