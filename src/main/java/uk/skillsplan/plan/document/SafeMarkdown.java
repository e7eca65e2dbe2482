package uk.skillsplan.plan.document;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Section text as people typed it, made inert before anything shows it: raw HTML becomes plain text,
 * links may only go to this site, to http(s) or mailto, images become their description (no
 * requests to other sites), and evidence links can be unlinked for readers who cannot open them.
 * Every screen, the public page, the DOCX and the PDF read the same parsed, cleaned document.
 */
public final class SafeMarkdown {

    /** Where the text links a figure to its evidence. */
    public static final String EVIDENCE_PATH = "/plans/evidence/";

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final MarkdownRenderer MARKDOWN = MarkdownRenderer.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\s]");

    private SafeMarkdown() {
    }

    /** The cleaned document tree; {@code keepEvidenceLinks} false turns figure links into their words. */
    public static Node parse(String markdown, boolean keepEvidenceLinks) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new Cleaner(keepEvidenceLinks));
        return document;
    }

    /** Cleaned Markdown, for Vaadin's Markdown component. */
    public static String markdown(String markdown, boolean keepEvidenceLinks) {
        return MARKDOWN.render(parse(markdown, keepEvidenceLinks));
    }

    /** Cleaned HTML with all raw HTML escaped, for the PDF. */
    public static String html(String markdown, boolean keepEvidenceLinks) {
        return HTML.render(parse(markdown, keepEvidenceLinks));
    }

    static boolean safeDestination(String destination) {
        String plain = CONTROL.matcher(destination == null ? "" : destination).replaceAll("").toLowerCase(Locale.ROOT);
        return plain.startsWith("https://") || plain.startsWith("http://") || plain.startsWith("mailto:")
                || plain.startsWith("#") || plain.startsWith("/") && !plain.startsWith("//");
    }

    private static final class Cleaner extends AbstractVisitor {

        private final boolean keepEvidenceLinks;

        Cleaner(boolean keepEvidenceLinks) {
            this.keepEvidenceLinks = keepEvidenceLinks;
        }

        @Override
        public void visit(HtmlInline html) {
            html.insertBefore(new Text(html.getLiteral()));
            html.unlink();
        }

        @Override
        public void visit(HtmlBlock html) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(html.getLiteral().strip()));
            html.insertBefore(paragraph);
            html.unlink();
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            definition.unlink();
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
            boolean evidence = link.getDestination() != null && link.getDestination().startsWith(EVIDENCE_PATH);
            if (!safeDestination(link.getDestination()) || evidence && !keepEvidenceLinks) {
                unwrap(link);
            }
        }

        @Override
        public void visit(Image image) {
            StringBuilder alt = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    alt.append(text.getLiteral());
                }
            });
            image.insertBefore(new Text(alt.isEmpty() ? "(image left out)" : alt.toString()));
            image.unlink();
        }

        private static void unwrap(Node node) {
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                node.insertBefore(child);
                child = next;
            }
            node.unlink();
        }
    }
}
