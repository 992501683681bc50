package io.cakewalk.mistral.mcp;

import io.cakewalk.mcp.schema.CallToolResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.ResourceContents;
import io.cakewalk.mistral.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an MCP tool result as the text of a Mistral tool message: text blocks joined by newlines,
 * embedded text resources inlined, binary content as short placeholders, {@code structuredContent}
 * as compact JSON when there is no text, {@code Error: } before failures, and a bound on the length
 * that says when it cut.
 */
public final class ToolResultText {

  /** The default bound: 64 KiB of characters. */
  public static final int DEFAULT_MAX_CHARS = 64 * 1024;

  private ToolResultText() {}

  /** Renders with the default bound. */
  public static String render(CallToolResult result) {
    return render(result, DEFAULT_MAX_CHARS);
  }

  /** Renders, cutting after {@code maxChars} characters. */
  public static String render(CallToolResult result, int maxChars) {
    List<String> parts = new ArrayList<>();
    boolean hasText = false;
    for (Content c : result.content()) {
      if (c instanceof Content.Text t) {
        parts.add(t.text());
        hasText = true;
      } else if (c instanceof Content.EmbeddedResource r) {
        ResourceContents rc = r.resource();
        if (rc.text() != null) {
          parts.add(rc.text());
          hasText = true;
        } else {
          parts.add("[resource " + rc.uri() + mime(rc.mimeType()) + " omitted]");
        }
      } else if (c instanceof Content.Image i) {
        parts.add("[image" + mime(i.mimeType()) + " omitted]");
      } else if (c instanceof Content.Audio a) {
        parts.add("[audio" + mime(a.mimeType()) + " omitted]");
      } else if (c instanceof Content.ResourceLink l) {
        parts.add("[resource " + l.uri() + "]");
      } else {
        throw new AssertionError("unknown content " + c);
      }
    }
    if (!hasText && result.structuredContent() != null) {
      parts.add(0, Json.write(result.structuredContent()));
    }
    String text = parts.isEmpty() ? "(no output)" : String.join("\n", parts);
    if (result.failed()) {
      text = "Error: " + text;
    }
    if (text.length() > maxChars) {
      int cut = text.length() - maxChars;
      text = text.substring(0, maxChars) + "\n[truncated " + cut + " characters]";
    }
    return text;
  }

  private static String mime(String mimeType) {
    return mimeType == null ? "" : " " + mimeType;
  }
}
