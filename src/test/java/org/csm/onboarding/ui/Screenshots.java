package org.csm.onboarding.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.testfx.api.FxRobot;

/// Renders a node to `target/screenshots/NAME.png` for a person to look at.
public final class Screenshots {

    public static final Path SHOTS = Path.of("target", "screenshots");

    private Screenshots() {
    }

    public static void save(FxRobot robot, Node node, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name + ".png").toFile());
    }
}
