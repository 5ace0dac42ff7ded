package com.compcoach.letter;

/** A value read from a letter, with the sentence it came from (shown back to the user, never stored). */
public record Quote<T>(T value, String sentence) {}
