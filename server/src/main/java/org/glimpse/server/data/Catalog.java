package org.glimpse.server.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a prepared data root holds; written as {@value #FILE_NAME} in the data root so that tools and other
 * JVMs can read it with {@link #read(Path)}.
 *
 * @param format  layout version of the data tree; a different version is regenerated
 * @param size    the {@link SampleSize} it was generated for
 * @param series  the DX image, the CT volume, the multi-frame and the uncompressed instance
 */
public record Catalog(int format, SampleSize size, List<CatalogSeries> series) {
    public static final String FILE_NAME = "catalog.json";
    public static final String DX = "dx";
    public static final String CT = "ct";
    public static final String MULTIFRAME = "multiframe";
    public static final String UNCOMPRESSED = "uncompressed";

    public Catalog {
        series = List.copyOf(series);
    }

    /** The series with this role; fails naming the roles present. */
    public CatalogSeries series(String role) {
        return series.stream().filter(s -> s.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series with role '" + role + "' in the catalog; "
                        + "roles: " + series.stream().map(CatalogSeries::role).toList()));
    }

    public CatalogSeries dx() {
        return series(DX);
    }

    public CatalogSeries ct() {
        return series(CT);
    }

    public CatalogSeries multiFrame() {
        return series(MULTIFRAME);
    }

    public CatalogSeries uncompressed() {
        return series(UNCOMPRESSED);
    }

    public static Catalog read(Path dataRoot) throws IOException {
        Path file = dataRoot.resolve(FILE_NAME);
        try {
            return mapper().readValue(file.toFile(), Catalog.class);
        } catch (IOException e) {
            throw new IOException("cannot read sample data catalog " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path dataRoot) throws IOException {
        Path tmp = dataRoot.resolve(FILE_NAME + ".tmp");
        mapper().writeValue(tmp.toFile(), this);
        Files.move(tmp, dataRoot.resolve(FILE_NAME), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
