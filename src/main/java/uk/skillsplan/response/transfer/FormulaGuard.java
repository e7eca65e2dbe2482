package uk.skillsplan.response.transfer;

/**
 * The response files' use of {@link uk.skillsplan.base.FormulaGuard} (CSV injection), which holds
 * the rule for every module's exports.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String protect(String text) {
        return uk.skillsplan.base.FormulaGuard.protect(text);
    }

    static String unprotect(String text) {
        return uk.skillsplan.base.FormulaGuard.unprotect(text);
    }
}
