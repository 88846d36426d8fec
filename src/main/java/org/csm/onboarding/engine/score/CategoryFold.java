package org.csm.onboarding.engine.score;

import java.util.Map;

import org.csm.onboarding.model.Category;

/// The step from per-category impact sums to the overall score and coverage (scoring.md, "From
/// KPIs to categories to overall"), shared by [HealthScorer] and [TableScorer] so both do the
/// same additions in the same order and agree to the last bit.
final class CategoryFold {

    private static final Category[] CATEGORIES = Category.values();

    private final ScoringContext ctx;
    /// Overall score of the last [#fold], NaN when no category had data.
    double overall;
    /// Share of the configured weight with data, of the last [#fold].
    double coverage;
    /// Sum of the weights of the categories with data, of the last [#fold].
    double weightWithData;

    CategoryFold(ScoringContext ctx) {
        this.ctx = ctx;
    }

    /// Folds one account's sums (indexed by category ordinal); puts each category's score into
    /// `categories` when it is not null.
    void fold(double[] impactPresent, double[] impactTimesScore, Map<Category, Double> categories) {
        double withData = 0;
        double weightedSum = 0;
        double coveredWeight = 0;
        for (Category category : CATEGORIES) {
            int c = category.ordinal();
            double weight = ctx.weight(category);
            double impactInCatalog = ctx.categoryImpactInCatalog(category);
            // A category with no KPI in the catalogue (Relationship Strength) covers nothing but its
            // weight stays in the denominator below: the user gave it weight, the file has no data for it.
            if (impactInCatalog > 0) {
                coveredWeight += weight * impactPresent[c] / impactInCatalog;
            }
            if (impactPresent[c] > 0) {
                double categoryScore = impactTimesScore[c] / impactPresent[c];
                if (categories != null) {
                    categories.put(category, categoryScore);
                }
                withData += weight;
                weightedSum += weight * categoryScore;
            }
        }
        weightWithData = withData;
        overall = withData > 0 ? weightedSum / withData : Double.NaN;
        coverage = coveredWeight / ctx.totalWeight();
    }
}
