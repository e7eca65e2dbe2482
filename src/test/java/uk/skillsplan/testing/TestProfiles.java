package uk.skillsplan.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/** {@code test}, then the profiles listed in {@code skillsplan.test.profiles} (later ones win). */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        List<String> profiles = new ArrayList<>(List.of("test"));
        String extra = System.getProperty("skillsplan.test.profiles", "");
        Arrays.stream(extra.split(",")).map(String::trim).filter(p -> !p.isEmpty()).forEach(profiles::add);
        return profiles.toArray(String[]::new);
    }
}
