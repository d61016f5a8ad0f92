package org.glimpse.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glimpse.server.data.Representation;
import org.junit.jupiter.api.Test;

class NegotiationTest {
    private static final List<Representation> FRAMES = List.of(Representation.HTJ2K_TILED, Representation.J2K,
            Representation.JLS, Representation.RAW);

    private static Negotiation.Choice choose(String accept) throws HttpError {
        return Negotiation.negotiate(accept, FRAMES);
    }

    @Test
    void noAcceptOrWildcardGivesTheStoredDefaultAsMultipart() throws HttpError {
        for (String accept : new String[] {null, "", "*", "*/*"}) {
            Negotiation.Choice c = choose(accept);
            assertEquals(Representation.HTJ2K_TILED, c.representation(), "Accept " + accept);
            assertTrue(c.multipart(), "Accept " + accept + " is multipart");
        }
    }

    @Test
    void multipartWithATransferSyntaxPicksThatForm() throws HttpError {
        Negotiation.Choice c = choose("multipart/related; type=\"application/octet-stream\"; "
                + "transfer-syntax=1.2.840.10008.1.2.4.80");
        assertEquals(Representation.JLS, c.representation());
        assertTrue(c.multipart());
        assertEquals(Representation.HTJ2K_TILED, choose("multipart/related; type=application/octet-stream; "
                + "transfer-syntax=*").representation(), "transfer-syntax=*");
    }

    @Test
    void htj2kLosslessAnyOrderIsAnsweredWithTheRpclCodestreamUnderTheAskedUid() throws HttpError {
        Negotiation.Choice c = choose("multipart/related; type=\"application/octet-stream\"; "
                + "transfer-syntax=1.2.840.10008.1.2.4.201");
        assertEquals(Representation.HTJ2K_TILED, c.representation());
        assertEquals("1.2.840.10008.1.2.4.201", c.transferSyntax(), "label as asked");
        assertEquals("1.2.840.10008.1.2.4.202", choose("image/jphc").transferSyntax(), "default label");
        assertEquals(406, assertThrows(HttpError.class, () -> Negotiation.negotiate(
                "application/octet-stream; transfer-syntax=1.2.840.10008.1.2.4.201", List.of(Representation.JLS)))
                .status(), "4.201 on a JPEG-LS-only path");
    }

    @Test
    void transferSyntaxInsideTheQuotedTypeIsUnderstood() throws HttpError {
        Negotiation.Choice c = choose("multipart/related; type=\"application/octet-stream; "
                + "transfer-syntax=1.2.840.10008.1.2.4.90\"");
        assertEquals(Representation.J2K, c.representation());
    }

    @Test
    void singlePartMediaTypes() throws HttpError {
        assertEquals(Representation.RAW, choose("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1")
                .representation());
        Negotiation.Choice jphc = choose("image/jphc");
        assertEquals(Representation.HTJ2K_TILED, jphc.representation());
        assertEquals("image/jphc", jphc.mediaType());
        assertEquals(false, jphc.multipart(), "image/jphc is single part");
        assertEquals(Representation.JLS, choose("image/jls").representation());
    }

    @Test
    void preferenceOrderAndQualityAreHonoured() throws HttpError {
        assertEquals(Representation.JLS, choose("image/png, image/jls;q=0.5").representation(),
                "first acceptable range wins");
        assertEquals(Representation.J2K, choose("image/jls;q=0.2, image/jp2;q=0.9").representation(),
                "higher q wins");
    }

    @Test
    void nothingAcceptableIs406WithTheReasonAndWhatExists() {
        HttpError e = assertThrows(HttpError.class, () -> choose("multipart/related; type=application/octet-stream; "
                + "transfer-syntax=1.2.840.10008.1.2.4.50"));
        assertEquals(406, e.status());
        assertTrue(e.getMessage().contains("1.2.840.10008.1.2.4.50")
                && e.getMessage().contains("1.2.840.10008.1.2.4.202"),
                e.getMessage());
        assertEquals(406, assertThrows(HttpError.class, () -> Negotiation.negotiate("image/jphc",
                List.of(Representation.RAW))).status(), "image/jphc on an uncompressed instance");
    }
}
