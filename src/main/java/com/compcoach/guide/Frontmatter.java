package com.compcoach.guide;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Splits a guide's YAML frontmatter from its markdown and loads it safely (no tags, bounded aliases and size). */
final class Frontmatter {

  /** Where the frontmatter and the markdown sit in the file. */
  record Split(String yaml, int bodyStart, boolean present, boolean unclosed) {}

  /** The loaded mapping, or the error with its file line. */
  record Loaded(Map<String, Object> values, String error, int errorLine) {}

  // Yaml instances are not thread-safe: one per thread, each built once and reused.
  private final ThreadLocal<Yaml> yaml = ThreadLocal.withInitial(Frontmatter::newYaml);

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(12);
    options.setCodePointLimit(256 * 1024);
    DumperOptions dump = new DumperOptions();
    // Every plain scalar stays a string (no implicit int/float/bool/date resolution): the reader converts the few
    // keys it uses itself, and skipping the resolver's regular expressions on every scalar halves the YAML cost.
    Resolver stringsOnly = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
      }
    };
    return new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, stringsOnly);
  }

  static Split split(String text) {
    boolean yamlFence = text.startsWith("---\n") || text.startsWith("---\r\n");
    // Hugo's other two frontmatters: TOML between "+++" lines, and a bare JSON object closed by a "}" line.
    boolean tomlFence = text.startsWith("+++\n") || text.startsWith("+++\r\n");
    boolean json = text.startsWith("{\n") || text.startsWith("{\r\n");
    if (!(yamlFence || tomlFence || json)) {
      return new Split("", 0, false, false);
    }
    int lineStart = text.indexOf('\n') + 1;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      int next = lineEnd < 0 ? text.length() : lineEnd + 1;
      String raw = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      String line = raw.strip();
      // JSON's closing brace stands at the line's start: an indented "  }" closes a nested object.
      if (json ? raw.stripTrailing().equals("}") : tomlFence ? line.equals("+++") : line.equals("---") || line.equals("...")) {
        int yamlStart = text.indexOf('\n') + 1;
        String inside = json ? text.substring(0, next) : text.substring(yamlStart, lineStart);
        return new Split(tomlFence ? tomlAsYaml(inside) : inside, next, true, false);
      }
      lineStart = next;
    }
    // An opening brace never closed is a body that starts with a brace, not a broken frontmatter.
    return json ? new Split("", 0, false, false) : new Split("", 0, true, true);
  }

  /**
   * TOML's top-level "key = value" lines as YAML (its strings, numbers, dates and arrays are YAML flow values); a
   * "[table]" ends them, since no key the reader uses sits in one.
   */
  static String tomlAsYaml(String toml) {
    StringBuilder yaml = new StringBuilder();
    String open = null;
    for (String line : toml.split("\n")) {
      String s = line.strip();
      if (open != null) {
        // Inside a value written over several lines ("tags = [" … "]", '"""' … '"""'): none the reader uses.
        if (s.endsWith(open)) {
          open = null;
        }
        yaml.append('\n');
        continue;
      }
      if (s.startsWith("[")) {
        break;
      }
      int eq = s.indexOf('=');
      if (eq > 0 && !s.startsWith("#")) {
        String value = s.substring(eq + 1).strip();
        String closer = value.startsWith("\"\"\"") && (value.length() < 6 || !value.endsWith("\"\"\"")) ? "\"\"\""
            : value.startsWith("[") && !value.endsWith("]") ? "]" : value.startsWith("{") && !value.endsWith("}") ? "}"
            : null;
        if (closer != null) {
          open = closer;
          yaml.append('\n');
          continue;
        }
        yaml.append(s, 0, eq).append(':').append(' ').append(value).append('\n');
      } else {
        yaml.append('\n');
      }
    }
    return yaml.toString();
  }

  /** Loads the YAML; errors carry the file line (frontmatter starts on line 2). */
  @SuppressWarnings("unchecked")
  Loaded load(Split split) {
    if (!split.present() || split.yaml().isBlank()) {
      return new Loaded(Map.of(), null, 0);
    }
    try {
      Object root = yaml.get().load(split.yaml());
      if (root == null) {
        return new Loaded(Map.of(), null, 0);
      }
      if (!(root instanceof Map)) {
        return new Loaded(Map.of(), "frontmatter is not a mapping of keys to values", 2);
      }
      return new Loaded((Map<String, Object>) root, null, 0);
    } catch (MarkedYAMLException e) {
      // The context mark is where the broken construct starts (an unclosed quote's line), which is where to look.
      var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
      int line = mark != null ? mark.getLine() + 2 : 2;
      String problem = (e.getContext() != null ? e.getContext() + ": " : "")
          + (e.getProblem() != null ? e.getProblem() : e.getMessage());
      return new Loaded(Map.of(), "frontmatter YAML does not parse: " + oneLine(problem), line);
    } catch (YAMLException e) {
      return new Loaded(Map.of(), "frontmatter YAML refused: " + oneLine(e.getMessage()), 2);
    }
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  static String string(Map<String, Object> map, String key) {
    Object v = map.get(key);
    if (v == null) {
      return null;
    }
    String s = v.toString().strip();
    return s.isEmpty() || s.equals("~") || s.equalsIgnoreCase("null") ? null : s;
  }

  static Long number(Map<String, Object> map, String key) {
    Object v = map.get(key);
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.replace(",", "").strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static LocalDate date(Map<String, Object> map, String key) {
    Object v = map.get(key);
    if (v instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (v instanceof String s) {
      return isoDate(s.strip());
    }
    return null;
  }

  /** "2026-05-23" to a date, null when it is not one; by hand because DateTimeFormatter is slow per guide. */
  static LocalDate isoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
          Integer.parseInt(s, 8, 10, 10));
    } catch (RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> map, String key) {
    Object v = map.get(key);
    return v instanceof List<?> l ? (List<Object>) l : List.of();
  }
}
