package dev.backcheck.rules.injection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateOutputsTest {

    private static List<String> found(String path, String text) {
        return TemplateOutputs.scan(path, text).stream()
                .map(o -> o.line() + ":" + o.column() + " " + o.paths().stream().map(p -> String.join(".", p)).toList())
                .toList();
    }

    @Test
    void ejsReportsOnlyUnescapedOutputWithData() {
        String t = "<h1><%= user.name %></h1>\n<p><%- user.bio %></p>\n<%- include('footer') %>\n<%- escapeHtml(note) %>\n"
                + "<%- user.title.toUpperCase() %>\n<%_ if (x !== 1) { _%>";
        assertEquals(List.of("2:4 [user.bio]", "5:1 [user.title]"), found("views/a.ejs", t));
    }

    @Test
    void pugReportsBufferedUnescapedCodeAndInterpolation() {
        String t = "h1= title\nif count != 0\n  p= count\np.lead!= intro\np Note: !{note} and #{safe}\n- var x = a != b\n// p!= comment";
        assertEquals(List.of("4:10 [intro]", "5:9 [note]"), found("views/a.pug", t));
    }

    @Test
    void handlebarsReportsTripleStashAndHelperArguments() {
        String t = "<b>{{name}}</b>\n<div>{{{comment.body}}}</div>\n{{{markdown ../post.text}}}\n{{> partial}}\n{{& raw}}";
        assertEquals(List.of("2:6 [comment.body]", "3:1 [post.text]", "5:1 [raw]"), found("views/a.hbs", t));
    }

    @Test
    void nunjucksReportsSafeFilterOnly() {
        String t = "{{ name }}\n{{ bio | safe }}\n{{ other | escape | safe }}\n{{ title | upper }}";
        assertEquals(List.of("2:1 [bio]"), found("views/a.njk", t));
    }

    @Test
    void htmlViewsAreScannedForEverySyntax() {
        assertEquals(List.of("1:1 [a]", "2:1 [b]"), found("views/page.html", "<%- a %>\n{{{ b }}}"));
        assertTrue(found("views/page.txt", "<%- a %>").isEmpty());
    }

    @Test
    void longAndUnclosedTemplatesEndQuickly() {
        String longString = "p!= x + '" + "a".repeat(200_000) + "'";
        assertEquals(List.of("1:5 [x]"), found("views/a.pug", longString));
        String unclosed = "{{{ a ".repeat(20_000) + "<%- b ".repeat(20_000) + "<%- c %>\n".repeat(50_000);
        // a guard against a scan that never ends (quadratic or backtracking over 1.3M characters runs for hours), not a
        // speed measurement: speed is measured under bench/, and this test ran 6 s on a machine at load 27
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(90), () -> TemplateOutputs.scan("views/a.html", unclosed));
    }
}
