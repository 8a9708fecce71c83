package org.concertation.core.personal;

/**
 * The erasable part of a store does not match its hash chain: an entry belongs to another actor
 * than its value, or its salt and text do not give the digest that the chain holds. Nothing of such
 * a stream is read.
 */
public final class PersonalPartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The event's version. */
  private final long version;

  /** The value's field. */
  private final String field;

  /**
   * Creates the exception.
   *
   * @param version the event's version
   * @param field the value's field
   * @param problem what is wrong, never the text
   */
  public PersonalPartException(long version, String field, String problem) {
    super("Invalid personal value " + field + " of event " + version + ": " + problem);
    this.version = version;
    this.field = field;
  }

  /**
   * Creates the exception for the part as a whole: a line that is not a valid entry, a header of
   * another format. Its {@link #version()} is 0 and its {@link #field()} empty.
   *
   * @param problem what is wrong, never the text of a value
   */
  public PersonalPartException(String problem) {
    super("Invalid personal part: " + problem);
    this.version = 0;
    this.field = "";
  }

  /**
   * The version of the event whose value does not match.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * The field of the value that does not match.
   *
   * @return the field
   */
  public String field() {
    return field;
  }
}
