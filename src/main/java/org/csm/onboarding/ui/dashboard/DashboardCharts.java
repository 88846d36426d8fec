package org.csm.onboarding.ui.dashboard;

import java.util.Map;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.csm.onboarding.model.Category;
import org.csm.onboarding.model.HealthStatus;
import org.csm.onboarding.ui.common.UiContext;

/// The charts tab: the score histogram, each bar stacked by band in the theme's Critical /
/// At Risk / Healthy colours (a bucket across a threshold shows both bands), and the category
/// averages.
final class DashboardCharts {

    private DashboardCharts() {
    }

    static HBox pane(UiContext ctx, DashboardViewModel model) {
        StackedBarChart<String, Number> distribution = histogram(ctx, model);
        BarChart<String, Number> categories = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));
        categories.setId("categoryChart");
        categories.setTitle(ctx.text("dashboard.chart.categories"));
        categories.setLegendVisible(false);
        categories.setAnimated(false);
        XYChart.Series<String, Number> averages = new XYChart.Series<>();
        for (Map.Entry<Category, Double> e : model.categoryAverages().entrySet()) {
            averages.getData().add(new XYChart.Data<>(e.getKey().label(), e.getValue()));
        }
        categories.getData().add(averages);
        HBox charts = new HBox(distribution, categories);
        HBox.setHgrow(distribution, Priority.ALWAYS);
        HBox.setHgrow(categories, Priority.ALWAYS);
        charts.getStyleClass().add("charts");
        return charts;
    }

    private static StackedBarChart<String, Number> histogram(UiContext ctx, DashboardViewModel model) {
        CategoryAxis buckets = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setLabel(ctx.text("dashboard.chart.accounts"));
        counts.setMinorTickVisible(false);
        buckets.setLabel(ctx.text("dashboard.chart.score"));
        StackedBarChart<String, Number> chart = new StackedBarChart<>(buckets, counts);
        chart.setId("distributionChart");
        chart.setTitle(ctx.text("dashboard.chart.distribution"));
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        int[][] byBand = model.distributionByBand();
        // Series order is band order: the stylesheet colours series 0-2 (default-color0-2 on
        // bars and legend) Critical, At Risk, Healthy. The chart resets a bar's own classes.
        for (int b = 0; b < DashboardViewModel.BANDS.size(); b++) {
            HealthStatus band = DashboardViewModel.BANDS.get(b);
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(ctx.text("status." + band.code()));
            for (int i = 0; i < 10; i++) {
                series.getData().add(new XYChart.Data<>((i * 10) + "–" + (i * 10 + 10), byBand[b][i]));
            }
            chart.getData().add(series);
        }
        return chart;
    }
}
