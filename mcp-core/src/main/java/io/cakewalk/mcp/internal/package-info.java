/**
 * The module's single JSON and HTTP adapters, and the JDK server's handling of unread bodies. Not
 * API: other modules of this project may use it, applications should not.
 */
package io.cakewalk.mcp.internal;
