package org.glimpse.it.interop;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies bytes between a listening socket and a target, both ways, one connection at a time per pair of
 * threads. It joins the test JVM's 127.0.0.1 to a server kept in its own network namespace (which has
 * only a loopback interface) through a Unix domain socket, since such a socket is a file both see.
 * Run inside the namespace as {@code Relay UNIX_PATH HOST PORT LIFETIME_SECONDS}; it exits after that time.
 */
public final class Relay implements AutoCloseable {

    private final ServerSocketChannel listener;
    private final Thread acceptor;

    private Relay(ServerSocketChannel listener, SocketAddress target) {
        this.listener = listener;
        this.acceptor = new Thread(() -> accept(target), "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on 127.0.0.1 (ephemeral port) and relays to a Unix domain socket. */
    public static Relay tcpToUnix(Path socket) throws IOException {
        ServerSocketChannel l = ServerSocketChannel.open();
        l.bind(new InetSocketAddress("127.0.0.1", 0));
        return new Relay(l, UnixDomainSocketAddress.of(socket));
    }

    public int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    public static void main(String[] args) throws Exception {
        Path socket = Path.of(args[0]);
        Files.deleteIfExists(socket);
        ServerSocketChannel l = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        l.bind(UnixDomainSocketAddress.of(socket));
        try (Relay r = new Relay(l, new InetSocketAddress(args[1], Integer.parseInt(args[2])))) {
            Thread.sleep(Long.parseLong(args[3]) * 1000);
        }
    }

    private void accept(SocketAddress target) {
        while (listener.isOpen()) {
            SocketChannel client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            try {
                SocketChannel server = SocketChannel.open(target);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // the target is not listening yet (Orthanc still starting): drop this client, keep relaying
                try {
                    client.close();
                } catch (IOException ignored) {
                    // already gone
                }
            }
        }
    }

    private static void pump(SocketChannel from, SocketChannel to) {
        Thread t = new Thread(() -> {
            ByteBuffer b = ByteBuffer.allocate(65_536);
            try (from; to) {
                while (from.read(b) >= 0) {
                    b.flip();
                    while (b.hasRemaining()) {
                        to.write(b);
                    }
                    b.clear();
                }
            } catch (IOException e) {
                // one side closed: closing both ends the pair
            }
        }, "relay-pump");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
