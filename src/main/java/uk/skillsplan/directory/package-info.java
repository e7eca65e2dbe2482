/** LSIP areas, local authorities, organisations, the caller's scope (person, organisation, area) and the classifications (SOC 2020, SIC 2007, size bands). Publishes the read model directory_organisation. */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"base", "base :: ui", "security"})
package uk.skillsplan.directory;

import org.springframework.modulith.ApplicationModule;
