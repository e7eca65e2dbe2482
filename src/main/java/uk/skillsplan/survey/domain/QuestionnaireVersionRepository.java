package uk.skillsplan.survey.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionnaireVersionRepository extends JpaRepository<QuestionnaireVersion, Long> {

    Optional<QuestionnaireVersion> findByQuestionnaireAndVersionNumber(Questionnaire questionnaire, int versionNumber);

    Optional<QuestionnaireVersion> findFirstByQuestionnaireOrderByVersionNumberDesc(Questionnaire questionnaire);

    @Query("select v from QuestionnaireVersion v join fetch v.questionnaire q order by q.code, v.versionNumber")
    List<QuestionnaireVersion> findAllWithQuestionnaire();
}
