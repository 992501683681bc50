/** Small runnable programs, one scenario per class, that embed the Cakewalk modules. */
package io.cakewalk.examples;
