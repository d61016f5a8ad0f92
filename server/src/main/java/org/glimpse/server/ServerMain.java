package org.glimpse.server;

import java.util.concurrent.CountDownLatch;
import org.glimpse.server.data.SampleData;
import org.glimpse.server.data.SampleSize;

/**
 * {@code glimpse server [--port P] [--profile local|4g|3g|custom:M:L] [--data DIR] [--faults LIST]
 * [--size default|small] [--log FILE] [--tls]}: prepares the sample data if needed (at {@code --size}; without
 * it a tree already prepared in the data folder is served at its own size), serves it on 127.0.0.1 and prints {@code DICOMweb: <root>} (with {@code --tls} also the trust files of the certificate made at start);
 * runs until Ctrl-C or SIGTERM.
 */
public final class ServerMain {
    private ServerMain() {
    }

    /** --size if given; else the size of the tree already prepared there (never generated over); else default. */
    private static SampleSize size(CommandLine cl, java.nio.file.Path data) {
        String named = cl.get("--size", null);
        if (named != null) {
            return SampleSize.named(named);
        }
        return SampleData.prepared(data).orElse(SampleSize.DEFAULT);
    }

    public static void main(String[] args) throws Exception {
        // Jetty's start/stop lines are noise on a console; requests go to the request log file.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        ServerOptions options;
        try {
            CommandLine cl = new CommandLine(args, CommandLine.names("--port", "--profile", "--data", "--faults",
                    "--size", "--log"), CommandLine.names("--tls"));
            var data = cl.dataRoot();
            options = new ServerOptions(data, size(cl, data), cl.port("--port", 8080),
                    NetworkProfile.parse(cl.get("--profile", "local")), Faults.parse(cl.get("--faults", "")),
                    java.nio.file.Path.of(cl.get("--log", data.resolve("requests.log").toString())), cl.flag("--tls"));
        } catch (IllegalArgumentException e) {
            System.err.println("glimpse server: " + e.getMessage());
            System.err.println("usage: glimpse server [--port P] [--profile local|4g|3g|custom:<Mbit/s>:<ms>] "
                    + "[--data DIR] [--faults LIST] [--size default|small] [--log FILE] [--tls]");
            System.exit(2);
            return;
        }
        System.out.println("Sample data: " + options.dataRoot() + " (" + options.sampleSize().name()
                + "; generated on first use)");
        ReferenceServer server = ReferenceServer.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "glimpse-server-stop"));
        System.out.println("Profile: " + options.profile().name() + ", faults: " + options.faults()
                + ", request log: " + options.requestLog());
        if (server.certificate() != null) {
            System.out.println("Trust (PEM): " + server.certificate().trustPem());
            System.out.println("Trust (PKCS12, no password): " + server.certificate().trustPkcs12());
        }
        System.out.println("DICOMweb: " + server.wadoRoot());
        System.out.flush();
        stopped.await();
    }
}
