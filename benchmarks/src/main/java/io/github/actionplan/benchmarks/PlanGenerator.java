package io.github.actionplan.benchmarks;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.OwnerAssessment;
import io.github.actionplan.model.Percent;
import io.github.actionplan.model.Pillar;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.RecommendationKind;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SourceInspection;
import io.github.actionplan.model.SourceKind;
import io.github.actionplan.model.Status;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.model.Timescale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes large, realistic plans, the same for the same size and seed on every JDK: {@code n}
 * recommendations with {@value #SUB_ACTIONS} sub-actions and {@value #UPDATES} progress updates
 * each, built with core's builders.
 *
 * <p>Text lengths follow the seed plans in {@code examples/src/main/resources/plans/}:
 * recommendation text 80-560 characters (median about 170, as Derbyshire's and Merseyside's),
 * one or two required outcomes of 90-150, sub-action descriptions mostly 30-160 (median about
 * 75) with one in twenty a long one holding a bullet list, as Merseyside's 1.1, and updates of
 * 300-1,500 characters in paragraphs (median about 900; Merseyside's latest updates have a
 * median of 1,049), one in five with a numbered list. The words come from sentences of the kind
 * such plans use, with names and numbers varied, so texts are not repeated verbatim.
 *
 * <p>Statuses come out mixed at {@link #AS_OF}: due dates spread from 2023 to 2027, progress in
 * steps of 5, about a fifth of sub-actions completed, a few blocked, owners' assessments on a
 * third of items.
 */
public final class PlanGenerator {

    /** Sub-actions per recommendation. */
    public static final int SUB_ACTIONS = 5;
    /** Progress updates per recommendation. */
    public static final int UPDATES = 4;
    /** The reporting date of every generated plan. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    /** The seed the benchmarks use. */
    public static final long SEED = 20_251_123L;

    private static final String[] OWNERS = {
        "Protection", "Prevention", "Response", "People and Organisational Development", "Training and Development",
        "Operational Assurance", "Strategy and Performance", "Finance", "Estates", "ICT", "Fleet and Equipment",
        "Community Risk Management", "Corporate Communications", "Legal Services", "Fire Control", "Health and Safety",
        "Equality, Diversity and Inclusion", "Professional Standards", "Procurement", "Business Continuity",
    };
    private static final String[] STATIONS = {
        "Aintree", "Belle Vale", "Birkenhead", "Bootle", "Buxton", "Chesterfield", "Crosby", "Derby", "Glossop",
        "Heswall", "Ilkeston", "Kirkby", "Liverpool City", "Long Eaton", "Matlock", "Ripley", "Southport", "St Helens",
        "Swadlincote", "Wallasey",
    };
    private static final String[] TOPICS = {
        "enforcement powers", "the risk-based inspection programme", "its prevention work", "safe and well visits",
        "operational learning", "its use of resources", "fire safety audits", "the Core Code of Ethics",
        "succession planning", "its response to high-rise fires", "on-call availability", "staff wellbeing",
        "equality impact assessments", "its grievance procedures", "the way it handles concerns", "its fleet",
        "cross-border working", "the integrated risk management plan", "its IT systems", "training records",
        "national operational guidance", "its collaboration with the police", "workforce planning",
        "performance management", "mobilising arrangements", "protection staff competence",
    };
    private static final String[] REC_OPENERS = {
        "The service should assure itself that ", "The service should make sure ", "The service should improve ",
        "The service should review how effective ", "By 1 June 2023, chief fire officers should make sure ",
        "With immediate effect, chief fire officers should review ", "The service should have effective systems for ",
        "The service should evaluate ",
    };
    private static final String[] REC_MIDDLES = {
        "{topic} prioritises the highest risks and includes proportionate activity to reduce risk",
        "all staff understand and demonstrate its values, and that managers at every level lead by example",
        "{topic} is effective in reducing risk to the public and to firefighters",
        "it has an effective mechanism in place for {topic} across all roles",
        "its arrangements for {topic} are consistent across stations and watches",
        "it can show how {topic} contributes to the outcomes in its community risk management plan",
        "the information it gathers about {topic} is accurate, up to date and available to crews",
        "it understands the demand on {topic} and has the capacity and capability to meet it",
    };
    private static final String[] REC_MORE = {
        " It should make sure this information is accessible and is shared with those who need it.",
        " Consideration should be given to creating a function with oversight of cases, to make sure they are"
                + " handled in a fair and transparent way.",
        " The updates should be given in an accessible way that encourages trust and confidence in the service.",
        " This should include how it monitors, reviews and evaluates the benefits and outcomes of the work.",
        " Chief fire officers should also make sure staff can raise concerns in confidence and that those who do are"
                + " supported.",
        " It should assure itself that this is applied in the same way in every district and by every watch.",
        " The service should publish how it will do this and report on its progress to the fire authority.",
    };
    private static final String[] OUTCOMES = {
        "The Service will take appropriate opportunities to prosecute those who don't comply with fire safety"
                + " regulations.",
        "The Service will use an automated process to consider prosecution at the point of a notice being served.",
        "The service will ensure it implements the Core Code of Ethics effectively and that staff understand it.",
        "Staff will consistently know about and understand the service's ground rules and leadership message.",
        "There will be effective succession planning mechanisms for all roles; Grey, Green and Red Book.",
        "The Service will improve staff understanding of {topic} and of their duty to report any incidents.",
        "Crews at {station} and every other station will have accurate and timely risk information available.",
        "The service will be able to show the difference {topic} makes to the safety of its communities.",
    };
    private static final String[] ACTIONS = {
        "Carry out a cultural survey to help assess what the issues are.",
        "Develop a Cultural Action Plan which will include actions to reinforce the Core Code of Ethics.",
        "Use survey tools including pulse surveys to gauge understanding and demonstration of values.",
        "Full staff survey in Nov {year} will help track changes over the years.",
        "Explore provision of a leadership programme for middle managers.",
        "Re-educate staff on the {topic} process to embed it.",
        "Broader identification of transferrable knowledge and skills.",
        "Integrate {topic} into functional planning processes.",
        "Internal audit review of processes.",
        "Complete annual review into discipline, grievance, bullying and harassment handling.",
        "Review the policy on {topic} and consult the representative bodies.",
        "Pilot the new approach at {station} before rolling it out to all stations.",
        "Report progress on {topic} to the Strategic Leadership Team each quarter.",
        "Procure and implement a new system for {topic}.",
        "Train {n} supervisory managers in {topic}.",
        "Build a cultural metrics dashboard.",
        "Consider options for publishing anonymised information for staff on the outcomes of complaints.",
    };
    private static final String[] LIST_ITEMS = {
        "Improve staff confidence in dealing with them", "Improve risk information", "Update the guidance notes",
        "Agree information sharing protocols", "Set up quarterly assurance checks", "Brief every watch manager",
    };
    private static final String[] UPDATE_SENTENCES = {
        "The training courses outlined in the previous update continue to be delivered and are receiving positive"
                + " feedback from attendees.",
        "Following the successful pilot at {station} some minor amendments have been made to the content and this"
                + " will now be rolled out to supervisory managers over the next {q} years.",
        "Leadership behaviours have been fully embedded into recent appointment processes for Area Manager, Group"
                + " Manager and Station Manager roles.",
        "The updated appraisal application has been procured and will be rolled out in Quarter {q}.",
        "Work on {topic} was delayed by the industrial action but has now restarted, and the revised timescale is"
                + " reflected in this plan.",
        "Scrutiny of {topic} is undertaken by the People Board and the Workforce Planning Group.",
        "An internal audit of {topic} was completed in {year} and its {n} recommendations have been accepted.",
        "The policy has been revised and consulted on with the representative bodies and will go to the Fire"
                + " Authority for approval in {month}.",
        "Station Managers now hold weekly surgeries where they meet firefighters, receive feedback and address"
                + " work and welfare concerns.",
        "{n} members of staff at {station} have completed the new course, and attendance is monitored by the"
                + " Training Centre.",
        "A directorate restructure resulted in a dedicated team for {topic}, which has delivered the outputs"
                + " recorded in the associated logic model linked to the CRMP deliverable.",
        "Data for {topic} is now reported on the performance dashboard and reviewed at each Performance and"
                + " Programme Board.",
        "The service is working with the National Fire Chiefs Council on the national guidance and will adopt it"
                + " once published.",
        "Progress has been slower than planned because of vacancies in the team; two posts were filled in {month}.",
    };
    private static final String[] UPDATE_LIST_ITEMS = {
        "Produced documented guidance and checklists.",
        "Provided initial legal and associated training for relevant personnel.",
        "Included the topic as part of extant CPD sessions.",
        "Ensured assurance includes monitoring of audits for a consistent approach.",
        "Applied the process consistently across districts through a standardisation framework.",
        "Developed information sharing across internal functions through Operational Assurance.",
        "Developed information sharing with external partners.",
    };
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    };
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
    };
    private static final String[] NOTES = {
        "Action Complete", "Linked to the CRMP 2024-27 deliverable.", "Awaiting national guidance.",
        "Carried over from the previous plan.", "See also the People Plan.",
    };
    private static final String[] BLOCKERS = {
        "National Fire Chiefs Council", "Home Office", "Local Government Association", "Fire Authority",
    };

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 30);

    private final SplitMix rng;

    private PlanGenerator(long seed) {
        this.rng = new SplitMix(seed);
    }

    /** A plan of {@code recommendations} recommendations, made from {@code seed}. */
    public static ActionPlan plan(int recommendations, long seed) {
        return new PlanGenerator(seed).build(recommendations);
    }

    /** A plan with {@code subActions} sub-actions ({@value #SUB_ACTIONS} per recommendation), from {@link #SEED}. */
    public static ActionPlan withSubActions(int subActions) {
        return plan(Math.max(1, subActions / SUB_ACTIONS), SEED);
    }

    private ActionPlan build(int n) {
        List<Recommendation> recommendations = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            recommendations.add(recommendation(i));
        }
        return ActionPlan.builder()
                .title("National roll-up of HMICFRS action plans")
                .organisation("Every fire and rescue service in England")
                .source(SourceInspection.builder()
                        .body("HMICFRS")
                        .title("Fire and rescue service inspections 2023-25")
                        .published(PUBLISHED)
                        .kind(SourceKind.SERVICE_INSPECTION)
                        .build())
                .asOf(AS_OF)
                .period(ReportingPeriod.of(2025, 1))
                .addAllRecommendations(recommendations)
                .build();
    }

    private Recommendation recommendation(int number) {
        RecommendationKind kind = rng.chance(0.7) ? RecommendationKind.AREA_FOR_IMPROVEMENT
                : RecommendationKind.RECOMMENDATION;
        String ref = (kind == RecommendationKind.RECOMMENDATION ? "Rec " : "AFI ") + number;
        Recommendation.Builder builder = Recommendation.builder()
                .ref(ref)
                .kind(kind)
                .text(recommendationText())
                .owner(rng.pick(OWNERS));
        if (rng.chance(0.8)) {
            builder.reportPage(1 + rng.below(80));
        }
        if (rng.chance(0.6)) {
            builder.pillar(rng.pick(Pillar.values()));
        }
        int outcomes = 1 + rng.below(2);
        for (int i = 0; i < outcomes; i++) {
            builder.addRequiredOutcomes(fill(rng.pick(OUTCOMES)));
        }
        if (rng.chance(0.5)) {
            builder.deadline(Timescale.parse(dueText(true), PUBLISHED));
        }
        // About one in eight is done, every sub-action with it, as in the seed plans.
        boolean done = rng.chance(0.12);
        if (done) {
            builder.completedOn(AS_OF.minusDays(rng.below(400)));
        } else if (rng.chance(0.3)) {
            builder.reportedProgress(5 * rng.below(20));
        }
        if (rng.chance(0.33)) {
            builder.assessment(OwnerAssessment.of(rng.pick(Status.values())));
        }
        if (rng.chance(0.1)) {
            builder.notes(rng.pick(NOTES));
        }
        for (int i = 1; i <= SUB_ACTIONS; i++) {
            builder.addSubActions(subAction(number + "." + i, done));
        }
        // The four quarters up to the reporting date, oldest first: Q2 2024/25 to Q1 2025/26.
        for (int q = 0; q < UPDATES; q++) {
            int quarter = 2 + q;
            builder.addUpdates(ProgressUpdate.builder()
                    .period(quarter <= 4 ? ReportingPeriod.of(2024, quarter) : ReportingPeriod.of(2025, quarter - 4))
                    .text(updateText())
                    .build());
        }
        return builder.build();
    }

    private SubAction subAction(String id, boolean done) {
        SubAction.Builder builder = SubAction.builder().id(id).description(actionText());
        if (rng.chance(0.9)) {
            builder.due(Timescale.parse(dueText(false), PUBLISHED));
        }
        if (rng.chance(0.2)) {
            builder.owner(rng.pick(OWNERS));
        }
        if (done || rng.chance(0.2)) {
            builder.progress(Percent.HUNDRED).completedOn(AS_OF.minusDays(rng.below(700)));
        } else if (rng.chance(0.85)) {
            builder.progress(5 * rng.below(20));
        }
        if (!done && rng.chance(0.03)) {
            builder.blockedBy(rng.pick(BLOCKERS));
        }
        return builder.build();
    }

    /** Timescales as plans write them, due from 2023 to 2027. */
    private String dueText(boolean deadline) {
        int kind = rng.below(100);
        int year = 2023 + rng.below(5);
        if (kind < 45) {
            return rng.pick(SHORT_MONTHS) + " " + year;
        }
        if (kind < 60) {
            return String.format(java.util.Locale.ROOT, "%02d %s %d", 1 + rng.below(28), rng.pick(SHORT_MONTHS), year);
        }
        if (kind < 72) {
            return (1 + rng.below(28)) + " " + rng.pick(MONTHS) + " " + year;
        }
        if (kind < 82) {
            return "In FDP " + (year % 100) + "/" + (year % 100 + 1);
        }
        if (kind < 90) {
            return "Q" + (1 + rng.below(4)) + " " + year + "/" + (year % 100 + 1);
        }
        return deadline ? "With immediate effect" : "Ongoing";
    }

    private String recommendationText() {
        int target = length(80, 170, 350, 560);
        StringBuilder text = new StringBuilder(rng.pick(REC_OPENERS)).append(fill(rng.pick(REC_MIDDLES))).append('.');
        for (String more = rng.pick(REC_MORE); text.length() + more.length() <= target; more = rng.pick(REC_MORE)) {
            text.append(more);
        }
        return text.toString();
    }

    private String actionText() {
        int kind = rng.below(20);
        if (kind == 0) {
            // As Merseyside's 1.1: a lead-in, a bullet list and a closing paragraph.
            StringBuilder text = new StringBuilder("FP ").append(2023 + rng.below(3)).append("/")
                    .append(24 + rng.below(3)).append(" - Review protocols regarding ")
                    .append(rng.pick(TOPICS)).append(" to:\n\n");
            int items = 2 + rng.below(3);
            for (int i = 0; i < items; i++) {
                text.append("- ").append(rng.pick(LIST_ITEMS)).append('\n');
            }
            text.append("\nOutputs - documents, guidance, training, CPD, assurance and monitoring, information sharing"
                    + " protocols (internal and external)");
            return text.toString();
        }
        int target = kind < 4 ? 160 + rng.below(90) : 30 + rng.below(110);
        StringBuilder text = new StringBuilder(fill(rng.pick(ACTIONS)));
        for (String more = fill(rng.pick(ACTIONS)); text.length() + more.length() < target; more = fill(rng.pick(ACTIONS))) {
            text.append(' ').append(more);
        }
        return text.toString();
    }

    private String updateText() {
        int target = length(300, 900, 1200, 1500);
        StringBuilder text = new StringBuilder();
        boolean list = rng.chance(0.2);
        int paragraphLength = 0;
        while (text.length() < target) {
            String sentence = fill(rng.pick(UPDATE_SENTENCES));
            if (paragraphLength > 0 && paragraphLength + sentence.length() > 350) {
                text.append("\n\n");
                paragraphLength = 0;
            } else if (paragraphLength > 0) {
                text.append(' ');
            }
            text.append(sentence);
            paragraphLength += sentence.length();
            if (list && text.length() > target / 3) {
                text.append(" The team has:\n\n");
                int items = 3 + rng.below(5);
                for (int i = 1; i <= items; i++) {
                    text.append(i).append(". ").append(rng.pick(UPDATE_LIST_ITEMS)).append('\n');
                }
                text.append('\n');
                paragraphLength = 0;
                list = false;
            }
        }
        return text.toString().strip();
    }

    /** A length: half between {@code min} and {@code median}, most of the rest up to {@code high}, a few to {@code max}. */
    private int length(int min, int median, int high, int max) {
        int band = rng.below(10);
        if (band < 5) {
            return min + rng.below(median - min);
        }
        if (band < 9) {
            return median + rng.below(high - median);
        }
        return high + rng.below(max - high);
    }

    private String fill(String template) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template.replace("{topic}", rng.pick(TOPICS))
                .replace("{station}", rng.pick(STATIONS))
                .replace("{year}", Integer.toString(2023 + rng.below(3)))
                .replace("{month}", rng.pick(MONTHS))
                .replace("{n}", Integer.toString(2 + rng.below(60)))
                .replace("{q}", Integer.toString(1 + rng.below(4)));
    }

    /** SplitMix64: tiny, fast, and the same sequence on every JDK. */
    private static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            this.state = seed;
        }

        long next() {
            long z = state += 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int below(int bound) {
            return (int) Math.floorMod(next(), (long) bound);
        }

        boolean chance(double p) {
            return (next() >>> 11) * 0x1.0p-53 < p;
        }

        <T> T pick(T[] values) {
            return values[below(values.length)];
        }
    }
}
