package uk.skillsplan.survey;

import uk.skillsplan.security.SignedIn;
import uk.skillsplan.security.AdminOnly;
import uk.skillsplan.survey.definition.DefinitionReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.survey.domain.Questionnaire;
import uk.skillsplan.survey.domain.QuestionnaireRepository;
import uk.skillsplan.survey.domain.QuestionnaireVersion;
import uk.skillsplan.survey.domain.QuestionnaireVersionRepository;
import uk.skillsplan.survey.domain.SurveyQuestionIndex;

/**
 * Publishing and reading questionnaire versions. A published version never changes: publishing
 * the same version again with different content is refused, and a new version may not give an
 * existing question code a different meaning (type or grid columns).
 */
@Service
@Transactional(readOnly = true)
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final QuestionnaireVersionRepository versions;
    private final SurveyQuestionIndex questionIndex;
    private final Clock clock;
    /** Published versions are immutable, so their parsed definitions can be kept for good. */
    private final Map<Long, QuestionnaireDefinition> definitions = new ConcurrentHashMap<>();

    QuestionnaireService(QuestionnaireRepository questionnaires, QuestionnaireVersionRepository versions,
                         SurveyQuestionIndex questionIndex, Clock clock) {
        this.questionnaires = questionnaires;
        this.versions = versions;
        this.questionIndex = questionIndex;
        this.clock = clock;
    }

    /** Publishes a version; publishing an identical version again is a no-op returning the existing id. */
    @AdminOnly
    @Transactional
    public long publish(QuestionnaireDefinition definition) {
        List<String> problems = DefinitionReader.check(definition);
        if (!problems.isEmpty()) {
            throw ValidationException.of(ValidationException.FORM, String.join("; ", problems));
        }
        String json = DefinitionReader.write(definition);
        String checksum = sha256(json);
        Questionnaire questionnaire = questionnaires.findByCode(definition.code())
                .orElseGet(() -> questionnaires.save(new Questionnaire(definition.code(), definition.title(),
                        definition.audience())));
        var existing = versions.findByQuestionnaireAndVersionNumber(questionnaire, definition.version());
        if (existing.isPresent()) {
            // Compared as content, not as text, so that a change in how definitions are written
            // (new optional fields, formatting) does not count as a change of a published version.
            if (!parse(existing.get()).equals(definition)) {
                throw ValidationException.of(ValidationException.FORM, definition.code() + " version "
                        + definition.version() + " is already published and cannot change; publish it as version "
                        + (definition.version() + 1) + " instead.");
            }
            return existing.get().getId();
        }
        var latest = versions.findFirstByQuestionnaireOrderByVersionNumberDesc(questionnaire);
        if (latest.isPresent()) {
            if (definition.version() != latest.get().getVersionNumber() + 1) {
                throw ValidationException.of(ValidationException.FORM, "The next version of " + definition.code()
                        + " must be " + (latest.get().getVersionNumber() + 1) + ".");
            }
            checkCodesKeepTheirMeaning(parse(latest.get()), definition);
        }
        if (definition.audience() != questionnaire.getAudience()) {
            throw ValidationException.of(ValidationException.FORM, "A new version cannot change the audience.");
        }
        questionnaire.retitle(definition.title());
        QuestionnaireVersion version = versions.saveAndFlush(new QuestionnaireVersion(questionnaire, definition.version(),
                definition.title(), json, checksum, clock.instant()));
        questionIndex.write(version.getId(), definition.sections());
        return version.getId();
    }

    /** Published versions, newest last per questionnaire. Not secret: any signed-in person may read them. */
    @SignedIn
    public List<QuestionnaireVersionSummary> versions() {
        return versions.findAllWithQuestionnaire().stream().map(this::toSummary).toList();
    }

    @SignedIn
    public QuestionnaireVersionSummary version(long versionId) {
        return toSummary(load(versionId));
    }

    /** The full definition of a published version (cached: versions never change). */
    public QuestionnaireDefinition definition(long versionId) {
        return definitions.computeIfAbsent(versionId, id -> parse(load(id)));
    }

    private QuestionnaireVersion load(long versionId) {
        return versions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("There is no questionnaire version " + versionId + "."));
    }

    private QuestionnaireVersionSummary toSummary(QuestionnaireVersion version) {
        QuestionnaireDefinition definition = definition(version.getId());
        return new QuestionnaireVersionSummary(version.getId(), version.getQuestionnaire().getCode(),
                version.getVersionNumber(), version.getTitle(), version.getQuestionnaire().getAudience(),
                (int) definition.questions().count(), version.getPublishedAt());
    }

    private static QuestionnaireDefinition parse(QuestionnaireVersion version) {
        return DefinitionReader.parse(version.getDefinition());
    }

    static void checkCodesKeepTheirMeaning(QuestionnaireDefinition previous, QuestionnaireDefinition next) {
        List<String> problems = new ArrayList<>();
        next.questions().forEach(question -> previous.question(question.code()).ifPresent(old -> {
            boolean sameColumns = old.columns().stream().map(ColumnDefinition::code).toList()
                    .equals(question.columns().stream().map(ColumnDefinition::code).toList());
            if (old.type() != question.type() || !sameColumns) {
                problems.add("question " + question.code() + " changed its type or columns; give the changed "
                        + "question a new code so that answers to the old one keep their meaning");
            }
        }));
        if (!problems.isEmpty()) {
            throw ValidationException.of(ValidationException.FORM, String.join("; ", problems));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
