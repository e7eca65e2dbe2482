package uk.skillsplan.insight.population;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.ReferenceDataService;

/**
 * Which areas the caller may import population and provision data for, in one place: the ERB lead
 * their own area, an administrator any area ({@link Caller#manages}). An import for another area is refused.
 */
@Component
public class ImportAreas {

    private final CallerScope callers;
    private final ReferenceDataService referenceData;

    ImportAreas(CallerScope callers, ReferenceDataService referenceData) {
        this.callers = callers;
        this.referenceData = referenceData;
    }

    /** The caller, once it is clear that they manage the area; refuses anyone else. */
    public Caller requireManaged(String lsipCode, String what) {
        Caller me = callers.require();
        if (!me.manages(lsipCode)) {
            throw new AccessDeniedException("Only the ERB lead of this area, or an administrator, may import its " + what + ".");
        }
        return me;
    }

    public LsipArea area(String lsipCode) {
        return referenceData.area(lsipCode).orElseThrow(() -> new NotFoundException("There is no LSIP area " + lsipCode + "."));
    }

    /** The areas the caller may import for: every area for an administrator, their own for an ERB lead. */
    public List<LsipArea> managed() {
        Caller me = callers.require();
        return referenceData.areas().stream().filter(area -> me.manages(area.code())).toList();
    }
}
