/**
 * A bounded load generator measuring MCP {@code tools/call} throughput and latency (Streamable
 * HTTP, 2025-11-25 sessions) of our server, the official MCP Java SDK's server and the reference
 * {@code server-everything}, in one run on loopback.
 */
package io.cakewalk.benchmarks;
