package uk.skillsplan.plan.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;

/**
 * The one way a section gets a new text, whoever asks (an edit, the generator, an accepted new
 * figure): refused on a published plan or a stale starting version; otherwise kept as a new version,
 * the plan's revision goes up, and any approvals given so far are reset, because they approved other words.
 */
@Component
public class SectionWriter {

    /** Generous for a section (about 30 pages of plain text), and what the column holds. */
    public static final int MAX_CHARS = 200_000;

    private final SectionVersionRepository versions;
    private final PlanApprovalRepository approvals;
    private final PlanWorkingDraftRepository drafts;
    private final PlanLog log;
    private final Clock clock;

    SectionWriter(SectionVersionRepository versions, PlanApprovalRepository approvals, PlanWorkingDraftRepository drafts,
                  PlanLog log, Clock clock) {
        this.versions = versions;
        this.approvals = approvals;
        this.drafts = drafts;
        this.log = log;
        this.clock = clock;
    }

    public static void requireEditable(Plan plan) {
        if (!plan.getStatus().editable()) {
            throw ValidationException.of(ValidationException.FORM, "This plan is published and read-only. "
                    + "Start a new edition to change it.");
        }
    }

    public SectionText write(Plan plan, PlanSection section, int startedFrom, String body, String note, Caller by) {
        requireEditable(plan);
        String text = body == null ? "" : body.replace("\r\n", "\n");
        if (text.length() > MAX_CHARS) {
            throw ValidationException.of("body", "A section holds at most " + MAX_CHARS + " characters; this text has "
                    + text.length() + ". Move some of it to another section or an annex.");
        }
        if (startedFrom != section.getCurrentNumber()) {
            throw new StaleSectionException(current(plan, section), text, startedFrom);
        }
        Instant now = clock.instant();
        int number = section.advance();
        SectionVersion saved = versions.save(new SectionVersion(section.getId(), number, text, note, by.userIdOrNull(),
                by.displayName(), now));
        plan.nextRevision();
        resetApprovals(plan, by, section.getTitle());
        if (by.userIdOrNull() != null) {
            drafts.find(section.getId(), by.userId()).ifPresent(drafts::delete);
        }
        log.record(plan, by, "Edited", section.getTitle() + ": version " + number + " (" + note + ")");
        return toText(plan, section, saved);
    }

    private void resetApprovals(Plan plan, Caller by, String sectionTitle) {
        List<PlanApproval> standing = approvals.findStanding(plan.getId());
        standing.forEach(approval -> approval.reset(clock.instant()));
        if (plan.getStatus() == PlanStatus.APPROVED) {
            plan.moveTo(PlanStatus.AWAITING_SIGN_OFF);
        }
        if (!standing.isEmpty()) {
            log.record(plan, by, "Approvals reset", standing.size() + " approval(s) reset by the edit of \""
                    + sectionTitle + "\": the plan needs approving again.");
        }
    }

    public SectionText current(Plan plan, PlanSection section) {
        SectionVersion version = section.getCurrentNumber() == 0 ? null
                : versions.find(section.getId(), section.getCurrentNumber()).orElse(null);
        return toText(plan, section, version);
    }

    public static SectionText toText(Plan plan, PlanSection section, SectionVersion version) {
        return version == null
                ? new SectionText(section.getId(), plan.getId(), section.getKind(), section.getTitle(), 0, "", "", null, null)
                : new SectionText(section.getId(), plan.getId(), section.getKind(), section.getTitle(),
                        version.getVersionNumber(), version.getBody(), version.getNote(), version.getAuthorName(),
                        version.getCreatedAt());
    }
}
