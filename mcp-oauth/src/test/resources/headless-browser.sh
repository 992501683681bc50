#!/bin/sh
# A $BROWSER for unattended logins (peers.md §9): follows the authorization server's login and
# consent redirects with a cookie jar into the client's loopback callback, in the background.
jar="$(mktemp)"
( curl -s -L --max-redirs 20 -b "$jar" -c "$jar" -o /dev/null "$1"; rm -f "$jar" ) &
exit 0
