/**
 * The reference server's reading of JPEG 2000 / HTJ2K codestreams: markers, tile-parts, and the packet
 * headers that tell where each resolution level ends (published in the metadata as level ends).
 *
 * <p>Written twice on purpose. The codec bundle has its own packet-header reader
 * ({@code org.glimpse.codec.internal.j2k}), written independently and for more codestreams (any
 * progression order, several tiles, precincts and layers); this one reads only what the sample-data
 * preparation writes. One checks the other: the integration test {@code DecodeIT} asks both for the level
 * ends of every stored form and requires them to agree to the byte. Do not merge them, or a misread header
 * would go unnoticed in both.
 */
package org.glimpse.server.data.j2k;
