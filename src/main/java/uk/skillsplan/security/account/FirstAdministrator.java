package uk.skillsplan.security.account;

import uk.skillsplan.security.NewUserAccount;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.security.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * A real deployment starts with no accounts. When {@code SKILLSPLAN_FIRST_ADMIN_USERNAME} and
 * {@code SKILLSPLAN_FIRST_ADMIN_PASSWORD} are set and no administrator exists yet, this creates
 * one (the password must pass the password policy), so that someone can sign in and set up the rest.
 */
@Component
@Order(1)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final UserAccountService service;
    private final String username;
    private final String password;

    public FirstAdministrator(UserAccountRepository accounts, UserAccountService service,
                       @Value("${skillsplan.first-admin.username:}") String username,
                       @Value("${skillsplan.first-admin.password:}") String password) {
        this.accounts = accounts;
        this.service = service;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.existsByRoleAndActiveTrue(Role.ADMIN)) {
            return;
        }
        SystemAuthentication.runAsSystem(() -> service.create(new NewUserAccount(username, "Administrator", null,
                Role.ADMIN, null, password)));
        log.info("Created the first administrator account '{}'", username);
    }
}
