// Preloaded into every Node peer (NODE_OPTIONS="--require …/loopback.cjs") so that servers that call
// listen(port) without a host bind 127.0.0.1 instead of every interface (peers.md §2). It wraps the
// internal _listen2 rather than listen(), which keeps listen(0) synchronous.
'use strict';
const net = require('net');
const wildcard = new Set([null, undefined, '', '0.0.0.0', '::', '::0']);
const original = net.Server.prototype._listen2;
net.Server.prototype._listen2 = function (address, port, addressType, backlog, fd, flags) {
  if ((fd === undefined || fd === null || fd < 0) && wildcard.has(address)) {
    return original.call(this, '127.0.0.1', port, 4, backlog, fd, flags);
  }
  return original.call(this, address, port, addressType, backlog, fd, flags);
};
