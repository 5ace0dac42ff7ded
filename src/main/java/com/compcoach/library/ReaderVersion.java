package com.compcoach.library;

import com.compcoach.guide.GuideReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The version of the guide reader a parse index was written by: a SHA-256 over the reader's compiled classes and
 * its rules resources, so that any change to how guides are read (a new rule, a new model field) empties the index.
 */
public final class ReaderVersion {

  /** Raised whenever the index's own layout changes, so an index of the old layout is never read as the new one. */
  static final int FORMAT = 4;
  /** What reading a guide depends on: the reader and its model, the money grammar, and top-level rule files. */
  private static final List<String> READER_FOLDERS = List.of("com/compcoach/guide/", "com/compcoach/money/");

  /**
   * The catalog's classes, which sit beside the reader but only look read guides up: a change to them changes no
   * reading, so it keeps the index (a restart after such a release reads no guide).
   */
  private static final Pattern CATALOG = Pattern.compile(
      "com/compcoach/guide/(GuideIndex|GuideCatalog|Lookup)(\\$[^/]*)?\\.class");

  private ReaderVersion() {}

  /** The version of the reader on the class path, or empty when its classes cannot be found to hash. */
  public static Optional<String> current() {
    try {
      Path location = Path.of(GuideReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return Optional.of(of(location));
      }
      if (Files.isRegularFile(location)) {
        try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
          return Optional.of(of(jar.getPath("/")));
        }
      }
      return Optional.empty();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The version of the reader whose classes and resources lie under {@code root} (a classes folder or a jar). */
  static String of(Path root) throws IOException {
    MessageDigest digest = sha256();
    digest.update(("format " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
    // Only the reader's folders and the top level are looked at: the rest of the app (or of a fat jar) cannot count.
    List<String> paths = new ArrayList<>();
    for (String folder : READER_FOLDERS) {
      Path under = root.resolve(folder);
      if (Files.isDirectory(under)) {
        try (Stream<Path> walk = Files.walk(under)) {
          walk.filter(Files::isRegularFile).map(p -> relative(root, p)).filter(ReaderVersion::counts)
              .forEach(paths::add);
        }
      }
    }
    try (Stream<Path> top = Files.list(root)) {
      top.filter(Files::isRegularFile).map(p -> relative(root, p)).filter(ReaderVersion::counts).forEach(paths::add);
    }
    paths.sort(Comparator.naturalOrder());
    for (String path : paths) {
      // The name as well as the bytes: a class renamed or moved is another reader.
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(Files.readAllBytes(root.resolve(path)));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static boolean counts(String path) {
    if (CATALOG.matcher(path).matches()) {
      return false;
    }
    if (READER_FOLDERS.stream().anyMatch(path::startsWith)) {
      return true;
    }
    // Rules as data (e.g. guide-rules.yml) sit at the top of the class path.
    return !path.contains("/") && (path.endsWith(".yml") || path.endsWith(".yaml"));
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
