/** Shared building blocks: entity base class, validation errors, main layout, error pages, home page. */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package uk.skillsplan.base;

import org.springframework.modulith.ApplicationModule;
