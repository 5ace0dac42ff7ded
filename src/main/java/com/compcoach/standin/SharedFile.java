package com.compcoach.standin;

import java.util.Locale;

/**
 * A file a person shared, as a stand-in hosts it.
 *
 * @param user    who shared it
 * @param created when, in epoch seconds
 */
public record SharedFile(String id, String name, String mimetype, String user, long created, byte[] bytes) {

  public SharedFile {
    bytes = bytes.clone();
  }

  /** Slack's short type: the name's extension, lower case ({@code pdf}, {@code txt}), or empty. */
  public String filetype() {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The bytes, a copy. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  int size() {
    return bytes.length;
  }
}
