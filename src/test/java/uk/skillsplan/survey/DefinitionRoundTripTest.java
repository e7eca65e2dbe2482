package uk.skillsplan.survey;

import uk.skillsplan.survey.definition.DefinitionReader;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DefinitionRoundTripTest {

    @Test
    void a_published_definition_reads_back_as_it_was_written() throws IOException {
        QuestionnaireDefinition definition;
        try (InputStream in = getClass().getResourceAsStream("/questionnaires/employer-core-v1.json")) {
            definition = DefinitionReader.read(in, "employer-core-v1.json");
        }

        QuestionnaireDefinition stored = DefinitionReader.parse(DefinitionReader.write(definition));

        assertThat(stored).isEqualTo(definition);
        assertThat(stored.question(EmployerQuestions.WORKFORCE).orElseThrow().rows().socMajorGroups()).isTrue();
    }
}
