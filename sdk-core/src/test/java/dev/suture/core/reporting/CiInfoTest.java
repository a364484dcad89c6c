package dev.suture.core.reporting;

import dev.suture.core.CiInfo;
import dev.suture.core.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CiInfoTest {
  private static final Settings NONE = Settings.of(Map.of(), Map.of(), Map.of(), Map.of());

  @TempDir
  Path dir;

  @Test
  void githubActions() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "f00d", "GITHUB_REF_NAME", "main",
        "GITHUB_ACTOR", "ann", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/shop",
        "GITHUB_RUN_ID", "99", "GITHUB_RUN_NUMBER", "42"), dir);
    assertThat(ci).isEqualTo(new CiInfo("github", "f00d", "main", "ann",
        "https://github.com/acme/shop/actions/runs/99", "42"));
  }

  @Test
  void githubPullRequestsReportTheSourceBranch() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("GITHUB_ACTIONS", "true", "GITHUB_REF_NAME", "7/merge",
        "GITHUB_HEAD_REF", "feature/cart", "GITHUB_SHA", "1", "GITHUB_ACTOR", "a"), dir);
    assertThat(ci.branch()).isEqualTo("feature/cart");
  }

  @Test
  void gitlab() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("GITLAB_CI", "true", "CI_COMMIT_SHA", "abc", "CI_COMMIT_REF_NAME", "dev",
        "CI_COMMIT_AUTHOR", "Bob Smith <bob@example.com>", "CI_PIPELINE_URL", "https://gitlab.com/p/-/pipelines/5",
        "CI_PIPELINE_IID", "5"), dir);
    assertThat(ci).isEqualTo(new CiInfo("gitlab", "abc", "dev", "Bob Smith", "https://gitlab.com/p/-/pipelines/5",
        "5"));
  }

  @Test
  void jenkins() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("JENKINS_URL", "https://ci/", "GIT_COMMIT", "c0ffee",
        "GIT_BRANCH", "origin/release", "BUILD_URL", "https://ci/job/shop/12/", "BUILD_NUMBER", "12",
        "GIT_AUTHOR_NAME", "Cy"), dir);
    assertThat(ci).isEqualTo(new CiInfo("jenkins", "c0ffee", "release", "Cy", "https://ci/job/shop/12/", "12"));
  }

  @Test
  void circleci() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("CIRCLECI", "true", "CIRCLE_SHA1", "d1", "CIRCLE_BRANCH", "main",
        "CIRCLE_USERNAME", "dee", "CIRCLE_BUILD_URL", "https://circleci.com/gh/acme/shop/7", "CIRCLE_BUILD_NUM", "7"),
        dir);
    assertThat(ci).isEqualTo(new CiInfo("circleci", "d1", "main", "dee", "https://circleci.com/gh/acme/shop/7", "7"));
  }

  @Test
  void azurePipelines() {
    CiInfo ci = CiInfo.detect(NONE, Map.of("TF_BUILD", "True", "BUILD_SOURCEVERSION", "e1",
        "BUILD_SOURCEBRANCHNAME", "main", "BUILD_REQUESTEDFOR", "Eve", "SYSTEM_COLLECTIONURI",
        "https://dev.azure.com/acme/", "SYSTEM_TEAMPROJECT", "shop", "BUILD_BUILDID", "314",
        "BUILD_BUILDNUMBER", "20261126.3"), dir);
    assertThat(ci).isEqualTo(new CiInfo("azure", "e1", "main", "Eve",
        "https://dev.azure.com/acme/shop/_build/results?buildId=314", "20261126.3"));
  }

  @Test
  void outsideCiGitTellsCommitBranchAndAuthor() throws Exception {
    git("init", "-q", "-b", "trunk");
    Files.writeString(dir.resolve("a.txt"), "a");
    git("add", "a.txt");
    git("-c", "user.name=Grace Hopper", "-c", "user.email=grace@example.com", "commit", "-q", "-m", "first");
    CiInfo ci = CiInfo.detect(NONE, Map.of(), dir);
    assertThat(ci.provider()).isEqualTo("local");
    assertThat(ci.commit()).hasSize(40);
    assertThat(ci.branch()).isEqualTo("trunk");
    assertThat(ci.author()).isEqualTo("Grace Hopper");
    assertThat(ci.buildUrl()).isNull();
  }

  @Test
  void notAWorkingCopyMeansNoGitFields() {
    CiInfo ci = CiInfo.detect(NONE, Map.of(), dir);
    assertThat(ci).isEqualTo(new CiInfo("local", null, null, null, null, null));
  }

  @Test
  void sutureRunKeysOverrideWhatIsDetected() {
    Settings overrides = Settings.of(Map.of(CiInfo.BRANCH, "release/1.0", CiInfo.BUILD_NUMBER, "777",
        CiInfo.PROVIDER, "buildkite"), Map.of(), Map.of("SUTURE_RUN_AUTHOR", "Team Bot"), Map.of());
    CiInfo ci = CiInfo.detect(overrides, Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "f00d",
        "GITHUB_REF_NAME", "main", "GITHUB_ACTOR", "ann", "GITHUB_RUN_NUMBER", "42"), dir);
    assertThat(ci).isEqualTo(new CiInfo("buildkite", "f00d", "release/1.0", "Team Bot", null, "777"));
  }

  private void git(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).inheritIO().start();
    assertThat(process.waitFor()).isZero();
  }
}
