package dev.suture.junit;

import dev.suture.core.Artifact;
import dev.suture.core.ArtifactKind;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Path;
import java.util.List;

/** Adds the paths of a failed test's artifacts to its error, keeping expected and actual values for IDE diffs. */
final class FailureMessages {
  private FailureMessages() {
  }

  static Throwable withArtifacts(Throwable error, Path outputDir, List<Artifact> artifacts) {
    if (artifacts.isEmpty()) {
      return error;
    }
    StringBuilder message = new StringBuilder(String.valueOf(error.getMessage())).append("\n\nSuture saved:");
    for (Artifact artifact : artifacts) {
      Path file = outputDir.resolve(artifact.path()).toAbsolutePath().normalize();
      message.append("\n  ").append(artifact.kind() == ArtifactKind.SCREENSHOT ? "screenshot: " : "trace:      ")
          .append(file);
      if (artifact.kind() == ArtifactKind.TRACE) {
        message.append("  (npx playwright show-trace ").append(file).append(')');
      }
    }
    if (error instanceof AssertionFailedError failed) {
      AssertionFailedError enriched = failed.isExpectedDefined() && failed.isActualDefined()
          ? new AssertionFailedError(message.toString(), failed.getExpected().getValue(),
              failed.getActual().getValue(), failed.getCause())
          : new AssertionFailedError(message.toString(), failed.getCause());
      enriched.setStackTrace(failed.getStackTrace());
      return enriched;
    }
    return new SutureTestFailure(message.toString(), error);
  }
}
