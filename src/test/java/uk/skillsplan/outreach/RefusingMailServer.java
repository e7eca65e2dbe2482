package uk.skillsplan.outreach;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A minimal SMTP server in the test JVM that answers RCPT for addresses starting with
 * {@code refusedPrefix} with a given reply (550: no such mailbox; 450: try later) and accepts every
 * other message - what a recipient's mail server does with an unknown mailbox. GreenMail accepts every
 * recipient, so it cannot show a refusal.
 */
public final class RefusingMailServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;
    private final String refusedPrefix;
    private final String refusal;

    public RefusingMailServer(String refusedPrefix, String refusal) throws IOException {
        this.socket = new ServerSocket(0);
        this.refusedPrefix = refusedPrefix.toLowerCase(Locale.ROOT);
        this.refusal = refusal;
        this.thread = Thread.ofVirtual().start(this::serve);
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Points the application's mail sender at this server. */
    public void connect(ApplicationContext context) {
        context.getBean(JavaMailSenderImpl.class).setPort(port());
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out = new PrintWriter(client.getOutputStream(), false, StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 refusing.test");
            } else if (command.startsWith("RCPT")) {
                String to = line.substring(line.indexOf('<') + 1).toLowerCase(Locale.ROOT);
                reply(out, to.startsWith(refusedPrefix) ? refusal : "250 OK");
            } else if (command.startsWith("DATA")) {
                reply(out, "354 End data with <CR><LF>.<CR><LF>");
                while ((line = in.readLine()) != null && !line.equals(".")) {
                    // the message is not kept
                }
                reply(out, "250 OK queued");
            } else if (command.startsWith("QUIT")) {
                reply(out, "221 Bye");
                return;
            } else {
                reply(out, "250 OK");
            }
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
