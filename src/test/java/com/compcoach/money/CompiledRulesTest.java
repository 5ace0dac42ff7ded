package com.compcoach.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledRulesTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = CompiledRulesTest.class.getResourceAsStream("/" + name)) {
      assertNotNull(in, name + " is not on the class path");
      return in.readAllBytes();
    }
  }

  private static byte[] yaml() throws IOException {
    return resource("guide-rules.yml");
  }

  @Test
  void theBuildsCompiledRules_holdWhatSnakeyamlReadsFromTheYaml_valueForValue() throws IOException {
    byte[] yaml = yaml();
    Map<String, Object> fromYaml = RulesResource.parse(new ByteArrayInputStream(yaml));
    // Equal maps of equal lists: and an Integer is never equal to a Long, so the number kinds hold too.
    assertEquals(fromYaml, CompiledRules.read(resource(CompiledRules.NAME), yaml).orElseThrow(
        () -> new AssertionError("the build's guide-rules.bin is not used with the guide-rules.yml beside it")));
    assertEquals(Map.copyOf(fromYaml), RulesResource.rules());
  }

  @Test
  void compiledRules_readBack_asSnakeyamlGivesThem_numbersBooleansNullsAndNestedMaps() {
    byte[] yaml = "a: [x, 'ü €', 1, 10000000000, 1.5, true, null]\nb: {k: 1000, yes: no}\n"
        .getBytes(StandardCharsets.UTF_8);
    Map<String, Object> rules = RulesResource.parse(new ByteArrayInputStream(yaml));
    byte[] compiled = CompiledRules.compile(yaml, rules).orElseThrow();
    assertEquals(rules, CompiledRules.read(compiled, yaml).orElseThrow());
    assertEquals(List.of("x", "ü €", 1, 10000000000L, 1.5, true), ((List<?>) rules.get("a")).subList(0, 6));
  }

  @Test
  void compiledRules_ofAnotherYaml_areNotUsed() throws IOException {
    byte[] yaml = yaml();
    byte[] compiled = CompiledRules.compile(yaml, RulesResource.parse(new ByteArrayInputStream(yaml))).orElseThrow();
    // A line appended to the YAML after the build compiled it (an IDE's run, a merge): the YAML is read instead.
    byte[] edited = (new String(yaml, StandardCharsets.UTF_8) + "\nnew_words: [a]\n").getBytes(StandardCharsets.UTF_8);
    assertTrue(CompiledRules.read(compiled, edited).isEmpty());
    byte[] sameLength = yaml.clone();
    sameLength[sameLength.length - 2] ^= 1;
    assertTrue(CompiledRules.read(compiled, sameLength).isEmpty());
  }

  @Test
  void compiledRules_cutShortOrCorrupt_areNotUsed() throws IOException {
    byte[] yaml = yaml();
    byte[] compiled = CompiledRules.compile(yaml, RulesResource.parse(new ByteArrayInputStream(yaml))).orElseThrow();
    for (int length : new int[] {0, 3, 16, 27, compiled.length / 2, compiled.length - 1}) {
      assertTrue(CompiledRules.read(Arrays.copyOf(compiled, length), yaml).isEmpty(), "cut at " + length);
    }
    for (int at : new int[] {0, 5, 20, 30, compiled.length / 2, compiled.length - 1}) {
      byte[] corrupt = compiled.clone();
      corrupt[at] ^= 0x10;
      assertTrue(CompiledRules.read(corrupt, yaml).isEmpty(), "a bit flipped at " + at);
    }
    assertTrue(CompiledRules.read(Arrays.copyOf(compiled, compiled.length + 1), yaml).isEmpty(), "a byte more");
  }

  @Test
  void aValueOfAKindTheFormDoesNotHold_leavesNoCompiledForm() {
    byte[] yaml = "when: 2026-12-07\n".getBytes(StandardCharsets.UTF_8);
    assertTrue(CompiledRules.compile(yaml, RulesResource.parse(new ByteArrayInputStream(yaml))).isEmpty());
  }
}
