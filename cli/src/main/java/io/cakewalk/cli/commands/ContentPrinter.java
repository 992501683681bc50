package io.cakewalk.cli.commands;

import io.cakewalk.mcp.internal.Json;
import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import java.io.PrintWriter;

/** Prints a tool result for people: text as is, binary content as a one-line summary. */
final class ContentPrinter {

  private ContentPrinter() {}

  static void print(CallToolResult result, PrintWriter out) {
    boolean printedText = false;
    for (Content c : result.content()) {
      if (c instanceof Content.Text t) {
        out.println(t.text());
        printedText = true;
      } else if (c instanceof Content.Image i) {
        out.println("[image " + i.mimeType() + ", " + decodedSize(i.data()) + " bytes]");
      } else if (c instanceof Content.Audio a) {
        out.println("[audio " + a.mimeType() + ", " + decodedSize(a.data()) + " bytes]");
      } else if (c instanceof Content.ResourceLink l) {
        out.println("[resource link " + l.name() + " <" + l.uri() + ">]");
      } else if (c instanceof Content.EmbeddedResource r) {
        if (r.resource().text() != null) {
          out.println(r.resource().text());
          printedText = true;
        } else {
          out.println(
              "[resource "
                  + r.resource().uri()
                  + ", "
                  + decodedSize(r.resource().blob())
                  + " bytes]");
        }
      } else {
        throw new AssertionError("unknown content " + c.getClass());
      }
    }
    if (!printedText && result.structuredContent() != null) {
      out.println(Json.writePretty(result.structuredContent()));
    }
    out.flush();
  }

  private static long decodedSize(String base64) {
    String b = base64.strip();
    int padding = b.endsWith("==") ? 2 : b.endsWith("=") ? 1 : 0;
    return Math.max(0, (long) b.length() * 3 / 4 - padding);
  }
}
