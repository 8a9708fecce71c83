package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.domain.Role;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every heading of the public report, in both languages: the reports of the golden logs (which
 * together hold every event type, so every section of the read model has something to show) are
 * rendered in English and in French, and every heading they show is one of that language's own
 * texts, while every heading text the bundle holds is shown by one of them. One history is built
 * here beside them: an assessment on a criterion the owner chose, whose section says who chose each
 * criterion rather than that the participants chose them all.
 */
class ReportHeadingsTest {
  private static final String TITLE = "Golden";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");
  private static final Pattern HTML_HEADING = Pattern.compile("<h([1-6])[^>]*>(.*?)</h\\1>");

  private static List<Path> goldenLogs() throws IOException, URISyntaxException {
    URL url = ReportHeadingsTest.class.getResource("/org/concertation/core/json/golden");
    assertThat(url).as("the golden logs of the JSON mapping").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** The bundle of one language alone, without falling back on English. */
  private static Properties bundle(String language) throws IOException {
    String name =
        "/org/concertation/core/text/messages"
            + (language.equals("en") ? "" : "_" + language)
            + ".properties";
    Properties properties = new Properties();
    try (InputStream in = ReportHeadingsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static boolean isHeadingKey(String key) {
    return key.startsWith("report.") && key.contains(".heading")
        || key.equals("means.heading")
        || key.startsWith("means.heading.");
  }

  /** What a heading of a key may look like once its placeholders are filled. */
  private static Pattern shape(String text) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(text);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(text.substring(at, m.start()))).append(".+");
      at = m.end();
    }
    return Pattern.compile(regex.append(Pattern.quote(text.substring(at))).toString());
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** An assessment on a criterion the project owner chose beside the participants' own. */
  private static ProcessHistory ownersCriterion() {
    Charter charter =
        Charter.builder()
            .from(ProspectiveSpec.PROSPECTIVE)
            .grants(
                ImmutableList.<Grant>builder()
                    .addAll(ProspectiveSpec.PROSPECTIVE.grants())
                    .add(Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER))
                    .build())
            .build();
    ProspectiveSpec spec = new ProspectiveSpec();
    Run run =
        spec.withProposals(charter)
            .ok(
                spec.define(Fixture.OWNER, ProspectiveSpec.C3, Optional.empty()),
                spec.openAssessment(Fixture.FACILITATOR, Fixture.P1, Fixture.P2),
                spec.assess(Fixture.INES, ProspectiveSpec.C3, Map.of(Fixture.P1, 3, Fixture.P2, 1)),
                spec.closeAssessment(Fixture.FACILITATOR));
    return ProcessHistory.of(run.state().charter(), run.events());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyHeadingIsSaidInTheReportsLanguageAndEveryHeadingTextIsShown(String language)
      throws Exception {
    Properties bundle = bundle(language);
    Texts texts = Texts.of(Locale.forLanguageTag(language));
    Set<String> fixed = new TreeSet<>();
    List<Pattern> shapes = new ArrayList<>();
    for (String key : bundle.stringPropertyNames()) {
      if (!isHeadingKey(key)) {
        continue;
      }
      String text = texts.text(key).strip();
      if (PLACEHOLDER.matcher(bundle.getProperty(key)).find()) {
        shapes.add(shape(bundle.getProperty(key).replace("''", "'")));
      } else {
        fixed.add(text);
      }
    }
    assertThat(fixed).as("heading texts of %s", language).hasSizeGreaterThan(20);

    Set<String> shownMarkdown = new LinkedHashSet<>();
    Set<String> shownHtml = new LinkedHashSet<>();
    EventLog log = EventLog.create();
    List<ProcessHistory> histories = new ArrayList<>();
    for (Path file : goldenLogs()) {
      VerifiedLog read = log.read(file);
      histories.add(ProcessHistory.of(read.charter(), read.events()));
    }
    histories.add(ownersCriterion());
    for (ProcessHistory history : histories) {
      PublicReport report = PublicReport.of(TITLE, history, texts);
      Matcher md = MARKDOWN_HEADING.matcher(report.markdown());
      while (md.find()) {
        shownMarkdown.add(md.group(1).strip());
      }
      Matcher html = HTML_HEADING.matcher(report.html());
      while (html.find()) {
        shownHtml.add(unescape(html.group(2).replaceAll("<[^>]+>", "")).strip());
      }
    }

    for (Set<String> shown : List.of(shownMarkdown, shownHtml)) {
      assertThat(shown).as("headings shown in %s", language).containsAll(fixed);
      for (String heading : shown) {
        boolean known =
            heading.equals(TITLE)
                || fixed.contains(heading)
                || shapes.stream().anyMatch(s -> s.matcher(heading).matches());
        assertThat(known)
            .as("the heading '%s' is a %s text of the report", heading, language)
            .isTrue();
      }
    }
  }
}
