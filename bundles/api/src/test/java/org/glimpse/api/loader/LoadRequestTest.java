package org.glimpse.api.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.glimpse.api.retrieve.SeriesKind;
import org.glimpse.api.transport.SeriesLocation;
import org.junit.jupiter.api.Test;

class LoadRequestTest {

    private static final SeriesLocation CT = new SeriesLocation(URI.create("http://127.0.0.1:1/dicomweb"), "1.2",
            "1.2.3");

    @Test
    void theViewSizeTravelsWithTheRequestThroughEveryCopy() {
        LoadRequest r = new LoadRequest(CT, SeriesKind.VOLUME).withViewSize(512, 384).withConfigurationName("single");
        assertTrue(r.hasViewSize());
        assertEquals(512, r.viewWidth());
        assertEquals(384, r.viewHeight());
        assertEquals("single", r.configurationName());
        assertFalse(new LoadRequest(CT, SeriesKind.STACK).hasViewSize());
    }

    @Test
    void aViewSizeIsBothDimensionsOrNeither() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LoadRequest(CT, SeriesKind.STACK).withViewSize(512, 0));
        assertTrue(e.getMessage().contains("512×0") && e.getMessage().contains("1.2.3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LoadRequest(CT, SeriesKind.STACK).withViewSize(-1, -1));
    }
}
