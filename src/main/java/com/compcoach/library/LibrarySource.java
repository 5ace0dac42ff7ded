package com.compcoach.library;

import java.nio.file.Path;
import java.util.Objects;

/** Where a guide library lives: the seeds built into the jar, or a directory on disk. */
public sealed interface LibrarySource {

  /** The guides packaged under a classpath folder (the jar's {@code seeds/}); read-only, never watched. */
  record Classpath(String folder) implements LibrarySource {
    public Classpath {
      Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String describe() {
      return "built-in " + folder + "/";
    }
  }

  /** Every {@code *.md} under a directory, at any depth. */
  record Directory(Path root) implements LibrarySource {
    public Directory {
      Objects.requireNonNull(root, "root");
    }

    @Override
    public String describe() {
      return root.toString();
    }
  }

  /** The built-in seed guides. */
  static LibrarySource seeds() {
    return new Classpath("seeds");
  }

  static LibrarySource directory(Path root) {
    return new Directory(root.toAbsolutePath().normalize());
  }

  /** The directory when given, else the built-in seeds: what {@code --guides DIR} and GUIDES_DIR mean. */
  static LibrarySource of(Path rootOrNull) {
    return rootOrNull == null ? seeds() : directory(rootOrNull);
  }

  /** For messages: "built-in seeds/" or the directory. */
  String describe();
}
