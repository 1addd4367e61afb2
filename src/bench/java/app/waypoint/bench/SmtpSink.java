package app.waypoint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on localhost that accepts every e-mail and keeps none: the service sends its e-mails over SMTP as in
 * production. (The mailer's mock mode instead prints each e-mail to the log and keeps all of them in the heap, which during
 * the escalation burst's 35,000 e-mails weighed on both the time and the memory measured.) Speaks just enough of RFC 5321
 * for the service's mail client: greeting, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong received = new AtomicLong();

    private SmtpSink(ServerSocket server) {
        this.server = server;
    }

    static SmtpSink start() throws IOException {
        SmtpSink sink = new SmtpSink(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        sink.connections.execute(sink::accept);
        return sink;
    }

    int port() {
        return server.getLocalPort();
    }

    /** E-mails accepted so far. */
    long received() {
        return received.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII)) {
            reply(out, "220 localhost bench SMTP sink");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "DATA" -> {
                        reply(out, "354 end with <CR><LF>.<CR><LF>");
                        skipMessage(in);
                        received.incrementAndGet();
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK"); // MAIL, RCPT, RSET, NOOP
                }
            }
        } catch (IOException gone) {
            // the client closed its pooled connection
        }
    }

    private static void skipMessage(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            // the message's lines are not kept
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
