package dev.portside.adapters.postgres.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy in front of PostgreSQL that, once armed, lets one {@code COMMIT} through to the server
 * and cuts the client's connection before any answer comes back: the commit lands, the client sees a
 * lost connection. This is the ambiguous commit of a connection killed at exactly the wrong moment,
 * made deterministic.
 */
public final class CommitCuttingProxy implements AutoCloseable {

    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:]+)(?::(\\d+))?/");

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger cuts = new AtomicInteger();

    private CommitCuttingProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "commit-cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy to the server of the given JDBC URL. */
    public static CommitCuttingProxy inFrontOf(String jdbcUrl) {
        Matcher hostAndPort = HOST_AND_PORT.matcher(jdbcUrl);
        if (!hostAndPort.find()) {
            throw new IllegalArgumentException("no host in " + jdbcUrl);
        }
        int port = hostAndPort.group(2) == null ? 5432 : Integer.parseInt(hostAndPort.group(2));
        try {
            return new CommitCuttingProxy(new InetSocketAddress(hostAndPort.group(1), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same JDBC URL, through this proxy. */
    public String jdbcUrl(String jdbcUrl) {
        return HOST_AND_PORT.matcher(jdbcUrl).replaceFirst("//127.0.0.1:" + listener.getLocalPort() + "/");
    }

    /** The next COMMIT any connection sends reaches the server, and its connection is cut. */
    public void cutNextCommit() {
        armed.set(true);
    }

    /** How many commits were cut so far. */
    public int cuts() {
        return cuts.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                AtomicBoolean cut = new AtomicBoolean();
                pump(client, server, cut, true);
                pump(server, client, cut, false);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicBoolean cut, boolean towardsServer) {
        Thread pump = new Thread(
                () -> {
                    byte[] buffer = new byte[64 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            if (towardsServer && contains(buffer, read, COMMIT) && armed.compareAndSet(true, false)) {
                                // the client loses its connection first, so no answer can reach it, then the
                                // COMMIT goes on to the server, which commits it
                                cut.set(true);
                                cuts.incrementAndGet();
                                closeQuietly(from);
                                out.write(buffer, 0, read);
                                out.flush();
                                Thread.sleep(500);
                                closeQuietly(to);
                                return;
                            }
                            if (cut.get()) {
                                return;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException ignored) {
                        // one side closed: the other side goes with it
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "commit-cutting-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static boolean contains(byte[] buffer, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
