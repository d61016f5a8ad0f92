/**
 * Codec services: {@link org.glimpse.api.codec.DecodeService}, the asynchronous, prioritised and cancellable
 * decoding a loader drives (into buffers it supplies), the per-transfer-syntax
 * {@link org.glimpse.api.codec.FrameDecoder}s behind it, and the codestream facts a progressive loader needs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.glimpse.api.codec;
