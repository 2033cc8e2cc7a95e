package org.openpas.provider;

import java.util.List;
import org.openpas.common.ProblemException;
import org.openpas.common.ProblemException.FieldError;

/** The complexity mix a provider wants is a split of 100 %. */
final class ComplexityCheck {
    private ComplexityCheck() {
    }

    static void requireWhole(CapacityService.ComplexityMix mix) {
        int total = mix.lowPercent() + mix.moderatePercent() + mix.highPercent();
        if (total != 100) {
            throw ProblemException.unprocessable("The complexity mix adds up to " + total + " %, not 100 %.",
                    List.of(new FieldError("complexityMix", "lowPercent + moderatePercent + highPercent must be 100")));
        }
    }
}
