package org.glimpse.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.glimpse.api.retrieve.RetrieveConfigurationService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Configurations as a site administrator writes them: files in conf/configs reach Config Admin at start
 * (the workstation's seed files, copied as shipped) and while running (written, edited, deleted).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigFilesIT {

    private static final String TEST_NAME = "config-files";

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private RetrieveConfigurationService service;

    @Configuration
    public Option[] config() throws IOException {
        Workstation ws = Workstation.fromSystemProperty();
        Option[] options = WorkstationOptions.all(ws, TEST_NAME);
        Path configs = WorkstationOptions.configDirectory(TEST_NAME);
        Files.createDirectories(configs);
        try (Stream<Path> left = Files.list(configs)) {
            // a file left by an interrupted run must not take part in this one
            for (Path p : left.toList()) {
                Files.delete(p);
            }
        }
        for (Path seed : seedFiles(ws)) {
            Files.copy(seed, configs.resolve(seed.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return options;
    }

    @Test
    public void everySeedFileReachesConfigAdmin() throws Exception {
        List<Path> seeds = seedFiles(Workstation.fromSystemProperty());
        assertFalse("the workstation ships no seed configuration", seeds.isEmpty());
        List<String> missing = new ArrayList<>();
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            try {
                Eventually.until(name + " in Config Admin", () -> countFromFile(name), n -> n == 1);
            } catch (AssertionError e) {
                missing.add(e.getMessage());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    public void theSeedLocalSiteSelectsTheReferenceServer() {
        URI local = URI.create("http://127.0.0.1:8080/dicomweb/studies/1/series/2");
        assertEquals("local", Eventually.until("the local site", () -> service.siteFor(local).name(),
                "local"::equals));
    }

    @Test
    public void aFileWrittenEditedAndDeletedWhileRunningIsFollowed() throws Exception {
        Path file = WorkstationOptions.configDirectory(TEST_NAME).resolve("glimpse.site-hotreload.cfg");
        URI url = URI.create("http://127.0.0.1:6666/wado/studies/1");
        Files.writeString(file, "urlPrefix = http://127.0.0.1:6666/wado\nmaxConnections = 2\n");
        assertEquals(2, (int) Eventually.until("the new file to apply", () -> service.siteFor(url),
                s -> "hotreload".equals(s.name())).maxConnections());

        Files.writeString(file, "urlPrefix = http://127.0.0.1:6666/wado\nmaxConnections = 9\n");
        Eventually.until("the edit to apply", () -> service.siteFor(url), s -> s.maxConnections() == 9);

        Files.delete(file);
        Eventually.until("the deletion to apply", () -> service.siteFor(url), s -> !"hotreload".equals(s.name()));
    }

    private int countFromFile(String fileName) {
        try {
            org.osgi.service.cm.Configuration[] found = configAdmin.listConfigurations(
                    "(felix.fileinstall.filename=*" + fileName + ")");
            return found == null ? 0 : found.length;
        } catch (IOException | InvalidSyntaxException e) {
            throw new AssertionError("cannot list configurations", e);
        }
    }

    private static List<Path> seedFiles(Workstation ws) {
        try (Stream<Path> files = Files.list(ws.home().resolve("conf/configs"))) {
            return files.filter(p -> p.toString().endsWith(".cfg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
