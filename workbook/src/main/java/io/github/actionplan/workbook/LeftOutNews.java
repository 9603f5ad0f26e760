package io.github.actionplan.workbook;

import io.github.actionplan.model.ActionPlan;
import io.github.actionplan.model.Recommendation;
import io.github.actionplan.model.ReportingPeriod;
import io.github.actionplan.model.SubAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a plan an import's result would be written over says of the period, imported into it from copies the import
 * does not give (run 83 #4: a corrected copy imported again alone, as advised, but without the other copies, dropped
 * their owners' news unsaid). Each item is told three ways: as the plan imported from has it, as the plan written over
 * has it and as the import gives it; news the plan written over has, changed from the first, that the import leaves as
 * the first has it, would be lost.
 */
final class LeftOutNews {

    private LeftOutNews() {}

    /** {@link ImportedUpdate#newsLeftOut}. */
    static List<String> of(ImportedUpdate imported, ActionPlan replaced) {
        ActionPlan base = imported.before();
        ActionPlan updated = imported.plan();
        ReportingPeriod period = imported.period();
        if (!replaced.reportedPeriod().equals(Optional.of(period)) || !replaced.title().equals(updated.title())
                || !replaced.organisation().equals(updated.organisation())) {
            return List.of();
        }
        List<Optional<String>> owners = imported.copies().stream().map(ImportedUpdate.Copy::owner)
                .filter(Optional::isPresent).toList();
        List<String> lost = new ArrayList<>();
        for (Recommendation then : replaced.recommendations()) {
            Optional<Recommendation> before = base.recommendation(then.ref());
            Optional<Recommendation> now = updated.recommendation(then.ref());
            if (before.isEmpty() || now.isEmpty()) {
                continue;
            }
            String thenNews = ReturnedCopies.updateFor(then, period).orElse("");
            String nowNews = ReturnedCopies.updateFor(now.get(), period).orElse("");
            String beforeNews = ReturnedCopies.updateFor(before.get(), period).orElse("");
            String ownThen = ReturnedCopies.ownText(thenNews);
            boolean ownLost = lostFrom(bare(before.get()), bare(then), bare(now.get())) || !ownThen.isEmpty()
                    && ReturnedCopies.ownText(nowNews).isEmpty() && !ownThen.equals(ReturnedCopies.ownText(beforeNews));
            if (ownLost && !theirs(owners, before.get(), Optional.empty())) {
                lost.add(then.ref());
            }
            for (SubAction sub : then.subActions()) {
                Optional<SubAction> subBefore = subAction(before.get(), sub.id());
                Optional<SubAction> subNow = subAction(now.get(), sub.id());
                boolean figures = subBefore.isPresent() && subNow.isPresent() && lostFrom(subBefore.get(), sub,
                        subNow.get());
                boolean words = ReturnedCopies.hasItem(thenNews, sub.id()) && !ReturnedCopies.hasItem(nowNews,
                        sub.id()) && !ReturnedCopies.hasItem(beforeNews, sub.id());
                if ((figures || words) && !(subBefore.isPresent() && theirs(owners, before.get(), subBefore))) {
                    lost.add(then.ref() + " / " + sub.id());
                }
            }
        }
        return lost;
    }

    /**
     * Whether the row of {@code subAction} of {@code recommendation}, or of the recommendation itself, is in an
     * owner's copy given, and so that copy's to say: a figure cleared in it is a correction (run 85 #2). The whole
     * workbook, which two people may each fill in part of, says so of none.
     */
    private static boolean theirs(List<Optional<String>> owners, Recommendation recommendation,
            Optional<SubAction> subAction) {
        return owners.stream().anyMatch(owner -> UpdateWorkbook.fillsIn(owner, recommendation, subAction));
    }

    private static Optional<SubAction> subAction(Recommendation recommendation, String id) {
        return recommendation.subActions().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether what {@code then} says, changed from {@code before}, is as {@code before} has it {@code now}. */
    private static boolean lostFrom(Object before, Object then, Object now) {
        return !then.equals(before) && now.equals(before);
    }

    /** A recommendation's own figures and words: without its sub-actions and updates, told apart. */
    private static Recommendation bare(Recommendation recommendation) {
        return recommendation.withSubActions(List.of()).withUpdates(List.of());
    }
}
