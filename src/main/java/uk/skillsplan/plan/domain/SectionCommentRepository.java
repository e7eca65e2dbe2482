package uk.skillsplan.plan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionCommentRepository extends JpaRepository<SectionComment, Long> {

    /** One page of a section's threads (first comments), oldest first: never all of them. */
    @Query("select c from SectionComment c where c.sectionId = ?1 and c.parentId is null order by c.createdAt, c.id")
    List<SectionComment> findThreads(long sectionId, Pageable page);

    @Query("select count(c) from SectionComment c where c.sectionId = ?1 and c.parentId is null")
    long countThreads(long sectionId);

    @Query("select c from SectionComment c where c.parentId in ?1 order by c.createdAt, c.id")
    List<SectionComment> findReplies(Collection<Long> threadIds);

    @Query("select count(c) from SectionComment c where c.sectionId = ?1 and c.parentId is null and c.resolvedAt is null")
    long countOpenThreads(long sectionId);

    /** Open threads on the given sections, started by someone else: comments waiting for the sections' owners. */
    @Query("""
            select c from SectionComment c where c.sectionId in ?1 and c.parentId is null and c.resolvedAt is null
            and (c.authorId is null or c.authorId <> ?2) order by c.createdAt desc, c.id desc""")
    List<SectionComment> findOpenThreadsOn(Collection<Long> sectionIds, long notBy, Pageable page);

    /** Unresolved comments that mention the organisation, written by someone else. */
    @Query("""
            select c from SectionComment c where c.resolvedAt is null and (c.authorId is null or c.authorId <> ?2)
            and c.id in (select m.commentId from CommentMention m where m.organisationId = ?1)
            and (c.parentId is null or c.parentId not in (select r.id from SectionComment r where r.resolvedAt is not null))
            order by c.createdAt desc, c.id desc""")
    List<SectionComment> findOpenMentions(long organisationId, long notBy, Pageable page);
}
