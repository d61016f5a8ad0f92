package org.glimpse.transport.internal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server that answers the first request on each connection with keep-alive and then
 * closes that connection, without a word, when the next request arrives on it: what a server with a short
 * keep-alive timeout does when its close races the client's reuse. Serves at most {@code maxConnections}
 * connections, each on its own daemon thread, so it always ends.
 */
public final class StaleKeepAliveServer implements AutoCloseable {

    private final ServerSocket socket;
    private final byte[] body;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final Thread acceptor;

    public StaleKeepAliveServer(byte[] body, int maxConnections) throws IOException {
        this.body = body;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.socket.setSoTimeout(20_000);
        this.acceptor = new Thread(() -> {
            for (int i = 0; i < maxConnections; i++) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    Thread t = new Thread(() -> serve(s), "stale-keepalive-conn");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "stale-keepalive-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(20_000);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            readHead(in);
            answered.incrementAndGet();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            readHead(in);
            // second request on this connection: close without answering
        } catch (IOException e) {
            // the client went away: nothing to do
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            head.write(c);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return;
            }
        }
        throw new IOException("connection closed before a request head");
    }

    public int port() {
        return socket.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    public int answered() {
        return answered.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
