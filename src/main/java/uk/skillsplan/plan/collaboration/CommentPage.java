package uk.skillsplan.plan.collaboration;

import java.util.List;

/** One page of a section's threads (20 at a time), and how many there are in all. */
public record CommentPage(List<CommentThread> threads, int page, long totalThreads) {

    public static final int SIZE = 20;

    public boolean more() {
        return (long) (page + 1) * SIZE < totalThreads;
    }
}
