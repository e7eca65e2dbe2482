package uk.skillsplan.security.signin;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import uk.skillsplan.security.ui.LoginView;

/** Web security: Vaadin's view access control, form login, security headers; method security for services. */
@Configuration
@EnableWebSecurity
// @PreAuthorize only. JSR-250 (@RolesAllowed, @PermitAll) is left to Vaadin, which reads it on views;
// enabling it here made Spring wrap every view and layout in a proxy, so Vaadin rebuilt the layout
// on each navigation and held proxies instead of the components themselves.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Vaadin Flow evaluates server-sent JavaScript ({@code executeJs}) and sets inline styles, so
     * scripts and styles need 'unsafe-inline' and 'unsafe-eval'; everything else is same-origin only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRevocation revocation, LinkTokens links)
            throws Exception {
        // Revoked, idle and expired sessions end before anything reads who is signed in.
        http.addFilterAfter(new SessionRevocationFilter(revocation), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/frontend/**", "/webjars/**", "/images/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Vaadin serves its pages through a forward to its own servlet; headers written only
                // "on commit" are lost on that path, so they are written before the chain goes on.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Personal links (invitations, reminders): their page posts the token here; see SignInLinks.
        http.oneTimeTokenLogin(ott -> ott.tokenService(links)
                .loginProcessingUrl(uk.skillsplan.security.SignInLinks.SIGN_IN_PATH)
                .loginPage("/login")
                .showDefaultSubmitPage(false)
                .tokenGenerationSuccessHandler((request, response, token) -> response.sendError(404))
                .authenticationSuccessHandler(links)
                .authenticationFailureHandler(links));
        // Every other request goes to Vaadin once signed in, so that an unknown address shows the
        // app's own "Page not found" (Vaadin's default would deny it with a bare 403); which views
        // a role may open is decided by each view's access annotation, and data access by services.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(rule -> rule.authenticated()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating encoder: bcrypt today, and stored hashes name their algorithm so it can change later.
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * Sign-in that tells a stranger nothing: Spring checks "locked" and "deactivated" before the
     * password and answers at once with its own exception; here every account state is checked after
     * the password (so each attempt costs one bcrypt match, like an unknown username, for which Spring
     * matches a dummy hash) and all of them fail as "bad credentials".
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(SecurityConfiguration::refuseUnusableAccount);
        return provider;
    }

    private static void refuseUnusableAccount(UserDetails user) {
        if (!user.isAccountNonLocked() || !user.isEnabled() || !user.isAccountNonExpired()
                || !user.isCredentialsNonExpired()) {
            throw new BadCredentialsException("Bad credentials");
        }
    }
}
