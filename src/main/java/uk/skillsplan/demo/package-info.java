/** Demo and synthetic data of every module, for the embedded database, tests and benchmarks. It fills the database through the other modules' own services; nothing depends on it. */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"base", "security", "directory", "survey", "response", "insight", "plan", "plan :: collaboration"})
package uk.skillsplan.demo;

import org.springframework.modulith.ApplicationModule;
