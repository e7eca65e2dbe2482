package uk.skillsplan.outreach;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, which the application's mail sender is
 * pointed at; and reading what arrived.
 */
public final class MailServer {

    private static final Pattern LINK = Pattern.compile("/link/([A-Za-z0-9_-]{20,})");
    private static final Pattern OPT_OUT = Pattern.compile("/opt-out/([A-Za-z0-9_-]{20,})");

    private MailServer() {
    }

    public static GreenMailExtension extension() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(true);
    }

    /** Points the application's mail sender at the server (the shared context's sender starts on a closed port). */
    public static void connect(ApplicationContext context, GreenMailExtension server) {
        context.getBean(JavaMailSenderImpl.class).setPort(server.getSmtp().getPort());
    }

    /** Points it at a port where nothing listens, so that every attempt fails. */
    public static void disconnect(ApplicationContext context) {
        context.getBean(JavaMailSenderImpl.class).setPort(1);
    }

    public static List<MimeMessage> to(GreenMailExtension server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(address)).toList();
    }

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    public static String linkToken(MimeMessage message) {
        return find(LINK, body(message));
    }

    public static String optOutToken(MimeMessage message) {
        return find(OPT_OUT, body(message));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link matching " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
