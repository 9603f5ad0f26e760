package io.github.actionplan.workbook;

import static io.github.actionplan.workbook.BoundedZip.partName;

import io.github.actionplan.internal.OfficeLocks;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.report.Colour;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx file from outside, opened read-only and checked before anything trusts it: every way
 * it can be unusable (not a workbook, an old .xls, encrypted, damaged, a zip bomb, too many rows,
 * a sheet missing) is one {@link InvalidWorkbookException} whose
 * message a person can act on, never a stack trace. The file itself is never changed.
 *
 * <p>Sheets are read as a stream of rows ({@link #readSheet}), so memory stays bounded however
 * large the file; a small tracker may be read whole with {@link #userModel(int)}.
 */
final class UntrustedWorkbook implements Closeable {

    /** Receives a sheet's rows, in file order. */
    @FunctionalInterface
    interface RowHandler {
        /**
         * One row that holds at least one cell.
         *
         * @param row   the 1-based row number, as a spreadsheet shows it
         * @param cells the row's cells by 0-based column index; cells not in the file are absent
         */
        void row(int row, Map<Integer, CellContent> cells) throws InvalidWorkbookException;

        /**
         * A merged cell of the sheet, given after its rows (a worksheet lists them below its cells): the cells it
         * spans show the value of its first, and hold none of their own.
         *
         * @param range the cells it spans, 0-based as POI counts them
         */
        default void merged(CellRangeAddress range) throws InvalidWorkbookException {
        }
    }

    private static final Pattern EXTERNAL_LINK = Pattern.compile("/xl/externalLinks/.*", Pattern.CASE_INSENSITIVE);
    /** The part a workbook keeps its macros in, a VBA project. */
    private static final Pattern MACROS = Pattern.compile("/xl/vbaProject\\.bin", Pattern.CASE_INSENSITIVE);
    /** The parts a workbook keeps its tracked changes in, a revision log. */
    private static final Pattern REVISIONS = Pattern.compile("/xl/revisions/.*", Pattern.CASE_INSENSITIVE);

    /** The most characters of a library's message that a refusal quotes. */
    private static final int ROOT_MESSAGE_LENGTH = 200;

    /**
     * The most characters a workbook's shared strings may hold in all: twice what the largest plan a plan file holds
     * (16 MiB) can, as its update workbook shows it, so that they fit in a small heap.
     */
    static final long MAX_SHARED_CHARACTERS = 32_000_000;

    /**
     * The most characters of its cells' own text a sheet streamed may hold, as the shared strings may: every row of a
     * plan's workbook, each item's text and update, holds far less.
     */
    static final long MAX_SHEET_CHARACTERS = MAX_SHARED_CHARACTERS;

    /**
     * How many of a file's first bytes are looked at: the 44 {@link FileMagic} reads, and a text's first line. A CSV
     * saved from an update copy starts with its title, quoted, commas beyond the 44th byte (trial 53 F2).
     */
    private static final int HEAD_LENGTH = 4096;
    /** What the first element of a flat OpenDocument spreadsheet holds. */
    private static final String FLAT_ODF = "application/vnd.oasis.opendocument.spreadsheet";

    private final String name;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final boolean date1904;
    private final Optional<String> openIn;
    private final BoundedZip.Facts facts;
    private final Map<String, String> sheetParts;

    private UntrustedWorkbook(String name, OPCPackage pkg, XSSFReader reader, boolean date1904,
            Optional<String> openIn, BoundedZip.Facts facts, Map<String, String> sheetParts) {
        this.name = name;
        this.openIn = openIn;
        this.facts = facts;
        this.sheetParts = sheetParts;
        this.pkg = pkg;
        this.reader = reader;
        this.date1904 = date1904;
    }

    /**
     * A warning where the workbook holds macros, a VBA project, as one saved as .xlsm does: none is ever run here, and
     * its cells are read as any workbook's, but a workbook actionplan wrote holds none, and whoever opens this one in
     * Excel next is asked to enable them.
     */
    Optional<WorkbookProblem> macros() {
        return pkg.getPartsByName(MACROS).isEmpty() ? Optional.empty() : Optional.of(WorkbookProblem.warning(
                WorkbookProblem.Place.WORKBOOK, Optional.empty(), "holds macros (a VBA project, as a workbook saved"
                + " as .xlsm does), which the workbook written for the owners did not: none is run here, and its"
                + " cells are read as any copy's; whoever opens it in Excel next should not enable its macros unless"
                + " they know who added them and why"));
    }

    /**
     * A warning where the workbook links to other workbooks: formulas pasted from another file bring the links (run 87
     * #2), most often into an owner's own notes, which are never read. Each cell is read as last saved, a linked
     * formula's value as the other file gave it then; a formula in a column that is read has a warning of its own.
     */
    Optional<WorkbookProblem> externalLinks() {
        return pkg.getPartsByName(EXTERNAL_LINK).isEmpty() ? Optional.empty() : Optional.of(WorkbookProblem.warning(
                WorkbookProblem.Place.WORKBOOK, Optional.empty(), "links to other workbooks (a formula pasted from"
                + " another file takes its values from there): each cell is read as it was last saved, and no link"
                + " is followed; if a value should come from the other file as it is now, update the links, or break"
                + " them to keep the values (in Excel: Data > Edit Links; in LibreOffice: Edit > Links to External"
                + " Files), save it and read it again"));
    }

    /**
     * A warning where the workbook records changes tracked and not yet accepted or rejected (run 87 #7: a reviewer's
     * changes were read as the owner's, without a word): its cells are read as they show now.
     */
    Optional<WorkbookProblem> trackedChanges() {
        return pkg.getPartsByName(REVISIONS).isEmpty() ? Optional.empty() : Optional.of(WorkbookProblem.warning(
                WorkbookProblem.Place.WORKBOOK, Optional.empty(), "records changes tracked (Track Changes) and not yet"
                + " accepted or rejected: each cell is read as it shows now, changes and all; if some are not meant,"
                + " reject them (in Excel: Review > Track Changes > Accept/Reject Changes; in LibreOffice: Edit >"
                + " Track Changes > Manage), save it and read it again"));
    }

    /**
     * A warning where the file is open in LibreOffice or Excel ({@link LockFiles}): what was typed in it since it was
     * last saved is not in the file, so is not read.
     */
    Optional<WorkbookProblem> openElsewhere() {
        return openIn.map(app -> WorkbookProblem.warning(WorkbookProblem.Place.WORKBOOK, Optional.empty(), "is open in "
                + app + ": what was typed since it was last saved is not in the file, so is not read; save and close"
                + " it, and read it again if it changed"));
    }

    /** What a workbook is read as, which says what to do with one saved as CSV. */
    enum Kind {
        /**
         * An owner's copy of the update workbook: saved as CSV, or any other file, it has lost its hidden parts for
         * good (trial 59 F6: Excel's Unicode Text was told to be saved as .xlsx).
         */
        UPDATE_COPY("ask for the workbook itself as it was sent (.xlsx), as the CSV saved again as a workbook is"
                + " still not one", "ask for the workbook itself as it was sent (.xlsx)"),
        /** A tracker, whose values are all an onboarding needs. */
        TRACKER(Kind.SAVE_AS_XLSX, Kind.SAVE_AS_XLSX);

        private static final String SAVE_AS_XLSX = "open it in Excel or LibreOffice and save it as an Excel workbook"
                + " (.xlsx)";

        private final String csvAdvice;
        private final String otherAdvice;

        Kind(String csvAdvice, String otherAdvice) {
            this.csvAdvice = csvAdvice;
            this.otherAdvice = otherAdvice;
        }
    }

    /** Opens {@code file}, named by its file name, as a workbook of {@code kind}. */
    static UntrustedWorkbook open(Path file, Kind kind) throws InvalidWorkbookException {
        return open(WorkbookFile.named(file), kind);
    }

    /**
     * Opens {@code workbook} for reading as a workbook of {@code kind}, refusing it with one clear message where it is
     * not a usable .xlsx workbook. Every message names it by its name, never by its file's.
     *
     * @throws InvalidWorkbookException where the file is missing or not a usable workbook
     */
    static UntrustedWorkbook open(WorkbookFile workbook, Kind kind) throws InvalidWorkbookException {
        String name = workbook.name();
        Path file = workbook.path();
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            // A pipe ("<(cat copy.xlsx)") or a device: read to its end, as an upload is, since a zip's directory is
            // at its end; the copy is deleted once open, and read through the handle the package keeps.
            try (InputStream in = Files.newInputStream(file)) {
                return Upload.read(in, name, copy -> open(copy, kind));
            } catch (InvalidWorkbookException e) { // an IOException, which tells its file already
                throw e;
            } catch (IOException e) {
                throw InvalidWorkbookException.of(name, "cannot be read: " + withoutPath(reason(e), workbook));
            }
        }
        byte[] head;
        try {
            head = firstBytes(file);
        } catch (NoSuchFileException e) {
            throw InvalidWorkbookException.of(name, "does not exist");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw InvalidWorkbookException.of(name, "is a folder, not a workbook");
            }
            throw InvalidWorkbookException.of(name, "cannot be read: " + withoutPath(reason(e), workbook));
        }
        Optional<String> lock = LockFiles.asGiven(file);
        if (lock.isPresent()) {
            throw InvalidWorkbookException.of(name, lock.get());
        }
        if (head.length == 0) {
            throw InvalidWorkbookException.of(name, "is empty: it is not an Excel workbook (.xlsx)");
        }
        FileMagic magic = FileMagic.valueOf(java.util.Arrays.copyOf(head, Math.max(head.length, 8)));
        if (magic == FileMagic.OLE2) {
            throw InvalidWorkbookException.of(name, withoutPath(ole2(file), workbook));
        }
        if (magic != FileMagic.OOXML && isJson(head)) { // a plan given where a workbook goes
            throw InvalidWorkbookException.of(name, "is JSON text, such as a plan file, not an Excel workbook"
                    + " (.xlsx)");
        }
        Optional<String> separated = magic == FileMagic.OOXML ? Optional.empty() : separatedBy(head);
        if (separated.isPresent()) {
            // Saved as CSV, a workbook keeps one sheet's values: an update copy loses its hidden keys and Plan sheet,
            // so saving the CSV again as .xlsx cannot bring them back; a tracker kept so loses nothing it needs.
            throw InvalidWorkbookException.of(name, "is text with its values between " + separated.get() + " (CSV),"
                    + " not an Excel workbook (.xlsx): a CSV keeps one sheet's values and none of a workbook's hidden"
                    + " parts; " + kind.csvAdvice);
        }
        if (magic == FileMagic.XML && new String(head, StandardCharsets.UTF_8).contains(FLAT_ODF)) {
            // LibreOffice's flat OpenDocument (.fods), one XML file: saved as .xlsx again, it is the copy (run 79 #7).
            throw InvalidWorkbookException.of(name, "is in flat OpenDocument format (.fods), as LibreOffice saves a"
                    + " spreadsheet as one XML file, not an Excel workbook (.xlsx); open it in LibreOffice and save it"
                    + " with File > Save As, choosing the file type Excel 2007-365 (.xlsx)");
        }
        if (magic != FileMagic.OOXML) {
            throw InvalidWorkbookException.of(name, "is not an Excel workbook (.xlsx)"
                    + (magic == FileMagic.UNKNOWN ? "" : ": it looks like " + describe(magic))
                    + "; " + kind.otherAdvice);
        }
        OPCPackage pkg = null;
        BoundedZip.Facts facts = new BoundedZip.Facts();
        Map<String, String> sheetParts = new HashMap<>();
        try {
            pkg = BoundedZip.open(file.toFile(), facts);
            // Before any part but the relationships is read: which are read as streams, and whose text is spared.
            facts.streamSheets(pkg);
            if (!pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                // Not damaged, and saving it again in Excel keeps the format: POI reads it no further.
                throw InvalidWorkbookException.of(name, "is saved as a Strict Open XML Spreadsheet, which is not read"
                        + " here; open it in Excel and save it as an Excel Workbook (.xlsx), the format's other"
                        + " choice in Save As, or in LibreOffice as Excel 2007-365");
            }
            String contentType = mainContentType(pkg);
            if (contentType.contains("sheet.binary")) {
                // Run 87 #6: read as XML, it was "damaged", and saving it again in Excel keeps the format.
                throw InvalidWorkbookException.of(name, "is an Excel Binary Workbook (.xlsb), which is not read here;"
                        + " open it in Excel and save it with File > Save As, choosing Excel Workbook (.xlsx)");
            }
            if (contentType.contains("wordprocessingml") || contentType.contains("presentationml")) {
                throw InvalidWorkbookException.of(name, "is " + (contentType.contains("wordprocessingml")
                        ? "a Word document" : "a PowerPoint presentation") + ", not an Excel workbook (.xlsx)");
            }
            XSSFReader reader = new XSSFReader(pkg, true);
            boolean date1904;
            Map<String, String> sheets = new java.util.LinkedHashMap<>();
            try (InputStream workbookXml = reader.getWorkbookData()) {
                date1904 = date1904(workbookXml, sheets);
            }
            Optional<MissingPart> missing = missingSheet(pkg, sheets, sheetParts);
            if (missing.isPresent()) {
                throw missing.get();
            }
            UntrustedWorkbook opened = new UntrustedWorkbook(name, pkg, reader, date1904, OfficeLocks.openIn(file),
                    facts, sheetParts);
            pkg = null;
            return opened;
        } catch (InvalidWorkbookException e) {
            throw e;
        } catch (MissingPart e) {
            throw InvalidWorkbookException.of(name, WorkbookProblem.Place.sheet(e.sheet), e.getMessage());
        } catch (Exception | StackOverflowError e) {
            Refusal refusal = refusal(e, facts, sheetParts);
            throw InvalidWorkbookException.of(name, place(refusal.part(), e, sheetParts), withoutPath(refusal
                    .message(), workbook));
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** A refusal found while opening, whose message is whole, about a sheet. */
    private static final class MissingPart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The sheet whose part is missing. */
        final String sheet;

        MissingPart(String sheet, String message) {
            super(message, null, false, false);
            this.sheet = sheet;
        }
    }

    /**
     * The refusal for the first sheet {@code xl/workbook.xml} lists whose part is not in the file, which POI meets only
     * once it reads the sheet, as "Failed to find sheet package"; puts the part of each sheet found in {@code parts}.
     */
    private static Optional<MissingPart> missingSheet(OPCPackage pkg, Map<String, String> sheets,
            Map<String, String> parts) throws InvalidFormatException {
        PackagePart workbookPart = null;
        for (PackageRelationship relationship : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            workbookPart = pkg.getPart(relationship);
        }
        if (workbookPart == null) {
            return Optional.empty();
        }
        String workbookName = partName(workbookPart.getPartName().getName());
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            PackageRelationship relationship = workbookPart.getRelationship(sheet.getKey());
            String shown = Quote.single(sheet.getValue());
            if (relationship == null) {
                return Optional.of(new MissingPart(sheet.getValue(), "is damaged: " + workbookName + " lists sheet "
                        + shown + " with no part for it (relationship " + Quote.single(sheet.getKey()) + " is not in"
                        + " its relationships); open it in Excel or LibreOffice and save it again"));
            }
            if (relationship.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL) {
                continue;
            }
            org.apache.poi.openxml4j.opc.PackagePartName target;
            try {
                target = org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                        org.apache.poi.openxml4j.opc.PackagingURIHelper.resolvePartUri(
                                workbookPart.getPartName().getURI(), relationship.getTargetURI()));
            } catch (InvalidFormatException | IllegalArgumentException e) {
                return Optional.of(new MissingPart(sheet.getValue(), "is damaged: " + workbookName + " gives sheet "
                        + shown + " the part " + Quote.single(relationship.getTargetURI().toString()) + ", which is no"
                        + " part's name; open it in Excel or LibreOffice and save it again"));
            }
            if (pkg.getPart(target) == null) {
                return Optional.of(new MissingPart(sheet.getValue(), "is damaged: sheet " + shown + " ("
                        + partName(target.getName()) + ") is listed in " + workbookName + " but is not in the file, as"
                        + " where a part was deleted from it; open it in Excel or LibreOffice and save it again, or"
                        + " give a copy that is whole"));
            }
            parts.put(partName(target.getName()), sheet.getValue());
        }
        return Optional.empty();
    }

    /** A part named for a message: "sheet 'Updates' (xl/worksheets/sheet2.xml)", or "part xl/styles.xml". */
    private static String shownPart(String part, Map<String, String> sheetParts) {
        String sheet = sheetParts.get(partName(part));
        return sheet == null ? "part " + partName(part) : "sheet " + Quote.single(sheet) + " (" + partName(part) + ")";
    }

    /**
     * The refusal of this workbook for {@code e}, thrown reading it: its message names the part at fault, and its
     * problem the sheet, and the cell, where it is about one.
     */
    InvalidWorkbookException refused(Throwable e) {
        Refusal refusal = refusal(e, facts, sheetParts);
        return InvalidWorkbookException.of(name, place(refusal.part(), e, sheetParts), refusal.message());
    }

    /** What a refusal says, and the part it names as at fault, where it names one ("xl/worksheets/sheet2.xml"). */
    private record Refusal(String message, Optional<String> part) {
    }

    /**
     * Where a refusal is: the sheet of {@code part}, the part at fault, where it is a sheet's, and the cell of it that
     * the sheet's XML gives wrongly, where {@code e} is about one; the whole workbook otherwise.
     */
    private static WorkbookProblem.Place place(Optional<String> part, Throwable e, Map<String, String> sheetParts) {
        Optional<String> sheet = part.map(name -> sheetParts.get(partName(name)));
        if (sheet.isEmpty()) {
            return WorkbookProblem.Place.WORKBOOK;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetXml.CellFault fault) {
                return WorkbookProblem.cell(sheet.get(), fault.reference);
            }
        }
        return WorkbookProblem.Place.sheet(sheet.get());
    }

    /**
     * The refusal of a file that starts like a zip but could not be read, told from what was read of it: a part
     * refused for its size, a part declaring a document type, a part that is not well-formed XML (each named), or
     * else as {@link #damaged(Throwable)} tells it.
     */
    private static Refusal refusal(Throwable e, BoundedZip.Facts facts, Map<String, String> sheetParts) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedZip.TooManyParts) {
                return new Refusal("is refused: its zip lists more than " + String.format(Locale.ROOT, "%,d",
                        BoundedZip.MAX_ENTRIES) + " parts, where a workbook has a few dozen at most; if it is a real"
                        + " workbook, open it in Excel or LibreOffice and save it again", Optional.empty());
            }
        }
        Optional<BoundedZip.TooLarge> tooLarge = facts.refused();
        for (Throwable t = e; t != null && tooLarge.isEmpty(); t = t.getCause()) {
            if (t instanceof BoundedZip.TooLarge refused) {
                tooLarge = Optional.of(refused);
            }
        }
        if (tooLarge.isPresent()) {
            String part = shownPart(tooLarge.get().part, sheetParts);
            return new Refusal(switch (tooLarge.get().bound) {
                case RATIO -> "is refused: its " + part + " expands to more than " + BoundedZip.MAX_RATIO + " times"
                        + " its stored size, past " + (BoundedZip.RATIO_GRACE_BYTES >> 20) + " MB, as a zip bomb does;"
                        + " if it is a real workbook, open it in Excel or LibreOffice and save it again";
                case PART -> "is too large to read: its " + part + " expands to more than "
                        + (BoundedZip.MAX_PART_BYTES >> 20) + " MB, where a part of a workbook may be at most that,"
                        + " far more than any workbook of a plan needs; delete the rows, columns and sheets it does"
                        + " not need and save it again";
                case WHOLE_BYTES, WHOLE_NODES, WHOLE_TEXT -> {
                    String most = switch (tooLarge.get().bound) {
                        case WHOLE_BYTES -> (BoundedZip.MAX_WHOLE_BYTES >> 20) + " MB";
                        case WHOLE_NODES -> String.format(Locale.ROOT, "%,d elements and attributes",
                                BoundedZip.MAX_WHOLE_NODES);
                        default -> (BoundedZip.MAX_WHOLE_TEXT_BYTES >> 20) + " MB of text and attribute values";
                    };
                    yield facts.withoutDirectory() ? "is damaged: the directory at the end of its zip is missing or"
                            + " damaged, as where a download was cut short, and its parts come to more than " + most
                            + ", too much to read without it; open it in Excel or LibreOffice and save it again, or"
                            + " give a copy that is whole"
                            : "is refused: its parts other than sheets, which are read whole, come to more than " + most
                            + " (" + part + " is past that), far more than Excel writes; if it is a real workbook,"
                            + " open it in Excel or LibreOffice and save it again";
                }
                case MARKUP -> "is refused: its " + part + " holds " + tooLarge.get().detail + " of more than "
                        + (BoundedZip.MAX_MARKUP_BYTES >> 20) + " MB, where Excel's are some kilobytes at most, as in"
                        + " a file made to exhaust a reader's memory; if it is a real workbook, open it in Excel or"
                        + " LibreOffice and save it again";
                case DEPTH -> tooDeep(part, BoundedZip.MAX_DEPTH);
                case ENCODING -> "is refused: its " + part + " is written in " + tooLarge.get().detail + ", where"
                        + " Excel writes UTF-8, and is not read, as its markup cannot be followed as it is read; if it"
                        + " is a real workbook, open it in Excel or LibreOffice and save it again";
            }, Optional.of(tooLarge.get().part));
        }
        if (facts.doctype().isPresent()) {
            return new Refusal("is refused: its " + shownPart(facts.doctype().get(), sheetParts) + " declares a"
                    + " document type (<!DOCTYPE>), which Excel never writes and which is refused for safety, as it"
                    + " can make a reader fetch other files or expand text without end; if it is a real workbook, open"
                    + " it in Excel or LibreOffice and save it again", facts.doctype());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher entities = JDK_ENTITIES.matcher(String.valueOf(t.getMessage()));
            if (entities.find() && facts.lastPart().isPresent()) {
                return new Refusal("is too large to read here: its " + shownPart(facts.lastPart().get(), sheetParts)
                        + " holds more than " + entities.group(1) + " of the characters & < > (each written as an"
                        + " entity), the most this Java's XML parser reads in one part (its " + entities.group(2)
                        + "); run Java with -D" + entities.group(2) + "=0, as actionplan's command line does, or"
                        + " delete the text the workbook does not need", facts.lastPart());
            }
            Matcher depth = JDK_DEPTH.matcher(String.valueOf(t.getMessage()));
            if (t instanceof org.xml.sax.SAXParseException && depth.find() && facts.lastPart().isPresent()) {
                return new Refusal(tooDeep(shownPart(facts.lastPart().get(), sheetParts), Integer.parseInt(depth
                        .group(1))), facts.lastPart());
            }
            if (t instanceof org.xml.sax.SAXParseException parse && facts.lastPart().isPresent()) {
                return new Refusal("is damaged: its " + shownPart(facts.lastPart().get(), sheetParts) + " is not"
                        + " well-formed XML" + (parse.getLineNumber() > 0 ? " (at line " + parse.getLineNumber()
                        + ", column " + parse.getColumnNumber() + ")" : "") + ", as where a character XML forbids (a"
                        + " control character) was written into it, or the file was cut short or changed by hand;"
                        + " open it in Excel or LibreOffice and save it again", facts.lastPart());
            }
        }
        // A parser's error is in the part read last, one the sheet's handler threw too ("a cell ... once more").
        boolean parsing = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            parsing |= t instanceof SAXException;
            if (t instanceof SheetXml.CellFault fault) {
                // Said of its cell, not as a whole workbook that cannot be read, after the cell's name (run 111 #5).
                return new Refusal("is damaged: " + fault.getMessage() + "; open it in Excel or LibreOffice and save"
                        + " it again", facts.lastPart());
            }
        }
        return new Refusal(damaged(e), parsing ? facts.lastPart() : Optional.empty());
    }

    /** POI's words for a part [Content_Types].xml gives no content type, its name the first group (rule M.1.14). */
    private static final Pattern UNTYPED_PART = Pattern.compile("The part (.+?) does not have any content type");

    /**
     * The JDK's parser refusing elements nested deeper than its {@code jdk.xml.maxElementDepth} (100 since Java 24),
     * which it may meet before {@link BoundedZip#MAX_DEPTH}: the limit is its first number.
     */
    private static final Pattern JDK_DEPTH = Pattern.compile("exceeds the limit \"(\\d+)\".*maxElementDepth");

    /**
     * The JDK's parser refusing a part of more predefined entities ({@code &amp;}) than its limits (100,000 since Java
     * 24) in a parser of POI's tree, which the workbook module cannot set: the limit's value, then its name.
     */
    private static final Pattern JDK_ENTITIES = Pattern.compile("that exceeds the \"([\\d,]+)\" limit set by"
            + " \"(jdk\\.xml\\.\\w+)\"");

    /** The message for a part nesting elements deeper than {@code limit}. */
    private static String tooDeep(String part, int limit) {
        return "is refused: its " + part + " nests elements more than " + limit + " deep, where Excel's nest some"
                + " ten, as in a file made to exhaust a reader's memory; if it is a real workbook, open it in Excel or"
                + " LibreOffice and save it again";
    }

    /** Why a file could not be read, without its path, which a file system's exceptions give as their message. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access is denied";
        }
        if (e instanceof FileSystemException refused) {
            return refused.getReason() == null ? e.getClass().getSimpleName() : refused.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * {@code message} with the file's path, where a library's message quotes it (POI's "Can't open the specified
     * file"), put as the workbook's name: a service reading an upload from a temporary file names neither to its users.
     */
    private static String withoutPath(String message, WorkbookFile workbook) {
        String shown = message;
        for (Path path : List.of(workbook.path().toAbsolutePath(), workbook.path())) {
            if (!path.toString().isEmpty()) {
                shown = shown.replace(path.toString(), WorkbookFile.shown(workbook.name()));
            }
        }
        return shown;
    }

    /** The content type of the package's main part, e.g. a workbook's or a Word document's. */
    private static String mainContentType(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship relationship : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            PackagePart part = pkg.getPart(relationship);
            if (part != null) {
                return part.getContentType();
            }
        }
        return "";
    }

    private static byte[] firstBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_LENGTH);
        }
    }

    /**
     * The message for an OLE2 file, by what its entries say it is: an encrypted .xlsx (Office wraps those in OLE2), an
     * old .xls, or another Office file given in its place (run 87 #10: an Outlook message saved instead of its
     * attachment was told to be saved as .xlsx from Excel).
     */
    private static String ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
                return "is encrypted (protected with a password to open), so it cannot be read; open it, remove"
                        + " the password (in Excel: File > Info > Protect Workbook > Encrypt with Password) and save it"
                        + " again";
            }
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return "is protected with rights management (a sensitivity label or permission that encrypts it), so"
                        + " it cannot be read; ask its owner for a copy without that protection (a label that does not"
                        + " encrypt)";
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return "is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save it as an Excel"
                        + " workbook (.xlsx)";
            }
            boolean message = root.getEntryNames().stream().anyMatch(name -> name.startsWith("__substg1.0_"));
            return message ? "is an Outlook message (.msg), not a workbook; open it and save the workbook attached to"
                    + " it, then give that" : root.hasEntryCaseInsensitive("WordDocument") ? "is a Word 97-2003"
                    + " document (.doc), not a workbook; give the workbook" : "is an old Office file, but not an Excel"
                    + " workbook; give the workbook (.xlsx)";
        } catch (IOException | RuntimeException e) {
            return "is damaged: it starts like an old Office file but cannot be read (" + e.getMessage() + ")";
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF";
            case HTML, XML -> "a web page or XML file";
            case RTF, WORD2, MSWRITE -> "a word-processing document";
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> "an image";
            default -> "another kind of file";
        };
    }

    /** The message for a file that starts like a zip but cannot be read as a workbook. */
    static String damaged(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return "is refused: a part of it expands to far more than its stored size, as a zip bomb does"
                        + " (POI's ZipSecureFile limits); if it is a real workbook, open it in Excel or LibreOffice"
                        + " and save it again";
            }
            if (message.contains("MAX_ENTRY_SIZE") || message.contains("max entry size")
                    || message.contains("maxEntrySize")) {
                return "is refused: a part of it is larger than a workbook part may be read (POI's ZipSecureFile"
                        + " limit on entry size)";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ODFNotOfficeXmlFileException) {
                return "is in OpenDocument format (.ods), as LibreOffice saves a spreadsheet where 'Use ODF Format!'"
                        + " is chosen on saving, not an Excel workbook (.xlsx); open it in LibreOffice and save it with"
                        + " File > Save As, choosing the file type Excel 2007-365 (.xlsx)";
            }
            if (String.valueOf(t.getMessage()).contains("no core document found")) { // POI's words (run 111 #5)
                return "is damaged: it names no part for a spreadsheet to open, as where its _rels/.rels part is"
                        + " broken, or it is a zip of other parts than a workbook's; open it in Excel or LibreOffice"
                        + " and save it again";
            }
            if (t.getClass().getSimpleName().equals("NotOfficeXmlFileException")
                    || String.valueOf(t.getMessage()).contains("content type part")) {
                // Run 87 #5: a copy zipped to be mailed was told to be opened in a spreadsheet, which opens no zip.
                return "is not an Excel workbook (.xlsx): it is a zip file, but not one Excel writes; if it is an"
                        + " archive the workbook was sent in, extract the workbook from it and give that; else open"
                        + " it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher untyped = UNTYPED_PART.matcher(String.valueOf(t.getMessage()));
            if (untyped.find()) {
                return "is damaged: its part " + Quote.single(partName(untyped.group(1))) + " has no content type in"
                        + " [Content_Types].xml, where every part of a workbook has one, as where a file was added to"
                        + " the zip by hand; open it in Excel or LibreOffice and save it again";
            }
        }
        return "is damaged: it cannot be read as an Excel workbook (.xlsx) (" + rootMessage(e) + "); open it in"
                + " Excel or LibreOffice and save it again";
    }

    /**
     * The innermost cause's message, its first line and at most {@value #ROOT_MESSAGE_LENGTH} characters of it: POI's
     * messages may quote a whole part of the file.
     */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // POI meets a part that is not there with a NullPointerException, whose text names POI's own fields.
        if (root instanceof NullPointerException) {
            return "a part every workbook has, such as xl/workbook.xml, is missing";
        }
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            return root.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= ROOT_MESSAGE_LENGTH ? line : line.substring(0, ROOT_MESSAGE_LENGTH) + "…";
    }

    /** Whether the workbook counts dates from 1904; puts each sheet's relationship id and name in {@code sheets}. */
    private static boolean date1904(InputStream workbookXml, Map<String, String> sheets)
            throws IOException, SAXException {
        boolean[] date1904 = {false};
        XMLReader xml = XmlReaders.newReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                if (localName.equals("sheet") && attributes.getValue("name") != null) {
                    for (int i = 0; i < attributes.getLength(); i++) { // r:id, in a transitional or a strict namespace
                        if (attributes.getLocalName(i).equals("id") && !attributes.getURI(i).isEmpty()) {
                            sheets.putIfAbsent(attributes.getValue(i), attributes.getValue("name"));
                        }
                    }
                }
            }
        });
        xml.parse(new InputSource(workbookXml));
        return date1904[0];
    }

    /**
     * Whether {@code e} is POI's user model refusing a value in the file's XML that its schema does not allow (an
     * unknown sheet state, a cell type or a style that is not a number): XMLBeans checks each value only when it is
     * read, so a damaged file may fail anywhere the user model is used.
     */
    static boolean isOutsideTheSchema(IllegalArgumentException e) {
        return e.getClass().getName().startsWith("org.apache.xmlbeans.");
    }

    /** The file's name, as messages give it. */
    String name() {
        return name;
    }

    /** Whether the workbook counts dates from 1904. */
    boolean date1904() {
        return date1904;
    }

    /** The names of the sheets, in the workbook's order, hidden ones included. */
    List<String> sheetNames() throws InvalidWorkbookException {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
        } catch (Exception e) {
            throw refused(e);
        }
        return names;
    }

    /** A note (comment) on a cell: the cell, "V10", where the file names one a sheet has, and its first words. */
    record Note(Optional<String> cell, String text) {}

    /** A cell's reference as a note names it: a column, A to XFD, and a row, 1 to 1,048,576. */
    private static final Pattern NOTE_CELL = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");

    /**
     * The first notes on a sheet, in the file's order, how many it has in all, and whether a notes part could not be
     * read to its end (damaged, or larger than a workbook may hold): its notes, not the copy, are lost.
     */
    record Notes(List<Note> first, int count, boolean unreadable) {}

    /** How many characters of a note's text are kept: enough to know it by, after the words of a threaded one. */
    private static final int NOTE_CHARACTERS = 800;

    /**
     * The notes (comments) on the cells of {@code sheet}, the first {@code most} of them, each's text cut short: the
     * notes part is streamed, so that a part of any size keeps no more than that. A threaded comment is read from the
     * note Excel keeps beside it, without the words Excel puts before it for older versions.
     */
    Notes notes(String sheet, int most) throws InvalidWorkbookException {
        List<Note> first = new ArrayList<>();
        int[] count = {0};
        boolean unreadable = false;
        try {
            Optional<PackagePart> part = sheetPart(sheet);
            for (PackageRelationship relation : part.isEmpty() ? List.<PackageRelationship>of() : part.get()
                    .getRelationshipsByType(org.apache.poi.xssf.usermodel.XSSFRelation.SHEET_COMMENTS.getRelation())) {
                PackagePart notes = relation.getTargetMode() == TargetMode.INTERNAL ? part.get().getRelatedPart(
                        relation) : null;
                if (notes == null) {
                    continue;
                }
                try (InputStream xml = notes.getInputStream()) {
                    XMLReader parser = XmlReaders.newReader();
                    parser.setContentHandler(new NoteReader(first, most, count));
                    parser.parse(new InputSource(xml));
                } catch (IOException | SAXException | RuntimeException e) {
                    // Nothing in a note is read: a damaged notes part costs its notes' warnings, not the copy.
                    unreadable = true;
                }
            }
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
        return new Notes(List.copyOf(first), count[0], unreadable);
    }

    /** The part of the sheet named {@code sheet} (as Excel compares names: ignoring case), where there is one. */
    private Optional<PackagePart> sheetPart(String sheet) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            sheets.next().close();
            if (sheets.getSheetName().equalsIgnoreCase(sheet)) {
                return Optional.of(sheets.getSheetPart());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code reference} names a cell a sheet has ("V10"), not a range, a row past the last or a blank. */
    private static boolean isCell(String reference) {
        if (!NOTE_CELL.matcher(reference).matches()) {
            return false;
        }
        CellReference cell = new CellReference(reference);
        return cell.getCol() <= SpreadsheetVersion.EXCEL2007.getLastColumnIndex()
                && cell.getRow() <= SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    }

    /** Reads a notes part's notes: each's cell and the start of its text. */
    private static final class NoteReader extends DefaultHandler {
        private static final String THREADED = "[Threaded comment]";
        private static final String THREADED_TEXT = "Comment:";

        private final List<Note> first;
        private final int most;
        private final int[] count;
        private String cell;
        private StringBuilder text;
        private boolean inText;

        NoteReader(List<Note> first, int most, int[] count) {
            this.first = first;
            this.most = most;
            this.count = count;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("comment")) {
                cell = attributes.getValue("ref");
                text = new StringBuilder();
            } else if (localName.equals("t") && text != null) {
                inText = true;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && text.length() < NOTE_CHARACTERS) {
                text.append(ch, start, Math.min(length, NOTE_CHARACTERS - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("t")) {
                inText = false;
            } else if (localName.equals("comment") && text != null) {
                count[0]++;
                String words = text.toString();
                if (words.startsWith(THREADED) && words.contains(THREADED_TEXT)) {
                    words = words.substring(words.indexOf(THREADED_TEXT) + THREADED_TEXT.length());
                }
                words = words.strip();
                if (first.size() < most) {
                    first.add(new Note(Optional.ofNullable(cell).filter(UntrustedWorkbook::isCell), words));
                }
                text = null;
            }
        }
    }

    /** A link on a cell to an address outside the workbook: the cell, "W12", where the file names one, and where to. */
    record Link(Optional<String> cell, String address) {}

    /**
     * The links on the cells of {@code sheet} to addresses outside the workbook, the first {@code most} of them: a
     * cell's value is its text alone, so the address an owner linked its words to is not read. Only
     * a sheet with such links, which its relationships list, is read again for their cells.
     */
    List<Link> links(String sheet, int most) throws InvalidWorkbookException {
        List<Link> links = new ArrayList<>();
        Map<String, String> addresses = new HashMap<>();
        Optional<PackagePart> part;
        try {
            part = sheetPart(sheet);
            for (PackageRelationship relation : part.isEmpty() ? List.<PackageRelationship>of() : part.get()
                    .getRelationshipsByType(PackageRelationshipTypes.HYPERLINK_PART)) {
                if (relation.getTargetMode() == TargetMode.EXTERNAL) {
                    addresses.put(relation.getId(), relation.getTargetURI().toString());
                }
            }
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
        if (addresses.isEmpty()) {
            return List.of();
        }
        try (InputStream xml = part.orElseThrow().getInputStream()) {
            XMLReader parser = XmlReaders.newReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue(PackageRelationshipTypes.CORE_PROPERTIES_ECMA376_NS, "id");
                    if (localName.equals("hyperlink") && id != null && addresses.containsKey(id)
                            && links.size() < most) {
                        links.add(new Link(Optional.ofNullable(attributes.getValue("ref")).filter(
                                UntrustedWorkbook::isCell), addresses.get(id)));
                    }
                }
            });
            parser.parse(new InputSource(xml));
        } catch (IOException | SAXException | RuntimeException e) {
            // The sheet was read whole before: a part that fails now costs its links' warnings, not the copy.
        }
        return List.copyOf(links);
    }

    /** Whether the workbook has a sheet of that name (as Excel compares names: ignoring case). */
    boolean hasSheet(String sheet) throws InvalidWorkbookException {
        return sheetNames().stream().anyMatch(sheet::equalsIgnoreCase);
    }

    /**
     * Streams the rows of {@code sheet} to {@code handler}, refusing the sheet when it has more
     * than {@code maxRows} rows or more than {@link #MAX_SHEET_CHARACTERS} characters of its cells' own text (a row
     * of thousands of full cells is handed on whole). Rows hidden by a person are read like any other.
     *
     * @throws InvalidWorkbookException where the sheet is missing, has too many rows or too much text or cannot be
     *                                  read, or where {@code handler} refuses a row
     */
    void readSheet(String sheet, int maxRows, RowHandler handler) throws InvalidWorkbookException {
        readSheet(sheet, maxRows, handler, false);
    }

    /**
     * As {@link #readSheet(String, int, RowHandler)}; where {@code ratingFills}, a row that holds a cell also hands on
     * its blank cells filled in a colour of a BRAG rating, each with its fill.
     */
    void readSheet(String sheet, int maxRows, RowHandler handler, boolean ratingFills)
            throws InvalidWorkbookException {
        readSheet(sheet, maxRows, handler, new Counted(new Bounds("a workbook of a plan", maxRows, Integer.MAX_VALUE,
                Long.MAX_VALUE, MAX_SHEET_CHARACTERS, Long.MAX_VALUE)), ratingFills);
    }

    private void readSheet(String sheet, int maxRows, RowHandler handler, Counted budget, boolean ratingFills)
            throws InvalidWorkbookException {
        try {
            // Read before the sheet is opened, so that the part opened last, which a parser's error names, is it.
            Cells cells = new Cells(sharedStrings(), styles(), date1904, ratingFills);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream xml = sheets.next()) {
                    if (sheets.getSheetName().equalsIgnoreCase(sheet)) {
                        SheetXml.read(xml, cells, sheet, maxRows, handler, budget);
                        return;
                    }
                }
            }
        } catch (InvalidWorkbookException e) {
            throw e;
        } catch (SheetXml.TooLarge e) {
            throw InvalidWorkbookException.of(name, e.getMessage());
        } catch (SheetXml.TooManyRows e) {
            throw InvalidWorkbookException.of(name, String.format(Locale.ROOT, "has more than %,d rows on its sheet %s,"
                    + " more than %s has: give the right file, or delete the rows below its own (pasted, or filled"
                    + " down past them) and save it again", maxRows, Quote.single(sheet), budget.bounds.kind()));
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
        throw InvalidWorkbookException.of(name, "has no sheet named " + Quote.single(sheet) + "; its sheets are "
                + WorkbookProblem.sheets(sheetNames()) + ": if one of them is " + Quote.single(sheet) + " renamed,"
                + " name it " + Quote.single(sheet) + " again and save the file");
    }

    private SharedStringsXml sharedStrings;
    private StylesTable styles;

    private SharedStringsXml sharedStrings() throws IOException, SAXException, InvalidWorkbookException {
        if (sharedStrings == null) {
            List<PackagePart> parts = pkg.getPartsByContentType(
                    org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getContentType());
            if (parts.isEmpty()) {
                sharedStrings = SharedStringsXml.none();
            } else {
                try (InputStream xml = parts.get(0).getInputStream()) {
                    sharedStrings = SharedStringsXml.read(xml, MAX_SHARED_CHARACTERS);
                } catch (SharedStringsXml.TooManyCharacters e) {
                    throw InvalidWorkbookException.of(name, "is too large to read: its text (shared strings) comes"
                            + " to more than " + String.format(Locale.ROOT, "%,d", e.strings
                            ? SharedStringsXml.MAX_STRINGS : MAX_SHARED_CHARACTERS) + (e.strings ? " strings"
                            : " characters") + ", more than any workbook of a plan holds; if it is a real workbook,"
                            + " delete the sheets and text it does not need and save it again");
                }
            }
        }
        return sharedStrings;
    }

    private StylesTable styles() throws IOException, InvalidFormatException {
        if (styles == null) {
            styles = reader.getStylesTable();
        }
        return styles;
    }

    /**
     * What a workbook loaded whole into POI's user model may hold, which takes about a kilobyte of memory for each
     * cell and some ten bytes for each character: counted by streaming its sheets before anything is loaded.
     *
     * @param kind          what the workbook is read as, for the message: "a tracker"
     * @param maxRows       the most rows a sheet may have
     * @param maxSheets     the most sheets with any row on them
     * @param maxCells      the most cells, blank ones the file lists too, rows and shared strings, in all
     * @param maxCharacters the most characters of cells' own text and of the shared strings, in all
     * @param maxBytes      the most bytes its parts may inflate to, in all, which the user model holds as text
     */
    record Bounds(String kind, int maxRows, int maxSheets, long maxCells, long maxCharacters, long maxBytes) {
    }

    /**
     * The whole workbook in POI's user model, for a small file such as a tracker; refused when a
     * sheet has more than {@code maxRows} rows, counted by streaming before anything is loaded.
     *
     * @throws InvalidWorkbookException where a sheet has too many rows or the file cannot be read
     */
    XSSFWorkbook userModel(int maxRows) throws InvalidWorkbookException {
        return userModel(new Bounds("a workbook read whole", maxRows, Integer.MAX_VALUE, Long.MAX_VALUE,
                Long.MAX_VALUE, Long.MAX_VALUE));
    }

    /**
     * The whole workbook in POI's user model, for a small file such as a tracker; refused, in one line saying what to
     * do, where it holds more than {@code bounds} allow, counted by streaming before anything is loaded.
     *
     * @throws InvalidWorkbookException where it holds too much or cannot be read
     */
    XSSFWorkbook userModel(Bounds bounds) throws InvalidWorkbookException {
        Counted budget = new Counted(bounds);
        try {
            budget.add(sharedStrings().count(), sharedStrings().characters(), "its shared strings are");
        } catch (InvalidWorkbookException e) {
            throw e;
        } catch (SheetXml.TooLarge e) {
            throw InvalidWorkbookException.of(name, e.getMessage());
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
        for (String sheet : sheetNames()) {
            readSheet(sheet, bounds.maxRows(), (row, cells) -> { }, budget, false);
        }
        inflated(bounds); // after the rows and cells, counted as a stream, which tell more plainly what is too much
        try {
            return new XSSFWorkbook(pkg);
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
    }

    /**
     * Refuses the workbook where its parts inflate to more than {@code bounds} allow in all, counted by inflating each,
     * keeping nothing: the user model holds each part's text, whitespace between its cells too, at several bytes a
     * byte, so a sheet of a few cells padded with hundreds of megabytes of spaces would exhaust the heap.
     */
    private void inflated(Bounds bounds) throws InvalidWorkbookException {
        if (bounds.maxBytes() == Long.MAX_VALUE) {
            return;
        }
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try {
            for (PackagePart part : pkg.getParts()) {
                if (part.isRelationshipPart() || !part.getContentType().endsWith("xml")
                        || part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart) {
                    continue; // read when the package was opened, or no XML the user model holds (a picture)
                }
                try (InputStream in = part.getInputStream()) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > bounds.maxBytes()) {
                            throw InvalidWorkbookException.of(name, String.format(Locale.ROOT, "is too large to read"
                                    + " as %s: its parts come to more than %,d MB of XML, the most %s may hold (%s"
                                    + " is past that), far more than %s needs; delete the rows, columns and sheets"
                                    + " it does not need (or copy the rows it needs into a new workbook) and save it"
                                    + " again", bounds.kind(), bounds.maxBytes() >> 20, bounds.kind(),
                                    shownPart(part.getPartName().getName(), sheetParts), bounds.kind()));
                        }
                    }
                }
            }
        } catch (InvalidWorkbookException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw refused(e);
        }
    }

    /** What the sheets read so far hold, against {@link Bounds}. */
    private static final class Counted implements SheetXml.Budget {
        private final Bounds bounds;
        private final java.util.Set<String> sheets = new java.util.HashSet<>();
        private long cells;
        private long characters;

        Counted(Bounds bounds) {
            this.bounds = bounds;
        }

        @Override
        public void row(String sheet, int row) {
            if (sheets.add(sheet) && sheets.size() > bounds.maxSheets()) {
                throw tooLarge("more than " + count(bounds.maxSheets()) + " sheets with anything on them");
            }
            add(1, 0, "sheet " + Quote.single(sheet) + ", row " + row + " is");
        }

        @Override
        public void cell(String sheet, String reference, long given) {
            add(1, given, "sheet " + Quote.single(sheet) + ", cell " + reference + " is");
        }

        void add(long more, long moreCharacters, String where) {
            cells += more;
            characters += moreCharacters;
            if (cells > bounds.maxCells()) {
                throw tooLarge("more than " + count(bounds.maxCells()) + " cells (counting blank cells with"
                        + " formatting, rows, merged ranges and shared strings; " + where + " past that)");
            }
            if (characters > bounds.maxCharacters()) {
                throw tooLarge("more than " + count(bounds.maxCharacters()) + " characters of text (" + where
                        + " past that)");
            }
        }

        private SheetXml.TooLarge tooLarge(String holds) {
            return new SheetXml.TooLarge("is too large to read as " + bounds.kind() + ": it holds " + holds
                    + ", far more than " + bounds.kind() + " needs; delete the rows, columns and sheets it does not"
                    + " need (or copy the rows it needs into a new workbook) and save it again");
        }

        private static String count(long n) {
            return String.format(Locale.ROOT, "%,d", n);
        }
    }

    /** Closes the file without changing it. */
    @Override
    public void close() {
        pkg.revert();
    }

    /** Turns a cell element's attributes and text into a {@link CellContent}. */
    static final class Cells {
        /** The values of a cell's {@code t} attribute: ECMA-376's, and ISO 29500's {@code d}, an ISO 8601 date. */
        private static final List<String> CELL_TYPES = List.of("b", "d", "e", "inlineStr", "n", "s", "str");

        private final SharedStringsXml strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, String> formats = new HashMap<>();
        private final Map<String, Optional<Colour>> fills = new HashMap<>();

        /** Whether a blank cell filled in a rating's colour is kept, with its fill, for what the colour may say. */
        private final boolean ratingFills;

        Cells(SharedStringsXml strings, StylesTable styles, boolean date1904, boolean ratingFills) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.ratingFills = ratingFills;
        }

        CellContent cell(String reference, String type, String style, Optional<String> formula, String value,
                boolean hasValue) throws SAXException {
            // The user model reads a tracker's cells by these two attributes as well, and throws where its schema
            // does not allow one: refused here, for every cell, before it loads.
            if (type != null && !CELL_TYPES.contains(type)) {
                throw new SheetXml.CellFault(reference, "cell " + reference + " has the type " + Quote.single(type)
                        + ", which is none of a cell's types (" + String.join(", ", CELL_TYPES) + ")");
            }
            String format = format(reference, style);
            // A formula a script wrote (openpyxl) has no value saved, or an empty one: <v></v>.
            if (!hasValue || value.isEmpty() && (type == null || type.equals("n") || type.equals("b"))) {
                CellContent.Type kind = formula.isPresent() ? CellContent.Type.UNSAVED_FORMULA : CellContent.Type.BLANK;
                // A blank cell's fill alone may say something, where asked: a rating given as a colour, no word.
                return new CellContent(reference, kind, "", 0, format, formula, date1904, ratingFills
                        && formula.isEmpty() ? fill(style).filter(colour -> TrackerSheet.brag(colour).isPresent())
                        : Optional.empty());
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> {
                    int index = index(value, reference);
                    OptionalLong tooLong = strings.tooLong(index);
                    yield tooLong.isPresent() ? tooLong(reference, style, tooLong.getAsLong())
                            : text(reference, strings.at(index), format, formula);
                }
                // An inline string escapes characters as a shared one does (_x000B_), which Excel and POI decode.
                case "inlineStr" -> text(reference, SharedStringsXml.Escapes.decoded(value), format, formula);
                case "str" -> text(reference, value, format, formula);
                case "b" -> new CellContent(reference, CellContent.Type.BOOLEAN,
                        value.strip().equals("1") || value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE", 0,
                        format, formula, date1904, Optional.empty());
                case "e" -> new CellContent(reference, CellContent.Type.ERROR, value, 0, format, formula, date1904,
                        Optional.empty());
                case "d" -> text(reference, CellContent.isoDate(value), format, formula);
                default -> { // "n"
                    double number;
                    try {
                        number = Double.parseDouble(value.strip());
                        if (!Double.isFinite(number)) { // NaN, or beyond a double: no spreadsheet holds one
                            throw new NumberFormatException(value);
                        }
                    } catch (NumberFormatException e) {
                        throw new SheetXml.CellFault(reference, "cell " + reference + " holds " + Quote.single(value)
                                + " as a number");
                    }
                    yield new CellContent(reference, CellContent.Type.NUMBER, value.strip(), number, format, formula,
                            date1904, Optional.empty());
                }
            };
        }

        /**
         * A cell whose text, of {@code length} characters, is longer than a cell can hold: kept as its length alone,
         * so that reading it takes no more memory than a cell's text may.
         */
        CellContent tooLong(String reference, String style, long length) throws SAXException {
            return new CellContent(reference, CellContent.Type.TOO_LONG, "", length, format(reference, style),
                    Optional.empty(), date1904, Optional.empty());
        }

        private CellContent text(String reference, String text, String format, Optional<String> formula) {
            return CellContent.text(reference, text, format, formula, date1904, Optional.empty());
        }

        private int index(String value, String reference) throws SAXException {
            int index;
            try {
                index = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new SheetXml.CellFault(reference, "cell " + reference + " names shared string "
                        + Quote.single(value));
            }
            if (index < 0 || index >= strings.count()) {
                throw new SheetXml.CellFault(reference, "cell " + reference + " names shared string " + index
                        + ", but the workbook has " + strings.count());
            }
            return index;
        }

        /** The solid fill of the style a cell names; none where it names none, or none the workbook has. */
        private Optional<Colour> fill(String style) {
            if (style == null || styles == null) {
                return Optional.empty();
            }
            return fills.computeIfAbsent(style, s -> {
                try {
                    int i = Integer.parseInt(s);
                    return i < 0 || i >= styles.getNumCellStyles() ? Optional.empty()
                            : CellContent.fill(styles.getStyleAt(i));
                } catch (NumberFormatException e) { // told by the cell's format, which reads the same name
                    return Optional.empty();
                }
            });
        }

        private String format(String reference, String style) throws SAXException {
            if (style == null) {
                return "General";
            }
            int index;
            try {
                index = Integer.parseInt(style);
            } catch (NumberFormatException e) {
                throw new SheetXml.CellFault(reference, "cell " + reference + " names style " + Quote.single(style));
            }
            if (styles == null) {
                return "General";
            }
            return formats.computeIfAbsent(index, i -> {
                if (i < 0 || i >= styles.getNumCellStyles()) {
                    return "General";
                }
                String code = styles.getStyleAt(i).getDataFormatString();
                return code == null ? "General" : code;
            });
        }
    }

    /**
     * What the values of {@code head} are between, where it is text of lines whose first has a comma, semicolon or tab
     * between values, as a spreadsheet saved as CSV begins (no byte below a tab, no NUL): "commas", "semicolons" (as
     * Excel writes CSV where the decimal mark is a comma) or "tabs".
     */
    private static Optional<String> separatedBy(byte[] head) {
        int firstLine = head.length;
        for (int i = 0; i < head.length; i++) {
            if ((head[i] & 0xff) < '\t') {
                return Optional.empty();
            }
            if (head[i] == '\n' && firstLine == head.length) {
                firstLine = i;
            }
        }
        for (int i = 0; i < firstLine; i++) {
            switch (head[i]) {
                case ',' -> {
                    return Optional.of("commas");
                }
                case ';' -> {
                    return Optional.of("semicolons");
                }
                case '\t' -> {
                    return Optional.of("tabs");
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code head}, a file's first bytes, starts as JSON text does: an object, after any spaces or BOM. */
    private static boolean isJson(byte[] head) {
        int at = head.length > 2 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF
                ? 3 : 0;
        while (at < head.length && (head[at] == ' ' || head[at] == '\t' || head[at] == '\n' || head[at] == '\r')) {
            at++;
        }
        return at < head.length && head[at] == '{';
    }
}
