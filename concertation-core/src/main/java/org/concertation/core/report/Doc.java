package org.concertation.core.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small document (headings, paragraphs, lists, tables, diagrams) rendered as Markdown or HTML: a
 * diagram is its Mermaid source in Markdown and its SVG drawing in HTML.
 */
final class Doc {
  private sealed interface Block {}

  private record Heading(int level, String text) implements Block {}

  private record Para(String text) implements Block {}

  private record Bullets(ImmutableList<String> items) implements Block {}

  private record Table(ImmutableList<String> headers, ImmutableList<ImmutableList<String>> rows)
      implements Block {}

  private record Diagram(String mermaid, String svg) implements Block {}

  private final String title;
  private final Locale language;
  private final List<Block> blocks = new ArrayList<>();

  Doc(String title, Locale language) {
    this.title = title;
    this.language = language;
  }

  Doc heading(int level, String text) {
    blocks.add(new Heading(level, text));
    return this;
  }

  Doc para(String text) {
    blocks.add(new Para(text));
    return this;
  }

  Doc bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Bullets(ImmutableList.copyOf(items)));
    }
    return this;
  }

  Doc table(List<String> headers, List<List<String>> rows) {
    if (!rows.isEmpty()) {
      ImmutableList.Builder<ImmutableList<String>> copy = ImmutableList.builder();
      rows.forEach(r -> copy.add(ImmutableList.copyOf(r)));
      blocks.add(new Table(ImmutableList.copyOf(headers), copy.build()));
    }
    return this;
  }

  /** A diagram: its Mermaid source and its drawing, an {@code <svg>} element escaped already. */
  Doc diagram(String mermaid, String svg) {
    blocks.add(new Diagram(mermaid, svg));
    return this;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("# ").append(md(title)).append("\n");
    for (Block block : blocks) {
      out.append("\n");
      if (block instanceof Heading h) {
        out.append("#".repeat(h.level())).append(' ').append(md(h.text())).append("\n");
      } else if (block instanceof Para p) {
        out.append(md(p.text())).append("\n");
      } else if (block instanceof Bullets b) {
        b.items().forEach(i -> out.append("- ").append(md(i)).append("\n"));
      } else if (block instanceof Table t) {
        out.append(row(t.headers())).append("|");
        t.headers().forEach(h -> out.append(" --- |"));
        out.append("\n");
        t.rows().forEach(r -> out.append(row(r)));
      } else if (block instanceof Diagram d) {
        out.append("```mermaid\n").append(d.mermaid()).append("```\n");
      } else {
        throw new AssertionError("Unknown block " + block);
      }
    }
    return out.toString();
  }

  private static String row(List<String> cells) {
    StringBuilder out = new StringBuilder("|");
    cells.forEach(c -> out.append(' ').append(md(c).replace("|", "\\|")).append(" |"));
    return out.append("\n").toString();
  }

  /** Text as Markdown: one line, with the characters Markdown would read as markup escaped. */
  private static String md(String text) {
    return text.replace("\\", "\\\\")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("<", "&lt;")
        .replace("\r", " ")
        .replace("\n", " ");
  }

  String html() {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(html(language.toLanguageTag()))
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(html(title))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:Georgia,'Times New Roman',serif;max-width:60rem;margin:2rem auto;"
                + "padding:0 1rem;line-height:1.45;color:#222}\n"
                + "h1,h2,h3{font-family:Helvetica,Arial,sans-serif;line-height:1.2}\n"
                + "h2{border-bottom:1px solid #999;margin-top:2.2rem}\n"
                + "table{border-collapse:collapse;margin:0.8rem 0;width:100%}\n"
                + "th,td{border:1px solid #bbb;padding:0.25rem 0.5rem;text-align:left;"
                + "vertical-align:top}\n"
                + "th{background:#eee}\n"
                + "pre{background:#f6f6f6;padding:0.6rem;overflow-x:auto}\n"
                + "figure{margin:0.8rem 0}svg{max-width:100%;height:auto}\n"
                + "@media print{body{max-width:none;margin:0}h2{page-break-after:avoid}"
                + "table,pre,figure{page-break-inside:avoid}}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(html(title))
        .append("</h1>\n");
    for (Block block : blocks) {
      if (block instanceof Heading h) {
        out.append(
            String.format(Locale.ROOT, "<h%d>%s</h%d>\n", h.level(), html(h.text()), h.level()));
      } else if (block instanceof Para p) {
        out.append("<p>").append(html(p.text())).append("</p>\n");
      } else if (block instanceof Bullets b) {
        out.append("<ul>\n");
        b.items().forEach(i -> out.append("<li>").append(html(i)).append("</li>\n"));
        out.append("</ul>\n");
      } else if (block instanceof Table t) {
        out.append("<table>\n<thead><tr>");
        t.headers().forEach(h -> out.append("<th>").append(html(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : t.rows()) {
          out.append("<tr>");
          r.forEach(c -> out.append("<td>").append(html(c)).append("</td>"));
          out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      } else if (block instanceof Diagram d) {
        out.append("<figure>\n").append(d.svg()).append("</figure>\n");
      } else {
        throw new AssertionError("Unknown block " + block);
      }
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
