#!/usr/bin/env node
// The yardstick: a bare node:http hello-world.   node bench/scale/bare.mjs PORT
import http from 'node:http';

http.createServer((_req, res) => res.end('hello world\n')).listen(Number(process.argv[2] ?? 3999), '127.0.0.1');
