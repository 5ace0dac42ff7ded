package com.compcoach.money;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The reading rules in a compiled form ({@code guide-rules.bin}, written by the build beside {@code guide-rules.yml}):
 * the values snakeyaml reads from the YAML, stamped with the YAML's length and checksum. A restart and its first
 * answer read the rules; through snakeyaml (its classes loaded and run once, interpreted) that cost about 0.4 s of
 * CPU, this form a few milliseconds. A form whose stamp does not match the YAML beside it, or that cannot be read
 * whole, is not used: the YAML is read instead.
 */
public final class CompiledRules {

  /** The file's name on the class path, beside the YAML. */
  static final String NAME = "guide-rules.bin";
  private static final int MAGIC = 0x43525531; // "CRU1"
  private static final byte MAP = 1;
  private static final byte LIST = 2;
  private static final byte STRING = 3;
  private static final byte INTEGER = 4;
  private static final byte LONG = 5;
  private static final byte DOUBLE = 6;
  private static final byte BOOLEAN = 7;
  private static final byte NULL = 8;

  private CompiledRules() {}

  /**
   * The build's step: reads {@code guide-rules.yml} from a classes folder and writes its compiled form beside it. A
   * value of a kind this form does not hold leaves no compiled form (the app then reads the YAML), never a failed
   * build.
   */
  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    byte[] yaml = Files.readAllBytes(classes.resolve(RulesResource.NAME.substring(1)));
    Path out = classes.resolve(NAME);
    Optional<byte[]> compiled = compile(yaml, RulesResource.parse(new ByteArrayInputStream(yaml)));
    if (compiled.isPresent()) {
      Files.write(out, compiled.get());
    } else {
      Files.deleteIfExists(out);
      System.out.println(NAME + " not written: guide-rules.yml holds a value of a kind it does not hold");
    }
  }

  /** The compiled form of the rules read from these YAML bytes; empty when a value is of a kind it cannot hold. */
  static Optional<byte[]> compile(byte[] yaml, Map<String, Object> rules) {
    try {
      ByteArrayOutputStream values = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(values)) {
        if (!write(out, rules)) {
          return Optional.empty();
        }
      }
      byte[] payload = values.toByteArray();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeInt(MAGIC);
        out.writeInt(yaml.length);
        out.writeLong(checksum(yaml));
        out.writeInt(payload.length);
        out.writeLong(checksum(payload));
        out.write(payload);
      }
      return Optional.of(bytes.toByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The rules a compiled form holds, when it was compiled from exactly these YAML bytes and reads whole (its values'
   * own checksum holds); else empty, and the caller reads the YAML.
   */
  static Optional<Map<String, Object>> read(byte[] compiled, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(compiled))) {
      if (in.readInt() != MAGIC || in.readInt() != yaml.length || in.readLong() != checksum(yaml)) {
        return Optional.empty();
      }
      int length = in.readInt();
      long sum = in.readLong();
      if (length != in.available()) {
        return Optional.empty();
      }
      byte[] payload = new byte[length];
      in.readFully(payload);
      if (checksum(payload) != sum) {
        return Optional.empty();
      }
      DataInputStream values = new DataInputStream(new ByteArrayInputStream(payload));
      Object rules = value(values);
      if (values.read() != -1 || !(rules instanceof Map<?, ?>)) {
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) rules;
      return Optional.of(map);
    } catch (IOException | RuntimeException e) {
      // Truncated or corrupt: the YAML is the truth.
      return Optional.empty();
    }
  }

  private static long checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static boolean write(DataOutputStream out, Object value) throws IOException {
    if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!write(out, e.getKey()) || !write(out, e.getValue())) {
          return false;
        }
      }
    } else if (value instanceof List<?> list) {
      out.writeByte(LIST);
      out.writeInt(list.size());
      for (Object o : list) {
        if (!write(out, o)) {
          return false;
        }
      }
    } else if (value instanceof String s) {
      out.writeByte(STRING);
      // Not writeUTF: it stops at 64 KB and writes a modified UTF-8.
      byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (value instanceof Integer i) {
      out.writeByte(INTEGER);
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (value instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (value == null) {
      out.writeByte(NULL);
    } else {
      return false;
    }
    return true;
  }

  /** A count, of bytes or of values: each takes at least a byte, so one past what is left is corrupt. */
  private static int size(DataInputStream in) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > in.available()) {
      throw new IOException("a count of " + size + " past the end");
    }
    return size;
  }

  /** A value as snakeyaml gives it: maps in their order (LinkedHashMap), lists as ArrayList. */
  private static Object value(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    switch (kind) {
      case MAP -> {
        int size = size(in);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(value(in), value(in));
        }
        return map;
      }
      case LIST -> {
        int size = size(in);
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(value(in));
        }
        return list;
      }
      case STRING -> {
        byte[] utf8 = new byte[size(in)];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
      }
      case INTEGER -> {
        return in.readInt();
      }
      case LONG -> {
        return in.readLong();
      }
      case DOUBLE -> {
        return in.readDouble();
      }
      case BOOLEAN -> {
        return in.readBoolean();
      }
      case NULL -> {
        return null;
      }
      default -> throw new IOException("unknown value kind " + kind);
    }
  }
}
