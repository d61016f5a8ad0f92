/**
 * Codestream inspection in pure Java: SIZ/COD/QCD and tile-part headers, then every packet header, to learn
 * at which byte each resolution level of a (partly) received frame is complete, before any native decoder
 * sees it.
 *
 * <p>Written twice on purpose. The reference server reads packet headers too
 * ({@code org.glimpse.server.data.j2k}, to publish level ends in its metadata), written independently and
 * only for the codestreams its sample data holds. One checks the other: the integration test
 * {@code DecodeIT} requires both to find the same level ends for every stored form. Do not merge them.
 */
package org.glimpse.codec.internal.j2k;
