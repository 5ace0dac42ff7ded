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
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes an immutable model of records as compact bytes and reads it back, generically: components in declaration
 * order, lists, enums by position, dates as day numbers, a sealed interface's value by the position of its permitted
 * type, and a string seen before in the same value as a back-reference. No names or types are written, so the bytes
 * are read back only by the classes that wrote them; the parse index keys them by the reader's version for that.
 */
final class RecordCodec {

  /** How values of one declared type are written and read, worked out once per type. */
  private sealed interface Plan permits Scalar, Nullable, ListOf, RecordOf, OneOf {
    void write(Out out, Object value);

    Object read(In in);
  }

  /** Strings, primitive numbers, booleans and (inside {@link Nullable}) dates: one variable-length number or string. */
  private record Scalar(BiConsumer<Out, Object> writer, Function<In, Object> reader) implements Plan {
    static final Scalar STRING = new Scalar((out, v) -> out.string((String) v), In::string);
    static final Scalar INT = new Scalar((out, v) -> out.varLong((Integer) v), in -> Math.toIntExact(in.varLong()));
    static final Scalar LONG = new Scalar((out, v) -> out.varLong((Long) v), In::varLong);
    static final Scalar BOOLEAN = new Scalar((out, v) -> out.varLong((Boolean) v ? 1 : 0), in -> in.varLong() != 0);
    static final Scalar DATE = new Scalar((out, v) -> out.varLong(((LocalDate) v).toEpochDay()),
        in -> LocalDate.ofEpochDay(in.varLong()));

    @Override
    public void write(Out out, Object value) {
      writer.accept(out, value);
    }

    @Override
    public Object read(In in) {
      return reader.apply(in);
    }
  }

  /** Any other value may be null: a leading 0 says it is, 1 that the value follows. */
  private record Nullable(Plan inner) implements Plan {
    @Override
    public void write(Out out, Object value) {
      out.varLong(value == null ? 0 : 1);
      if (value != null) {
        inner.write(out, value);
      }
    }

    @Override
    public Object read(In in) {
      return in.varLong() == 0 ? null : inner.read(in);
    }
  }

  private record ListOf(Plan element) implements Plan {
    @Override
    public void write(Out out, Object value) {
      List<?> list = (List<?>) value;
      out.varLong(list.size());
      for (Object item : list) {
        element.write(out, item);
      }
    }

    @Override
    public Object read(In in) {
      int size = in.count();
      Object[] items = new Object[size];
      for (int i = 0; i < size; i++) {
        items[i] = element.read(in);
      }
      return List.of(items);
    }
  }

  /** A record: its components in declaration order, put back through its canonical constructor. */
  private static final class RecordOf implements Plan {
    private final Class<?> type;
    private final Method[] accessors;
    private final Constructor<?> constructor;
    /** Filled in after this plan is registered, so that a record may hold its own kind. */
    private Plan[] components;

    RecordOf(Class<?> type) {
      this.type = type;
      RecordComponent[] parts = type.getRecordComponents();
      accessors = new Method[parts.length];
      Class<?>[] raws = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        accessors[i] = parts[i].getAccessor();
        accessors[i].setAccessible(true);
        raws[i] = parts[i].getType();
      }
      try {
        constructor = type.getDeclaredConstructor(raws);
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
      }
    }

    @Override
    public void write(Out out, Object value) {
      for (int i = 0; i < accessors.length; i++) {
        Object part;
        try {
          part = accessors[i].invoke(value);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + accessors[i], e);
        }
        components[i].write(out, part);
      }
    }

    @Override
    public Object read(In in) {
      Object[] args = new Object[components.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = components[i].read(in);
      }
      try {
        return constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        // The model refused the values (a range upside down, say): the bytes are not what was written.
        throw new IllegalArgumentException(type.getSimpleName() + " refused the kept values: "
            + e.getCause().getMessage(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a " + type.getName(), e);
      }
    }
  }

  /** A value of a sealed interface or an enum: which permitted type or constant it is, by position. */
  private record OneOf(List<Class<?>> types, List<Plan> plans, Object[] constants) implements Plan {
    @Override
    public void write(Out out, Object value) {
      if (constants != null) {
        out.varLong(((Enum<?>) value).ordinal());
        return;
      }
      int at = types.indexOf(value.getClass());
      out.varLong(at);
      plans.get(at).write(out, value);
    }

    @Override
    public Object read(In in) {
      int at = Math.toIntExact(in.varLong());
      if (constants != null) {
        return constants[at];
      }
      return plans.get(at).read(in);
    }
  }

  private final Map<Type, Plan> plans = new ConcurrentHashMap<>();
  /** Guarded by plans: record plans, registered before their components so that a record may hold its kind. */
  private final Map<Class<?>, RecordOf> records = new HashMap<>();

  /** Appends {@code value}, of the record type {@code type}, to {@code out}. */
  void write(Out out, Class<?> type, Object value) {
    plan(type).write(out, value);
  }

  /** Reads a value of the record type {@code type}; throws on bytes that do not make one. */
  Object read(In in, Class<?> type) {
    return plan(type).read(in);
  }

  private Plan plan(Type type) {
    Plan known = plans.get(type);
    if (known != null) {
      return known;
    }
    // Made under a lock: a record's plan is registered before its components are, and must not be seen so.
    synchronized (plans) {
      known = plans.get(type);
      if (known == null) {
        known = make(type);
        plans.put(type, known);
      }
      return known;
    }
  }

  private Plan make(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return Scalar.STRING;
    } else if (raw == int.class) {
      return Scalar.INT;
    } else if (raw == long.class) {
      return Scalar.LONG;
    } else if (raw == boolean.class) {
      return Scalar.BOOLEAN;
    } else if (raw == Integer.class) {
      return new Nullable(Scalar.INT);
    } else if (raw == Long.class) {
      return new Nullable(Scalar.LONG);
    } else if (raw == Boolean.class) {
      return new Nullable(Scalar.BOOLEAN);
    } else if (raw == LocalDate.class) {
      return new Nullable(Scalar.DATE);
    } else if (raw.isEnum()) {
      return new Nullable(new OneOf(List.of(), List.of(), raw.getEnumConstants()));
    } else if (raw == List.class && type instanceof ParameterizedType p) {
      return new Nullable(new ListOf(plan(p.getActualTypeArguments()[0])));
    } else if (raw.isSealed() && raw.isInterface()) {
      List<Class<?>> permitted = List.of(raw.getPermittedSubclasses());
      return new Nullable(new OneOf(permitted, permitted.stream().map(this::recordOf).toList(), null));
    } else if (raw.isRecord()) {
      return new Nullable(recordOf(raw));
    }
    throw new IllegalArgumentException("the parse index cannot keep a value of type " + type.getTypeName());
  }

  private Plan recordOf(Class<?> type) {
    RecordOf known = records.get(type);
    if (known != null) {
      return known;
    }
    RecordOf made = new RecordOf(type);
    records.put(type, made);
    RecordComponent[] parts = type.getRecordComponents();
    Plan[] components = new Plan[parts.length];
    for (int i = 0; i < parts.length; i++) {
      components[i] = plan(parts[i].getGenericType());
    }
    made.components = components;
    return made;
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
