package uk.skillsplan.survey.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

    @Query("select r from SurveyRound r join fetch r.questionnaireVersion v join fetch v.questionnaire "
            + "where r.lsipCode = :lsipCode order by r.opensOn desc, r.id desc")
    List<SurveyRound> findByArea(String lsipCode);

    @Query("select r from SurveyRound r join fetch r.questionnaireVersion v join fetch v.questionnaire "
            + "order by r.opensOn desc, r.id desc")
    List<SurveyRound> findAllNewestFirst();

    /** Rounds whose closing day is before {@code today} and whose closing has not been announced yet. */
    @Query("select r from SurveyRound r where r.closesOn < :today and r.closedAnnouncedOn is null order by r.id")
    List<SurveyRound> findClosedUnannounced(java.time.LocalDate today);
}
