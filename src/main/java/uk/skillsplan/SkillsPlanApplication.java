package uk.skillsplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** SkillsPlan: skills surveys, evidence and a jointly signed Local Skills Improvement Plan. */
@SpringBootApplication
@Modulithic(sharedModules = "base")
@ConfigurationPropertiesScan
public class SkillsPlanApplication {

    public static void main(String[] args) {
        SpringApplication.run(SkillsPlanApplication.class, args);
    }
}
