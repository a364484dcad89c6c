package dev.suture.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.suture.core.internal.reporting.CiDetector;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a run comes from, attached to it on the platform. Detected from the CI provider's environment (GitHub
 * Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines) and the git working copy; each field can be overridden:
 *
 * <table>
 *   <caption>Overrides</caption>
 *   <tr><th>key</th><th>detected from</th></tr>
 *   <tr><td>{@value #PROVIDER}</td><td>github, gitlab, jenkins, circleci, azure; local outside CI</td></tr>
 *   <tr><td>{@value #COMMIT}</td><td>the provider's commit variable, else {@code git rev-parse HEAD}</td></tr>
 *   <tr><td>{@value #BRANCH}</td><td>the provider's branch variable, else the checked-out branch</td></tr>
 *   <tr><td>{@value #AUTHOR}</td><td>the provider's actor variable, else the last commit's author</td></tr>
 *   <tr><td>{@value #BUILD_URL}</td><td>the provider's build page</td></tr>
 *   <tr><td>{@value #BUILD_NUMBER}</td><td>the provider's build number</td></tr>
 * </table>
 *
 * @param provider    the CI provider, or {@code local}
 * @param commit      the commit hash, or null
 * @param branch      the branch, or null (a detached checkout has none)
 * @param author      who made the commit or started the build, or null
 * @param buildUrl    the build's page, or null
 * @param buildNumber the build's number, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"provider", "commit", "branch", "author", "buildUrl", "buildNumber"})
public record CiInfo(String provider, String commit, String branch, String author, String buildUrl,
                     String buildNumber) {
  public static final String PROVIDER = "suture.run.provider";
  public static final String COMMIT = "suture.run.commit";
  public static final String BRANCH = "suture.run.branch";
  public static final String AUTHOR = "suture.run.author";
  public static final String BUILD_URL = "suture.run.build-url";
  public static final String BUILD_NUMBER = "suture.run.build-number";

  /** Detects the metadata from this process's environment and the working copy in the current directory. */
  public static CiInfo detect(Settings settings) {
    return detect(settings, System.getenv(), Path.of("").toAbsolutePath());
  }

  /** Detects the metadata from the given environment variables and the git working copy at {@code workDir}. */
  public static CiInfo detect(Settings settings, Map<String, String> environment, Path workDir) {
    return CiDetector.detect(settings, environment, workDir);
  }
}
