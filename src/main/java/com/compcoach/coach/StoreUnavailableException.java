package com.compcoach.coach;

/** The conversation store cannot be reached right now (e.g. Redis is down); lookups go on, memory does not. */
public final class StoreUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
