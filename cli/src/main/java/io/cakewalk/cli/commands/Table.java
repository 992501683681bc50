package io.cakewalk.cli.commands;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  Table(String... header) {
    this.columns = header.length;
    rows.add(header);
  }

  Table row(String... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells");
    }
    String[] clean = new String[columns];
    for (int i = 0; i < columns; i++) {
      clean[i] = cells[i] == null ? "" : oneLine(cells[i]);
    }
    rows.add(clean);
    return this;
  }

  void print(PrintWriter out) {
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(width[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.flush();
  }

  /** The first line of {@code text}, cut to {@code max} characters with an ellipsis. */
  static String cut(String text, int max) {
    String line = oneLine(text == null ? "" : text);
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  private static String oneLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }
}
