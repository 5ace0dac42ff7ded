package com.compcoach.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Lists and reads the guide files of a source: every {@code *.md} below its root, as "company/role.md". */
final class GuideFiles {

  /** One file's library path and its text, or why it could not be read. */
  record Text(String path, String text, String error) {}

  private GuideFiles() {}

  /** Reads every guide file of the source. Throws when the source itself does not exist. */
  static List<Text> read(LibrarySource source) {
    if (source instanceof LibrarySource.Directory d) {
      if (!Files.isDirectory(d.root())) {
        throw new IllegalArgumentException("guide directory " + d.root() + " does not exist or is not a directory");
      }
      return readUnder(d.root());
    }
    LibrarySource.Classpath c = (LibrarySource.Classpath) source;
    Path location = codeLocation();
    if (location != null && Files.isDirectory(location)) {
      Path root = location.resolve(c.folder());
      if (Files.isDirectory(root)) {
        return readUnder(root);
      }
    }
    if (location != null && Files.isRegularFile(location)) {
      try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
        Path root = jar.getPath("/" + c.folder());
        if (Files.isDirectory(root)) {
          return readUnder(root);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + location + " to read its " + c.folder() + "/", e);
      }
    }
    throw new IllegalStateException("no " + c.folder() + "/ folder on the classpath (looked in " + location + ")");
  }

  private static Path codeLocation() {
    try {
      URL url = GuideFiles.class.getProtectionDomain().getCodeSource().getLocation();
      return Path.of(url.toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static List<Text> readUnder(Path root) {
    // A file with its path relative to the root, worked out once rather than in every comparison of the sort.
    record Found(Path file, String relative) {}
    List<Found> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().toLowerCase().endsWith(".md"))
          .filter(Files::isRegularFile)
          .map(p -> new Found(p, root.relativize(p).toString()))
          .sorted(Comparator.comparing(Found::relative))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list guide files under " + root, e);
    }
    // Reading thousands of small files waits on the disk as much as on the CPU: read them in parallel.
    return files.parallelStream().map(f -> text(f.file(), f.relative())).toList();
  }

  private static Text text(Path file, String relative) {
    String path = relative.replace(file.getFileSystem().getSeparator(), "/");
    try {
      return new Text(path, Files.readString(file, StandardCharsets.UTF_8), null);
    } catch (IOException | UncheckedIOException e) {
      return new Text(path, null, "cannot read the file: " + e.getMessage());
    }
  }
}
