package uk.skillsplan.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Anyone may call the method, signed in or not, because it proves the caller's right itself: it acts
 * only for the holder of a secret it was given (an opt-out link's token). Said out loud rather than
 * left unannotated, so that a writing service method always says who may call it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("permitAll()")
public @interface Anyone {
}
