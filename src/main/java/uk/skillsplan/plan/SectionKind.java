package uk.skillsplan.plan;

/**
 * The sections of a plan in the order the DfE guidance (Nov 2025, Annex A) sets out, with the two
 * sections SkillsPlan adds (job quality and training access; evidence coverage). Annexes come after
 * the main body.
 */
public enum SectionKind {
    INTRODUCTION("Introduction and executive summary", false),
    STRATEGIC_CONTEXT("Strategic and economic context", false),
    SKILL_NEEDS("Local skill needs and priorities", false),
    ACTIONABLE_CHANGES("Actionable changes for providers and others", false),
    JOB_QUALITY("Job quality and training access", false),
    EVIDENCE_COVERAGE("Evidence coverage", false),
    STAKEHOLDER_ENGAGEMENT("Stakeholder engagement", false),
    MONITORING("Monitoring and review", false),
    ANNEX_SKILL_NEEDS("Annex A: skill needs coded by occupation (SOC) and sector (SIC)", true);

    private final String title;
    private final boolean annex;

    SectionKind(String title, boolean annex) {
        this.title = title;
        this.annex = annex;
    }

    public String title() {
        return title;
    }

    public boolean annex() {
        return annex;
    }
}
