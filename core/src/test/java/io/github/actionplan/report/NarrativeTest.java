package io.github.actionplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        Narrative n = Narrative.parse("First paragraph\nstill first.\n\nSecond.");

        assertThat(n.blocks()).containsExactly(Block.Paragraph.of("First paragraph still first."),
                Block.Paragraph.of("Second."));
    }

    @Test
    void bulletAndNumberedListsBecomeLists() {
        Narrative n = Narrative.parse("Delivered:\n\n1. Guidance.\n2. Training.\n\n- one\n- two");

        assertThat(n.blocks()).hasSize(3);
        assertThat(n.blocks().get(1)).isInstanceOfSatisfying(Block.NumberedList.class, list -> {
            assertThat(list.start()).isEqualTo(1);
            assertThat(list.items()).hasSize(2);
        });
        assertThat(n.blocks().get(2)).isInstanceOf(Block.BulletList.class);
        assertThat(n.plainText()).isEqualTo("Delivered:\n1. Guidance.\n2. Training.\n• one\n• two");
    }

    @Test
    void aNumberedListKeepsItsStartingNumber() {
        Narrative n = Narrative.parse("4. Ensured assurance.\n5. Ensured consistency.");

        assertThat(((Block.NumberedList) n.blocks().get(0)).number(1)).isEqualTo(5);
    }

    @Test
    void numberedItemsShowTheNumbersTypedWhereTheyDoNotCountOnByOne() {
        // Trial 65 F3: "3. Station 3 next" showed as "11." after "10. Station 10 done".
        Narrative n = Narrative.parse("10. Station 10 done\n3. Station 3 next\n4. Station 4 after\n1. again\n1. and"
                + " again");

        assertThat(n.plainText()).isEqualTo("10. Station 10 done\n3. Station 3 next\n4. Station 4 after\n1. again\n"
                + "1. and again");
        assertThat(n.blocks()).extracting(b -> ((Block.NumberedList) b).start()).containsExactly(10, 3, 1, 1);
        // Run 67 #2: items all of one number are Markdown's way of typing a list, numbered on as CommonMark does.
        assertThat(Narrative.parse("1. one\n1. two\n1. three").plainText()).isEqualTo("1. one\n2. two\n3. three");
        assertThat(Narrative.parse("1. one\n2. two\n\n   - inner\n3. three").blocks()).singleElement()
                .isInstanceOfSatisfying(Block.NumberedList.class, list -> assertThat(list.items()).hasSize(3));
    }

    @Test
    void aListNumberedPastTheHighestNumberAWordProcessorStartsAListAtIsKeptAsTyped() {
        // Run 69 #7: "40000. first" showed as "1. first" in the DOCX report, as Word starts no list past 32,767.
        Narrative past = Narrative.parse("Visits:\n\n40000. first\n40001. second");
        Narrative to = Narrative.parse("32766. first\n32767. second");

        assertThat(past.blocks()).containsExactly(Block.Paragraph.of("Visits:"), Block.Paragraph.of("40000. first\n"
                + "40001. second"));
        assertThat(Narrative.parse("32767. first\n32768. second").blocks()).singleElement()
                .isInstanceOf(Block.Paragraph.class);
        assertThat(to.blocks()).singleElement().isInstanceOfSatisfying(Block.NumberedList.class, list -> assertThat(
                list.start()).isEqualTo(32_766));
        assertThat(past.plainText()).isEqualTo("Visits:\n40000. first\n40001. second");
        // Run 75 #8: kept as typed in an item, its lines after the first stay under the item's text.
        Narrative inItem = Narrative.parse("- 5.1:\n\n  32767. a\n\n  32768. b\n- 5.2: x");
        assertThat(inItem.plainText()).isEqualTo("• 5.1:\n  32767. a\n  32768. b\n• 5.2: x");
        assertThat(inItem.plainInlines().stream().map(i -> i instanceof Inline.Span span ? span.text() : "\n")
                .reduce("", String::concat)).isEqualTo(inItem.plainText());
        // Run 75 #7: only the run numbered past it; a list after it stays a list.
        assertThat(Narrative.parse("40000. big\n\n1. one\n2. two").blocks()).satisfiesExactly(
                big -> assertThat(big).isEqualTo(Block.Paragraph.of("40000. big")),
                list -> assertThat(list).isInstanceOfSatisfying(Block.NumberedList.class, numbered -> assertThat(
                        numbered.items()).hasSize(2)));
    }

    @Test
    void nestedListsAreIndentedInPlainText() {
        assertThat(Narrative.parse("- outer\n  - inner").plainText()).isEqualTo("• outer\n  • inner");
    }

    @Test
    void plainInlinesAreThePlainTextWithEachParagraphsEmphasisKept() {
        Narrative n = Narrative.parse("**1:** The plan:\n\n- *outer*\n  1. inner **done**\n  2.\n\nLast  \nline.");

        List<Inline> inlines = n.plainInlines();

        assertThat(inlines.stream().map(i -> i instanceof Inline.Span s ? s.text() : "\n")
                .reduce("", String::concat)).isEqualTo(n.plainText())
                .isEqualTo("1: The plan:\n• outer\n  1. inner done\n  2.\nLast\nline.");
        assertThat(inlines).containsSubsequence(new Inline.Span("1:", false, true), Inline.Span.plain(" The plan:"),
                new Inline.LineBreak(), Inline.Span.plain("• "), new Inline.Span("outer", true, false),
                new Inline.LineBreak(), Inline.Span.plain("  1. "), Inline.Span.plain("inner "),
                new Inline.Span("done", false, true), new Inline.LineBreak(), Inline.Span.plain("  2."));
    }

    @Test
    void emphasisAndStrongEmphasisBecomeStyledSpans() {
        Block.Paragraph p = (Block.Paragraph) Narrative.parse("a *b* **c** ***d***").blocks().get(0);

        assertThat(p.inlines()).containsExactly(
                Inline.Span.plain("a "), new Inline.Span("b", true, false), Inline.Span.plain(" "),
                new Inline.Span("c", false, true), Inline.Span.plain(" "), new Inline.Span("d", true, true));
    }

    @Test
    void everyOtherConstructIsKeptAsTheLiteralTextTyped() {
        List<String> literals = List.of("# Not a heading", "<b>bold</b> &amp; `code`", "[a link](http://x.invalid)",
                "> not a quote", "C:\\plans\\q2", "---", "    indented, not code", "~~strike~~");
        for (String literal : literals) {
            assertThat(Narrative.parse(literal).plainText()).as(literal).isEqualTo(literal.strip());
        }
    }

    @Test
    void anAsteriskOrUnderscoreAfterABackslashIsThatCharacterNotEmphasis() {
        Narrative escaped = Narrative.parse("Risk 3\\*4=12, target 2\\*3=6; \\_draft\\_ and *real*");

        assertThat(escaped.blocks()).singleElement().isEqualTo(new Block.Paragraph(List.of(
                Inline.Span.plain("Risk 3*4=12, target 2*3=6; _draft_ and "), new Inline.Span("real", true, false))));
        assertThat(Narrative.parse("\\* not a list").plainText()).isEqualTo("* not a list");
    }

    @Test
    void plainTextWithItsEmphasisEscapedReadsBackAsTyped() {
        String typed = "Risk 3*4=12 in file_v2_final, **Budget** agreed, *not* italic";

        assertThat(Narrative.escapeEmphasis(typed)).isEqualTo(
                "Risk 3\\*4=12 in file\\_v2\\_final, \\*\\*Budget\\*\\* agreed, \\*not\\* italic");
        assertThat(Narrative.parse(Narrative.escapeEmphasis(typed)).blocks()).singleElement()
                .isEqualTo(Block.Paragraph.of(typed));
    }

    @Test
    void plainTextWithBackslashesBeforeItsMarkersReadsBackAsTypedWithoutEmphasis() {
        // Run 90 #2: "C:\Temp\*.log" came back "C:\Temp\\.log", the text between two asterisks in italics.
        List<String> typed = List.of("Logs are in C:\\Temp\\*.log and D:\\Backup\\*.log now", "\\*a\\*",
                "\\\\*b\\\\_ and \\_c\\_", "\\\\server\\share_1\\", "trailing \\", "*\\");
        for (String text : typed) {
            Narrative read = Narrative.parse(Narrative.escapeEmphasis(text));
            assertThat(read.plainText()).as(text).isEqualTo(text);
            assertThat(read.blocks()).as(text).singleElement().isInstanceOfSatisfying(Block.Paragraph.class,
                    p -> assertThat(p.inlines()).allSatisfy(i -> assertThat(((Inline.Span) i).emphasis()).isFalse()));
        }
    }

    @Test
    void plainTextEscapedReadsBackAsTypedInAngleBracketsAndCodeSpans() {
        // Run 90 #1: a link pasted as Outlook shows it kept the escapes, and linked to "Fire%5C_Safety%5C_Policy.docx".
        String link = "https://fire.example/sites/Protection/Fire_Safety_Policy_.docx";
        for (String text : List.of("Policy agreed: <" + link + ">", "see `a_b*c` and <span class=\"x_y\">",
                "mail <john_smith@fire.example>", "`dir C:\\Logs\\*.log` and *C:\\Logs\\*",
                "[ref]: http://x.example/a_b", "see [the_policy](http://x.example/a_b) *now*")) {
            assertThat(Narrative.parse(Narrative.escapeEmphasis(text)).plainText()).as(text).isEqualTo(text);
        }
        Block.Paragraph linked = (Block.Paragraph) Narrative.parse(Narrative.escapeEmphasis("Policy: <" + link + ">"))
                .blocks().getFirst();
        assertThat(linked.inlines()).extracting(i -> ((Inline.Span) i).link()).contains(java.util.Optional.of(link));
    }

    @Test
    void aLineShapedAsALinkDefinitionEscapedReadsBackAsTypedWhereverItIsPut() {
        // Run 95 #2: left unescaped, as a definition, its asterisks were emphasis once put after "- 2.1: ".
        String cell = "[Audit]: https://intranet.example/audit_log \"Q2 *final* draft\"";

        assertThat(Narrative.parse(Narrative.escapeEmphasis(cell)).plainText()).isEqualTo(cell);
        assertThat(Narrative.parse("- 2.1: " + Narrative.escapeEmphasis(cell)).plainText()).isEqualTo("• 2.1: " + cell);
        // Run 100 #1: a web address in angle brackets in it is one after "- 2.1: ", where an escape stays as typed
        String linked = "[1]: <https://example.com/a_b> \"Guide *one*\"";
        assertThat(Narrative.parse(Narrative.escapeEmphasis(linked)).plainText()).isEqualTo(linked);
        Narrative item = Narrative.parse("- 2.1: " + Narrative.escapeEmphasis(linked));
        assertThat(item.plainText()).isEqualTo("• 2.1: " + linked);
        assertThat(((Block.BulletList) item.blocks().getFirst()).items().getFirst().blocks().getFirst())
                .isInstanceOfSatisfying(Block.Paragraph.class, p -> assertThat(p.inlines())
                        .extracting(i -> ((Inline.Span) i).link())
                        .contains(java.util.Optional.of("https://example.com/a_b")));
    }

    @Test
    void aCodeSpanLinkOrTagWrittenByHandIsReadAsTypedEscapesAndAll() {
        // Run 93 #1: for a day, the backslashes of `dir C:\Logs\*.log` were read as escapes and dropped.
        for (String typed : List.of("`dir C:\\Logs\\*.log`", "<span title=\"a\\_b\">", "<https://x.example/a\\_b>",
                "[a\\_b](https://x.example/)")) {
            assertThat(Narrative.parse(typed).plainText()).as(typed).isEqualTo(typed);
        }
    }

    @Test
    void backslashesBeforeAMarkerAreReadAsCommonMarkReadsThemAndOthersAsTyped() {
        assertThat(Narrative.parse("a \\\\\\* b, \\\\* c").plainText()).isEqualTo("a \\* b, \\* c");
        assertThat(Narrative.parse("C:\\plans\\q2 and \\\\server").plainText())
                .isEqualTo("C:\\plans\\q2 and \\\\server");
    }

    @Test
    void aLinkReferenceDefinitionIsNotSwallowed() {
        assertThat(Narrative.parse("[ref]: http://example.invalid").plainText()).isEqualTo("[ref]: http://example.invalid");
    }

    @Test
    void blankTextIsAnEmptyNarrative() {
        assertThat(Narrative.parse("  \n ").isEmpty()).isTrue();
        assertThat(Narrative.plain("   ").isEmpty()).isTrue();
    }

    @Test
    void aHardLineBreakIsALineBreakNotANewlineCharacter() {
        Block.Paragraph p = (Block.Paragraph) Narrative.parse("line one  \nline two").blocks().get(0);

        assertThat(p.inlines()).containsExactly(Inline.Span.plain("line one"), new Inline.LineBreak(),
                Inline.Span.plain("line two"));
    }

    @Test
    void listsNestedThousandsDeepKeepEveryWordAndABoundedDepth() {
        Narrative n = Narrative.parse("- ".repeat(5_000) + "deepest");

        assertThat(n.plainText()).contains("deepest").contains("- - - -");
        assertThat(depth(n.blocks())).isLessThanOrEqualTo(Narrative.MAX_LIST_DEPTH);
        assertThat(n.toString()).contains("deepest");
        assertThat(n).isEqualTo(Narrative.parse("- ".repeat(5_000) + "deepest"));
    }

    @Test
    void emphasisNestedThousandsDeepIsReadWithoutRecursion() {
        String text = "*a _".repeat(20_000) + "x" + "_ a*".repeat(20_000);

        assertThat(Narrative.parse(text).texts()).singleElement().asString().contains("x").hasSizeGreaterThan(40_000);
    }

    @Test
    void textOfThousandsOfAngleBracketsKeepsEveryCharacterListAndEmphasis() {
        // CommonMark looks from each '<' for the end of a tag: 100,000 of them took 20 s to parse. Past 1,000, none
        // opens a tag, and the text reads as it does with fewer.
        String typed = "- item <one\n- `code <x>` and [link](<https://e.org/x_y_z>) *done*\n\n";
        Narrative few = Narrative.parse(typed + "<".repeat(999) + ">");
        Narrative many = Narrative.parse(typed + "<".repeat(100_000) + ">");

        assertThat(many.blocks()).hasSize(2).first().isEqualTo(few.blocks().getFirst());
        assertThat(many.plainText()).isEqualTo(few.plainText().replace("<".repeat(999), "<".repeat(100_000)))
                .doesNotContain("%");
    }

    private static int depth(List<Block> blocks) {
        int deepest = 0;
        for (Block block : blocks) {
            List<Block.ListItem> items = switch (block) {
                case Block.Paragraph p -> List.of();
                case Block.BulletList list -> list.items();
                case Block.NumberedList list -> list.items();
            };
            for (Block.ListItem item : items) {
                deepest = Math.max(deepest, 1 + depth(item.blocks()));
            }
        }
        return deepest;
    }
}
