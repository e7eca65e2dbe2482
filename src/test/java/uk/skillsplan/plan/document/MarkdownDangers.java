package uk.skillsplan.plan.document;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Parses Markdown as a browser's Markdown renderer would and lists what could run or fetch: raw HTML, images, unsafe links. */
public final class MarkdownDangers {

    private MarkdownDangers() {
    }

    public static List<String> in(String markdown) {
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<String> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found.add("inline HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                found.add("HTML block " + html.getLiteral());
            }

            @Override
            public void visit(Image image) {
                found.add("image " + image.getDestination());
            }

            @Override
            public void visit(Link link) {
                if (!SafeMarkdown.safeDestination(link.getDestination())) {
                    found.add("link " + link.getDestination());
                }
                visitChildren(link);
            }
        });
        return found;
    }
}
