package dev.suture.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * How locators heal in one test session.
 *
 * <table>
 *   <caption>Keys</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@value #MODE}</td><td>heal</td><td>heal, suggest or off (see {@link HealingMode})</td></tr>
 *   <tr><td>{@value #WAIT}</td><td>2000</td><td>milliseconds a locator with a baseline may find nothing before it
 *       heals or fails; never the full action timeout</td></tr>
 *   <tr><td>{@value #DIR}</td><td>.suture</td><td>where baselines are kept, in the test project</td></tr>
 * </table>
 *
 * @param mode      what to do with a broken locator
 * @param waitMs    how long a locator with a baseline may find nothing before healing
 * @param directory the {@code .suture} directory; baselines go to {@code baselines/} inside it
 * @param team      the team's verdicts shared through the platform (accepted baselines, rejected heals), merged
 *                  with the local baselines as {@link HealingBaselines} describes; consulted only when a locator
 *                  breaks, so a lazy implementation costs nothing in a run that heals nothing
 */
public record HealingOptions(HealingMode mode, int waitMs, Path directory, HealingBaselines team) {
  public static final String MODE = "suture.healing.mode";
  public static final String WAIT = "suture.healing.wait";
  public static final String DIR = "suture.healing.dir";

  public HealingOptions {
    team = team == null ? HealingBaselines.none() : team;
  }

  /** Options with the local baselines only. */
  public HealingOptions(HealingMode mode, int waitMs, Path directory) {
    this(mode, waitMs, directory, HealingBaselines.none());
  }

  /** Reads the options from settings, failing fast on an invalid value. */
  public static HealingOptions from(Settings settings) {
    return new HealingOptions(
        settings.parsed(MODE, HealingMode.HEAL, "heal, suggest, off", HealingMode::parse),
        settings.integer(WAIT, 2000, 0),
        settings.parsed(DIR, Path.of(".suture"), "a directory path", value -> {
          try {
            return Path.of(value);
          } catch (InvalidPathException e) {
            return null;
          }
        }));
  }

  /** Options from the system properties, environment and {@code suture.properties}. */
  public static HealingOptions load() {
    return from(Settings.load(Map.of()));
  }

  /** The same options with another mode (for {@code @Healing} on a class or method). */
  public HealingOptions withMode(HealingMode newMode) {
    return new HealingOptions(newMode, waitMs, directory, team);
  }

  /** The same options with the team's verdicts from the platform. */
  public HealingOptions withTeam(HealingBaselines newTeam) {
    return new HealingOptions(mode, waitMs, directory, newTeam);
  }
}
