/** LSIP areas, local authorities, organisations and their classifications (SOC 2020, SIC 2007, size bands). */
@ApplicationModule(displayName = "Directory")
package uk.skillsplan.directory;

import org.springframework.modulith.ApplicationModule;
