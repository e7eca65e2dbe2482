package uk.skillsplan.plan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentMentionRepository extends JpaRepository<CommentMention, Long> {

    @Query("select m from CommentMention m where m.commentId in ?1 order by m.id")
    List<CommentMention> findByComments(Collection<Long> commentIds);
}
