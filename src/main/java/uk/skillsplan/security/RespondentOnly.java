package uk.skillsplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Only people who answer surveys for their organisation (employers, providers, councils) may call the method. Services use this instead of writing role names into {@code @PreAuthorize}. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('EMPLOYER', 'PROVIDER', 'COUNCIL')")
public @interface RespondentOnly {
}
