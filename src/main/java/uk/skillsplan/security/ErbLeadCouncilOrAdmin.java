package uk.skillsplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** ERB leads and council officers (their own area, checked by the service) and administrators may call the method: those who write an area's plan. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ERB_LEAD', 'COUNCIL', 'ADMIN')")
public @interface ErbLeadCouncilOrAdmin {
}
