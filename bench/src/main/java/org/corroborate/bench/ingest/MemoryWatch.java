package org.corroborate.bench.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Peak memory of one phase: the JVM heap in use, polled every few milliseconds from the
 * {@link MemoryMXBean} and also taken from the heap pools' own peak counters (which see the moment
 * just before a collection that polling can miss); and the process's peak resident set (VmHWM in
 * /proc/self/status), reset at the start of the phase where the kernel allows it (clear_refs 5).
 */
final class MemoryWatch implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread poller;
  private volatile boolean running = true;
  private volatile long polledPeak;
  private final boolean rssReset;

  MemoryWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    rssReset = resetRssPeak();
    polledPeak = memory.getHeapMemoryUsage().getUsed();
    poller = Thread.ofPlatform().daemon().name("memory-watch").start(() -> {
      while (running) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > polledPeak) {
          polledPeak = used;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  /** The peak heap use seen by polling, in bytes. */
  long polledHeapPeak() {
    return polledPeak;
  }

  /** The sum of the heap pools' peak usage since the start (an upper bound: pools peak at different times). */
  long poolHeapPeak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Whether the RSS peak was reset at the start (else VmHWM is the peak since the JVM started). */
  boolean rssPeakIsForThisPhase() {
    return rssReset;
  }

  /** VmHWM of this process in bytes, if /proc tells it. */
  static OptionalLong rssPeak() {
    return statusField("VmHWM:");
  }

  private static OptionalLong statusField(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith(field)) {
          String[] parts = line.substring(field.length()).trim().split("\\s+");
          return OptionalLong.of(Long.parseLong(parts[0]) * 1024);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  private static boolean resetRssPeak() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
    try {
      poller.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
