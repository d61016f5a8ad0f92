package org.glimpse.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.SampleSize;

/** The SMALL sample data set, prepared once under target/ and shared by every test class. */
public final class TestData {
    public static final Path ROOT = Path.of("target", "sample-small").toAbsolutePath();

    private TestData() {
    }

    public static Catalog catalog() {
        try {
            return SampleData.ensure(ROOT, SampleSize.SMALL);
        } catch (IOException e) {
            throw new UncheckedIOException("preparing the SMALL sample data in " + ROOT + " failed", e);
        }
    }
}
