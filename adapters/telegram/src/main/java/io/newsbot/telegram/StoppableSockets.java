package io.newsbot.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javax.net.SocketFactory;

/**
 * Sockets for the long poll that can all be closed at once. Stopping closes the socket a {@code getUpdates}
 * is waiting on, so the poll ends at once instead of after its timeout; cancelling the HTTP call instead would
 * make the polling session log a false Telegram error on every clean stop.
 */
final class StoppableSockets extends SocketFactory {
    private final SocketFactory sockets = SocketFactory.getDefault();
    private final Set<Socket> open = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile boolean stopped;

    /** Closes every socket made so far and refuses new ones. */
    void stop() {
        stopped = true;
        synchronized (open) {
            for (Socket s : open) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
            open.clear();
        }
    }

    private Socket track(Socket s) throws IOException {
        if (stopped) {
            s.close();
            throw new IOException("the Telegram adapter is stopping");
        }
        open.add(s);
        return s;
    }

    @Override
    public Socket createSocket() throws IOException {
        return track(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return track(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return track(sockets.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return track(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return track(sockets.createSocket(address, port, localAddress, localPort));
    }
}
