package uk.skillsplan.plan.document;

import java.util.regex.Pattern;

/**
 * Text as XML can hold it. DOCX and the PDF's HTML are XML, which has no place for most control
 * characters (a paste from another program may carry them); one of them would make Word refuse the
 * file or stop the PDF. They are left out, tabs and line ends kept.
 */
final class XmlText {

    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private XmlText() {
    }

    static String clean(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }
}
