package uk.skillsplan.security.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.security.PasswordChangeService;

/** Someone who signed in with a personal link is offered to set a password, so that they need no new link next time. */
@Component
class FirstPasswordAttention implements AttentionProvider {

    private final PasswordChangeService passwords;

    FirstPasswordAttention(PasswordChangeService passwords) {
        this.passwords = passwords;
    }

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        return passwords.hasOwnPassword() ? List.of() : List.of(new AttentionItem("Your account",
                "You signed in with a personal link: set a password to sign in again without one.",
                ChangePasswordView.ROUTE, "0"));
    }
}
