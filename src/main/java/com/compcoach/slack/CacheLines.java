package com.compcoach.slack;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Tells Jetty how many object references share a CPU cache line before its first queue is made. Left to itself,
 * Jetty learns whether references are compressed by starting the JVM's platform MBean server, which registers every
 * platform MBean (diagnostic commands, flight recorder…): 60-90 ms of the main thread's CPU before the port opened
 * (docs/benchmarks.md, session 17). The one diagnostic MXBean answers the same question without it, and the value is
 * Jetty's own rule; a value given with {@code -D} is kept.
 */
final class CacheLines {

  /** Read once by Jetty's {@code MemoryUtils}, when its class is first used. */
  static final String REFERENCES = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final String BYTES = "org.eclipse.jetty.util.cacheLineBytes";

  private CacheLines() {}

  /** Sets {@link #REFERENCES} as Jetty would work it out, unless it is set already or the JVM cannot say. */
  static void settle() {
    if (System.getProperty(REFERENCES) != null) {
      return;
    }
    try {
      String compressed = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
          .getVMOption("UseCompressedOops").getValue();
      int bytes = Integer.getInteger(BYTES, 64);
      // Jetty's rule: a 4-byte reference when compressed, an 8-byte one otherwise.
      System.setProperty(REFERENCES, String.valueOf(Boolean.parseBoolean(compressed) ? bytes >> 2 : bytes >> 3));
    } catch (RuntimeException notHotSpot) {
      // Another JVM: Jetty asks in its own way.
    }
  }
}
