package io.cakewalk.examples;

import io.cakewalk.mcp.schema.CompleteResult;
import io.cakewalk.mcp.schema.Content;
import io.cakewalk.mcp.schema.GetPromptResult;
import io.cakewalk.mcp.schema.Prompt;
import io.cakewalk.mcp.schema.PromptMessage;
import io.cakewalk.mcp.schema.ReadResourceResult;
import io.cakewalk.mcp.schema.Resource;
import io.cakewalk.mcp.schema.ResourceContents;
import io.cakewalk.mcp.schema.ResourceTemplate;
import io.cakewalk.mcp.server.McpServer;
import java.util.List;

/** The conformance fixture's resources, resource template, prompts and completions. */
final class ConformanceContent {

  private ConformanceContent() {}

  private static ReadResourceResult text(String uri, String mime, String text) {
    return ReadResourceResult.of(ResourceContents.text(uri, mime, text));
  }

  static void register(McpServer.Builder b) {
    b.resource(
        Resource.of(
            "test://static-text",
            "static-text",
            "A static text resource for testing",
            "text/plain"),
        (uri, vars, ctx) ->
            text(uri, "text/plain", "This is the content of the static text resource."));
    b.resource(
        Resource.of(
            "test://static-binary",
            "static-binary",
            "A static binary resource (image) for testing",
            "image/png"),
        (uri, vars, ctx) ->
            ReadResourceResult.of(ResourceContents.blob(uri, "image/png", ConformanceTools.PNG)));
    b.resource(
        Resource.of(
            "test://watched-resource",
            "watched-resource",
            "A resource that clients may subscribe to",
            "text/plain"),
        (uri, vars, ctx) -> text(uri, "text/plain", "Watched resource content"));
    b.resource(
        Resource.of(
            "test://stateless-static-text",
            "stateless-static-text",
            "A static text resource for stateless requests",
            "text/plain"),
        (uri, vars, ctx) ->
            text(uri, "text/plain", "This is the content of the stateless static text resource."));
    b.resourceTemplate(
        ResourceTemplate.of(
            "test://template/{id}/data",
            "template",
            "A resource template with parameter substitution",
            "application/json"),
        (uri, vars, ctx) -> {
          String id = vars.get("id");
          return text(
              uri,
              "application/json",
              io.cakewalk.mcp.internal.Json.write(
                  new java.util.LinkedHashMap<>(
                      java.util.Map.of(
                          "id", id, "templateTest", true, "data", "Data for ID: " + id))));
        });

    b.prompt(
        Prompt.of("test_simple_prompt", "A simple prompt without arguments", null),
        (args, ctx) ->
            new GetPromptResult(
                null,
                List.of(
                    PromptMessage.user(new Content.Text("This is a simple prompt for testing.")))));
    b.prompt(
        Prompt.of(
            "test_prompt_with_arguments",
            "A prompt with required arguments",
            List.of(
                new Prompt.Argument("arg1", "First test argument", true),
                new Prompt.Argument("arg2", "Second test argument", true))),
        (args, ctx) ->
            new GetPromptResult(
                null,
                List.of(
                    PromptMessage.user(
                        new Content.Text(
                            "Prompt with arguments: arg1='"
                                + args.get("arg1")
                                + "', arg2='"
                                + args.get("arg2")
                                + "'")))));
    b.prompt(
        Prompt.of(
            "test_prompt_with_embedded_resource",
            "A prompt that includes an embedded resource",
            List.of(new Prompt.Argument("resourceUri", "URI of the resource to embed", true))),
        (args, ctx) ->
            new GetPromptResult(
                null,
                List.of(
                    PromptMessage.user(
                        new Content.EmbeddedResource(
                            ResourceContents.text(
                                args.get("resourceUri"),
                                "text/plain",
                                "Embedded resource content for testing."),
                            null,
                            null)),
                    PromptMessage.user(
                        new Content.Text("Please process the embedded resource above.")))));
    b.prompt(
        Prompt.of("test_prompt_with_image", "A prompt that includes image content", null),
        (args, ctx) ->
            new GetPromptResult(
                null,
                List.of(
                    PromptMessage.user(
                        new Content.Image(ConformanceTools.PNG, "image/png", null, null)),
                    PromptMessage.user(new Content.Text("Please analyze the image above.")))));
    b.completion(
        "ref/prompt",
        "test_prompt_with_arguments",
        (argument, value, resolved) -> {
          List<String> all = List.of("paris", "park", "party");
          return CompleteResult.of(all.stream().filter(v -> v.startsWith(value)).toList());
        });
  }
}
