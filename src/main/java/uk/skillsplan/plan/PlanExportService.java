package uk.skillsplan.plan;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.plan.document.DocxWriter;
import uk.skillsplan.plan.document.PdfWriter;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanDocuments;
import uk.skillsplan.security.SignedIn;

/**
 * The plan as DOCX and PDF, with the same content as the screen: the same cleaned Markdown, figures
 * as the text states them (never a hidden one), sections not yet written named at the top. Anyone
 * who may read the plan may download it.
 */
@Service
@Transactional(readOnly = true)
public class PlanExportService {

    private final PlanAccess access;
    private final PlanDocuments documents;

    PlanExportService(PlanAccess access, PlanDocuments documents) {
        this.access = access;
        this.documents = documents;
    }

    @SignedIn
    public PlanDocument document(long planId) {
        return documents.of(access.readable(planId));
    }

    @SignedIn
    public void docx(long planId, OutputStream out) throws IOException {
        DocxWriter.write(document(planId), out);
    }

    @SignedIn
    public void pdf(long planId, OutputStream out) throws IOException {
        PdfWriter.write(document(planId), out);
    }

    /** A file name for the plan's documents: "lsip-E37000062-2026-2029". */
    public static String fileName(PlanSummary plan) {
        return "lsip-" + plan.lsipCode() + "-" + plan.cycle() + (plan.edition() > 1 ? "-edition-" + plan.edition() : "");
    }
}
