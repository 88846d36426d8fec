package org.csm.onboarding.ui.dashboard;

import javafx.scene.control.TableCell;
import javafx.scene.shape.Polyline;

/// A sparkline of an account's overall score over the last snapshots (0-100, newest right).
final class TrendCell<S> extends TableCell<S, double[]> {

    private static final double WIDTH = 60;
    private static final double HEIGHT = 16;

    TrendCell() {
        getStyleClass().add("trend-cell");
    }

    @Override
    protected void updateItem(double[] series, boolean empty) {
        super.updateItem(series, empty);
        setText(null);
        if (empty || series == null || series.length < 2) {
            setGraphic(null);
            return;
        }
        Polyline line = new Polyline();
        line.getStyleClass().add("sparkline");
        double step = WIDTH / (series.length - 1);
        for (int i = 0; i < series.length; i++) {
            if (!Double.isNaN(series[i])) {
                line.getPoints().addAll(i * step, HEIGHT - series[i] / 100 * HEIGHT);
            }
        }
        setGraphic(line);
    }
}
