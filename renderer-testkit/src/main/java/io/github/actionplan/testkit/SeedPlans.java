package io.github.actionplan.testkit;

import io.github.actionplan.json.PlanJson;
import io.github.actionplan.model.ActionPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The two seed plans, transcribed from real published documents: the fixtures the contract kit
 * renders, for your own renderer's tests too.
 */
public final class SeedPlans {

    /** Derbyshire's reporting date, as its summary report prints it. */
    public static final LocalDate DERBYSHIRE_AS_OF = LocalDate.of(2023, 11, 1);
    /** The end of Merseyside's April to June 2025 update. */
    public static final LocalDate MERSEYSIDE_AS_OF = LocalDate.of(2025, 6, 30);

    private SeedPlans() {}

    /** Derbyshire's HMICFRS Area For Improvement Summary Report as of 1 November 2023: 20 recommendations. */
    public static ActionPlan derbyshire() {
        return read("derbyshire-2023-11-01.json");
    }

    /** Merseyside's HMICFRS Report 2023 action plan, April to June 2025 update: 5 areas for improvement. */
    public static ActionPlan merseyside() {
        return read("merseyside-2025-q1.json");
    }

    /** The JSON text of a seed plan, by file name. */
    public static String json(String name) {
        try (InputStream in = SeedPlans.class.getResourceAsStream("plans/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed plan " + name + " is not in the renderer test kit");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ActionPlan read(String name) {
        try {
            return PlanJson.fromJson(json(name));
        } catch (IOException e) {
            throw new IllegalStateException("seed plan " + name + " does not read: " + e.getMessage(), e);
        }
    }
}
