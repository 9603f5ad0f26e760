package io.github.actionplan.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Over 200 strings that break careless renderers: Welsh and other accented Latin, Greek,
 * Cyrillic, Arabic and Hebrew, CJK, emoji and other astral-plane characters, combining marks,
 * zero-width characters, every C0 control character, U+FFFE and U+FFFF, text that starts like a
 * spreadsheet formula, HTML and CommonMark look-alikes, a 40,000-character text, empty and
 * white-space-only text.
 */
public final class HostileStrings {

    /** The length of the longest string, longer than a spreadsheet cell holds (32,767). */
    public static final int LONG_TEXT_LENGTH = 40_000;

    private static final List<String> ALL = build();

    private HostileStrings() {}

    /** All of them, in a fixed order. */
    public static List<String> all() {
        return ALL;
    }

    private static List<String> build() {
        List<String> s = new ArrayList<>();
        Collections.addAll(s,
                // Welsh: the circumflexed w and y are outside Latin-1.
                "Gwasanaeth Tân ac Achub Gogledd Cymru", "ŵ ŷ Ŵ Ŷ ẁ ẃ ẅ ỳ ý ÿ", "Côd Ymddygiad Moesegol",
                "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch", "Ymddiriedolaeth Gŵyl Ddewi",
                "Pwyllgor Archwilio a Chraffu", "Mae'r gwaith yn mynd rhagddo'n dda", "Diolch yn fawr iawn",
                "Ysgol Gynradd Bryn Tŷ", "Dŵr, tân a mwg",
                // Other accented Latin.
                "Crème brûlée à la française", "Ñandú, pingüino y ñoño", "Łódź, Gdańsk, Kraków", "Øresund Ærø Ålborg",
                "Straße, Fußgänger, Größe", "Ça fait déjà trois ans", "İstanbul ve Iğdır", "Sørensen's naïve café",
                "Dvořák, Janáček, Smetana", "Þingvellir og Ísafjörður",
                // Greek.
                "Πυροσβεστική Υπηρεσία", "Ελληνικά: αβγδεζηθ", "ΑΒΓΔΕΖΗΘΙΚΛΜ", "Ἀθῆναι ἐν ἀρχῇ", "μέτρα ασφαλείας",
                // Cyrillic.
                "Пожарная служба", "Україна: пожежна охорона", "Щастье и ёлка", "Београд, Србија", "Ӑӗӳ ҫӑмӑл",
                // Arabic and Hebrew, and right-to-left mixed with left-to-right.
                "خدمة الإطفاء والإنقاذ", "العربية: مرحبا بالعالم", "שירותי כבאות והצלה", "עברית: שלום עולם",
                "Mixed מעורב text עם English", "Rec 5 ضمن الخطة 2024",
                // CJK.
                "消防救援服务", "漢字とかなカナ", "한국어 소방서", "火災予防の取り組み", "中文：行动计划进度",
                "日本語のテキスト、句読点。", "繁體中文：改進計劃", "ㄅㄆㄇㄈ 注音", "ひらがなとカタカナ", "가나다라마바사",
                // Emoji and other astral-plane characters.
                "Emoji 😀🔥🚒", "Firefighter 👩‍🚒 ZWJ sequence", "Flag 🇬🇧 🏴󠁧󠁢󠁷󠁬󠁳󠁿", "Skin tone 👍🏽 👋🏿",
                "Mathematical 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝐁𝐨𝐥𝐝", "Gothic 𐍈 and Linear B 𐀀", "Hieroglyph 𓀀𓀁", "Musical 𝄞 clef",
                "Cuneiform 𒀀", "Rare CJK 𠀀𠜎", "Keycap 1️⃣ #️⃣", "Heart ❤️ with selector",
                // Combining marks.
                "e\u0301 decomposed acute", "a\u0308 o\u0308 u\u0308 combining diaeresis", "n\u0303 combining tilde",
                "Z\u0324\u0354\u0367\u0311\u0313a\u0356\u032d\u0308\u0307l\u036e\u0312\u036bg\u030c\u0317\u035ao\u0319\u0314\u036e",
                "w\u0302 y\u0302 Welsh by combining circumflex", "Devanagari क्षत्रिय", "Thai ภาษาไทย", "Hangul jamo \u1100\u1161",
                // Zero-width and other invisible characters.
                "zero\u200Bwidth space", "zero\u200Cwidth non-joiner", "zero\u200Dwidth joiner", "\uFEFFbyte order mark",
                "soft\u00ADhyphen", "word\u2060joiner", "left\u200Eto right mark", "right\u200Fto left mark",
                "no\u00A0break space", "narrow\u202Fno-break", "ideographic\u3000space", "en\u2002em\u2003spaces",
                // Unicode non-characters.
                "non-character \uFFFE here", "non-character \uFFFF here", "replacement \uFFFD already",
                // Spreadsheet formula look-alikes (CSV / formula injection).
                "=1+1", "=SUM(A1:A9)", "+44 1234 567890", "-5 degrees", "@SUM(1,2)", "\tTab first", "\rCarriage return first",
                "=HYPERLINK(\"http://example.invalid\",\"click\")", "=cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
                "+A1", "@import", "=", "+", "-", "@",
                // HTML and XML look-alikes.
                "<script>alert('x')</script>", "<b>bold</b> and <i>italic</i>", "&amp; &lt; &gt; &quot; &#169; &copy;",
                "<!-- a comment -->", "</w:t></w:r><w:r><w:t>", "]]> CDATA end", "<?xml version=\"1.0\"?>",
                "<img src=x onerror=alert(1)>", "a < b && c > d", "<p>paragraph</p>",
                // CommonMark look-alikes.
                "# Not a heading", "## Also not", "**not closed bold", "*emphasis*", "_underscores_", "`code span`",
                "[a link](http://example.invalid)", "> a quote", "- a dash list", "1. a numbered list",
                "---", "\\*escaped\\*", "~~strike~~", "| a | b |", "    indented code", "```fenced```",
                "Setext\n=====", "<http://autolink.invalid>", "[ref]: http://example.invalid", "![image](x.png)",
                // PDF and OOXML syntax look-alikes.
                "(parentheses) \\ backslash", "%PDF-1.4", "%%EOF", "/Type /Catalog", "BT /F1 12 Tf ET",
                "w:val=\"x\"", "{curly} [square]",
                // Numbers and words a parser might take for values.
                "0001", "1e10", "NaN", "null", "true", "-0", "1,000.50", "£1,234.56", "€5", "50%",
                // Long text: beyond a spreadsheet cell, and a word longer than any column.
                longText(), "Unbroken" + "x".repeat(2_000) + "End",
                // Empty and white-space only.
                "", " ", "   ", "\t", "\n", " \t \n ");
        // Every C0 control character, each between words so its place is clear.
        for (char c = 0; c < 0x20; c++) {
            s.add("control U+" + String.format("%04X", (int) c) + " [" + c + "] end");
        }
        // More of each script, so every one is tested at several lengths.
        for (String base : List.of("ŵŷ", "Ωμέγα", "Жизнь", "سلام", "שָׁלוֹם", "漢字", "🚒", "e\u0301")) {
            s.add(base);
            s.add(base.repeat(5) + " repeated");
        }
        return List.copyOf(s);
    }

    private static String longText() {
        StringBuilder text = new StringBuilder(LONG_TEXT_LENGTH);
        int word = 0;
        while (text.length() < LONG_TEXT_LENGTH - 20) {
            text.append("word").append(word++).append(word % 17 == 0 ? ". " : " ");
        }
        while (text.length() < LONG_TEXT_LENGTH) {
            text.append('z');
        }
        return text.toString();
    }
}
