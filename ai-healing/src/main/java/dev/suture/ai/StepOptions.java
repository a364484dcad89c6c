package dev.suture.ai;

import dev.suture.core.Settings;

import java.nio.file.Path;

/**
 * How a {@link StepRunner} resolves and runs steps.
 *
 * @param cacheDir   where resolved steps are cached as reviewable JSON ({@code .suture/steps} by default); null turns
 *                   the cache off
 * @param filesDir   the directory that relative paths in "upload ..." steps are resolved against
 * @param planner    the planner tried first (the offline one by default)
 * @param fallback   a planner for steps the first one refuses (an LLM planner, when one is configured), or null
 * @param healing    whether a cached element that no longer matches is re-found (healed) rather than failing
 */
public record StepOptions(Path cacheDir, Path filesDir, StepPlanner planner, StepPlanner fallback,
                          boolean healing) {
  /** The cache under {@code .suture/steps}, files relative to the working directory, offline planning, healing on. */
  public static StepOptions defaults() {
    return new StepOptions(Path.of(".suture", "steps"), Path.of(""), StepPlanner.offline(), null, true);
  }

  /** Where resolved steps are cached; {@code off} turns the cache off. Default {@code .suture/steps}. */
  public static final String CACHE_DIR = "suture.steps.cache-dir";
  /** Where relative paths of "upload ..." steps are resolved. Default: the working directory. */
  public static final String FILES_DIR = "suture.steps.files-dir";
  /** Whether a cached element that changed is healed ({@code true}, default) or resolved again. */
  public static final String HEALING = "suture.steps.healing";

  /**
   * Options from configuration: {@link #CACHE_DIR}, {@link #FILES_DIR}, {@link #HEALING}, and, when
   * {@code suture.ai.base-url} is set, the LLM planner (see {@link LlmSettings}) as the fallback.
   */
  public static StepOptions from(Settings settings) {
    String cache = settings.string(CACHE_DIR, ".suture/steps").trim();
    LlmSettings llm = LlmSettings.from(settings);
    return new StepOptions(cache.isEmpty() || cache.equalsIgnoreCase("off") ? null : Path.of(cache),
        Path.of(settings.string(FILES_DIR, "")), StepPlanner.offline(),
        llm.configured() ? StepPlanner.llm(llm) : null, settings.bool(HEALING, true));
  }

  public StepOptions withCacheDir(Path dir) {
    return new StepOptions(dir, filesDir, planner, fallback, healing);
  }

  public StepOptions withFilesDir(Path dir) {
    return new StepOptions(cacheDir, dir, planner, fallback, healing);
  }

  public StepOptions withFallback(StepPlanner other) {
    return new StepOptions(cacheDir, filesDir, planner, other, healing);
  }
}
