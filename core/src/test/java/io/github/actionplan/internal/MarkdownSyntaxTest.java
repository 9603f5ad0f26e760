package io.github.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class MarkdownSyntaxTest {

    @Test
    void textOfMoreThanAThousandAngleBracketsOpensNoTagWhoseEndCommonMarkWouldLookFor() {
        // Each '<' made CommonMark look for a tag's end as far as the paragraph went: time that grew as its square.
        assertThat(nodes(MarkdownSyntax.parse("<b>x</b> ".repeat(500)))).hasAtLeastOneElementOfType(HtmlInline.class);
        assertThat(nodes(MarkdownSyntax.parse("<b>x</b> ".repeat(501)))).noneMatch(HtmlInline.class::isInstance);
    }

    @Test
    void textOfMoreThanAThousandAngleBracketsKeepsItsEmphasisAndItsSourceSpans() {
        String text = "*very* " + "<".repeat(1_001) + " _done_";

        List<Node> nodes = nodes(MarkdownSyntax.parse(text));

        assertThat(nodes).filteredOn(Text.class::isInstance).map(node -> typed(node, text))
                .containsExactlyInAnyOrder("very", " " + "<".repeat(1_001) + " ", "done");
    }

    private static String typed(Node node, String source) {
        SourceSpan span = node.getSourceSpans().getFirst();
        return source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    }

    private static List<Node> nodes(Node document) {
        List<Node> nodes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                    nodes.add(node);
                }
                super.visitChildren(parent);
            }
        });
        return nodes;
    }
}
