package io.github.actionplan.report.html;

import io.github.actionplan.report.spi.PageSize;

/**
 * The page's one stylesheet, written inline: the page makes no request of its own. Colours of
 * statuses are not here but on each cell, as core chose them.
 *
 * <p>On screen the text reflows down to 320 CSS pixels: long words break anywhere rather than
 * widen the page, and each table scrolls sideways in its own container. In print the paper is the
 * options' page size, wide tables get landscape pages, header rows repeat on every page, a
 * status cell is never split across pages, and fills are printed.
 */
final class Stylesheet {

    private static final String SCREEN = """
            :root{color-scheme:light}
            body{margin:0 auto;max-width:78rem;padding:0 1rem 2rem;font-family:Arial,"Helvetica Neue",Helvetica,\
            "Noto Sans","DejaVu Sans",sans-serif;font-size:1rem;line-height:1.45;color:#0B0C0C;background:#FFFFFF}
            h1,h2,h3,h4,p,li,dt,dd,th,td,caption,figcaption{overflow-wrap:anywhere;unicode-bidi:plaintext}
            th,td,caption{overflow-wrap:break-word}
            h1{font-size:2rem;line-height:1.15;margin:1.5rem 0 .5rem}
            h2{font-size:1.5rem;line-height:1.2;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:2px solid #B1B4B6}
            h3{font-size:1.2rem;margin:1.5rem 0 .5rem}
            h4{font-size:1rem;margin:1.25rem 0 .5rem}
            p{margin:0 0 .75rem}
            ul,ol{margin:0 0 .75rem;padding-left:1.5rem}
            a{color:#1D70B8}
            a:focus,[tabindex]:focus{outline:3px solid #FFDD00;outline-offset:0;box-shadow:0 0 0 5px #0B0C0C}
            .ap-skip{position:absolute;width:1px;height:1px;margin:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
            .ap-skip:focus{position:static;width:auto;height:auto;clip-path:none;display:inline-block;margin:.5rem 0;\
            padding:.25rem .5rem;background:#FFDD00;color:#0B0C0C}
            .ap-subtitle{font-size:1.15rem;color:#505A5F}
            .ap-header{margin-bottom:1rem}
            .ap-contents{border-left:4px solid #B1B4B6;padding-left:1rem;margin:1rem 0 2rem}
            .ap-contents h2{border:0;margin:0 0 .5rem;padding:0;font-size:1.2rem}
            .ap-contents ol{columns:14rem auto;column-gap:2rem}
            .ap-contents li{padding:.2rem 0;break-inside:avoid}
            .ap-facts{margin:0 0 1rem;border-top:1px solid #B1B4B6}
            .ap-facts>div{display:grid;grid-template-columns:minmax(6rem,14rem) 1fr;gap:0 1rem;padding:.3rem 0;\
            border-bottom:1px solid #B1B4B6}
            .ap-facts dt{font-weight:bold}
            .ap-facts dd{margin:0}
            .ap-scroll{overflow-x:auto;margin:0 0 1.5rem;max-width:100%}
            .ap-table{border-collapse:collapse;width:100%;table-layout:fixed}
            .ap-counts,.ap-legend{table-layout:auto}
            caption{text-align:left;font-weight:bold;font-size:1.05rem;padding:0 0 .4rem}
            .ap-caption-text{position:sticky;left:0;display:inline-block;max-width:calc(100vw - 2rem)}
            th,td{border:1px solid #B1B4B6;padding:.35rem .5rem;text-align:left;vertical-align:top}
            thead th,tfoot th{background:#F3F2F1}
            td>p:last-child,td>ul:last-child,td>ol:last-child{margin-bottom:0}
            .ap-num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .ap-note{display:block;font-size:.875rem}
            .ap-status strong{font-weight:bold}
            .ap-caption{font-weight:bold}
            .ap-summary{display:flex;flex-wrap:wrap;gap:0 2rem;align-items:flex-start}
            .ap-summary>.ap-scroll{flex:1 1 18rem;min-width:0}
            .ap-chart{flex:2 1 20rem;min-width:0;margin:0 0 1.5rem}
            .ap-bars{display:block;width:100%;max-width:28rem;height:auto;font-family:inherit;fill:#0B0C0C}
            .ap-track{fill:#F3F2F1}
            figcaption{margin-top:.5rem}
            @media (max-width:40em){.ap-facts>div{grid-template-columns:1fr}h1{font-size:1.6rem}h2{font-size:1.3rem}}
            """;

    private static final String PRINT = """
            @page ap-landscape{size:%1$s landscape}
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            .ap-skip{display:none}
            .ap-scroll{overflow:visible}
            .ap-wide{page:ap-landscape}
            thead{display:table-header-group}
            tfoot{display:table-row-group}
            .ap-keep,.ap-counts tr,.ap-legend tr{break-inside:avoid}
            h2,h3,h4,caption,dt{break-after:avoid}
            .ap-chart{break-inside:avoid}
            *{print-color-adjust:exact;-webkit-print-color-adjust:exact}
            a{color:#0B0C0C;text-decoration:none}
            }
            """;

    private Stylesheet() {}

    /** The stylesheet, for paper of {@code pageSize}. */
    static String css(PageSize pageSize) {
        String paper = switch (pageSize) {
            case A4 -> "A4";
            case LETTER -> "letter";
        };
        return SCREEN + "@page{size:" + paper + ";margin:15mm 12mm}\n" + PRINT.formatted(paper);
    }
}
