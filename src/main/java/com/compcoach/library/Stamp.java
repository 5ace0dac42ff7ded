package com.compcoach.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a guide file without reading it: size, last-modified and (where the system keeps one)
 * status-change time, in nanoseconds. A file whose stamp is unchanged since its text was read is not read again.
 *
 * <p>The change time is what makes this safe: every write and every rename moves it, and no tool can set it back
 * (a {@code touch -d} or an {@code rsync -t} sets only the last-modified time). A stamp taken within
 * {@link #SETTLE} of the moment the file was listed is not trusted: a second write within the file system's
 * clock tick could leave every field as it was, so such a file is read and hashed again next time.
 *
 * @param size     bytes
 * @param modified last-modified time, in nanoseconds since the epoch
 * @param changed  status-change time, in nanoseconds since the epoch; the last-modified time where there is none
 * @param trusted  whether the stamp was old enough when taken to stand for the text
 */
public record Stamp(long size, long modified, long changed, boolean trusted) {

  /** Longer than any file system's clock tick (FAT's is 2 s; ext4's and others' a few milliseconds). */
  static final Duration SETTLE = Duration.ofSeconds(2);

  /**
   * A folder entry as one look at the disk found it, the link itself rather than its target: its kind, and its stamp
   * (of no use for a link, whose target is looked at on its own).
   */
  record Listed(Path file, boolean folder, boolean link, boolean regularFile, Stamp stamp) {}

  /** The entry as it is now, or null when it was deleted since its folder was listed. */
  static Listed listed(Path entry, Instant listedAt) {
    try {
      if (entry.getFileSystem().supportedFileAttributeViews().contains("unix")) {
        Map<String, Object> unix = Files.readAttributes(entry,
            "unix:isDirectory,isSymbolicLink,isRegularFile,size,lastModifiedTime,ctime", LinkOption.NOFOLLOW_LINKS);
        return new Listed(entry, (Boolean) unix.get("isDirectory"), (Boolean) unix.get("isSymbolicLink"),
            (Boolean) unix.get("isRegularFile"), of((Long) unix.get("size"),
            nanos((FileTime) unix.get("lastModifiedTime")), nanos((FileTime) unix.get("ctime")), listedAt));
      }
      BasicFileAttributes basic = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      long modified = nanos(basic.lastModifiedTime());
      return new Listed(entry, basic.isDirectory(), basic.isSymbolicLink(), basic.isRegularFile(),
          of(basic.size(), modified, modified, listedAt));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + entry, e);
    }
  }

  /** The stamp of a file (a link is followed), judged against {@code listedAt}, the time it is being read. */
  static Stamp of(Path file, Instant listedAt) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      // One look at the disk for all three.
      Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime");
      return of((Long) unix.get("size"), nanos((FileTime) unix.get("lastModifiedTime")),
          nanos((FileTime) unix.get("ctime")), listedAt);
    }
    BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
    long modified = nanos(basic.lastModifiedTime());
    return of(basic.size(), modified, modified, listedAt);
  }

  /** A stamp of these times, trusted when both are at least {@link #SETTLE} before {@code listedAt}. */
  static Stamp of(long size, long modified, long changed, Instant listedAt) {
    long settled = nanos(FileTime.from(listedAt.minus(SETTLE)));
    return new Stamp(size, modified, changed, Math.max(modified, changed) <= settled);
  }

  /** Whether this stamp, taken now, shows the file unchanged since {@code before} was taken with its text read. */
  boolean unchangedSince(Stamp before) {
    return before != null && before.trusted && size == before.size && modified == before.modified
        && changed == before.changed;
  }

  /** Nanoseconds since the epoch; a time past the year 2262 (a {@code touch -d} can set one) saturates. */
  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }
}
