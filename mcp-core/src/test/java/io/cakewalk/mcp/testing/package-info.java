/** Test support shared with the other modules' tests: third-party peers and loopback servers. */
package io.cakewalk.mcp.testing;
