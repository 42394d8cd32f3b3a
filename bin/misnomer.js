#!/usr/bin/env node
// The installed command: runs the bundled CLI (built by `npm run build` into dist/cli.js).
import { run } from '../dist/cli.js';

await run(process.argv.slice(2));
