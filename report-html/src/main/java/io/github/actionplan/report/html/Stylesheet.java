package io.github.actionplan.report.html;

import io.github.actionplan.report.Column;
import io.github.actionplan.report.Palette;
import io.github.actionplan.report.spi.PageSize;
import io.github.actionplan.report.spi.RenderOptions;
import java.io.IOException;

/**
 * The page's one stylesheet, written inline: the page makes no request of its own. Colours of
 * statuses are not here but on each cell, as core chose them; text, rules and header fills are
 * core's too ({@link Palette}).
 *
 * <p>On screen the text reflows down to 320 CSS pixels: long words outside tables break anywhere
 * rather than widen the page, and each table scrolls sideways in its own container. No word in a
 * table is broken: its header cell's minimum width is core's longest word for the column, and
 * words are left whole in the browser's own measure of a column's narrowest width
 * ({@code overflow-wrap: break-word}), which the table never goes below. Only in a column whose
 * longest word is longer than core's {@link Column#LONGEST_WORD_KEPT} characters may words break
 * anywhere. In print the paper is the options' page size, each chapter prints on the named page
 * of its orientation (a new page starts where the orientation changes), header rows repeat on
 * every page and never end a page alone, a table of key facts is kept whole, the running header,
 * running footer and page number are in the page's margins, and fills are printed. A status's words
 * are never split across pages, and in print its colour is behind them alone, not the whole cell:
 * a row that runs onto another page shows no colour there without its words. An address keeps its
 * link colour and underline in print; a link within the page, as the contents', is text.
 *
 * <p>In forced colours (Windows High Contrast) the browser puts the user's colours on text,
 * backgrounds and borders, but not on SVG fills: the chart's text, bars and tracks take the
 * system's {@code CanvasText} and {@code Canvas} there, each bar solid on an outlined track, as
 * its status is in the label above it.
 */
final class Stylesheet {

    /** The class, and the name of the printed page, of a chapter on portrait pages. */
    static final String PORTRAIT = "ap-portrait";

    /** The class, and the name of the printed page, of a chapter on landscape pages. */
    static final String LANDSCAPE = "ap-landscape";

    private static final String SCREEN = inColours("""
            :root{color-scheme:only light}
            body{margin:0 auto;max-width:78rem;padding:0 1rem 2rem;font-family:Arial,"Helvetica Neue",Helvetica,\
            "Noto Sans","DejaVu Sans",sans-serif;font-size:1rem;line-height:1.45;color:{text};background:#FFFFFF}
            h1,h2,h3,h4,p,li,th,td,caption{overflow-wrap:anywhere;unicode-bidi:plaintext}
            .ap-data th,.ap-data td,.ap-facts th,.ap-facts td{overflow-wrap:break-word;hyphens:none}
            .ap-data td p,.ap-data td li{overflow-wrap:inherit}
            .ap-data .ap-long,.ap-facts .ap-long{overflow-wrap:anywhere}
            h1{font-size:2rem;line-height:1.15;margin:1.5rem 0 .5rem}
            h2{font-size:1.5rem;line-height:1.2;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid {rule}}
            h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
            h4{font-size:1rem;margin:1.25rem 0 .5rem}
            p{margin:0 0 .75rem}
            ul,ol{margin:0 0 .75rem;padding-left:1.5rem}
            a{color:{link}}
            a:focus,[tabindex]:focus{outline:3px solid #FFDD00;outline-offset:0;box-shadow:0 0 0 5px {text}}
            .ap-skip{position:absolute;width:1px;height:1px;margin:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
            .ap-skip:focus{position:static;width:auto;height:auto;clip-path:none;display:inline-block;margin:.5rem 0;\
            padding:.25rem .5rem;background:#FFDD00;color:{text}}
            .ap-subtitle{font-size:1.15rem;color:{muted}}
            .ap-header{margin-bottom:1rem}
            .ap-running{margin:.5rem 0;font-size:.875rem;color:{muted}}
            .ap-logo{display:block;margin:.5rem 0 0;max-width:100%;object-fit:contain}
            .ap-footer{margin-top:2rem;border-top:1px solid {rule}}
            .ap-contents{border-left:4px solid {rule};padding-left:1rem;margin:1rem 0 2rem}
            .ap-contents h2{border:0;margin:0 0 .5rem;padding:0;font-size:1.2rem}
            .ap-contents ol{columns:14rem auto;column-gap:2rem}
            .ap-contents li{padding:.2rem 0;break-inside:avoid}
            .ap-table{border-collapse:collapse;width:100%}
            .ap-facts{margin:0}
            .ap-facts th:first-child{width:30%}
            .ap-scroll{overflow-x:auto;margin:0 0 1.5rem;max-width:100%}
            caption{text-align:left;font-weight:bold;font-size:1.05rem;padding:0 0 .4rem}
            .ap-caption-text{position:sticky;left:0;display:inline-block;max-width:calc(100vw - 2rem)}
            th,td{border:1px solid {rule};padding:.35rem .5rem;text-align:left;vertical-align:top}
            thead th,.ap-facts th{background:{header}}
            .ap-data tbody th{font-weight:normal}
            .ap-total td{font-weight:bold;border-top:3px double {text}}
            .ap-total th{font-weight:bold;border-top:3px double {text}}
            td>p:last-child,td>ul:last-child,td>ol:last-child{margin-bottom:0}
            .ap-keep>p,td>p.ap-note{margin:0}
            .ap-num{text-align:right;font-variant-numeric:tabular-nums}
            td.ap-num{white-space:nowrap}
            .ap-note{font-size:.875rem}
            .ap-status strong{font-weight:bold}
            .ap-summary{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
            .ap-summary>.ap-scroll{flex:1 1 18rem;min-width:0}
            .ap-chart{flex:1 1 20rem;min-width:0;margin:0 0 1.5rem}
            .ap-bars{display:block;width:100%;max-width:28rem;height:auto;font-family:inherit;fill:{text}}
            .ap-track{fill:{header}}
            .ap-description{margin-top:.5rem}
            @media (max-width:40em){h1{font-size:1.6rem}h2{font-size:1.3rem}}
            @media (forced-colors:active){
            .ap-bars,.ap-bars text{fill:CanvasText}
            .ap-bars .ap-track{fill:Canvas;stroke:CanvasText;stroke-width:1}
            .ap-bars .ap-bar{fill:CanvasText;stroke:CanvasText}
            }
            """);

    private static final String PRINT = inColours("""
            @page %2$s{size:%1$s portrait}
            @page %3$s{size:%1$s landscape}
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            .ap-skip,.ap-running,.ap-footer{display:none}
            .ap-scroll{overflow:visible}
            .%2$s{page:%2$s}
            .%3$s{page:%3$s}
            thead{display:table-header-group}
            tfoot{display:table-row-group}
            .ap-keep,.ap-total,.ap-facts,.ap-facts tr{break-inside:avoid}
            h2,h3,h4,caption,thead{break-after:avoid}
            tbody>tr:first-child{break-before:avoid}
            .ap-chart{break-inside:avoid}
            .ap-status{background:none!important;color:{text}!important}
            .ap-status>.ap-keep{background:var(--ap-fill);color:var(--ap-ink);padding:.35rem .5rem;\
            margin:-.35rem -.5rem}
            *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
            a[href^="#"]{color:{text};text-decoration:none}
            }
            """);

    private Stylesheet() {}

    /**
     * Writes the stylesheet, for paper of {@code pageSize}, with the running header at the top of
     * every printed page and the running footer and page number at its foot.
     */
    static void write(Markup html, PageSize pageSize, String runningHeader, String runningFooter) throws IOException {
        String paper = switch (pageSize) {
            case A4 -> "A4";
            case LETTER -> "letter";
        };
        html.raw(SCREEN).raw("@page{size:" + paper + ";margin:18mm 12mm;\n@top-center{content:")
                .cssString(runningHeader).raw(";" + MARGIN_TEXT + "}\n@bottom-left{content:").cssString(runningFooter)
                .raw(";" + MARGIN_TEXT + "}\n@bottom-right{content:")
                .cssString(RenderOptions.PAGE_NUMBER_WORDS.get(0)).raw(" counter(page) ")
                .cssString(RenderOptions.PAGE_NUMBER_WORDS.get(1)).raw(" counter(pages);" + MARGIN_TEXT + "}}\n")
                .raw(PRINT.formatted(paper, PORTRAIT, LANDSCAPE));
    }

    private static final String MARGIN_TEXT = "font:9pt Arial,\"Helvetica Neue\",Helvetica,\"Noto Sans\","
            + "\"DejaVu Sans\",sans-serif;color:" + Palette.MUTED_TEXT;

    /**
     * {@code css} with core's colours in place of {@code {text}}, {@code {muted}}, {@code {rule}} and {@code {header}}.
     * A link's blue and the focus ring's yellow are the web page's own: no other format has them.
     */
    private static String inColours(String css) {
        return css.replace("{text}", Palette.TEXT.toString()).replace("{muted}", Palette.MUTED_TEXT.toString())
                .replace("{rule}", Palette.RULE.toString()).replace("{header}", Palette.HEADER_FILL.toString())
                .replace("{link}", Palette.LINK.toString());
    }
}
