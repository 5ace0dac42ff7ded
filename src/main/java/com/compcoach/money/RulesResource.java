package com.compcoach.money;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The reading rules, {@code guide-rules.yml} on the class path: synonyms, phrases and currencies as data. */
public final class RulesResource {

  static final String NAME = "/guide-rules.yml";

  /** Read once per class loader: the rules are part of the build, not of a library. */
  private static final class Holder {
    static final Map<String, Object> RULES = read();
  }

  private RulesResource() {}

  /** The whole file as YAML values; unmodifiable. */
  public static Map<String, Object> rules() {
    return Holder.RULES;
  }

  /** A list of phrases under a key (or a key of a map under a key), lowercased; empty when absent. */
  public static List<String> phrases(Object node) {
    if (!(node instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().map(o -> String.valueOf(o).strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * Places paid in a dollar other than the US one, by that dollar's code in the order the rules give them
   * ({@code other_dollar_places}): one list for the guide reader and the letter reader.
   */
  public static Map<String, List<String>> otherDollarPlaces() {
    Map<String, List<String>> places = new java.util.LinkedHashMap<>();
    if (rules().get("other_dollar_places") instanceof Map<?, ?> byCurrency) {
      byCurrency.forEach((currency, names) -> places.put(String.valueOf(currency), phrases(names)));
    }
    return java.util.Collections.unmodifiableMap(places);
  }

  private static Map<String, Object> read() {
    byte[] yaml = bytes(NAME);
    if (yaml == null) {
      throw new IllegalStateException(NAME + " is missing from the class path");
    }
    // The build's compiled form when it was made from this very YAML; snakeyaml otherwise (in an IDE, say).
    byte[] compiled = bytes("/" + CompiledRules.NAME);
    Map<String, Object> map = compiled == null ? null : CompiledRules.read(compiled, yaml).orElse(null);
    return Map.copyOf(map != null ? map : parse(new java.io.ByteArrayInputStream(yaml)));
  }

  /** The rules as snakeyaml reads them from YAML. */
  static Map<String, Object> parse(InputStream yaml) {
    return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = RulesResource.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
