package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import uk.skillsplan.security.domain.UserAccountRepository;

/** Demo accounts have published passwords, so the PostgreSQL profile refuses them unless allowed on purpose. */
class DemoDataPolicyTest {

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void postgres_refuses_to_start_with_demo_data_switched_on() {
        assertThatThrownBy(() -> policy("postgres", true, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKILLSPLAN_DEMO_DATA");
    }

    @Test
    void postgres_allows_demo_data_when_told_to_on_purpose() {
        when(accounts.existsByDemoTrue()).thenReturn(true);

        DemoDataPolicy policy = policy("postgres", true, true);

        assertThat(policy.enabled()).isTrue();
    }

    @Test
    void postgres_refuses_a_database_that_already_holds_demo_accounts() {
        when(accounts.existsByDemoTrue()).thenReturn(true);

        assertThatThrownBy(() -> policy("postgres", false, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds demo accounts");
    }

    @Test
    void postgres_without_demo_data_starts_with_demo_data_off() {
        when(accounts.existsByDemoTrue()).thenReturn(false);

        DemoDataPolicy policy = policy("postgres", false, false);

        assertThat(policy.enabled()).isFalse();
        assertThatThrownBy(policy::requireEnabled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("switched off");
    }

    @Test
    void the_embedded_database_may_hold_demo_data_without_asking_the_database() {
        DemoDataPolicy policy = policy("test", true, false);

        assertThat(policy.enabled()).isTrue();
        policy.requireEnabled();
        verifyNoInteractions(accounts);
    }

    private DemoDataPolicy policy(String profile, boolean enabled, boolean allowOnPostgres) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return new DemoDataPolicy(new DemoDataSettings(enabled, allowOnPostgres), environment, accounts);
    }
}
