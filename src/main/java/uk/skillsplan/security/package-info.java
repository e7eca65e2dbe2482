/** User accounts, roles, sign-in, the current user, password and lockout policy. */
@ApplicationModule(displayName = "Security")
package uk.skillsplan.security;

import org.springframework.modulith.ApplicationModule;
