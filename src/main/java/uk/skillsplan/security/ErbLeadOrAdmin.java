package uk.skillsplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** ERB leads (their own area, checked by the service) and administrators (every area) may call the method. Services use this instead of writing role names into {@code @PreAuthorize}. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
public @interface ErbLeadOrAdmin {
}
