package io.github.actionplan.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The names services give their tracker's columns, and which {@link TrackerField} each means.
 * Matched on the header's words, lower case, punctuation dropped: "Ref. No.", "*BRAG" and
 * "% complete" become "ref no", "brag" and "percent complete".
 */
final class TrackerHeaders {

    private record Rule(TrackerField field, Predicate<String> matches) {}

    /** The first words of a header naming a revised target date, such as "Revised target date". */
    private static final Set<String> REVISED = Set.of("revised", "new", "amended", "extended", "updated", "current",
            "latest");

    /**
     * What a tracker heads its actions' column with where it does not say "action": "What we will do", "What will we
     * deliver?". "What we will achieve" is an outcome, so the verb must be doing or delivering.
     */
    private static final Pattern TO_DO = Pattern.compile("what (?:we (?:will|ll|are going to|plan to|intend to"
            + "|propose to)|will we|are we going to) (?:do|deliver)\\b.*|what will be (?:done|delivered)\\b.*");

    /** A header naming what has been done so far, an update: "Actions taken", "What we have done to date". */
    private static final Pattern DONE_SO_FAR = Pattern.compile("(?:(?:actions?|action s) taken"
            + "|what (?:we have|we ve|has been) (?:done|delivered))(?: to date| so far)?");

    /** Checked in order, so that "Progress update" is an update before it is progress, and "Action to
     * achieve required outcomes" an action before it is outcomes. */
    private static final List<Rule> RULES = List.of(
            new Rule(TrackerField.REF, h -> Set.of("ref", "ref no", "ref number", "reference", "reference no",
                    "reference number", "rec", "no", "number", "id", "item").contains(h) || namesReference(h)),
            new Rule(TrackerField.ACTION_REF, h -> h.matches("(?:sub )?(?:action|activity|task) (?:ref|reference|no"
                    + "|number|id)")),
            new Rule(TrackerField.PILLAR, h -> Set.of("pillar", "pillars", "hmicfrs pillar", "inspection pillar",
                    "pillar area").contains(h)),
            // A reference's words: a column headed "Cause of concern" alone holds the finding of a tracker of them.
            new Rule(TrackerField.CAUSE_OF_CONCERN, h -> h.matches("(?:(?:linked|related|parent) )?(?:coc|cause of"
                    + " concern)(?: (?:ref|reference|no|number|id))?") && !h.equals("cause of concern")),
            new Rule(TrackerField.KIND, h -> Set.of("type", "kind", "finding type", "type of finding", "rec type",
                    "recommendation type", "afi or recommendation", "recommendation or afi").contains(h)),
            new Rule(TrackerField.REPORT_PAGE, h -> Set.of("page", "page no", "hmi page", "hmicfrs page",
                    "report page", "page number").contains(h)),
            new Rule(TrackerField.SUB_ACTION_COUNT, h -> Set.of("sub actions", "no of sub actions",
                    "number of sub actions", "no of actions", "number of actions", "sub action count").contains(h)),
            new Rule(TrackerField.COMPLETED_ON, h -> Set.of("completed", "completed on", "completed date",
                    "date completed", "completion date actual", "actual completion date", "actual completion",
                    "date closed", "closed date", "closure date", "date of completion", "closed on").contains(h)),
            new Rule(TrackerField.UPDATE, h -> h.contains("update") && !saysWhenOrWho(h)
                    || Set.of("commentary", "progress commentary", "progress to date", "progress so far",
                            "current position", "latest position", "position statement", "progress notes",
                            "progress comments").contains(h) || DONE_SO_FAR.matcher(h).matches()),
            new Rule(TrackerField.OWNER, h -> h.contains("owner") || h.contains("responsible")
                    || h.contains("accountable") || h.equals("lead")
                    || h.startsWith("lead ") || h.endsWith(" lead") || h.equals("department")
                    || h.equals("directorate") || h.equals("assigned to") || h.equals("assignee")),
            new Rule(TrackerField.REVISED_DUE, h -> h.indexOf(' ') > 0 && REVISED.contains(h.substring(0,
                    h.indexOf(' '))) && (isDue(h.substring(h.indexOf(' ') + 1)) || h.endsWith(" date"))),
            new Rule(TrackerField.DUE, TrackerHeaders::isDue),
            new Rule(TrackerField.PROGRESS, h -> h.contains("percent") || h.equals("progress")
                    || h.equals("overall progress")),
            new Rule(TrackerField.RAG, h -> h.equals("rag") || h.equals("brag") || h.startsWith("rag ")
                    || h.startsWith("brag ") || h.endsWith(" rag") || h.endsWith(" brag") || h.equals("status")
                    || h.endsWith(" status") || h.equals("rating")),
            new Rule(TrackerField.ACTION, h -> h.contains("action") || TO_DO.matcher(h).matches()
                    || List.of(h.split(" ")).stream().anyMatch(Set.of("activity", "activities", "task", "tasks")
                            ::contains)),
            new Rule(TrackerField.REQUIRED_OUTCOMES, h -> h.contains("outcome")),
            new Rule(TrackerField.FINDING, h -> h.contains("recommendation") || h.contains("area for improvement")
                    || h.contains("areas for improvement") || h.contains("finding") || h.equals("summary")
                    || h.equals("area of improvement") || h.equals("afi") || h.equals("cause of concern") || h.equals("description")
                    || h.equals("issue")),
            new Rule(TrackerField.NOTES, h -> h.equals("notes") || h.equals("note") || h.equals("comments")
                    || h.equals("comment")));

    private TrackerHeaders() {}

    /**
     * Whether a header names a finding's or item's reference by what it refers to and the word for a reference:
     * "Rec No.", "Recommendation ref", "AFI number", "Item no". A sub-action's ("Action ref") is not the reference.
     */
    private static boolean namesReference(String h) {
        String[] words = h.split(" ");
        return words.length == 2 && Set.of("rec", "recommendation", "afi", "item", "finding").contains(words[0])
                && Set.of("ref", "reference", "no", "number", "id").contains(words[1]);
    }

    /** Whether a header names the target date or timescale. */
    private static boolean isDue(String h) {
        return h.contains("deadline") || h.contains("timescale") || h.equals("due") || h.contains("due date")
                || h.contains("target date") || h.equals("target") || h.contains("target completion")
                || h.equals("by when") || h.equals("completion date");
    }

    /**
     * Whether a header naming an update says when it was made or by whom ("Last updated", "Date of update",
     * "Updated by"): a date or a name, not the update's text.
     */
    private static boolean saysWhenOrWho(String header) {
        List<String> words = List.of(header.split(" "));
        return words.contains("date") || words.contains("updated") || words.contains("by")
                || words.contains("when");
    }

    /** The field a header names, if it names one. */
    static Optional<TrackerField> field(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        Optional<TrackerField> whole = RULES.stream().filter(r -> r.matches().test(h)).map(Rule::field).findFirst();
        // A bilingual header, "Cyf / Ref" as a Welsh service heads its columns: a half that names a field names it.
        if (whole.isEmpty()) {
            return TrackerText.bilingual(header).flatMap(halves -> halves.stream().map(TrackerHeaders::normalise)
                    .flatMap(half -> RULES.stream().filter(r -> r.matches().test(half)).map(Rule::field).limit(1))
                    .findFirst());
        }
        return whole;
    }

    /** Lower case words, "%" as "percent", every other mark dropped. */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT)
                .replace("%", " percent ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
