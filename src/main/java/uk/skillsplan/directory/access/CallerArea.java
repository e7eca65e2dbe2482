package uk.skillsplan.directory.access;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.security.AuditAreaScope;

/** Tells the audit trail the area of the person signed in (their organisation's LSIP area). */
@Component
class CallerArea implements AuditAreaScope {

    private final CallerScope callers;

    CallerArea(CallerScope callers) {
        this.callers = callers;
    }

    @Override
    public Optional<String> areaOfCaller() {
        return callers.current().map(Caller::lsipCode);
    }
}
