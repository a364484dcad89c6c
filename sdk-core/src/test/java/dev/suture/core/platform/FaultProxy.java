package dev.suture.core.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a server, whose behaviour a test switches at any time: pass traffic, be
 * down (the port refuses connections), reset every connection (RST), or hold answers back (slow). Its port stays the
 * same across modes, so a client configured once sees the same server go down and come back.
 */
public final class FaultProxy implements AutoCloseable {
  /**
   * {@code LOSE_ANSWERS} passes requests on but resets the connection when the answer comes back: the server did
   * the work, the client never hears of it (a timeout after the server committed), so it must retry.
   */
  public enum Mode { UP, DOWN, RESET, SLOW, LOSE_ANSWERS }

  private final int targetPort;
  private final int port;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile Mode mode = Mode.UP;
  private volatile long slowMs = 2_000;
  private ServerSocket listener;
  private Thread acceptor;

  private FaultProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    ServerSocket first = new ServerSocket();
    first.setReuseAddress(true);
    first.bind(new InetSocketAddress("127.0.0.1", 0));
    this.port = first.getLocalPort();
    listen(first);
  }

  public static FaultProxy to(int targetPort) throws IOException {
    return new FaultProxy(targetPort);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  /** How long answers are held back in {@link Mode#SLOW}. */
  public void slowMillis(long millis) {
    slowMs = millis;
  }

  public synchronized void mode(Mode next) throws IOException {
    if (next == mode) {
      return;
    }
    if (next == Mode.DOWN) {
      listener.close();
      acceptor.interrupt();
      closeAll();
    } else if (mode == Mode.DOWN) {
      ServerSocket again = new ServerSocket();
      again.setReuseAddress(true);
      again.bind(new InetSocketAddress("127.0.0.1", port));
      listen(again);
    }
    if (next == Mode.RESET) {
      closeAll();
    }
    mode = next;
  }

  @Override
  public synchronized void close() throws IOException {
    listener.close();
    closeAll();
  }

  private void listen(ServerSocket socket) {
    listener = socket;
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket client = socket.accept();
          if (mode == Mode.RESET) {
            reset(client);
          } else {
            connect(client);
          }
        } catch (IOException e) {
          // closed: the proxy went down
        }
      }
    }, "fault-proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void connect(Socket client) throws IOException {
    Socket server = new Socket("127.0.0.1", targetPort);
    open.add(client);
    open.add(server);
    pump(client, server, false);
    pump(server, client, true);
  }

  private void pump(Socket from, Socket to, boolean answers) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          if (mode == Mode.RESET) {
            reset(from);
            reset(to);
            return;
          }
          if (answers && mode == Mode.LOSE_ANSWERS) {
            reset(from);
            reset(to);
            return;
          }
          if (answers && mode == Mode.SLOW) {
            Thread.sleep(slowMs);
          }
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException | InterruptedException e) {
        // one side went away; the other follows
      } finally {
        closeQuietly(from);
        closeQuietly(to);
        open.remove(from);
        open.remove(to);
      }
    }, "fault-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void closeAll() {
    open.forEach(FaultProxy::reset);
    open.clear();
  }

  /** Closes with SO_LINGER 0, which sends a TCP RST instead of an orderly FIN. */
  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (IOException e) {
      // already closed
    }
    closeQuietly(socket);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
