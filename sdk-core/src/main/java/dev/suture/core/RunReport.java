package dev.suture.core;

import dev.suture.core.internal.report.HtmlReport;
import dev.suture.core.internal.report.ResultsJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a run's {@code results.json} and {@code report.html}. The report is one self-contained file: styles and
 * scripts are inline, and it links only to the run's own artifacts beside it, so it opens offline.
 */
public interface RunReport {
  String RESULTS_FILE = "results.json";
  String REPORT_FILE = "report.html";

  /** Writes both files into {@code outputDir}, each atomically, and returns the report's path. */
  static Path write(RunResult run, Path outputDir) {
    try {
      Files.createDirectories(outputDir);
      writeAtomically(outputDir.resolve(RESULTS_FILE), ResultsJson.toBytes(run));
      Path report = outputDir.resolve(REPORT_FILE);
      writeAtomically(report, HtmlReport.render(run).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Suture report into " + outputDir, e);
    }
  }

  /** Reads a {@code results.json}. */
  static RunResult read(Path resultsFile) {
    try {
      return ResultsJson.read(Files.readAllBytes(resultsFile));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resultsFile, e);
    }
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    Files.write(temporary, content);
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
