package org.glimpse.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;
import org.glimpse.server.data.Catalog;
import org.glimpse.server.data.CatalogSeries;
import org.glimpse.server.data.Representation;
import org.glimpse.server.data.SampleData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A real server on the SMALL data and a real Jetty client, shared by the tests of one class. */
public abstract class ServerTestBase {
    protected static ReferenceServer server;
    protected static HttpClient client;
    protected static Catalog catalog;
    protected static Path requestLog;

    @BeforeAll
    static void startServerAndClient() throws Exception {
        catalog = TestData.catalog();
        requestLog = Files.createTempFile("requests", ".log");
        server = ReferenceServer.start(ServerOptions.of(TestData.ROOT, null).withRequestLog(requestLog));
        client = new HttpClient();
        client.start();
        // The tests look at Content-Encoding themselves (the factories are installed by start()).
        client.getContentDecoderFactories().clear();
    }

    @AfterAll
    static void stopServerAndClient() throws Exception {
        client.stop();
        server.close();
    }

    protected static URI uri(String pathBelowRoot) {
        return URI.create(server.wadoRoot() + "/" + pathBelowRoot);
    }

    protected static Request get(String pathBelowRoot) {
        return client.newRequest(uri(pathBelowRoot));
    }

    protected static ContentResponse send(Request request) throws Exception {
        return request.timeout(20, java.util.concurrent.TimeUnit.SECONDS).send();
    }

    protected static String frameUrl(CatalogSeries series, int instance, String alternate, String frames) {
        return series.instancePath(instance) + "/" + alternate + "/" + frames;
    }

    protected static byte[] stored(CatalogSeries series, int instance, Representation r, int frame)
            throws IOException {
        return Files.readAllBytes(SampleData.tree(TestData.ROOT).resolve(series.instancePath(instance))
                .resolve("frames").resolve(r.fileName(frame)));
    }

    /** One body part: its Content-Type, its Content-Range (multipart/byteranges) and its bytes. */
    protected record Part(String contentType, String contentRange, byte[] content) {
    }

    /** Parses a multipart body with Jetty's parser (the boundary taken from the given Content-Type). */
    protected static List<Part> parts(String contentType, byte[] body) {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null) {
            throw new AssertionError("no boundary in Content-Type " + contentType);
        }
        List<Part> parts = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        String[] type = new String[2];
        boolean[] complete = new boolean[1];
        Throwable[] failure = new Throwable[1];
        MultiPart.Parser parser = new MultiPart.Parser(boundary, new MultiPart.Parser.Listener() {
            @Override
            public void onPartHeader(String name, String value) {
                if (name.equalsIgnoreCase("Content-Type")) {
                    type[0] = value;
                } else if (name.equalsIgnoreCase("Content-Range")) {
                    type[1] = value;
                }
            }

            @Override
            public void onPartContent(Content.Chunk chunk) {
                byte[] bytes = new byte[chunk.remaining()];
                chunk.getByteBuffer().get(bytes);
                current.write(bytes, 0, bytes.length);
                chunk.release();
            }

            @Override
            public void onPartEnd() {
                parts.add(new Part(type[0], type[1], current.toByteArray()));
                current.reset();
                type[0] = null;
                type[1] = null;
            }

            @Override
            public void onComplete() {
                complete[0] = true;
            }

            @Override
            public void onFailure(Throwable t) {
                failure[0] = t;
            }
        });
        parser.parse(Content.Chunk.from(java.nio.ByteBuffer.wrap(body), true));
        if (failure[0] != null || !complete[0]) {
            throw new AssertionError("multipart body did not parse (complete=" + complete[0] + ")", failure[0]);
        }
        return parts;
    }

    /** Sends raw request bytes on a fresh socket and returns everything the server sent until it closed. */
    protected static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
