package io.cakewalk.mcp.server;

import io.cakewalk.mcp.schema.ReadResourceResult;
import java.util.Map;

/** Reads one resource, or a resource matching a URI template, for {@code resources/read}. */
@FunctionalInterface
public interface ResourceHandler {

  /**
   * Reads the resource.
   *
   * @param uri the requested URI
   * @param variables the template variables matched in {@code uri} (empty for plain resources)
   * @param context logging, cancellation and client requests for this call
   */
  ReadResourceResult read(String uri, Map<String, String> variables, RequestContext context)
      throws Exception;
}
