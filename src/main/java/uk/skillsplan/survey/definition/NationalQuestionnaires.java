package uk.skillsplan.survey.definition;

import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.QuestionnaireService;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.skillsplan.security.SystemAuthentication;

/**
 * Publishes the national core questionnaires shipped in {@code classpath:questionnaires/} at
 * start-up. Already published, unchanged versions are left alone; a changed published version
 * stops start-up (published versions are immutable).
 */
@Component
@Order(5)
class NationalQuestionnaires implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NationalQuestionnaires.class);

    private final QuestionnaireService questionnaires;

    NationalQuestionnaires(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:questionnaires/*.json");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            QuestionnaireDefinition definition;
            try (InputStream in = file.getInputStream()) {
                definition = DefinitionReader.read(in, file.getFilename());
            }
            SystemAuthentication.runAsSystem(() -> questionnaires.publish(definition));
        }
        log.info("National questionnaires published: {}", files.length);
    }
}
