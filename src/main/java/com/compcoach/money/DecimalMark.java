package com.compcoach.money;

/** Which character a text uses as its decimal mark; the other groups thousands. */
public enum DecimalMark {
  /** 180,000.50: the English and comp-coach default. */
  POINT,
  /** 180.000,50 or 92.000 €: the continental format, read only where a guide or user declares it. */
  COMMA
}
