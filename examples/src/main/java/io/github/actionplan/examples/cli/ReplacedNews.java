package io.github.actionplan.examples.cli;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.ProgressUpdate;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import io.github.actionplan.summary.PlanSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a plan that {@code import --replace} would write over says of the period, imported into it from copies the
 * import does not give (run 83 #4: a corrected copy imported again alone, as advised, but without the other copies,
 * dropped their owners' news unsaid). Of each item, told three ways: as the plan imported from has it, as the file
 * written over has it and as the import gives it; news the file has, changed from the first, that the import leaves
 * as the first has it, would be lost.
 */
final class ReplacedNews {

    private ReplacedNews() {}

    /**
     * The items, as "2 / 2.3", whose news for the period {@code replaced} holds and {@code updated} does not, where both
     * are of one plan and the period's; none where {@code replaced} is another plan or of another period.
     *
     * @param base     the plan imported from
     * @param replaced the plan at --out, written over
     * @param updated  the plan the import gives
     * @param owners   the owners of the copies given, none for a workbook of every owner: an item whose row is in an
     *                 owner's copy given is that copy's to say, a figure cleared in it a correction (run 85 #2); the
     *                 whole workbook, which two people may each fill in part of, says so of none
     */
    static List<String> lost(ActionPlan base, ActionPlan replaced, ActionPlan updated, List<Optional<String>> owners) {
        Optional<ReportingPeriod> period = updated.reportedPeriod();
        if (period.isEmpty() || !replaced.reportedPeriod().equals(period) || !replaced.title().equals(updated.title())
                || !replaced.organisation().equals(updated.organisation())) {
            return List.of();
        }
        Set<String> given = owners.stream().flatMap(Optional::stream).collect(Collectors.toSet());
        List<String> lost = new ArrayList<>();
        for (Recommendation then : replaced.recommendations()) {
            Optional<Recommendation> before = base.recommendation(then.ref());
            Optional<Recommendation> now = updated.recommendation(then.ref());
            if (before.isEmpty() || now.isEmpty()) {
                continue;
            }
            Optional<String> thenNews = news(then, period.get());
            Optional<String> nowNews = news(now.get(), period.get());
            Optional<String> ownThen = thenNews.flatMap(ReplacedNews::ownWords);
            boolean ownLost = lostFrom(figures(before.get()), figures(then), figures(now.get()))
                    || ownThen.isPresent() && nowNews.flatMap(ReplacedNews::ownWords).isEmpty()
                    && !ownThen.equals(news(before.get(), period.get()).flatMap(ReplacedNews::ownWords));
            if (ownLost && !given.contains(PlanSummary.ownerOf(before.get()))) {
                lost.add(then.ref());
            }
            Set<String> told = nowNews.map(ReplacedNews::itemsTold).orElse(Set.of());
            Set<String> toldBefore = news(before.get(), period.get()).map(ReplacedNews::itemsTold).orElse(Set.of());
            for (SubAction sub : then.subActions()) {
                Optional<SubAction> subBefore = subAction(before.get(), sub.id());
                Optional<SubAction> subNow = subAction(now.get(), sub.id());
                boolean figures = subBefore.isPresent() && subNow.isPresent() && lostFrom(subBefore.get(), sub,
                        subNow.get());
                boolean words = thenNews.map(ReplacedNews::itemsTold).orElse(Set.of()).contains(sub.id())
                        && !told.contains(sub.id()) && !toldBefore.contains(sub.id());
                boolean theirs = subBefore.filter(s -> given.contains(PlanSummary.ownerOf(before.get(), s)))
                        .isPresent();
                if ((figures || words) && !theirs) {
                    lost.add(then.ref() + " / " + sub.id());
                }
            }
        }
        return lost;
    }

    private static Optional<SubAction> subAction(Recommendation recommendation, String id) {
        return recommendation.subActions().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether what {@code then} says, changed from {@code before}, is as {@code before} has it {@code now}. */
    private static boolean lostFrom(Object before, Object then, Object now) {
        return !then.equals(before) && now.equals(before);
    }

    /** A recommendation's own figures and words: without its sub-actions and updates, told apart. */
    private static Recommendation figures(Recommendation recommendation) {
        return recommendation.withSubActions(List.of()).withUpdates(List.of());
    }

    /** The recommendation's update for {@code period}, where it has one. */
    private static Optional<String> news(Recommendation recommendation, ReportingPeriod period) {
        return recommendation.updates().stream().filter(u -> u.period().equals(period)).map(ProgressUpdate::text)
                .findFirst();
    }

    /** What an update says of its recommendation itself: the words before the lines of its sub-actions. */
    private static Optional<String> ownWords(String update) {
        StringBuilder own = new StringBuilder();
        for (String line : update.lines().toList()) {
            if (isItem(line)) {
                break;
            }
            own.append(line).append('\n');
        }
        return Optional.of(own.toString().strip()).filter(words -> !words.isEmpty());
    }

    private static boolean isItem(String line) {
        return line.startsWith("- ") && line.indexOf(':') > 2;
    }

    /** The sub-actions an update tells of on lines of their own, "- 2.3: ...", as an import writes them. */
    private static Set<String> itemsTold(String update) {
        return update.lines().filter(ReplacedNews::isItem)
                .map(line -> line.substring(2, line.indexOf(':'))).collect(Collectors.toSet());
    }
}
