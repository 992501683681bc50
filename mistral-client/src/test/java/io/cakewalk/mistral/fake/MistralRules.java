package io.cakewalk.mistral.fake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The server-side rules Mistral enforces beyond the schema (mistral-common's validator and the
 * documented limits): function names, 9-character call ids, role order, last role, one tool result
 * per call, at most 128 tools. Returns the first violation as Mistral would word it.
 */
final class MistralRules {

  private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
  private static final Pattern ID = Pattern.compile("^[a-zA-Z0-9]{9}$");

  private MistralRules() {}

  @SuppressWarnings("unchecked")
  static String check(Map<String, Object> body) {
    List<Map<String, Object>> tools = (List<Map<String, Object>>) body.get("tools");
    if (tools != null) {
      if (tools.size() > 128) {
        return "Too many tools: " + tools.size() + " (maximum 128)";
      }
      for (Map<String, Object> t : tools) {
        Map<String, Object> fn = (Map<String, Object>) t.get("function");
        if (fn != null && !NAME.matcher(String.valueOf(fn.get("name"))).matches()) {
          return nameError(fn.get("name"));
        }
      }
    }
    List<Map<String, Object>> messages = (List<Map<String, Object>>) body.get("messages");
    String prev = null;
    List<String> pending = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> m : messages) {
      String role = (String) m.get("role");
      if (prev != null && !allowed(prev, role)) {
        return "Unexpected role '" + role + "' after role '" + prev + "'";
      }
      if ("assistant".equals(role)) {
        if (!pending.isEmpty()) {
          return "Not the same number of function calls and responses";
        }
        List<Map<String, Object>> calls = (List<Map<String, Object>>) m.get("tool_calls");
        for (Map<String, Object> c : calls == null ? List.<Map<String, Object>>of() : calls) {
          String id = String.valueOf(c.get("id"));
          if (!ID.matcher(id).matches()) {
            return "Tool call id was " + id + " but must be a-z, A-Z, 0-9, with a length of 9.";
          }
          Object name = ((Map<String, Object>) c.get("function")).get("name");
          if (!NAME.matcher(String.valueOf(name)).matches()) {
            return nameError(name);
          }
          if (!seen.add(id)) {
            return "Tool call id " + id + " is repeated";
          }
          pending.add(id);
        }
      } else if ("tool".equals(role)) {
        String id = String.valueOf(m.get("tool_call_id"));
        if (!ID.matcher(id).matches()) {
          return "Tool call id was " + id + " but must be a-z, A-Z, 0-9, with a length of 9.";
        }
        if (!pending.remove(id)) {
          return "Tool message answers unknown or already answered call " + id;
        }
        if (m.get("name") != null && !NAME.matcher(String.valueOf(m.get("name"))).matches()) {
          return nameError(m.get("name"));
        }
      } else if (!pending.isEmpty()) {
        return "Not the same number of function calls and responses";
      }
      prev = role;
    }
    if (messages.size() == 1 && !"user".equals(prev) && !"system".equals(prev)) {
      return "Expected a single message to be user or system";
    }
    Map<String, Object> last = messages.get(messages.size() - 1);
    boolean prefix = Boolean.TRUE.equals(last.get("prefix"));
    if (!"user".equals(prev) && !"tool".equals(prev) && !("assistant".equals(prev) && prefix)) {
      return "Expected last role User or Tool (or Assistant with prefix True) for serving but got "
          + prev;
    }
    if (!pending.isEmpty()) {
      return "Not the same number of function calls and responses";
    }
    return null;
  }

  private static boolean allowed(String prev, String next) {
    switch (prev) {
      case "system":
        return List.of("user", "assistant", "system").contains(next);
      case "user":
        return List.of("assistant", "system", "user").contains(next);
      case "assistant":
        return List.of("assistant", "user", "tool").contains(next);
      case "tool":
        return List.of("assistant", "tool", "user").contains(next);
      default:
        return false;
    }
  }

  private static String nameError(Object name) {
    return "Function name was "
        + name
        + " but must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.";
  }
}
