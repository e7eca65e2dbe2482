package uk.skillsplan.survey.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionnaireRepository extends JpaRepository<Questionnaire, Long> {

    Optional<Questionnaire> findByCode(String code);
}
