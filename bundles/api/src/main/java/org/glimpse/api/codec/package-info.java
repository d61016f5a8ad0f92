/** Codec services: decoders per transfer syntax and the codestream facts a progressive loader needs. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.glimpse.api.codec;
