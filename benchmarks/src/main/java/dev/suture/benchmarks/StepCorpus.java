package dev.suture.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instruction corpus of the {@code steps} benchmark: HTML pages, and beside each {@code NAME.html} a
 * {@code NAME.cases} file of tab-separated lines {@code instruction, action, target CSS, value} (repeated for each
 * step of a compound instruction), or {@code instruction, refuse}. Lines starting with {@code #} are comments.
 */
final class StepCorpus {
  /** One expected step: action name, CSS selector of the one right element (empty for page-level), value. */
  record Expected(String action, String target, String value) {
  }

  /** One case: an instruction on a page and what it must become; an empty list means it must be refused. */
  record Case(String page, int line, String instruction, List<Expected> steps) {
    boolean mustRefuse() {
      return steps.isEmpty();
    }
  }

  private StepCorpus() {
  }

  /** The pages directory of a corpus: {@code DIR/pages} when it exists, else {@code DIR}. */
  static Path pagesDir(Path corpus) {
    Path pages = corpus.resolve("pages");
    return Files.isDirectory(pages) ? pages : corpus;
  }

  static List<Case> load(Path pagesDir) throws IOException {
    List<Case> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(pagesDir)) {
      files = list.filter(p -> p.toString().endsWith(".cases")).sorted().toList();
    }
    for (Path file : files) {
      String page = file.getFileName().toString().replaceFirst("\\.cases$", ".html");
      if (!Files.exists(pagesDir.resolve(page))) {
        throw new IllegalArgumentException(file + " has no page " + page + " beside it");
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        cases.add(parse(page, i + 1, line, file));
      }
    }
    return cases;
  }

  private static Case parse(String page, int number, String line, Path file) {
    String[] columns = line.split("\t", -1);
    if (columns.length < 2) {
      throw new IllegalArgumentException(file + ":" + number + ": expected instruction<TAB>action..., got: " + line);
    }
    String instruction = columns[0].trim();
    if (columns[1].trim().equals("refuse")) {
      return new Case(page, number, instruction, List.of());
    }
    List<Expected> steps = new ArrayList<>();
    for (int c = 1; c < columns.length; c += 3) {
      if (columns[c].isBlank()) {
        continue;
      }
      String target = c + 1 < columns.length ? columns[c + 1].trim() : "";
      String value = c + 2 < columns.length ? columns[c + 2] : "";
      steps.add(new Expected(columns[c].trim(), target, value));
    }
    return new Case(page, number, instruction, steps);
  }
}
