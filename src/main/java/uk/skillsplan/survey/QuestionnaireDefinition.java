package uk.skillsplan.survey;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.skillsplan.directory.OrganisationKind;

/** A whole questionnaire version as written in its definition file. */
public record QuestionnaireDefinition(String code, int version, String title, OrganisationKind audience,
                                      String description, List<SectionDefinition> sections,
                                      List<RuleDefinition> rules) {

    public QuestionnaireDefinition {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public Stream<QuestionDefinition> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    public Optional<QuestionDefinition> question(String questionCode) {
        return questions().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    public Optional<SectionDefinition> sectionOf(String questionCode) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.code().equals(questionCode)))
                .findFirst();
    }

    public Optional<SectionDefinition> section(String sectionCode) {
        return sections.stream().filter(s -> s.code().equals(sectionCode)).findFirst();
    }

    /** Rules that read the given question. */
    public List<RuleDefinition> rulesReading(String questionCode) {
        return rules.stream().filter(rule -> rule.questionCodes().contains(questionCode)).toList();
    }
}
