package uk.skillsplan.security;

import uk.skillsplan.security.account.FirstAdministrator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.skillsplan.security.domain.UserAccountRepository;

class FirstAdministratorTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final UserAccountService service = mock(UserAccountService.class);

    @Test
    void creates_the_first_administrator_when_none_exists_and_both_variables_are_set() {
        when(accounts.existsByRoleAndActiveTrue(Role.ADMIN)).thenReturn(false);
        new FirstAdministrator(accounts, service, "ops", "Long-enough-2026").run(null);
        ArgumentCaptor<NewUserAccount> created = ArgumentCaptor.forClass(NewUserAccount.class);
        verify(service).create(created.capture());
        assertThat(created.getValue().username()).isEqualTo("ops");
        assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
        assertThat(created.getValue().organisationId()).isNull();
    }

    @Test
    void does_nothing_once_an_administrator_exists() {
        when(accounts.existsByRoleAndActiveTrue(Role.ADMIN)).thenReturn(true);
        new FirstAdministrator(accounts, service, "ops", "Long-enough-2026").run(null);
        verify(service, never()).create(any());
    }

    @Test
    void does_nothing_without_a_password() {
        when(accounts.existsByRoleAndActiveTrue(Role.ADMIN)).thenReturn(false);
        new FirstAdministrator(accounts, service, "ops", "").run(null);
        verify(service, never()).create(any());
    }
}
