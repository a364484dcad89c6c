package dev.suture.platform.web;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Saves full-page screenshots of the dashboard under {@code target/dashboard-screenshots/} for review. */
public final class Screens {

    public static final Path DIR = Path.of("target", "dashboard-screenshots");

    private Screens() {
    }

    public static void save(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(DIR.resolve(name + ".png")));
    }
}
