/**
 * The module's single JSON, form-encoding and HTTP adapters. Not API: the rest of this project may
 * use it, applications should not.
 */
package io.cakewalk.oauth.internal;
