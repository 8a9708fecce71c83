package org.concertation.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.PersonalText;

/**
 * The texts of one language for readers: messages of a bundle, formatted with {@link MessageFormat}
 * in the language's conventions (choice formats say plurals), dates in a time zone the host
 * chooses, numbers and money in the language's format, and the labels of enums, so that no enum
 * name reaches a reader raw.
 *
 * <p>The library's bundle, {@code org/concertation/core/text/messages.properties} and its French
 * sibling {@code messages_fr.properties}, holds one key per fact: {@code enum.Phase.DIAGNOSIS} for
 * a label, {@code rejection.WrongPhase} for a rejection, {@code report.…} for the public report. A
 * module adds its own bundle with {@link #with(Class, String)}; its keys are looked up first. The
 * default locale of the machine plays no part: English is the bundle's root, French its {@code _fr}
 * file, and other languages are refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {
  /** The languages the library speaks, English first: the default. */
  public static final ImmutableList<Locale> LANGUAGES =
      ImmutableList.of(Locale.ENGLISH, Locale.FRENCH);

  /** The key of the bundle's own flag: whether plain numbers group their digits. */
  private static final String GROUPING = "format.grouping";

  /** The key of the pattern of a date to the minute. */
  private static final String DATE_MINUTE = "format.date.minute";

  /** The key of the pattern of a date to the second. */
  private static final String DATE_SECOND = "format.date.second";

  /** The pattern of a day, such as an expected effect's horizon. */
  private static final String DAY = "means.format.horizon";

  /** Milliseconds, microseconds and nanoseconds: the fractions an instant may carry. */
  private static final int NANOS_PER_MILLI = 1_000_000;

  private static final int NANOS_PER_MICRO = 1_000;

  private static final int SECONDS_PER_MINUTE = 60;

  private final Locale locale;
  private final ZoneId zone;
  private final ImmutableList<ResourceBundle> bundles;

  private Texts(Locale locale, ZoneId zone, ImmutableList<ResourceBundle> bundles) {
    this.locale = locale;
    this.zone = zone;
    this.bundles = bundles;
  }

  /**
   * The library's texts in a language, with dates in UTC.
   *
   * @param locale the language, one of {@link #LANGUAGES} (its country and variant shape numbers)
   * @return the texts
   * @throws IllegalArgumentException if the language is not one the library speaks
   */
  public static Texts of(Locale locale) {
    return of(locale, ZoneOffset.UTC);
  }

  /**
   * The library's texts in a language, with dates in a time zone.
   *
   * @param locale the language, one of {@link #LANGUAGES} (its country and variant shape numbers)
   * @param zone the time zone of the dates
   * @return the texts
   * @throws IllegalArgumentException if the language is not one the library speaks
   */
  public static Texts of(Locale locale, ZoneId zone) {
    checkNotNull(locale, "locale must not be null");
    checkNotNull(zone, "zone must not be null");
    checkArgument(
        speaks(locale), "Invalid language '%s': expected one of %s", locale, tags(LANGUAGES));
    return new Texts(locale, zone, ImmutableList.of(bundle(Texts.class, "messages", locale)));
  }

  /**
   * The language of a tag such as {@code en}, {@code fr} or {@code fr-FR}, ignoring case.
   *
   * @param tag the tag
   * @return its locale
   * @throws IllegalArgumentException if the tag names no language the library speaks
   */
  public static Locale language(String tag) {
    checkNotNull(tag, "language must not be null");
    Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
    checkArgument(
        !tag.isBlank() && speaks(locale),
        "Invalid language '%s': expected one of %s",
        tag,
        tags(LANGUAGES));
    return locale;
  }

  private static boolean speaks(Locale locale) {
    return LANGUAGES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage()));
  }

  private static String tags(Iterable<Locale> locales) {
    return StreamSupport.stream(locales.spliterator(), false)
        .map(Locale::toLanguageTag)
        .collect(Collectors.joining(", "));
  }

  private static ResourceBundle bundle(Class<?> owner, String name, Locale locale) {
    String base = owner.getPackageName() + "." + name;
    // no fallback to the machine's default locale: English is the root bundle
    return ResourceBundle.getBundle(
        base,
        Locale.forLanguageTag(locale.getLanguage()),
        owner.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * These texts with another bundle in front: a module's own messages, in the same language, looked
   * up before the library's.
   *
   * @param owner a class of the bundle's package
   * @param name the bundle's base name in that package, such as {@code messages}
   * @return the texts
   * @throws MissingResourceException if the bundle is not found
   */
  public Texts with(Class<?> owner, String name) {
    checkNotNull(owner, "owner must not be null");
    checkNotNull(name, "name must not be null");
    return new Texts(
        locale,
        zone,
        ImmutableList.<ResourceBundle>builder()
            .add(bundle(owner, name, locale))
            .addAll(bundles)
            .build());
  }

  /**
   * These texts with dates in another time zone.
   *
   * @param zone the zone
   * @return the texts, this one when the zone is the same
   */
  public Texts withZone(ZoneId zone) {
    checkNotNull(zone, "zone must not be null");
    return zone.equals(this.zone) ? this : new Texts(locale, zone, bundles);
  }

  /**
   * The language.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The time zone of the dates.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Whether a key has a message.
   *
   * @param key the key
   * @return true when one of the bundles holds it
   */
  public boolean has(String key) {
    checkNotNull(key, "key must not be null");
    return bundles.stream().anyMatch(b -> b.containsKey(key));
  }

  /**
   * Every key of the bundles.
   *
   * @return the keys, sorted
   */
  public ImmutableSet<String> keys() {
    return bundles.stream()
        .flatMap(b -> b.keySet().stream())
        .sorted()
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The pattern of a key, unformatted.
   *
   * @param key the key
   * @return the pattern
   * @throws MissingResourceException if no bundle holds the key
   */
  public String pattern(String key) {
    checkNotNull(key, "key must not be null");
    for (ResourceBundle bundle : bundles) {
      if (bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    throw new MissingResourceException(
        "No message '" + key + "' in " + locale.toLanguageTag(), Texts.class.getName(), key);
  }

  /**
   * A message, its placeholders ({@code {0}}, {@code {1,number,#}}, {@code {2,choice,…}}) filled
   * with the arguments in this language.
   *
   * @param key the message's key
   * @param arguments its arguments, in order
   * @return the text
   * @throws MissingResourceException if no bundle holds the key
   * @throws IllegalArgumentException if an argument is a {@link PersonalText}: the caller renders
   *     it first (present or erased), never through its {@code toString()}
   */
  public String text(String key, Object... arguments) {
    for (Object argument : arguments) {
      checkArgument(
          !(argument instanceof PersonalText),
          "Invalid argument of message '%s': a personal value is rendered before it is formatted",
          key);
    }
    return new MessageFormat(pattern(key), locale).format(arguments);
  }

  /**
   * The label of an enum's constant: key {@code enum.Type.CONSTANT} (a nested type keeps its
   * enclosing one: {@code enum.PhaseChange.Kind.CLOSED}).
   *
   * @param value the constant
   * @return its label
   * @throws MissingResourceException if no bundle holds its key
   */
  public String label(Enum<?> value) {
    return text(labelKey(value));
  }

  /**
   * The key of an enum constant's label.
   *
   * @param value the constant
   * @return {@code enum.Type.CONSTANT}
   */
  public static String labelKey(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    String name = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
    return "enum." + name + "." + value.name();
  }

  /**
   * The label of an actor kind: its bundle's word ({@code kind.inhabitant}), else the kind's own
   * name, since a host may name kinds in its readers' language.
   *
   * @param kind the kind
   * @return the label
   */
  public String kind(ActorKind kind) {
    String key = "kind." + kind.name();
    return has(key) ? text(key) : kind.name();
  }

  /**
   * An instant in this zone, to the minute, or to the second and its fraction when it has them,
   * followed by the zone: {@code 2026-01-12 09:00 UTC} in English.
   *
   * @param at the instant
   * @return the date
   */
  public String date(Instant at) {
    checkNotNull(at, "instant must not be null");
    int nano = at.getNano();
    String pattern;
    if (nano != 0) {
      String digits =
          nano % NANOS_PER_MILLI == 0
              ? "SSS"
              : nano % NANOS_PER_MICRO == 0 ? "SSSSSS" : "SSSSSSSSS";
      pattern = pattern(DATE_SECOND) + "." + digits;
    } else {
      pattern = pattern(at.getEpochSecond() % SECONDS_PER_MINUTE == 0 ? DATE_MINUTE : DATE_SECOND);
    }
    // UTC is written so in every language; other zones by their short name at that instant
    String suffix = zone.normalized().equals(ZoneOffset.UTC) ? " 'UTC'" : " z";
    return DateTimeFormatter.ofPattern(pattern + suffix, locale).withZone(zone).format(at);
  }

  /**
   * A day, as the report writes an expected effect's horizon: {@code 2027-06-30} in English, {@code
   * 30/06/2027} in French.
   *
   * @param day the day
   * @return the text
   */
  public String day(LocalDate day) {
    checkNotNull(day, "day must not be null");
    return DateTimeFormatter.ofPattern(pattern(DAY), locale).format(day);
  }

  /**
   * A count: digits grouped when the language's bundle says so.
   *
   * @param count the count
   * @return the text
   */
  public String count(long count) {
    return number(BigDecimal.valueOf(count));
  }

  /**
   * A decimal number with all its digits, in the language's separators, its digits grouped when the
   * bundle says so ({@code 1500.50} in English, {@code 1 500,50} in French).
   *
   * @param value the number
   * @return the text
   */
  public String number(BigDecimal value) {
    checkNotNull(value, "number must not be null");
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    format.setGroupingUsed(Boolean.parseBoolean(pattern(GROUPING)));
    int scale = Math.max(0, value.stripTrailingZeros().scale() > value.scale() ? 0 : value.scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    format.setParseBigDecimal(true);
    return format.format(value);
  }

  /**
   * An amount of money: in the currency's format when there is one ({@code €40,000}, {@code 40 000
   * €}), else as a {@link #number(BigDecimal) number}.
   *
   * @param amount the amount
   * @param currency the currency, if known
   * @return the text
   */
  public String money(BigDecimal amount, Optional<Currency> currency) {
    checkNotNull(amount, "amount must not be null");
    checkNotNull(currency, "currency must not be null");
    if (currency.isEmpty()) {
      return number(amount);
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency.get());
    // whole amounts without cents; others with the currency's own digits, or more if they have them
    int digits =
        amount.stripTrailingZeros().scale() <= 0
            ? 0
            : Math.max(currency.get().getDefaultFractionDigits(), amount.scale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(amount);
  }

  /**
   * Values joined as a list: {@code a, b, c}.
   *
   * @param values the values, as they are to be read
   * @return the text
   */
  public String list(Iterable<String> values) {
    return String.join(pattern("format.list.separator"), values);
  }

  @Override
  public String toString() {
    return "Texts{" + locale.toLanguageTag() + ", " + zone + "}";
  }
}
