package uk.skillsplan.survey;

import java.util.List;

/** Show a question only when an earlier question's answer includes one of these option codes. */
public record ShowIf(String question, List<String> anyOf) {
}
