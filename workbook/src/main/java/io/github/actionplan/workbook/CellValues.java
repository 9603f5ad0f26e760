package io.github.actionplan.workbook;

import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.internal.Spacing;
import io.github.actionplan.internal.SpreadsheetCells;
import io.github.actionplan.model.Brag;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.StatusLabels;
import io.github.actionplan.model.Timescale;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What people type in a cell, read as a plan value: the one definition of the accepted forms,
 * used by the update import and the tracker import alike. A blank cell is absent (an empty
 * {@code Optional}); anything else either reads or fails with a message saying what was found and
 * what is allowed. A formula is read by the value the spreadsheet saved with it and never
 * evaluated; one saved without a value is refused.
 *
 * <p>The grammars are core's: dates are those {@link Timescale} reads as a day ("31/12/2025",
 * UK day first; "31 Dec 2025"; "31 December 2025"; "2025-12-31"), percentages are
 * {@link Percent}'s 0-100, and BRAG colours are {@link Brag}'s names.
 */
final class CellValues {

    /** Decimal places kept of a number read from a cell: floating point noise lies beyond them. */
    private static final int SCALE = 6;

    private CellValues() {}

    /**
     * Text, with a number as the cell shows it: a text column whose cell lost its text format (a paste with
     * formatting, or its format cleared) stores what is typed there as a spreadsheet reads it, "75%" as 0.75 and
     * "12/09/2025" as a date, but its owner sees, and meant, the text. Blank is absent.
     */
    static Optional<String> text(CellContent cell) throws CellValueException {
        return switch (checked(cell).type()) {
            case BLANK -> Optional.empty();
            case NUMBER -> Optional.of(shown(cell, new DataFormatter(Locale.US)));
            default -> Optional.of(readable(cell.text()));
        };
    }

    /**
     * {@code text}, where it holds no half of a character nor a control character but a line break or tab: a file a
     * program wrote may hold either, as OOXML's escapes ({@code _xD83D_}, {@code _x001B_}) give them, and no report
     * shows them but as a box, nor can a plan file hold half a character (run 78 #4, #6).
     */
    private static String readable(String text) throws CellValueException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CellValueException("holds half a character (" + Quote.code(c) + "), as a file a program"
                        + " wrote may, which no plan can keep; delete it, or type the whole character");
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new CellValueException("holds a control character (" + Quote.code(c) + "), which comes with text"
                        + " pasted from another system and shows as nothing or a box; delete it");
            }
        }
        return text;
    }

    /**
     * A person's or body's name (a new owner, who a sub-action waits on): as {@link #text}, but TRUE or FALSE, or a
     * date, is no name, and would become an owner with a copy of their own next quarter.
     */
    static Optional<String> name(CellContent cell) throws CellValueException {
        if (cell.type() == CellContent.Type.BOOLEAN) {
            throw new CellValueException("holds the logical value " + cell.text() + ", not a name; type the name"
                    + " itself");
        }
        // A date, as a spreadsheet makes of "1 Aug" typed there, would be an owner "2025-08-01 0:00:00" (run 78 #8).
        if (cell.type() == CellContent.Type.NUMBER && DateUtil.isADateFormat(-1, cell.format())) {
            throw new CellValueException("holds " + found(cell) + ", not a name; type the name itself");
        }
        return text(cell);
    }

    /**
     * What a number cell shows: as its format shows it ("75.00%", "12/09/25"), or, in the General format, as a
     * person writes it (5, not 5.0; 123456789012, not 1.23457E+11). {@code formatter} is US English, since the JDK
     * abbreviates September "Sept" in the UK where spreadsheets write "Sep".
     */
    static String shown(CellContent cell, DataFormatter formatter) {
        return cell.format().equalsIgnoreCase("General") ? plain(cell.number()) : asciiDigits(formatter
                .formatRawCellContents(cell.number(), -1, cell.format(), cell.date1904()).strip());
    }

    /**
     * {@code text} with its digits in ASCII: the JDK writes a date's digits in those of the machine's locale, whatever
     * the formatter's, so that under th-TH a date typed in an update cell was stored "๑๔ Aug ๒๐๒๕", where a
     * spreadsheet shows "14 Aug 2025".
     */
    private static String asciiDigits(String text) {
        StringBuilder ascii = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isDigit(c)) {
                ascii = ascii == null ? new StringBuilder(text) : ascii;
                ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return ascii == null ? text : ascii.toString();
    }

    /**
     * A percentage: a number from 0 to 100 (50), a number in a percentage format (0.5 shown as
     * 50%), or text such as "50", "50%" or "50 %".
     */
    static Optional<Percent> percent(CellContent cell) throws CellValueException {
        BigDecimal value;
        String shown;
        switch (checked(cell).type()) {
            case BLANK -> {
                return Optional.empty();
            }
            case NUMBER -> {
                if (DateUtil.isADateFormat(-1, cell.format()) && shownDate(cell).isPresent()) {
                    throw new CellValueException(found(cell) + " is not a percentage; " + PERCENT_ALLOWED);
                }
                BigDecimal number = exact(cell.number());
                value = isPercentFormat(cell.format()) ? number.movePointRight(2) : number;
                shown = plain(value) + (isPercentFormat(cell.format()) ? "%" : "");
                if (isPercentFormat(cell.format()) && !Percent.isPercentage(value) && Percent.isPercentage(number)) {
                    // A cell a percentage was typed in keeps the format: a number typed there later is a hundredth.
                    // Or the percentage was typed as it shows: 150% is 1.5 too, which the cell's check lets by
                    // (run 128 #4).
                    throw new CellValueException(shown + " is not a percentage from 0 to 100: the cell is formatted as"
                            + " a percentage, so " + plain(number) + " typed there is " + shown + "; type " + plain(
                            number) + "%, or, where " + shown + " was meant, a figure from 0 to 100");
                }
            }
            case TEXT -> {
                // Spaced as Spacing reads text: "60 %" pasted from a web page holds a no-break space.
                String text = Spacing.collapsed(cell.text());
                shown = Quote.single(text);
                if (cell.formula().isPresent()) { // =B5 shows another cell's text, an id such as 17.2: no figure
                    throw new CellValueException("holds the formula =" + cell.formula().get() + ", whose result is the"
                            + " text " + shown + ", not a figure typed here (a reference to another cell?); "
                            + PERCENT_ALLOWED);
                }
                String digits = text.endsWith("%") ? Spacing.collapsed(text.substring(0, text.length() - 1)) : text;
                try {
                    value = new BigDecimal(digits);
                } catch (NumberFormatException e) {
                    throw new CellValueException(shown + " is not a percentage; " + PERCENT_ALLOWED);
                }
            }
            default -> throw new CellValueException(found(cell) + " is not a percentage; " + PERCENT_ALLOWED);
        }
        if (!Percent.isPercentage(value)) {
            throw new CellValueException(shown + " is not a percentage from 0 to 100; " + PERCENT_ALLOWED);
        }
        return Optional.of(Percent.of(value.setScale(Math.max(0, Math.min(value.scale(), SCALE)), RoundingMode.HALF_UP)));
    }

    /**
     * Whether a percentage cell {@link #percent} read says it is one: a number in a percent format, or text ending
     * in "%". One that does not and reads below 1% is most likely a share of one (0.5 for half), as trackers keep
     * percentages.
     */
    static boolean saysPercent(CellContent cell) {
        return cell.type() == CellContent.Type.NUMBER ? isPercentFormat(cell.format())
                : cell.text().strip().endsWith("%");
    }

    /**
     * Where {@code cell}, read as {@code now}, is most likely a share of one (0.5 for half) and not a percentage
     * below 1% (it does not say "%"): what it is read as, {@code because} after it, and what to type for the share:
     * the number alone, as "50%" set by a script or macro is the 0.5 told (run 114 #5). The number 1 is told too, as
     * the share that is all the work (trial 65 F8), but not "1" typed as text.
     */
    static Optional<String> readAsShare(CellContent cell, Percent now, String because) {
        BigDecimal share = now.value();
        int toOne = share.compareTo(BigDecimal.ONE);
        if (share.signum() <= 0 || toOne > 0 || toOne == 0 && cell.type() != CellContent.Type.NUMBER
                || saysPercent(cell)) {
            return Optional.empty();
        }
        return Optional.of(share.toPlainString() + " is read as " + now + because + "; if it means "
                + Percent.displayShare(share) + " done, type " + share.movePointRight(2).stripTrailingZeros()
                .toPlainString());
    }

    static final String PERCENT_ALLOWED = "type a number from 0 to 100, such as 50 or 50%";
    /** The serials after the last day a spreadsheet shows, 31 December 9999, counted from 1900 and from 1904. */
    private static final double AFTER_LAST_1900 = DateUtil.getExcelDate(LocalDate.of(9999, 12, 31), false) + 1;
    private static final double AFTER_LAST_1904 = DateUtil.getExcelDate(LocalDate.of(9999, 12, 31), true) + 1;

    /**
     * A day: a date cell (a number in a date format), or text in one of core's date forms,
     * "31/12/2025" (day first, as in the UK), "31 Dec 2025", "31 December 2025", "2025-12-31".
     */
    static Optional<LocalDate> date(CellContent cell) throws CellValueException {
        return date(cell, ExampleDates.ANY);
    }

    /** A day, as {@link #date(CellContent)} reads one, the advice of its messages giving {@code examples}. */
    static Optional<LocalDate> date(CellContent cell, ExampleDates examples) throws CellValueException {
        String allowed = examples.dateAllowed();
        switch (checked(cell).type()) {
            case BLANK -> {
                return Optional.empty();
            }
            case NUMBER -> {
                if (!DateUtil.isADateFormat(-1, cell.format())) {
                    throw new CellValueException(plain(cell.number()) + " is a number, not a date" + dateAsNumber(cell)
                            + "; " + allowed);
                }
                if (cell.number() == 0 && !cell.date1904()) {
                    throw new CellValueException("0 is not a date (Excel shows it as 0 Jan 1900 and LibreOffice as"
                            + " 30 Dec 1899, as they show a date formula that found nothing); " + allowed);
                }
                typedAsANumber(cell, allowed);
                return Optional.of(shownDate(cell).orElseThrow(() -> new CellValueException(plain(cell.number())
                        + " is not a date a spreadsheet can show; " + allowed)));
            }
            case TEXT -> {
                String text = cell.text().strip();
                Timescale read = Timescale.parse(text);
                if (read.kind() != Timescale.Kind.DATE || read.dueDate().isEmpty()) {
                    throw new CellValueException(Quote.single(text) + " is not a date" + read.noSuchDay()
                            .map(why -> ": " + why).orElse("") + "; " + allowed);
                }
                return read.dueDate();
            }
            default -> throw new CellValueException(found(cell) + " is not a date; " + allowed);
        }
    }

    /**
     * A timescale an item can be held to: one of core's forms that means a date (a day, a month, a UK financial year
     * or quarter), or "Ongoing". A date cell is its day, or its month where the cell shows no day ("Mar-27"). Text
     * that core keeps but cannot date, and "with immediate effect", which means the report's date, are refused.
     */
    static Optional<Timescale> timescale(CellContent cell, ExampleDates examples) throws CellValueException {
        String allowed = examples.timescaleAllowed();
        switch (checked(cell).type()) {
            case BLANK -> {
                return Optional.empty();
            }
            case NUMBER -> {
                Optional<LocalDate> day = DateUtil.isADateFormat(-1, cell.format())
                        && (cell.number() != 0 || cell.date1904()) ? shownDate(cell) : Optional.empty();
                if (day.isEmpty()) {
                    throw new CellValueException(found(cell) + " is not a timescale" + dateAsNumber(cell) + "; "
                            + allowed);
                }
                typedAsANumber(cell, allowed);
                return Optional.of(inTheQuarters(shownMonth(cell, day.get()).orElseGet(() -> {
                    Timescale read = Timescale.parse(Dates.shortDate(day.get()));
                    return read.dueDate().equals(day) ? read : Timescale.of(day.get());
                }), allowed));
            }
            case TEXT -> {
                String text = cell.text().strip();
                Timescale read;
                try {
                    read = Timescale.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new CellValueException(Quote.single(text) + " is not a timescale: " + e.getMessage() + "; "
                            + allowed);
                }
                if (read.dueDate().isEmpty() && !read.isOngoing()) {
                    Optional<String> oneYear = ReportingPeriod.oneYearQuarter(text); // 'Q2 2025': which year's Q2?
                    if (oneYear.isPresent()) {
                        throw new CellValueException(Quote.single(text) + " is not a timescale: " + oneYear.get());
                    }
                    throw new CellValueException(Quote.single(text) + read.noSuchDay().map(why -> " is not a date: "
                            + why).orElse(" is not a timescale with a date") + "; " + allowed);
                }
                return Optional.of(inTheQuarters(read, allowed));
            }
            default -> throw new CellValueException(found(cell) + " is not a timescale; " + allowed);
        }
    }

    /**
     * {@code timescale}, where it is due in a quarter a plan can name: "31/12/9999" is past the last, a year mistyped,
     * whose status would mean nothing, on track for ever (run 78 #5).
     */
    private static Timescale inTheQuarters(Timescale timescale, String allowed) throws CellValueException {
        Optional<LocalDate> due = timescale.dueDate().filter(day -> day.isAfter(ReportingPeriod.LAST.end()));
        if (due.isPresent()) {
            throw new CellValueException(Quote.single(timescale.text()) + " is due on " + Dates.shortDate(due.get())
                    + ", after the last quarter a plan can report on, " + ReportingPeriod.LAST
                    + ": most likely its year is mistyped; " + allowed);
        }
        return timescale;
    }

    /**
     * The numbers below this in a date cell are days before 1910 (from 1900; before 1914 from 1904): what a
     * spreadsheet makes of a number typed in a date cell for a date, a day (15), a day and month (3108) or a year
     * (2025). A date typed as one is not among them: a two-digit year is 1930 to 2029, and a plan's work is of this
     * century; one typed with a mistyped four-digit year after 1910 (1925 for 2025) is a date, warned of where read.
     */
    private static final double FIRST_DATE_TYPED = DateUtil.getExcelDate(LocalDate.of(1910, 1, 1), false);

    /** The first number of the 1900 system that Excel and LibreOffice show as the same day: 1 March 1900. */
    private static final double FIRST_DAY_SHOWN_ALIKE = 61;

    /**
     * Refuses a date cell holding a number a person typed in it for a date ({@link #FIRST_DATE_TYPED}): read as the
     * day it shows, 15 January 1900 for 15, it would be taken for the day meant.
     */
    private static void typedAsANumber(CellContent cell, String allowed) throws CellValueException {
        Optional<LocalDate> shown = shownDate(cell);
        if (shown.isPresent() && cell.number() < FIRST_DATE_TYPED) {
            // Before 1 March 1900 (61) Excel counts a 29 February 1900 that LibreOffice does not, so the two show
            // different days, and neither is the one POI works out for 60: no day named is sure to be the one seen.
            String day = !cell.date1904() && cell.number() < FIRST_DAY_SHOWN_ALIKE ? "a day at the start of 1900"
                    : Dates.shortDate(shown.get());
            throw new CellValueException("the cell holds the number " + plain(cell.number()) + ", which its date"
                    + " format shows as " + day + ": a number typed in a date cell counts"
                    + " days from " + (cell.date1904() ? 1904 : 1900) + ", it is not a date; " + allowed);
        }
    }

    /**
     * The month a date cell shows where its format shows a month and year but no day: "Mar-26", as a spreadsheet
     * shows "Mar 2026" typed in, is the month, due at its end, not its first day.
     */
    static Optional<Timescale> shownMonth(CellContent cell, LocalDate day) {
        if (cell.type() != CellContent.Type.NUMBER || showsDay(cell.format())) {
            return Optional.empty();
        }
        return Optional.of(Timescale.parse(Dates.shortMonth(day)))
                .filter(month -> month.kind() == Timescale.Kind.MONTH);
    }

    /** Whether a date format shows the day of the month, not only a month and year: a d outside quotes and [..]. */
    private static boolean showsDay(String format) {
        return format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT).contains("d");
    }

    /**
     * Where a number in a cell not formatted as a date is a whole one that counts the days to a date of this century,
     * as a date pasted as a value or saved by a script is: which date, so the owner sees what they typed. Else "".
     */
    private static String dateAsNumber(CellContent cell) {
        Optional<LocalDate> day = cell.number() == Math.rint(cell.number()) ? shownDate(cell).filter(date -> date
                .getYear() >= 2000 && date.getYear() < 2100) : Optional.empty();
        return day.map(date -> " (as a date, " + plain(cell.number()) + " is " + Dates.shortDate(date) + ": a date"
                + " stored as a number, as a paste of values stores one, with no date format to show it)").orElse("");
    }

    /**
     * The day a number shows as a date, where it is one a spreadsheet shows: from its first day, 1 January 1900 (1, as
     * 0 is "0 January 1900") or 1904 (0), to 31 December 9999. Beyond that Excel shows ####, and POI's arithmetic
     * overflows into years no plan can write.
     */
    static Optional<LocalDate> shownDate(CellContent cell) {
        double first = cell.date1904() ? 0 : 1;
        double afterLast = cell.date1904() ? AFTER_LAST_1904 : AFTER_LAST_1900;
        if (cell.number() < first || cell.number() >= afterLast) {
            return Optional.empty();
        }
        return Optional.of(DateUtil.getLocalDateTime(cell.number(), cell.date1904()).toLocalDate());
    }

    /**
     * Yes or no: "Yes", "Y", "No", "N", "True", "False" in any case, or the Welsh "Ie", "Oes", "Ydy", "Na", "Nac oes",
     * "Nac ydy"; or a TRUE/FALSE cell.
     */
    static Optional<Boolean> yesNo(CellContent cell) throws CellValueException {
        switch (checked(cell).type()) {
            case BLANK -> {
                return Optional.empty();
            }
            case BOOLEAN -> {
                return Optional.of(cell.text().equals("TRUE"));
            }
            case TEXT -> {
                String word = cell.text().strip().toLowerCase(Locale.ROOT);
                switch (word) {
                    case "yes", "y", "true", "ie", "oes", "ydy" -> {
                        return Optional.of(true);
                    }
                    case "no", "n", "false", "na", "nac oes", "nac ydy" -> {
                        return Optional.of(false);
                    }
                    default -> throw new CellValueException(Quote.single(cell.text().strip()) + " is not yes or no; "
                            + "type Yes or No");
                }
            }
            default -> throw new CellValueException(found(cell) + " is not yes or no; type Yes or No");
        }
    }

    /**
     * A BRAG colour: its name (Blue, Red, Amber, Green) or first letter, in any case; its Welsh name (Glas, Coch,
     * Ambr, Gwyrdd), alone or beside the English ("Coch / Red"), as a tracker's rating is read; or the label
     * {@code labels} give a status, whose colour it is ("Mewn perygl", Amber, where the plan names At risk so), as the
     * workbook's Instructions key them.
     */
    static Optional<Brag> brag(CellContent cell, StatusLabels labels) throws CellValueException {
        switch (checked(cell).type()) {
            case BLANK -> {
                return Optional.empty();
            }
            case TEXT -> {
                String word = cell.text().strip();
                // Whole first: a plan's own label may be in two languages, "Ar y trywydd / On track" (run 122 #4).
                Optional<Brag> whole = colourOrLabel(word, labels);
                if (whole.isPresent()) {
                    return whole;
                }
                List<Brag> named = TrackerText.bilingual(word).orElse(List.of()).stream().map(half -> colourOrLabel(
                        half, labels)).flatMap(Optional::stream).distinct().toList();
                if (named.size() == 1) {
                    return Optional.of(named.getFirst());
                }
                throw new CellValueException(Quote.single(word) + " is not a BRAG rating; " + BRAG_ALLOWED);
            }
            default -> throw new CellValueException(found(cell) + " is not a BRAG rating; " + BRAG_ALLOWED);
        }
    }

    /** The BRAG colour {@code word} names, in English or Welsh, or whose status {@code labels} call it. */
    private static Optional<Brag> colourOrLabel(String word, StatusLabels labels) {
        String folded = Spacing.collapsed(word).toLowerCase(Locale.ROOT);
        // The cell list's own words first, whatever a label says: an owner who picks "Amber" from it means Amber, and
        // validate warns of a label naming another's colour. Then the plan's own labels, before its defaults, each
        // whole or either of its halves ("Ar y trywydd / On track"); then an initial or a Welsh colour, which the
        // plan's own label of that word means instead (run 123 #5, #7).
        Optional<Brag> listed = Arrays.stream(Brag.values()).filter(brag -> brag.displayName().equalsIgnoreCase(folded))
                .findFirst();
        return listed.or(() -> Stream.of(labels.custom(), labels.all()).flatMap(named -> named.entrySet().stream())
                .filter(label -> Stream.concat(Stream.of(label.getValue()), TrackerText.bilingual(label.getValue())
                        .orElse(List.of()).stream()).anyMatch(name -> Spacing.collapsed(name).equalsIgnoreCase(folded)))
                .findFirst().map(label -> label.getKey().brag())).or(() -> TrackerText.colour(folded));
    }

    /**
     * The ratings an owner may give, in the order and words of {@link Brag}: "Blue (complete), Red, Amber or Green",
     * as the workbook's instructions, its column notes and these messages say them.
     */
    static final String BRAG_CHOICES = Quote.listed(Arrays.stream(Brag.values())
            .map(brag -> brag.displayName() + (brag == Brag.BLUE ? " (complete)" : "")).toList(), "or");
    /** The cell's list holds the colours alone: a letter typed there is refused before it is saved (run 91 #6). */
    static final String BRAG_ALLOWED = "choose " + BRAG_CHOICES + " from the cell's list (Alt+Down Arrow opens"
            + " it)";

    /**
     * Why an id such as 5.10 reads as another, 5.1, and what to do: one definition for the update import and the
     * tracker.
     */
    static final String DROPPED_ZERO = "a spreadsheet drops the last 0 of 5.10 typed in a cell that is not text;"
            + " type the id as text: an apostrophe first, '5.10";

    /** What is wrong with a {@link CellContent.Type#TOO_LONG} cell: how long it is, and what a cell can hold. */
    static String tooLong(CellContent cell) {
        return "holds " + String.format(Locale.ROOT, "%,.0f", cell.number()) + " characters, more than the "
                + String.format(Locale.ROOT, "%,d", SpreadsheetCells.CELL_LIMIT) + " a cell can hold (Excel's limit),"
                + " so it was not read; shorten it";
    }

    /** The cell, refused where its value cannot be known without evaluating a formula, or is an error. */
    private static CellContent checked(CellContent cell) throws CellValueException {
        if (cell.type() == CellContent.Type.UNSAVED_FORMULA) {
            throw new CellValueException("holds the formula =" + cell.formula().orElse("")
                    + " with no saved value, which is not worked out here (a file a script wrote, not Excel); type"
                    + " the value itself, or open the file in Excel or LibreOffice and save it, which saves the value");
        }
        if (cell.type() == CellContent.Type.TOO_LONG) {
            throw new CellValueException(tooLong(cell));
        }
        if (cell.type() == CellContent.Type.ERROR) {
            throw new CellValueException("holds the error " + cell.text()
                    + (cell.formula().map(f -> " (from the formula =" + f + ")").orElse(""))
                    + "; type the value itself");
        }
        return cell;
    }

    /** What the cell holds, as a message quotes it. */
    private static String found(CellContent cell) {
        return switch (cell.type()) {
            case NUMBER -> (DateUtil.isADateFormat(-1, cell.format()) ? shownDate(cell) : Optional.<LocalDate>empty())
                    .map(date -> "the date " + Dates.shortDate(date)).orElse(plain(cell.number()));
            case BOOLEAN -> cell.text();
            default -> Quote.single(cell.text());
        };
    }

    /**
     * Whether a number format shows its value as a percentage: a {@code %} outside quotes and not
     * escaped, as in {@code 0%} but not {@code 0"%"}, which shows the number itself with a sign.
     */
    static boolean isPercentFormat(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && !quoted) {
                i++;
            } else if (c == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }

    /** A cell's number as its decimal, without binary floating point noise. */
    private static BigDecimal exact(double number) {
        BigDecimal value = BigDecimal.valueOf(number).setScale(SCALE + 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static String plain(double number) {
        return plain(exact(number));
    }

    /** A number as typed, but one of more than 15 digits before or after the point as Excel shows it, 1E+308. */
    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > 15 || stripped.scale() > 15) {
            return stripped.round(new MathContext(15)).toString();
        }
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
