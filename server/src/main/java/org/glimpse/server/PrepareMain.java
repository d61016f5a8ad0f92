package org.glimpse.server;

import java.nio.file.Path;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.SampleSize;

/**
 * {@code glimpse prepare [--data DIR] [--size default|small]}: generates the sample data if it is not there
 * yet and prints what the catalog holds.
 */
public final class PrepareMain {
    private PrepareMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data;
        SampleSize size;
        try {
            CommandLine cl = new CommandLine(args, CommandLine.names("--data", "--size"));
            data = cl.dataRoot();
            size = SampleSize.named(cl.get("--size", "default"));
        } catch (IllegalArgumentException e) {
            System.err.println("glimpse prepare: " + e.getMessage());
            System.err.println("usage: glimpse prepare [--data DIR] [--size default|small]");
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        Catalog catalog = SampleData.ensure(data, size);
        System.out.printf("Sample data (%s) ready in %.1f s: %s%n", size.name(), (System.nanoTime() - start) / 1e9,
                data.resolve(Catalog.FILE_NAME));
        for (CatalogSeries s : catalog.series()) {
            System.out.printf("  %-13s %-3s %4d instance(s), %3d frame(s) each, %dx%d  %s%n", s.role(), s.modality(),
                    s.instances().size(), s.instances().get(0).frames(), s.instances().get(0).columns(),
                    s.instances().get(0).rows(), s.path());
        }
    }
}
