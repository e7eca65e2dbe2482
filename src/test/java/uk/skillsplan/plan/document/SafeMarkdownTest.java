package uk.skillsplan.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    private static List<String> dangers(String markdown) {
        return MarkdownDangers.in(markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <img src=x onerror=alert(1)> there",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click][a]\n\n[a]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![tracker](https://evil.example/pixel.png)",
            "<div onmouseover=\"alert(1)\">\n\ntext\n\n</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](vbscript:msgbox) |",
            "[x](//evil.example/steal)"})
    void hostile_markdown_is_made_inert_for_the_markdown_component_and_the_html(String hostile) {
        String markdown = SafeMarkdown.markdown(hostile, true);
        String html = SafeMarkdown.html(hostile, true);

        assertThat(dangers(markdown)).as("cleaned Markdown %s", markdown).isEmpty();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("javascript:alert(1)\"")
                .doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\"data:")
                .doesNotContainIgnoringCase("<div");
    }

    @Test
    void hostile_text_stays_visible_as_text_so_nothing_the_author_wrote_is_lost() {
        String html = SafeMarkdown.html("Before <script>alert(1)</script> after", true);

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("Before").contains("after");
    }

    @Test
    void ordinary_markdown_keeps_its_headings_lists_tables_and_safe_links() {
        String source = "### Priorities\n\n- one\n- two\n\n| Sector | Share |\n|---|---|\n| Care | 27% |\n\n"
                + "See [the guidance](https://www.gov.uk/lsip) and [27% of all vacancies](/plans/evidence/12).";

        String html = SafeMarkdown.html(source, true);

        assertThat(html).contains("<h3>Priorities</h3>").contains("<li>one</li>").contains("<th>Sector</th>")
                .contains("<td>27%</td>").contains("href=\"https://www.gov.uk/lsip\"")
                .contains("href=\"/plans/evidence/12\"");
    }

    @Test
    void evidence_links_become_plain_words_for_readers_who_cannot_open_them() {
        String html = SafeMarkdown.html("Shortages: [27% of all vacancies (base: 150 employers)](/plans/evidence/12).", false);

        assertThat(html).contains("27% of all vacancies (base: 150 employers)").doesNotContain("/plans/evidence/");
    }
}
