package dev.suture.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by this JVM plus its reaped child processes (Playwright's driver and, through it, Chromium), from
 * Linux's {@code /proc/self/stat}. On a machine shared with other work, wall-clock time mostly measures the wait for
 * a core; the CPU that a pass consumed is what the code itself costs, and it is much steadier from round to round.
 */
final class ProcessCpu {
  /** Linux reports these times in clock ticks of 1/100 s ({@code USER_HZ}) on every common architecture. */
  private static final long MS_PER_TICK = 10;
  private static final Path STAT = Path.of("/proc/self/stat");

  private ProcessCpu() {
  }

  /** Milliseconds of CPU so far (user + system, own and reaped children's), or -1 where /proc is not available. */
  static long millis() {
    try {
      String stat = Files.readString(STAT);
      // Fields after the command name, which is in parentheses and may contain spaces: state is field 3, so
      // utime, stime, cutime and cstime (fields 14-17) are at indexes 11-14 here.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = 0;
      for (int i = 11; i <= 14; i++) {
        ticks += Long.parseLong(fields[i]);
      }
      return ticks * MS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
