package dev.suture.core.internal.reporting;

import dev.suture.core.CiInfo;
import dev.suture.core.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Reads CI metadata from the providers' documented environment variables, then from git, then overrides. */
public final class CiDetector {
  private static final long GIT_TIMEOUT_MS = 2_000;

  private CiDetector() {
  }

  public static CiInfo detect(Settings settings, Map<String, String> env, Path workDir) {
    CiInfo fromCi = fromProvider(env);
    String commit = fromCi.commit();
    String branch = fromCi.branch();
    String author = fromCi.author();
    boolean needGit = (commit == null && settings.get(CiInfo.COMMIT).isEmpty())
        || (branch == null && settings.get(CiInfo.BRANCH).isEmpty())
        || (author == null && settings.get(CiInfo.AUTHOR).isEmpty());
    if (needGit) {
      commit = commit != null ? commit : git(workDir, "rev-parse", "HEAD");
      if (branch == null) {
        String head = git(workDir, "rev-parse", "--abbrev-ref", "HEAD");
        branch = "HEAD".equals(head) ? null : head;
      }
      author = author != null ? author : git(workDir, "log", "-1", "--format=%an");
    }
    return new CiInfo(
        settings.string(CiInfo.PROVIDER, fromCi.provider()),
        settings.string(CiInfo.COMMIT, commit),
        settings.string(CiInfo.BRANCH, branch),
        settings.string(CiInfo.AUTHOR, author),
        settings.string(CiInfo.BUILD_URL, fromCi.buildUrl()),
        settings.string(CiInfo.BUILD_NUMBER, fromCi.buildNumber()));
  }

  /** The provider's own view; commit, branch and author are null where the provider does not say. */
  static CiInfo fromProvider(Map<String, String> env) {
    if ("true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"))) {
      String url = env.get("GITHUB_SERVER_URL") != null && env.get("GITHUB_RUN_ID") != null
          ? env.get("GITHUB_SERVER_URL") + "/" + env.get("GITHUB_REPOSITORY") + "/actions/runs/" + env.get("GITHUB_RUN_ID")
          : null;
      // On pull requests GITHUB_REF_NAME is "42/merge"; the source branch is GITHUB_HEAD_REF.
      String branch = blankToNull(env.get("GITHUB_HEAD_REF")) != null ? env.get("GITHUB_HEAD_REF")
          : env.get("GITHUB_REF_NAME");
      return new CiInfo("github", env.get("GITHUB_SHA"), branch, env.get("GITHUB_ACTOR"), url,
          env.get("GITHUB_RUN_NUMBER"));
    }
    if (env.containsKey("GITLAB_CI")) {
      return new CiInfo("gitlab", env.get("CI_COMMIT_SHA"), env.get("CI_COMMIT_REF_NAME"),
          authorName(env.get("CI_COMMIT_AUTHOR")), first(env.get("CI_PIPELINE_URL"), env.get("CI_JOB_URL")),
          first(env.get("CI_PIPELINE_IID"), env.get("CI_PIPELINE_ID")));
    }
    if (env.containsKey("JENKINS_URL") || env.containsKey("JENKINS_HOME")) {
      String branch = env.get("GIT_BRANCH");
      if (branch != null && branch.startsWith("origin/")) {
        branch = branch.substring("origin/".length());
      }
      return new CiInfo("jenkins", env.get("GIT_COMMIT"), first(env.get("BRANCH_NAME"), branch),
          env.get("GIT_AUTHOR_NAME"), env.get("BUILD_URL"), env.get("BUILD_NUMBER"));
    }
    if ("true".equalsIgnoreCase(env.get("CIRCLECI"))) {
      return new CiInfo("circleci", env.get("CIRCLE_SHA1"), env.get("CIRCLE_BRANCH"), env.get("CIRCLE_USERNAME"),
          env.get("CIRCLE_BUILD_URL"), env.get("CIRCLE_BUILD_NUM"));
    }
    if ("true".equalsIgnoreCase(env.get("TF_BUILD"))) {
      String url = env.get("SYSTEM_COLLECTIONURI") != null && env.get("BUILD_BUILDID") != null
          ? env.get("SYSTEM_COLLECTIONURI").replaceAll("/+$", "") + "/" + env.get("SYSTEM_TEAMPROJECT")
            + "/_build/results?buildId=" + env.get("BUILD_BUILDID")
          : null;
      return new CiInfo("azure", env.get("BUILD_SOURCEVERSION"), env.get("BUILD_SOURCEBRANCHNAME"),
          env.get("BUILD_REQUESTEDFOR"), url, env.get("BUILD_BUILDNUMBER"));
    }
    return new CiInfo("local", null, null, null, null, null);
  }

  /** GitLab gives "Name &lt;email&gt;"; the platform shows names. */
  private static String authorName(String author) {
    if (author == null) {
      return null;
    }
    int bracket = author.indexOf('<');
    return bracket > 0 ? author.substring(0, bracket).trim() : author;
  }

  private static String first(String a, String b) {
    return blankToNull(a) != null ? a : blankToNull(b);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** One line of git's output, or null when git is missing, this is no working copy, or it takes too long. */
  static String git(Path workDir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", workDir.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(false)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      byte[] out;
      try (InputStream in = process.getInputStream()) {
        out = in.readNBytes(4096);
      }
      if (!process.waitFor(GIT_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return null;
      }
      String line = new String(out, StandardCharsets.UTF_8).trim();
      return process.exitValue() == 0 && !line.isEmpty() ? line.lines().findFirst().orElse(null) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
