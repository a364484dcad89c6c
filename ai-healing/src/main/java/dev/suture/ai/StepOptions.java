package dev.suture.ai;

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
