#!/usr/bin/env node
// The installed command: runs the bundled CLI (built by `npm run build` into dist/cli.js).
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the bundle between runs (in Node's own cache
// directory under the OS temp dir; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a second
// `misnomer analyze` parses less of the bundle again. Earlier Nodes lack the call. The CLI is
// imported after it, so that its modules are cached too.
module.enableCompileCache?.();
const { run } = await import('../dist/cli.js');

await run(process.argv.slice(2));
