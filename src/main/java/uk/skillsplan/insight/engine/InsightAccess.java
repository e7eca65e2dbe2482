package uk.skillsplan.insight.engine;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.security.Role;

/**
 * Who may analyse an area's evidence, in one place: administrators any area; ERB leads, council
 * officers and provider staff their own organisation's area; employers only through "how you compare".
 */
@Component
class InsightAccess {

    private final CallerScope callers;

    InsightAccess(CallerScope callers) {
        this.callers = callers;
    }

    Caller requireAnalyst(String lsipCode) {
        Caller me = callers.require();
        if (me.isAdmin()) {
            return me;
        }
        if (me.is(Role.EMPLOYER)) {
            throw new AccessDeniedException("Employers see how they compare with their sector and area once they have "
                    + "submitted their answers, not the area's evidence as a whole.");
        }
        if (me.lsipCode() == null || !me.lsipCode().equals(lsipCode)) {
            throw new AccessDeniedException("You can see the evidence of your own organisation's area only.");
        }
        return me;
    }

    Caller require() {
        return callers.require();
    }
}
