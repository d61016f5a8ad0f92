package org.glimpse.retrieve.internal.plan;

import java.util.Set;

/** What the planner needs to know about a transfer syntax: can a prefix of a frame be decoded? */
final class TransferSyntaxes {
    /**
     * JPEG 2000 family (PS3.5 §8.2.4, §8.2.14 HTJ2K; 3.2.840.10008.1.2.4.96 is the pre-standard HTJ2K UID
     * that Cornerstone3D and static-dicomweb use): a codestream prefix can decode to a lower resolution
     * level when the progression is resolution-first. Every other syntax needs the whole frame.
     */
    private static final Set<String> PREFIX_DECODABLE = Set.of(
            "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91",
            "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202", "1.2.840.10008.1.2.4.203",
            "3.2.840.10008.1.2.4.96");

    private TransferSyntaxes() {
    }

    /** True or false for a known syntax; null when the syntax is not known yet (null UID). */
    static Boolean prefixDecodable(String transferSyntaxUid) {
        return transferSyntaxUid == null ? null : PREFIX_DECODABLE.contains(transferSyntaxUid.trim());
    }
}
