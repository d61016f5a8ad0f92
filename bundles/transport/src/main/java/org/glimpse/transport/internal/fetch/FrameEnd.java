package org.glimpse.transport.internal.fetch;

import org.glimpse.api.transport.ByteRange;

/** Whether a successful response ended at the frame's last byte. */
final class FrameEnd {

    private FrameEnd() {
    }

    static boolean reached(int status, ContentRange cr, BodyParser parser, ByteRange asked) {
        if (status == 200) {
            return true;
        }
        if (cr == null) {
            return asked == null || asked.last() == ByteRange.TO_END;
        }
        if (parser instanceof MultipartRelatedBody && parser.bodyBytes() <= cr.length()) {
            // the server counted the multipart header into Content-Range: its numbers are not frame
            // offsets, only the close delimiter tells that the whole part came
            return parser.framingComplete();
        }
        return cr.complete() >= 0 ? cr.last() == cr.complete() - 1
                : asked == null || asked.last() == ByteRange.TO_END;
    }
}
