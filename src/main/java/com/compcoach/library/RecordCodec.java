package com.compcoach.library;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an immutable model of records as compact bytes and reads it back, generically: components in declaration
 * order, lists, enums by position, dates as day numbers, a sealed interface's value by the position of its permitted
 * type, and a string seen before in the same value as a back-reference. No names or types are written, so the bytes
 * are read back only by the classes that wrote them; the parse index keys them by the reader's version for that.
 */
final class RecordCodec {

  /** How a record is taken apart and put back together. */
  private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {}

  private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

  /** Appends {@code value}, of the declared type {@code type}, to {@code out}. */
  void write(Out out, Type type, Object value) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      out.string((String) value);
      return;
    }
    if (raw == int.class || raw == long.class) {
      out.varLong(((Number) value).longValue());
      return;
    }
    if (raw == boolean.class) {
      out.varLong((Boolean) value ? 1 : 0);
      return;
    }
    // Every other value may be null: a leading 0 says it is, 1 that a value follows.
    out.varLong(value == null ? 0 : 1);
    if (value == null) {
      return;
    }
    if (raw == Integer.class || raw == Long.class) {
      out.varLong(((Number) value).longValue());
    } else if (raw == Boolean.class) {
      out.varLong((Boolean) value ? 1 : 0);
    } else if (raw == LocalDate.class) {
      out.varLong(((LocalDate) value).toEpochDay());
    } else if (raw.isEnum()) {
      out.varLong(((Enum<?>) value).ordinal());
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<?> list = (List<?>) value;
      out.varLong(list.size());
      for (Object item : list) {
        write(out, element, item);
      }
    } else if (raw.isSealed() && raw.isInterface()) {
      Class<?>[] permitted = raw.getPermittedSubclasses();
      int at = Arrays.asList(permitted).indexOf(value.getClass());
      out.varLong(at);
      fields(out, value.getClass(), value);
    } else if (raw.isRecord()) {
      fields(out, raw, value);
    } else {
      throw new IllegalArgumentException("the parse index cannot keep a value of type " + type.getTypeName());
    }
  }

  private void fields(Out out, Class<?> type, Object value) {
    Shape shape = shape(type);
    for (int i = 0; i < shape.accessors().length; i++) {
      write(out, shape.types()[i], invoke(shape.accessors()[i], value));
    }
  }

  /** Reads a value of the declared type {@code type}; throws on bytes that do not make one. */
  Object read(In in, Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return in.string();
    }
    if (raw == int.class) {
      return Math.toIntExact(in.varLong());
    }
    if (raw == long.class) {
      return in.varLong();
    }
    if (raw == boolean.class) {
      return in.varLong() != 0;
    }
    if (in.varLong() == 0) {
      return null;
    }
    if (raw == Integer.class) {
      return Math.toIntExact(in.varLong());
    } else if (raw == Long.class) {
      return in.varLong();
    } else if (raw == Boolean.class) {
      return in.varLong() != 0;
    } else if (raw == LocalDate.class) {
      return LocalDate.ofEpochDay(in.varLong());
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[Math.toIntExact(in.varLong())];
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      int size = in.count();
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(in, element));
      }
      return List.copyOf(list);
    } else if (raw.isSealed() && raw.isInterface()) {
      return record(in, raw.getPermittedSubclasses()[Math.toIntExact(in.varLong())]);
    } else if (raw.isRecord()) {
      return record(in, raw);
    }
    throw new IllegalArgumentException("the parse index cannot read a value of type " + type.getTypeName());
  }

  private Object record(In in, Class<?> type) {
    Shape shape = shape(type);
    Object[] args = new Object[shape.types().length];
    for (int i = 0; i < args.length; i++) {
      args[i] = read(in, shape.types()[i]);
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      // The model refused the values (a range upside down, say): the bytes are not what was written.
      throw new IllegalArgumentException(type.getSimpleName() + " refused the kept values: "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make a " + type.getName(), e);
    }
  }

  private Shape shape(Class<?> type) {
    return shapes.computeIfAbsent(type, t -> {
      RecordComponent[] components = t.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Type[] types = new Type[components.length];
      Class<?>[] raws = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getGenericType();
        raws[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = t.getDeclaredConstructor(raws);
        constructor.setAccessible(true);
        return new Shape(accessors, types, constructor);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + t.getName(), e);
      }
    });
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw new IllegalArgumentException("the parse index cannot keep a value of type " + type.getTypeName());
  }

  /** A growing buffer of bytes with variable-length numbers and the strings already written in this value. */
  static final class Out {
    private byte[] bytes = new byte[256];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    void varLong(long v) {
      // Zig-zag, so that small negative numbers stay small too.
      long z = (v << 1) ^ (v >> 63);
      while ((z & ~0x7FL) != 0) {
        put((byte) ((z & 0x7F) | 0x80));
        z >>>= 7;
      }
      put((byte) z);
    }

    /** 0 for null, 1 and the UTF-8 bytes for a new string, 2 + n for the n-th string of this value again. */
    void string(String s) {
      if (s == null) {
        varLong(0);
        return;
      }
      Integer seen = strings.get(s);
      if (seen != null) {
        varLong(2L + seen);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varLong(1);
      varLong(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    private void put(byte b) {
      ensure(1);
      bytes[size++] = b;
    }

    private void ensure(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    byte[] toBytes() {
      return Arrays.copyOf(bytes, size);
    }
  }

  /** Reads what an {@link Out} wrote, from a slice of an array; throws when the slice ends early. */
  static final class In {
    private final byte[] bytes;
    private int at;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    In(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.at = from;
      this.end = to;
    }

    long varLong() {
      long z = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = next();
        z |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return (z >>> 1) ^ -(z & 1);
        }
      }
      throw new IllegalArgumentException("a number longer than 64 bits");
    }

    /** A count of things that follow: never more than the bytes left, so damage cannot ask for a huge array. */
    int count() {
      long n = varLong();
      if (n < 0 || n > end - at) {
        throw new IllegalArgumentException("a count of " + n + " with " + (end - at) + " bytes left");
      }
      return (int) n;
    }

    String string() {
      long tag = varLong();
      if (tag == 0) {
        return null;
      }
      if (tag == 1) {
        int length = count();
        String s = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        strings.add(s);
        return s;
      }
      if (tag - 2 >= strings.size() || tag < 0) {
        throw new IllegalArgumentException("a reference to string " + (tag - 2) + " of " + strings.size());
      }
      return strings.get((int) (tag - 2));
    }

    boolean atEnd() {
      return at == end;
    }

    private byte next() {
      if (at >= end) {
        throw new IllegalArgumentException("the value ends early");
      }
      return bytes[at++];
    }
  }
}
