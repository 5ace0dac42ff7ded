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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Lists and reads the guide files of a source: every {@code *.md} below its root, as "company/role.md". Listing
 * takes each file's {@link Stamp} and reads no text, so that a library can skip the files it already holds. A file
 * over {@link #MAX_BYTES} and a link leading outside the root are not read; each gets a line saying why instead.
 */
final class GuideFiles {

  /** One file's library path and its text, or why it could not be read. */
  record Text(String path, String text, String error) {}

  /**
   * One guide file as listed.
   *
   * @param path   its library path, "company/role.md"
   * @param file   where its text is (a link's target), or null when {@code known} already says what it holds
   * @param stamp  its stamp when listed, or null when none is kept (the built-in seeds, a file that is not read)
   * @param known  its text (the built-in seeds are read while listed) or why it is not read; null to read it
   * @param link   whether it is a link: its target may change under another name, so it is looked at on every change
   */
  record Found(String path, Path file, Stamp stamp, Text known, boolean link) {}

  /** The most a guide file may hold; a guide is a few kilobytes, and reading a huge file would take the heap. */
  static final int MAX_BYTES = 1024 * 1024;

  private GuideFiles() {}

  /** Lists every guide file of the source, in path order. Throws when the source itself does not exist. */
  static List<Found> list(LibrarySource source) {
    if (source instanceof LibrarySource.Directory d) {
      Path root = root(d);
      return listUnder(root, root);
    }
    LibrarySource.Classpath c = (LibrarySource.Classpath) source;
    Path location = codeLocation();
    if (location != null && Files.isDirectory(location)) {
      Path root = location.resolve(c.folder());
      if (Files.isDirectory(root)) {
        return readAll(root);
      }
    }
    if (location != null && Files.isRegularFile(location)) {
      try (FileSystem jar = FileSystems.newFileSystem(location, (ClassLoader) null)) {
        Path root = jar.getPath("/" + c.folder());
        if (Files.isDirectory(root)) {
          return readAll(root);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + location + " to read its " + c.folder() + "/", e);
      }
    }
    throw new IllegalStateException("no " + c.folder() + "/ folder on the classpath (looked in " + location + ")");
  }

  /**
   * Where a directory source really is, so that GUIDES_DIR may itself be a link and links are judged against it.
   * Throws when it does not exist.
   */
  static Path root(LibrarySource.Directory source) {
    if (!Files.isDirectory(source.root())) {
      throw new IllegalArgumentException("guide directory " + source.root() + " does not exist or is not a "
          + "directory");
    }
    try {
      return source.root().toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the guide directory " + source.root(), e);
    }
  }

  /** The built-in seeds, read while their jar is open: a handful of files that never change. */
  private static List<Found> readAll(Path root) {
    return listUnder(root, root).stream()
        .map(f -> new Found(f.path(), null, null, text(f), f.link()))
        .toList();
  }

  private static Path codeLocation() {
    try {
      URL url = GuideFiles.class.getProtectionDomain().getCodeSource().getLocation();
      return Path.of(url.toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** Every guide file under {@code start} (the root or a folder inside it), named by its path from the root. */
  static List<Found> listUnder(Path root, Path start) {
    Instant listedAt = Instant.now();
    List<Stamp.Listed> files = new ArrayList<>();
    List<Path> folders = List.of(start);
    // Folder by folder, each entry looked at once: one lstat gives its kind and its stamp, so that an unchanged
    // guide costs the listing one system call (a walk and then a stamp took two, and half the restart's listing).
    // Links are not followed here: a link to a folder outside would lead anywhere on the disk.
    while (!folders.isEmpty()) {
      List<Path> entries = new ArrayList<>();
      for (Path folder : folders) {
        entries(folder, entries);
      }
      // Thousands of small files wait on the disk as much as on the CPU: they are looked at in parallel.
      List<Stamp.Listed> seen = entries.parallelStream().map(e -> Stamp.listed(e, listedAt))
          .filter(Objects::nonNull).toList();
      List<Path> next = new ArrayList<>();
      for (Stamp.Listed e : seen) {
        if (e.folder()) {
          next.add(e.file());
        } else if (e.link() || e.regularFile() && isGuideName(e.file())) {
          files.add(e);
        }
      }
      folders = next;
    }
    record Named(Stamp.Listed listed, String relative) {}
    List<Named> named = new ArrayList<>(files.size());
    for (Stamp.Listed f : files) {
      named.add(new Named(f, root.relativize(f.file()).toString()));
    }
    named.sort(Comparator.comparing(Named::relative));
    return named.parallelStream()
        .map(n -> n.listed().link() ? found(root, n.listed().file(), n.relative(), true, listedAt)
            : found(libraryPath(n.listed().file(), n.relative()), n.listed().file(), n.listed().stamp()))
        .filter(Objects::nonNull).toList();
  }

  /** Adds the entries of a folder; a folder deleted while it is listed is as if it had never been there. */
  private static void entries(Path folder, List<Path> into) {
    try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
      for (Path entry : in) {
        into.add(entry);
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      // Deleted (or replaced by a file) between being seen and being opened.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list guide files under " + folder, e);
    }
  }

  /**
   * The guide file at this library path now, or null when there is none there any more (deleted, renamed, a folder
   * now, or no guide's name).
   */
  static Found at(Path root, String path) {
    Path file = root.resolve(path);
    boolean link = Files.isSymbolicLink(file);
    if (!link && !(isGuideName(file) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))) {
      return null;
    }
    return found(root, file, path, link, Instant.now());
  }

  private static boolean isGuideName(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** The file as listed, or null for what is no guide (a link to a folder inside, or to a non-.md). */
  private static Found found(Path root, Path file, String relative, boolean link, Instant listedAt) {
    String path = libraryPath(file, relative);
    Path target = file;
    if (link) {
      try {
        target = file.toRealPath();
      } catch (IOException e) {
        return isGuideName(file)
            ? refused(path, "is a link to a file that does not exist; it is not read", link) : null;
      }
      if (!target.startsWith(root)) {
        return isGuideName(file) || Files.isDirectory(target)
            ? refused(path, "is a link leading outside the guide directory; it is not read", link) : null;
      }
      // Inside the directory, a link's target is read where it is (a folder is walked, a file listed) or, for a
      // file link with a guide's name, here.
      if (!isGuideName(file) || !Files.isRegularFile(target)) {
        return null;
      }
    }
    try {
      Found found = found(path, target, Stamp.of(target, listedAt));
      return link ? new Found(found.path(), found.file(), found.stamp(), found.known(), true) : found;
    } catch (NoSuchFileException e) {
      // Deleted between the walk and now: as if never listed.
      return null;
    } catch (IOException | UncheckedIOException e) {
      return refused(path, "cannot read the file: " + e.getMessage(), link);
    }
  }

  /** A regular file (or a link's target) with its stamp: to be read, unless it is over the cap. */
  private static Found found(String path, Path file, Stamp stamp) {
    if (stamp.size() > MAX_BYTES) {
      return new Found(path, null, null, tooLarge(path, stamp.size()), false);
    }
    return new Found(path, file, stamp, null, false);
  }

  private static String libraryPath(Path file, String relative) {
    return relative.replace(file.getFileSystem().getSeparator(), "/");
  }

  private static Found refused(String path, String why, boolean link) {
    return new Found(path, null, null, new Text(path, null, why), link);
  }

  /** The file's text, or why it is not read. */
  static Text text(Found found) {
    if (found.known() != null) {
      return found.known();
    }
    String path = found.path();
    try {
      byte[] bytes;
      try (InputStream in = Files.newInputStream(found.file())) {
        // The file may grow after it was listed: never take more than the cap and one byte.
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return tooLarge(path, Files.size(found.file()));
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
