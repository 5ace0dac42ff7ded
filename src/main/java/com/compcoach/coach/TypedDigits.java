package com.compcoach.coach;

/**
 * Figures typed with digits other than ASCII's, read as the digits they are: fullwidth forms from a CJK keyboard
 * ("１８５ｋ base", "＄１８５，０００"), Arabic-Indic and other scripts' digits ("١٨٥k"), and mathematical ones
 * ("𝟭𝟴𝟱k"). A person reads them as 185k without doubt, so the coach does too, rather than seeing no figure.
 */
final class TypedDigits {

  /** Below this no character needs a change: the first digits of another script are Arabic-Indic, U+0660. */
  private static final char FIRST_OTHER = '\u0660';
  private static final char FULLWIDTH_FIRST = '\uFF01';
  private static final char FULLWIDTH_LAST = '\uFF5E';

  private TypedDigits() {}

  /**
   * The message with every decimal digit of another script as its ASCII digit, and the fullwidth forms of ASCII
   * (letters, "＄", "，", "．") as ASCII; unchanged, and not copied, when it has none.
   */
  static String ascii(String message) {
    if (message == null || !hasOther(message)) {
      return message;
    }
    StringBuilder out = new StringBuilder(message.length());
    for (int i = 0; i < message.length(); ) {
      int cp = message.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= FULLWIDTH_FIRST && cp <= FULLWIDTH_LAST) {
        out.append((char) (cp - FULLWIDTH_FIRST + '!'));
      } else if (cp >= FIRST_OTHER && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** One pass of comparisons: a message in ASCII or Latin letters costs no more than that. */
  private static boolean hasOther(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c >= FIRST_OTHER && (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST || Character.isSurrogate(c)
          || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER)) {
        return true;
      }
    }
    return false;
  }
}
