package uk.skillsplan.insight;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Employers' demand against what colleges and providers deliver, by sector subject area (tier 1),
 * for the plan and the "demand and provision" page. ERB leads, council officers and provider staff
 * see their own organisation's area, administrators any; employers are refused. Every figure has
 * been through disclosure control; a gap index is shown only where both its sides are.
 */
public interface DemandProvisionService {

    /** The gap table of {@link GapQuery}; aggregated in SQL. */
    DemandProvisionGaps gaps(GapQuery query);

    /** The shipped crosswalk, as the file has it (anyone signed in may read it). */
    List<CrosswalkEntry> crosswalk();

    /** The SIC 2007 sections whose demand goes mainly (a quarter or more) to one of the subject areas ({@code SSA_05}, ...). */
    Set<String> sectorsServedBy(Collection<String> subjectAreas);

    /** The area's DfE provision imports, newest first (for choosing one). */
    List<ProvisionImportSummary> provisionImports(String lsipCode);
}
