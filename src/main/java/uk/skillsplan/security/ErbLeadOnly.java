package uk.skillsplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Only ERB leads may call the method (their area is checked by the service itself). Services use this instead of writing role names into {@code @PreAuthorize}. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('ERB_LEAD')")
public @interface ErbLeadOnly {
}
