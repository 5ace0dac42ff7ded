package com.compcoach.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Lists and reads the guide files of a source: every {@code *.md} below its root, as "company/role.md". A file over
 * {@link #MAX_BYTES} and a link leading outside the root are not read; each gets a line saying why instead.
 */
final class GuideFiles {

  /** One file's library path and its text, or why it could not be read. */
  record Text(String path, String text, String error) {}

  /** The most a guide file may hold; a guide is a few kilobytes, and reading a huge file would take the heap. */
  static final int MAX_BYTES = 1024 * 1024;

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

  private static List<Text> readUnder(Path given) {
    Path root;
    try {
      // Links are judged against where the directory really is, so GUIDES_DIR may itself be a link.
      root = given.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the guide directory " + given, e);
    }
    // A file with its path relative to the root, worked out once rather than in every comparison of the sort.
    record Found(Path file, String relative) {}
    List<Found> files;
    // Links are not followed while walking: a link to a folder outside would lead anywhere on the disk.
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.getFileName() != null && (isGuideName(p) || Files.isSymbolicLink(p)))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
          .map(p -> new Found(p, root.relativize(p).toString()))
          .sorted(Comparator.comparing(Found::relative))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot list guide files under " + root, e instanceof IOException io ? io
          : ((UncheckedIOException) e).getCause());
    }
    // Reading thousands of small files waits on the disk as much as on the CPU: read them in parallel.
    return files.parallelStream().map(f -> text(root, f.file(), f.relative())).filter(Objects::nonNull).toList();
  }

  private static boolean isGuideName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** The file's text or why it is not read; null for what is no guide (a link to a folder inside, or to a non-.md). */
  private static Text text(Path root, Path file, String relative) {
    String path = relative.replace(file.getFileSystem().getSeparator(), "/");
    Path target = file;
    if (Files.isSymbolicLink(file)) {
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        return isGuideName(file) ? new Text(path, null, "is a link to a file that does not exist; it is not read")
            : null;
      }
      if (!target.startsWith(root)) {
        return isGuideName(file) || Files.isDirectory(target)
            ? new Text(path, null, "is a link leading outside the guide directory; it is not read") : null;
      }
      // Inside the directory, a link's target is read where it is (a folder is walked, a file listed) or, for a
      // file link with a guide's name, here.
      if (!isGuideName(file) || !Files.isRegularFile(target)) {
        return null;
      }
    }
    try {
      long size = Files.size(target);
      if (size > MAX_BYTES) {
        return tooLarge(path, size);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(target)) {
        // The file may grow between the size check and the read: never take more than the cap and one byte.
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return tooLarge(path, Files.size(target));
      }
      return new Text(path, StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString(), null);
    } catch (IOException | UncheckedIOException e) {
      return new Text(path, null, "cannot read the file: " + e.getMessage());
    }
  }

  private static Text tooLarge(String path, long size) {
    return new Text(path, null, "is " + size + " bytes, over the " + MAX_BYTES / 1024 + " KiB a guide may have; "
        + "it is not read");
  }
}
