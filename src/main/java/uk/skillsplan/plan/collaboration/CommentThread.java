package uk.skillsplan.plan.collaboration;

import java.util.List;

/** A thread: its first comment, the replies in order, and whether the caller may resolve it. */
public record CommentThread(Comment first, List<Comment> replies, boolean mayResolve) {
}
