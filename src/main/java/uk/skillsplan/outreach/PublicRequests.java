package uk.skillsplan.outreach;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.skillsplan.outreach.invitation.RequestCounter;

/**
 * What anonymous visitors may ask for on the public pages - a new personal link, to join a round -
 * slowed when it floods: at most {@code per-address} requests from one network address and
 * {@code overall} from everyone in a ten-minute window (counted in the database, so on every node the
 * same). Past either, the visitor is asked to try again in a few minutes; nobody is locked out for longer.
 * A request whose honeypot field is filled is dropped without a word.
 */
@Service
public class PublicRequests {

    static final Duration WINDOW = Duration.ofMinutes(10);
    static final String TOO_MANY = "Too many requests have come from here in the last few minutes. "
            + "Please wait ten minutes and try again.";

    private final RequestCounter counter;
    private final InvitationService invitations;
    private final JoinService joins;
    private final Clock clock;
    private final int perAddress;
    private final int overall;

    PublicRequests(RequestCounter counter, InvitationService invitations, JoinService joins, Clock clock,
                   @Value("${skillsplan.public-requests.per-address:10}") int perAddress,
                   @Value("${skillsplan.public-requests.overall:500}") int overall) {
        this.counter = counter;
        this.invitations = invitations;
        this.joins = joins;
        this.clock = clock;
        this.perAddress = perAddress;
        this.overall = overall;
    }

    /** "Send me a new link"; the visitor hears the same whether or not the address is known. */
    public void sendNewLink(String email, String honeypot) {
        if (admit(honeypot)) {
            invitations.sendNewLink(email);
        }
    }

    /**
     * A request to join a round: checked (a ValidationException names the fields to fix) and answered
     * with a verification e-mail, whether or not the business or the address is already known.
     */
    public void join(long roundId, JoinDetails details, String honeypot) {
        if (admit(honeypot)) {
            joins.request(roundId, details);
        }
    }

    /** Counts the request and refuses it when over a limit; false when a robot filled the honeypot. */
    boolean admit(String honeypot) {
        Instant window = windowStart(clock.instant());
        int fromHere = counter.count("address:" + address(), window);
        int fromAll = counter.count("all", window);
        if (fromHere > perAddress || fromAll > overall) {
            throw new PublicRequestRefused(TOO_MANY);
        }
        return honeypot == null || honeypot.isEmpty();
    }

    private static Instant windowStart(Instant now) {
        long window = WINDOW.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / window * window);
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String remote = request.getRemoteAddr();
            return remote == null ? "unknown" : remote.length() > 60 ? remote.substring(0, 60) : remote;
        }
        return "unknown";
    }

    @Scheduled(fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS, initialDelay = 5)
    void forgetOldCounts() {
        counter.forgetBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
