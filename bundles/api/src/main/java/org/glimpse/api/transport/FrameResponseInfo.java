package org.glimpse.api.transport;

/**
 * What the server said about the frame's bytes, once the response head (and the multipart part head) has
 * been read.
 *
 * @param status HTTP status (200 or 206)
 * @param protocol HTTP/1.1 or HTTP/2.0
 * @param mediaType the part's media type
 * @param transferSyntaxUid the transfer syntax of the bytes: sniffed from them where possible, else the label
 * @param firstByte offset in the frame of the first byte that will be delivered
 * @param frameLength the frame's whole length when known (Content-Range complete length, or a whole
 *        body), else -1
 */
public record FrameResponseInfo(int status, String protocol, String mediaType, String transferSyntaxUid,
        long firstByte, long frameLength) {
}
