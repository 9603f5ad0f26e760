package io.github.actionplan.examples.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown as a viewer shows it, for the contract kit: what a reader sees, not the
 * characters written. The blocks and inlines are CommonMark's own parser's; GitHub's tables, which
 * CommonMark does not have, are read as GitHub does: a header row, a delimiter row and the rows up
 * to a blank line, cells split at each unescaped {@code |}, an escaped {@code \|} a pipe in its
 * cell, and a row's cells beyond the header's dropped.
 *
 * <p>A viewer shows no markup: no {@code #} of a heading, no table pipe, no emphasis marker, no
 * HTML tag ({@code <br>} is a line break; GitHub drops {@code <script>}). So a renderer that
 * escapes nothing loses the report's "# Not a heading", "| a | b |" and {@code <script>} strings
 * here, and the kit names them.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private MarkdownText() {}

    /** What a reader of {@code markdown} sees, block by block. */
    static String visibleText(String markdown) {
        StringBuilder text = new StringBuilder(markdown.length());
        List<String> lines = markdown.lines().toList();
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i + 1 < lines.size() && isTableStart(lines.get(i), lines.get(i + 1))) {
                text.append(blockText(blocks.toString()));
                blocks.setLength(0);
                int columns = cells(lines.get(i)).size();
                row(text, lines.get(i), columns);
                i += 2;
                for (; i < lines.size() && !lines.get(i).isBlank() && !startsABlock(lines.get(i)); i++) {
                    row(text, lines.get(i), columns);
                }
                i--;
            } else {
                blocks.append(lines.get(i)).append('\n');
            }
        }
        return text.append(blockText(blocks.toString())).toString();
    }

    /** A table's header row, with the delimiter row of as many cells under it. */
    private static boolean isTableStart(String line, String next) {
        return line.contains("|") && DELIMITER_ROW.matcher(next).matches()
                && cells(line).size() == cells(next).size();
    }

    /** A line that ends a table: a heading, a quote, a fence or HTML. */
    private static boolean startsABlock(String line) {
        String start = line.stripLeading();
        return start.startsWith("#") || start.startsWith(">") || start.startsWith("```") || start.startsWith("<");
    }

    /** A row's first {@code columns} cells, each read as the inline text it is; the rest, as GitHub does, dropped. */
    private static void row(StringBuilder text, String line, int columns) {
        List<String> cells = cells(line);
        for (String cell : cells.subList(0, Math.min(columns, cells.size()))) {
            // A letter first, so the cell is read as inline text whatever it starts with, as in a table.
            text.append(blockText("x" + cell.replace("\\|", "|")).substring(1));
        }
    }

    /** The cells of a table line, split at each unescaped pipe, without the pipes at its ends. */
    private static List<String> cells(String line) {
        String row = line.strip();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = row.startsWith("|") ? 1 : 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length()) {
                cell.append(c).append(row.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank() || !row.endsWith("|")) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    /** Markdown blocks, parsed by CommonMark, as the text a viewer shows. */
    private static String blockText(String markdown) {
        if (markdown.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append('\n');
            }

            @Override
            public void visit(HtmlInline node) {
                if (LINE_BREAK_TAG.matcher(node.getLiteral()).matches()) {
                    text.append('\n');
                }
            }

            @Override
            public void visit(HtmlBlock node) {
                // Markup: a viewer shows none of it.
            }

            @Override
            public void visit(FencedCodeBlock node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(ListItem node) {
                if (node.getParent() instanceof OrderedList list) {
                    int number = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
                    for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                        number++;
                    }
                    text.append(number).append(". ");
                } else if (node.getParent() instanceof BulletList) {
                    text.append("• ");
                }
                visitChildren(node);
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block && !(parent instanceof Document)) {
                    text.append('\n');
                }
            }
        });
        return text.toString();
    }
}
