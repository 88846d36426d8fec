package org.csm.onboarding.ui.onboarding.ranges;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.csm.onboarding.model.Band;

/// A thin bar split into Critical / At Risk / Healthy parts sized by how many of the file's
/// accounts fall in each band (colours come from the stylesheet).
final class BandStrip extends HBox {

    private static final double WIDTH = 110;

    BandStrip(RangeRow row, String tooltipPattern) {
        getStyleClass().add("band-strip");
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        for (Band band : Band.values()) {
            Region part = new Region();
            part.getStyleClass().addAll("band-part", "band-" + band.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            part.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
                int total = row.bandCount(Band.CRITICAL).get() + row.bandCount(Band.AT_RISK).get() + row.bandCount(Band.HEALTHY).get();
                return total == 0 ? 0 : WIDTH * row.bandCount(band).get() / total;
            }, row.bandCount(Band.CRITICAL), row.bandCount(Band.AT_RISK), row.bandCount(Band.HEALTHY)));
            part.setMinWidth(0);
            HBox.setHgrow(part, Priority.NEVER);
            getChildren().add(part);
        }
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> java.text.MessageFormat.format(tooltipPattern,
                row.bandCount(Band.CRITICAL).get(), row.bandCount(Band.AT_RISK).get(), row.bandCount(Band.HEALTHY).get()),
                row.bandCount(Band.CRITICAL), row.bandCount(Band.AT_RISK), row.bandCount(Band.HEALTHY)));
        Tooltip.install(this, tip);
    }
}
