package org.glimpse.server.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maps request paths to files below the data tree without ever leaving it: every segment must be a DICOM UID,
 * a frame list or a fixed resource name, and the resolved file must still lie under the tree.
 */
final class TreePaths {
    private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern FRAME_LIST = Pattern.compile("[1-9][0-9]{0,5}(,[1-9][0-9]{0,5}){0,999}");

    private final Path tree;

    TreePaths(Path tree) {
        this.tree = tree.toAbsolutePath().normalize();
    }

    /** Splits the raw (still percent-encoded) path below the WADO root into checked segments. */
    static List<String> segments(String rawPath) throws HttpError {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (s.indexOf('%') >= 0 || s.equals(".") || s.equals("..") || s.indexOf('\\') >= 0) {
                throw new HttpError(400, "path segment '" + s + "' is not allowed (no dot segments, no encoded "
                        + "characters, no backslashes)");
            }
            out.add(s);
        }
        return out;
    }

    static String uid(String segment, String what) throws HttpError {
        if (segment.length() > 64 || !UID.matcher(segment).matches()) {
            throw new HttpError(400, what + " '" + abbreviate(segment) + "' is not a DICOM UID (digits and dots, "
                    + "at most 64 characters)");
        }
        return segment;
    }

    static int[] frames(String segment) throws HttpError {
        if (!FRAME_LIST.matcher(segment).matches()) {
            throw new HttpError(400, "frame list '" + abbreviate(segment) + "' is not a comma list of frame "
                    + "numbers starting at 1");
        }
        String[] parts = segment.split(",");
        int[] frames = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            frames[i] = Integer.parseInt(parts[i]);
        }
        return frames;
    }

    /** The file at {@code relative} below the tree; 404 naming {@code what} when it does not exist. */
    Path existing(String relative, String what) throws HttpError {
        Path p = tree.resolve(relative).normalize();
        if (!p.startsWith(tree)) {
            throw new HttpError(400, "path '" + relative + "' leaves the data tree");
        }
        if (!Files.exists(p)) {
            throw new HttpError(404, what + " not found");
        }
        return p;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
