package io.cakewalk.examples;

import io.cakewalk.mcp.internal.Json;
import java.util.Map;

/** JSON fixtures of the conformance server, kept verbatim as text. */
final class ConformanceSchemas {

  private ConformanceSchemas() {}

  static final Map<String, Object> JSON_SCHEMA_2020_12 =
      Json.object(
          """
          {"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object",
           "$defs":{"address":{"$anchor":"addressDef","type":"object","properties":{
             "street":{"type":"string"},"city":{"type":"string"}}}},
           "properties":{"name":{"type":"string"},"address":{"$ref":"#/$defs/address"},
             "contactMethod":{"type":"string","enum":["phone","email"]},
             "phone":{"type":"string"},"email":{"type":"string"}},
           "allOf":[{"anyOf":[{"required":["phone"]},{"required":["email"]}]}],
           "if":{"properties":{"contactMethod":{"const":"phone"}},"required":["contactMethod"]},
           "then":{"required":["phone"]},"else":{"required":["email"]},
           "additionalProperties":false}""");

  static final Map<String, Object> SEP1034 =
      Json.object(
          """
          {"type":"object","properties":{
           "name":{"type":"string","description":"User name","default":"John Doe"},
           "age":{"type":"integer","description":"User age","default":30},
           "score":{"type":"number","description":"User score","default":95.5},
           "status":{"type":"string","description":"User status",
                     "enum":["active","inactive","pending"],"default":"active"},
           "verified":{"type":"boolean","description":"Verification status","default":true}},
           "required":[]}""");

  static final Map<String, Object> SEP1330 =
      Json.object(
          """
          {"type":"object","properties":{
           "untitledSingle":{"type":"string","description":"Select one option",
             "enum":["option1","option2","option3"]},
           "titledSingle":{"type":"string","description":"Select one option with titles",
             "oneOf":[{"const":"value1","title":"First Option"},
                      {"const":"value2","title":"Second Option"},
                      {"const":"value3","title":"Third Option"}]},
           "legacyEnum":{"type":"string","description":"Select one option (legacy)",
             "enum":["opt1","opt2","opt3"],"enumNames":["Option One","Option Two","Option Three"]},
           "untitledMulti":{"type":"array","description":"Select multiple options",
             "minItems":1,"maxItems":3,"items":{"type":"string","enum":["option1","option2","option3"]}},
           "titledMulti":{"type":"array","description":"Select multiple options with titles",
             "minItems":1,"maxItems":3,"items":{"anyOf":[
               {"const":"value1","title":"First Choice"},{"const":"value2","title":"Second Choice"},
               {"const":"value3","title":"Third Choice"}]}}},
           "required":[]}""");

  static final Map<String, Object> CUSTOM_HEADERS =
      Json.object(
          """
          {"type":"object","properties":{
           "region":{"type":"string","description":"Deployment region","x-mcp-header":"Region"},
           "query":{"type":"string","description":"Free text"}},
           "required":["region"]}""");
}
