/** Shared building blocks: entity base class, validation errors, clock, main layout, error pages, home page. Shared by every module (declared in SkillsPlanApplication); it depends on none. */
@ApplicationModule(displayName = "Base", allowedDependencies = {})
package uk.skillsplan.base;

import org.springframework.modulith.ApplicationModule;
