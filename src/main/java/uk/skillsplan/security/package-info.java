/** User accounts, roles, sign-in, the current user, password and lockout policy, and the access annotations services use. */
@ApplicationModule(displayName = "Security", allowedDependencies = {"base", "base :: ui"})
package uk.skillsplan.security;

import org.springframework.modulith.ApplicationModule;
