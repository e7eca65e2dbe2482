package uk.skillsplan.base;

/**
 * Keeps text from running as a spreadsheet formula when someone opens an exported CSV file (CSV
 * injection): text starting with a formula character gets a leading apostrophe, which spreadsheets
 * show as text; an import removes it again. One rule for every module's exports.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {
    }

    public static String protect(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String unprotect(String text) {
        return text != null && text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }
}
