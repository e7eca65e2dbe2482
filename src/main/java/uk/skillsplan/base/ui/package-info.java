/** The main layout and UI helpers that every module's views use (field errors, notices). */
@NamedInterface("ui")
package uk.skillsplan.base.ui;

import org.springframework.modulith.NamedInterface;
