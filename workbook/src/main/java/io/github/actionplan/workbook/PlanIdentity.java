package io.github.actionplan.workbook;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.actionplan.internal.Dates;
import io.github.actionplan.internal.Quote;
import io.github.actionplan.json.ActionPlanModule;
import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.rules.Assessor;
import io.github.actionplan.rules.PlanAssessment;
import io.github.actionplan.rules.RecommendationAssessment;
import io.github.actionplan.rules.RollUp;
import io.github.actionplan.rules.StatusRule;
import io.github.actionplan.rules.StatusRules;
import io.github.actionplan.validation.InvalidPlanException;
import io.github.actionplan.validation.Problem;
import io.github.actionplan.workbook.UpdateReader.Key;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the hidden Plan sheet of an update workbook says of the plan it was written from, so that
 * the import can tell a workbook of another plan, or of an older version of this one. Below these rows
 * the sheet lists a fingerprint of each item as written ({@link #items}), so that a workbook of a plan
 * that has changed since can still be read where the items filled in have not.
 *
 * @param title         the plan's title
 * @param organisation  the plan's organisation
 * @param period        the reporting period the workbook asks about
 * @param reportingDate the date statuses were worked out at, which the import moves the plan to
 * @param schemaVersion the JSON schema version the fingerprint was taken in
 * @param fingerprint   SHA-256 of the plan's JSON as exported, in hex
 * @param owner         the owner whose copy it is ({@link UpdateWorkbook#withOwner}); none for the whole workbook,
 *                      and for a workbook written before copies said whose they are
 * @param planVersion   the date and period the plan itself was at when exported ({@link Version}), so that the
 *                      import can tell an older plan given in its place; none for a workbook written before
 * @param assessor      the rule and roll-up the Status and Reason cells were worked out by, where each is one core
 *                      names ({@link StatusRules}, {@link RollUp}), so that the import can tell those cells typed
 *                      over; none for a rule of one's own, and for a workbook written before
 * @param statuses      the SHA-256, in hex, of every item's Status and Reason as written ({@link #statuses}), so that
 *                      the import can tell the rule of that name worked them out otherwise then (a version of
 *                      actionplan since has changed it), and not take every such cell for one typed over; none
 *                      where {@code assessor} is none, and for a workbook written before
 */
record PlanIdentity(String title, String organisation, ReportingPeriod period, LocalDate reportingDate,
        String schemaVersion, String fingerprint, Optional<String> owner, Version planVersion,
        Optional<Assessor> assessor, Optional<String> statuses) {

    /** The sheet's name. */
    static final String SHEET = "Plan";
    /** What the first row says, so that the import knows the workbook for one of its own. */
    static final String FORMAT = "actionplan update workbook";

    private static final String KEY_FORMAT = "Format";
    private static final String KEY_TITLE = "Title";
    private static final String KEY_ORGANISATION = "Organisation";
    private static final String KEY_PERIOD = "Reporting period";
    private static final String KEY_DATE = "Reporting date";
    private static final String KEY_SCHEMA = "Schema version";
    static final String KEY_FINGERPRINT = "Fingerprint";
    private static final String KEY_OWNER = "Owner";
    private static final String KEY_PLAN_AS_OF = "Plan as of";
    private static final String KEY_PLAN_PERIOD = "Plan's reporting period";
    private static final String KEY_RULE = "Status rule";
    private static final String KEY_ROLL_UP = "Roll-up";
    private static final String KEY_STATUSES = "Statuses";
    private static final Pattern SCHEMA_VERSION = Pattern.compile("\"schemaVersion\"\\s*:\\s*(\\d+)");

    /** The header of the Plan sheet's list of items: Ref, Id and Fingerprint, below the identity's rows. */
    static final List<String> ITEMS_HEADER = List.of("Ref", "Id", "Fingerprint");
    /**
     * The header of the list's fourth column, each item's {@link #figures} as the workbook was written: a column a
     * workbook written before 5 December 2026 has not, and a reader of that time passes over.
     */
    static final String FIGURES_HEADER = "Figures";
    /**
     * The fields of an item's JSON that say what it is and who does it, not where it stands: changed alone (a typo
     * mended, a note added, an owner given), a row filled in against the item as it was still says what it did.
     */
    private static final List<String> WORDING = List.of("text", "requiredOutcomes", "notes", "owner", "pillar",
            "question", "reportPage", "inspectorateNumber", "causeOfConcern", "description");

    /** An item in the plan's JSON format, fixed in every way a fingerprint depends on. */
    private static final JsonMapper ITEM_MAPPER = JsonMapper.builder().addModule(new ActionPlanModule())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final ObjectWriter ITEM_JSON = ITEM_MAPPER.writer();

    /** The identity of {@code plan} as exported for {@code period} at {@code reportingDate}. */
    static PlanIdentity of(ActionPlan plan, ReportingPeriod period, LocalDate reportingDate) {
        StringBuilder start = new StringBuilder();
        String fingerprint = fingerprint(plan, start);
        // The version is the one PlanJson wrote, read back rather than restated here.
        Matcher version = SCHEMA_VERSION.matcher(start);
        String schemaVersion = version.find() ? version.group(1) : "";
        return new PlanIdentity(plan.title(), plan.organisation(), period, reportingDate, schemaVersion, fingerprint,
                Optional.empty(), Version.of(plan), Optional.empty(), Optional.empty());
    }

    /** This identity, of the copy for {@code owner} where there is one. */
    PlanIdentity withOwner(Optional<String> owner) {
        return new PlanIdentity(title, organisation, period, reportingDate, schemaVersion, fingerprint, owner,
                planVersion, assessor, statuses);
    }

    /**
     * This identity, its statuses those of {@code assessment}, the plan assessed at the reporting date: its assessor
     * and their digest kept where core names its rule.
     */
    PlanIdentity withStatuses(PlanAssessment assessment) {
        Optional<Assessor> named = ruleName(assessment.assessor().rule()).map(name -> assessment.assessor());
        return new PlanIdentity(title, organisation, period, reportingDate, schemaVersion, fingerprint, owner,
                planVersion, named, named.map(used -> statuses(assessment, (key, texts) -> { })));
    }

    /**
     * The digest of every item's Status and Reason as {@code assessment} gives them to the workbook, in plan order: a
     * recommendation's, then each of its sub-actions'; each item's texts go to {@code each} too.
     */
    static String statuses(PlanAssessment assessment, BiConsumer<Key, Map<UpdateColumn, String>> each) {
        MessageDigest digest = sha256();
        for (RecommendationAssessment at : assessment.recommendations()) {
            Recommendation recommendation = at.recommendation();
            for (int i = -1; i < at.subActions().size(); i++) {
                Optional<Integer> subAction = i < 0 ? Optional.empty() : Optional.of(i);
                Map<UpdateColumn, String> texts = UpdateWorkbookWriter.statusTexts(assessment.plan(), at, subAction);
                for (UpdateColumn column : List.of(UpdateColumn.STATUS, UpdateColumn.REASON)) {
                    digest.update((texts.get(column) + "\n").getBytes(StandardCharsets.UTF_8));
                }
                each.accept(new Key(recommendation.ref(), subAction.map(n -> recommendation.subActions().get(n).id())),
                        texts);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Optional<String> ruleName(StatusRule rule) {
        return StatusRules.NAMES.stream().filter(name -> StatusRules.named(name).orElseThrow() == rule).findFirst();
    }

    /**
     * How far a plan has come: the date its statuses are worked out at and the period it covers, where it says them.
     * Each import moves both on, so a plan file older than another of the same plan is behind it in one of them.
     *
     * @param asOf   the plan's {@code asOf}
     * @param period the plan's {@code period}
     */
    record Version(Optional<LocalDate> asOf, Optional<ReportingPeriod> period) {
        /** The version of {@code plan}. */
        static Version of(ActionPlan plan) {
            return new Version(plan.asOf(), plan.period());
        }

        /** Whether this is behind {@code other}: an earlier date, or an earlier period, where both say one. */
        boolean isBefore(Version other) {
            return asOf.isPresent() && other.asOf.isPresent() && asOf.get().isBefore(other.asOf.get())
                    || period.isPresent() && other.period.isPresent() && period.get().compareTo(other.period.get()) < 0;
        }

        /** As a message says it: {@code as of 30 Jun 2025 (Q1 2025/26)}; empty where the plan says neither. */
        String shown() {
            String date = asOf.map(d -> "as of " + Dates.shortDate(d)).orElse("");
            String within = period.map(p -> date.isEmpty() ? "for " + p : " (" + p + ")").orElse("");
            return date + within;
        }
    }

    /**
     * The fingerprints of one plan as it is, each worked out when first asked for and then kept, so that every copy
     * read into the plan, and every owner's workbook written from it, shares them. Not for several threads at once.
     */
    static final class Fingerprints {
        private final ActionPlan plan;
        private String whole;
        private String schemaVersion;
        private Map<Key, String> items;
        private Map<Key, String> dated;

        Fingerprints(ActionPlan plan) {
            this.plan = plan;
        }

        /** The plan's: the SHA-256 of its JSON, in hex. */
        String whole() {
            if (whole == null) {
                StringBuilder start = new StringBuilder();
                whole = fingerprint(plan, start);
                Matcher version = SCHEMA_VERSION.matcher(start);
                schemaVersion = version.find() ? version.group(1) : "";
            }
            return whole;
        }

        /** The schema version the plan is written in, as this actionplan writes it: the one its workbooks give. */
        String schemaVersion() {
            whole();
            return schemaVersion;
        }

        /** Each item's, in plan order ({@link PlanIdentity#items}); not to be changed. */
        Map<Key, String> items() {
            if (items == null) {
                Map<Key, String> fingerprints = new LinkedHashMap<>();
                PlanIdentity.items(plan, false, fingerprints::put);
                items = Collections.unmodifiableMap(fingerprints);
            }
            return items;
        }

        /**
         * Whether {@code written}, the fingerprint a workbook lists for the item {@code key}, is the item's as it is:
         * as this version takes it, or as versions before 4 December 2026 took it, with its owner's rating's period,
         * so that a copy written by one of those reads as it did; or as it was with a published rating, one that names
         * no period, which an import of the period the plan was published in took away with news of the item (run 117
         * #1: the copy of the recommendation's owner, imported after a copy of one of its sub-actions, was refused).
         */
        boolean matches(Key key, String written) {
            if (written.equals(items().get(key))) {
                return true;
            }
            if (dated == null) {
                Map<Key, String> fingerprints = new HashMap<>();
                PlanIdentity.items(plan, true, fingerprints::put);
                dated = fingerprints;
            }
            return written.equals(dated.get(key)) || key.id().isEmpty() && plan.recommendation(key.ref())
                    .filter(now -> now.assessment().isEmpty()).stream().flatMap(now -> Arrays.stream(Status.values())
                            .map(published -> now.withAssessment(OwnerAssessment.of(published))))
                    .anyMatch(then -> written.equals(fingerprint(then, false)));
        }
    }

    /** The fingerprint of {@code plan}; the first 200 characters of its JSON go to {@code start}. */
    private static String fingerprint(ActionPlan plan, StringBuilder start) {
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(new OutputStream() {
            @Override
            public void write(int b) {
                if (start.length() < 200) {
                    start.append((char) b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len && start.length() < 200; i++) {
                    start.append((char) b[i]);
                }
            }
        }, digest)) {
            PlanJson.write(plan, out);
        } catch (InvalidPlanException e) { // a plan built in Java with errors: PlanJson writes none
            throw new IllegalArgumentException("the plan has errors, which no plan file may hold, so no update workbook"
                    + " is written from it or read into it; correct them first: " + e.problems().stream()
                    .filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("; ")), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Gives each item of {@code plan}, in plan order, with its fingerprint: 12 hex digits of the SHA-256 of its JSON
     * (a change goes unseen once in 2^48), a recommendation's without its sub-actions and updates. A recommendation's
     * row says nothing of those: the sub-actions have fingerprints of their own, and an update for the period already
     * given is told apart. With {@code ratingPeriods}, as versions before 4 December 2026 wrote them.
     */
    static void items(ActionPlan plan, boolean ratingPeriods, BiConsumer<Key, String> each) {
        for (Recommendation recommendation : plan.recommendations()) {
            each.accept(new Key(recommendation.ref(), Optional.empty()), fingerprint(recommendation, ratingPeriods));
            for (SubAction subAction : recommendation.subActions()) {
                each.accept(new Key(recommendation.ref(), Optional.of(subAction.id())), fingerprint(subAction));
            }
        }
    }

    /** A recommendation's fingerprint, as {@link #items} gives it. */
    static String fingerprint(Recommendation recommendation, boolean ratingPeriods) {
        return HexFormat.of().formatHex(sha256().digest(json(bare(recommendation, ratingPeriods))), 0, 6);
    }

    /** A recommendation as its fingerprint takes it: without its sub-actions and updates. */
    private static Recommendation bare(Recommendation recommendation, boolean ratingPeriods) {
        // The owner's rating without its period, unless asked for as before: an import dates a rating that names
        // none (a published plan's) as it moves the plan on, which changes nothing a row of the item says.
        Recommendation bare = recommendation.withSubActions(List.of()).withUpdates(List.of());
        return ratingPeriods ? bare : bare.assessment().filter(rating -> rating.period().isPresent()).map(rating ->
                bare.withAssessment(OwnerAssessment.builder().from(rating).period(Optional.empty()).build()))
                .orElse(bare);
    }

    /**
     * The fingerprint of what {@code item}, a recommendation as {@link #items} takes it or a sub-action, says of where
     * the work stands: its JSON without its {@link #WORDING}.
     */
    static String figures(Object item) {
        Object taken = item instanceof Recommendation recommendation ? bare(recommendation, false) : item;
        ObjectNode tree = ITEM_MAPPER.valueToTree(taken);
        tree.remove(WORDING);
        try {
            return HexFormat.of().formatHex(sha256().digest(ITEM_JSON.writeValueAsBytes(tree)), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * How many bytes of JSON working out the fingerprint of {@code item}, a recommendation or a sub-action, hashes:
     * what it costs, which a search trying an item over and over counts.
     */
    static int size(Object item) {
        return json(item instanceof Recommendation recommendation ? bare(recommendation, false) : item).length;
    }

    /** A sub-action's fingerprint, as {@link #items} gives it. */
    static String fingerprint(SubAction subAction) {
        return HexFormat.of().formatHex(sha256().digest(json(subAction)), 0, 6);
    }

    private static byte[] json(Object item) {
        try {
            return ITEM_JSON.writeValueAsBytes(item);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The sheet's rows: key, then value. */
    Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(KEY_FORMAT, FORMAT);
        rows.put(KEY_TITLE, title);
        rows.put(KEY_ORGANISATION, organisation);
        rows.put(KEY_PERIOD, period.toString());
        rows.put(KEY_DATE, reportingDate.toString());
        rows.put(KEY_SCHEMA, schemaVersion);
        rows.put(KEY_FINGERPRINT, fingerprint);
        owner.ifPresent(name -> rows.put(KEY_OWNER, name));
        planVersion.asOf().ifPresent(date -> rows.put(KEY_PLAN_AS_OF, date.toString()));
        planVersion.period().ifPresent(version -> rows.put(KEY_PLAN_PERIOD, version.toString()));
        assessor.ifPresent(used -> {
            rows.put(KEY_RULE, ruleName(used.rule()).orElseThrow());
            rows.put(KEY_ROLL_UP, used.rollUp().id());
        });
        statuses.ifPresent(digest -> rows.put(KEY_STATUSES, digest));
        return rows;
    }

    /**
     * The identity the sheet's rows say, or a message saying what is missing or wrong.
     *
     * @throws IllegalArgumentException saying what is wrong, where the rows are not an identity
     */
    static PlanIdentity from(Map<String, String> rows) {
        if (!FORMAT.equals(rows.get(KEY_FORMAT))) {
            throw new IllegalArgumentException("its sheet " + SHEET + " does not say '" + FORMAT + "'");
        }
        for (String key : new String[] {KEY_TITLE, KEY_ORGANISATION, KEY_PERIOD, KEY_DATE, KEY_SCHEMA,
            KEY_FINGERPRINT}) {
            if (rows.get(key) == null) {
                throw new IllegalArgumentException("its sheet " + SHEET + " has no " + key);
            }
        }
        ReportingPeriod period = ReportingPeriod.tryParse(rows.get(KEY_PERIOD)).orElseThrow(() ->
                new IllegalArgumentException("its sheet " + SHEET + " names no reporting period"));
        LocalDate date = date(rows.get(KEY_DATE)).orElseThrow(() ->
                new IllegalArgumentException("its sheet " + SHEET + " names no reporting date"));
        // A workbook written before these rows, or with one damaged, says no version: nothing is compared with it.
        Version planVersion = new Version(Optional.ofNullable(rows.get(KEY_PLAN_AS_OF)).flatMap(PlanIdentity::date),
                Optional.ofNullable(rows.get(KEY_PLAN_PERIOD)).flatMap(ReportingPeriod::tryParse));
        Optional<Assessor> assessor = Optional.ofNullable(rows.get(KEY_RULE)).flatMap(StatusRules::named).flatMap(
                rule -> Optional.ofNullable(rows.get(KEY_ROLL_UP)).flatMap(RollUp::named).map(rollUp -> Assessor.of(
                        rule, rollUp)));
        return new PlanIdentity(rows.get(KEY_TITLE), rows.get(KEY_ORGANISATION), period, date, rows.get(KEY_SCHEMA),
                rows.get(KEY_FINGERPRINT), Optional.ofNullable(rows.get(KEY_OWNER)), planVersion, assessor,
                assessor.flatMap(used -> Optional.ofNullable(rows.get(KEY_STATUSES))));
    }

    /**
     * The status rule or roll-up the sheet's rows name that this actionplan does not know, as a message names it
     * ("the status rule 'x', which this actionplan does not know (it knows ...)"), where one is: a later
     * actionplan's, or a name typed over. The Status and Reason cells cannot be checked by it.
     */
    static Optional<String> unknownAssessor(Map<String, String> rows) {
        List<String> unknown = new ArrayList<>();
        Optional.ofNullable(rows.get(KEY_RULE)).filter(name -> StatusRules.named(name).isEmpty()).ifPresent(name ->
                unknown.add("the status rule " + Quote.single(Quote.shown(name)) + ", which this actionplan does not"
                        + " know (it knows " + Quote.listed(StatusRules.NAMES.stream().map(Quote::single).toList(),
                        "and") + ")"));
        Optional.ofNullable(rows.get(KEY_ROLL_UP)).filter(name -> RollUp.named(name).isEmpty()).ifPresent(name ->
                unknown.add("the roll-up " + Quote.single(Quote.shown(name)) + ", which this actionplan does not know"
                        + " (it knows " + Quote.listed(Stream.of(RollUp.values()).map(rollUp -> Quote.single(rollUp
                        .id())).toList(), "and") + ")"));
        return unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(", and ", unknown));
    }

    /** The ISO date {@code text} says; none where it says none. */
    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
