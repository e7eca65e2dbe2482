package uk.skillsplan.plan;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.skillsplan.plan.domain.EvidenceSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.plan.document.SafeMarkdown;
import uk.skillsplan.plan.domain.EvidenceLink;
import uk.skillsplan.plan.domain.EvidenceLinkRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanSection;
import uk.skillsplan.plan.domain.PlanSectionRepository;
import uk.skillsplan.plan.domain.SectionWriter;
import uk.skillsplan.plan.drafting.FigureWords;
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.security.SignedIn;

/**
 * A figure's evidence: the stored query and the value written, recomputed on demand; when the
 * evidence has changed, the editor can accept the new value into the text (a new version).
 */
@Service
@Transactional(readOnly = true)
public class PlanEvidenceService {

    private final EvidenceLinkRepository links;
    private final PlanSectionRepository sections;
    private final PlanAccess access;
    private final SectionWriter writer;
    private final EvidenceSource insight;

    PlanEvidenceService(EvidenceLinkRepository links, PlanSectionRepository sections, PlanAccess access,
                        SectionWriter writer, EvidenceSource insight) {
        this.links = links;
        this.sections = sections;
        this.access = access;
        this.writer = writer;
        this.insight = insight;
    }

    /** The link as written, without recomputing. */
    @SignedIn
    public EvidenceDetail evidence(long linkId) {
        EvidenceLink link = load(linkId);
        return detail(link, null, null, false, null);
    }

    /** The link with its figure computed again now: "changed" when the value, the base or the caution differ. */
    @SignedIn
    public EvidenceDetail recompute(long linkId) {
        EvidenceLink link = load(linkId);
        InsightService evidence = insight.insight().orElse(null);
        if (evidence == null) {
            return detail(link, null, null, false, "The evidence cannot be read just now; try again later.");
        }
        Figure now;
        try {
            now = evidence.figure(link.query());
        } catch (NotFoundException | IllegalArgumentException gone) {
            return detail(link, null, null, false, "The evidence behind this figure no longer exists (" + gone.getMessage()
                    + "). Change the sentence by hand.");
        } catch (AccessDeniedException denied) {
            return detail(link, null, null, false, "Only people of the plan's area can recompute its figures.");
        }
        Metric metric = metric(link);
        String newWords = metric == null ? null : FigureWords.of(metric, now).orElse(null);
        boolean changed = now.suppressed() || !Objects.equals(now.value(), link.getValueUsed())
                || now.base() != link.getBaseUsed() || now.caution() != link.isCaution();
        return detail(link, now, newWords, changed, null);
    }

    /**
     * Writes the recomputed figure into the section as a new version. A figure that is now hidden is
     * taken out of the sentence (shown as "c"), never written.
     */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public EvidenceDetail acceptNewValue(long linkId) {
        EvidenceLink link = load(linkId);
        Plan plan = access.writable(link.getPlanId());
        SectionWriter.requireEditable(plan);
        EvidenceDetail recomputed = recompute(linkId);
        if (recomputed.problem() != null) {
            throw ValidationException.of(ValidationException.FORM, recomputed.problem());
        }
        if (!recomputed.changed()) {
            throw ValidationException.of(ValidationException.FORM, "The evidence has not changed; the text already says "
                    + link.getWords() + ".");
        }
        PlanSection section = sections.findById(link.getSectionId()).orElseThrow();
        SectionText current = writer.current(plan, section);
        Matcher found = Pattern.compile("\\[([^\\]]*)\\]\\(" + Pattern.quote(SafeMarkdown.EVIDENCE_PATH + linkId) + "\\)")
                .matcher(current.body());
        if (!found.find()) {
            throw ValidationException.of(ValidationException.FORM, "This figure is no longer in the text of \""
                    + section.getTitle() + "\", so there is nothing to update.");
        }
        Figure now = recomputed.now();
        String replacement;
        if (recomputed.newWords() == null) {
            replacement = "c (hidden to protect confidentiality)";
        } else {
            boolean sentence = found.group(1).equals(link.getWords());
            String words = sentence ? recomputed.newWords()
                    : FigureWords.value(recomputed.metric(), now.value()) + (now.caution() ? " (treat with caution)" : "");
            replacement = "[" + words + "](" + SafeMarkdown.EVIDENCE_PATH + linkId + ")";
        }
        String body = found.replaceFirst(Matcher.quoteReplacement(replacement));
        writer.write(plan, section, current.number(), body, "new evidence accepted", access.caller());
        link.use(now, recomputed.newWords() == null ? link.getWords() : recomputed.newWords());
        return detail(link, now, recomputed.newWords(), false, null);
    }

    private EvidenceLink load(long linkId) {
        EvidenceLink link = links.findById(linkId).orElseThrow(() -> new NotFoundException("There is no figure link " + linkId + "."));
        access.readable(link.getPlanId());
        return link;
    }

    private Metric metric(EvidenceLink link) {
        InsightService evidence = insight.insight().orElse(null);
        if (evidence == null) {
            return null;
        }
        try {
            return evidence.metric(link.query().metric());
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    private EvidenceDetail detail(EvidenceLink link, Figure now, String newWords, boolean changed, String problem) {
        String title = sections.findById(link.getSectionId()).map(PlanSection::getTitle).orElse("");
        return new EvidenceDetail(link.getId(), link.getPlanId(), link.getSectionId(), title, metric(link), link.query(),
                link.getValueUsed(), link.getBaseUsed(), link.isCaution(), link.getWords(), link.getComputedAt(), now,
                newWords, changed, problem);
    }
}
