package uk.skillsplan.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.security.domain.SignInLinkStore;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Spring Security's one-time-token login, backed by {@link SignInLinks}' table: using a token marks it
 * used in one conditional update (so two tabs racing with one link sign in once), finds the person's
 * account in the link's organisation by e-mail or creates it (with a random password nobody knows),
 * and refuses accounts that may not sign in, as the password sign-in does. Tokens are only ever issued
 * through {@link SignInLinks}, never through Spring's token-generating endpoint.
 */
@Component
class LinkTokens implements OneTimeTokenService, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String TARGET_ATTRIBUTE = LinkTokens.class.getName() + ".target";
    /** Where a link that cannot be used sends the person: a page that offers a new one. */
    static final String PROBLEM_PATH = "/link-problem";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");

    private final SignInLinkStore links;
    private final UserAccountRepository accounts;
    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LinkTokens(SignInLinkStore links, UserAccountRepository accounts, UserDetailsService users,
               PasswordEncoder passwordEncoder, AuditTrail audit, PlatformTransactionManager transactionManager,
               Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        throw new InvalidOneTimeTokenException("Personal links are issued by invitations, not on request.");
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken authentication) {
        String token = authentication.getTokenValue();
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidOneTimeTokenException("No such link");
        }
        String hash = SignInLinks.hash(token.trim());
        Instant now = clock.instant();
        SignInLinkStore.Link link = transactions.execute(status -> {
            if (!links.use(hash, now)) {
                return null;
            }
            SignInLinkStore.Link used = links.find(hash).orElseThrow();
            UserAccount account = accountFor(used, now);
            UserDetails details = users.loadUserByUsername(account.getUsername());
            if (!details.isEnabled() || !details.isAccountNonLocked()) {
                status.setRollbackOnly();
                return null;
            }
            links.recordAccount(used.id(), account.getId());
            return new SignInLinkStore.Link(used.id(), account.getUsername(), used.displayName(), used.organisationId(),
                    used.role(), used.reference(), used.target(), used.expiresAt(), now, account.getId());
        });
        if (link == null) {
            throw new InvalidOneTimeTokenException("The link is unknown, used, expired or its account may not sign in");
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(TARGET_ATTRIBUTE, link.target(), RequestAttributes.SCOPE_REQUEST);
        }
        // The link's e-mail field now carries the account's username (see above).
        return new DefaultOneTimeToken(token, link.email(), link.expiresAt());
    }

    private UserAccount accountFor(SignInLinkStore.Link link, Instant now) {
        return accounts.findFirstByEmailIgnoreCaseAndOrganisationIdOrderById(link.email(), link.organisationId())
                .orElseGet(() -> {
                    UserAccount made = new UserAccount(freeUsername(link.email()), link.displayName(),
                            link.email(), passwordEncoder.encode(SignInLinks.randomToken()), link.role(),
                            link.organisationId(), false, now);
                    made.withUnknownPassword();
                    UserAccount created = accounts.save(made);
                    audit.recordSignIn(AuditAction.ACCOUNT_CREATED, created.getId(), created.getUsername(),
                            "role " + created.getRole().label() + ", from a personal link (" + link.reference() + ")");
                    return created;
                });
    }

    private String freeUsername(String email) {
        String base = email.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(base).matches()) {
            base = base.replaceAll("[^a-z0-9._@-]", "-");
            base = base.substring(0, Math.min(base.length(), 50));
        }
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate) || !USERNAME.matcher(candidate).matches(); n++) {
            candidate = (base.length() > 50 ? base.substring(0, 50) : base) + "-" + n;
            if (!USERNAME.matcher(candidate).matches()) {
                candidate = "person-" + SignInLinks.randomToken().substring(0, 12).toLowerCase(Locale.ROOT);
            }
        }
        return candidate;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Object target = request.getAttribute(TARGET_ATTRIBUTE);
        response.sendRedirect(request.getContextPath() + (target instanceof String path ? path : "/"));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + PROBLEM_PATH);
    }
}
