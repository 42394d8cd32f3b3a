/**
 * The documentation is part of the product: README.md and docs/*.md must not point at files or
 * headings that do not exist, must not cite the team's private notes (which users cannot open),
 * and must document every config key, gate key and Action input and output the code accepts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { GATE_KEYS } from '../src/compare/gates.ts';
import {
  COMMAND_KEYS,
  INPUT_KEYS,
  MODEL_KEYS,
  SCENARIO_KEYS,
  TOP_KEYS,
} from '../src/config/schema.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Markdown without fenced code blocks and inline code spans: what GitHub turns into links. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/**
 * GitHub's heading anchor: lower case, every character but letters, digits, spaces, hyphens and
 * underscores dropped, spaces turned into hyphens; a repeated slug gets -1, -2, ...
 */
export function slug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor a Markdown file defines: heading slugs and explicit `<a id>` / `<a name>`. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const outsideFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const m of outsideFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(m[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  return anchors;
}

/** The relative link targets of a Markdown file (no URLs with a scheme). */
export function relativeLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (const m of prose(markdown).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(m[1])) targets.push(m[1]);
  }
  return targets;
}

/** Broken links of `file` (a path from the root), each as "file: target: why". */
export function brokenLinks(file: string, markdown: string, readOther = read): string[] {
  const broken: string[] = [];
  for (const target of relativeLinks(markdown)) {
    const [pathPart, anchor] = target.split('#', 2);
    const path = pathPart === '' ? file : relative(ROOT, resolve(ROOT, dirname(file), pathPart));
    if (pathPart !== '' && !existsSync(join(ROOT, path))) {
      broken.push(`${file}: ${target}: no file ${path}`);
      continue;
    }
    if (anchor === undefined || !path.endsWith('.md')) continue;
    const text = path === file ? markdown : readOther(path);
    if (!anchorsOf(text).has(anchor))
      broken.push(`${file}: ${target}: no heading or <a id> "${anchor}" in ${path}`);
  }
  return broken;
}

test('slug follows GitHub: punctuation and code marks dropped, spaces become hyphens', () => {
  assert.equal(
    slug('Config reference (`.github/misnomer.yml`)'),
    'config-reference-githubmisnomeryml',
  );
  assert.equal(
    slug('Reading ONNX: why a reader of our own'),
    'reading-onnx-why-a-reader-of-our-own',
  );
  assert.equal(slug('Analysis JSON (`misnomer/analysis@1`)'), 'analysis-json-misnomeranalysis1');
  // A repeated heading gets a counter, an explicit anchor is taken as written.
  assert.deepEqual(
    [
      ...anchorsOf(
        '## Gates\n\ntext\n\n## Gates\n\n<a id="flops"></a>\n\n```\n# not a heading\n```\n',
      ),
    ],
    ['gates', 'gates-1', 'flops'],
  );
});

test('the link checker finds a missing file and a missing anchor, and ignores code and URLs', () => {
  const md = [
    '[ok](docs/indicators.md#flops) [file](docs/nope.md) [anchor](docs/indicators.md#no-such)',
    '[self](#here) [url](https://example.com/x.md#y) `[code](docs/nope.md)`',
    '## Here',
  ].join('\n');
  assert.deepEqual(brokenLinks('README.md', md), [
    'README.md: docs/nope.md: no file docs/nope.md',
    'README.md: docs/indicators.md#no-such: no heading or <a id> "no-such" in docs/indicators.md',
  ]);
});

test('every relative link in README.md and docs/*.md reaches a file, and a heading where it names one', () => {
  const broken = DOCS.flatMap((file) => brokenLinks(file, read(file)));
  assert.deepEqual(broken, []);
});

test('docs/indicators.md and docs/measurement.md carry the anchor of every indicator', () => {
  // The indicator catalogue links to these: the key in kebab case, dots as hyphens.
  const statics = [
    'params',
    'params-per-use',
    'embedding-params',
    'non-embedding-params',
    'weight-bytes',
    'macs',
    'flops',
    'transcendentals',
    'int-ops',
    'bytes-accessed',
    'arithmetic-intensity',
    'peak-activation-bytes',
    'model-file-bytes',
    'nodes',
  ];
  const runtime = [
    'latency',
    'throughput',
    'cold-start',
    'first-run',
    'peak-rss',
    'achieved-flops-per-second',
  ];
  const missing = [
    ...statics
      .filter((a) => !anchorsOf(read('docs/indicators.md')).has(a))
      .map((a) => `indicators.md#${a}`),
    ...runtime
      .filter((a) => !anchorsOf(read('docs/measurement.md')).has(a))
      .map((a) => `measurement.md#${a}`),
  ];
  assert.deepEqual(missing, []);
});

// The team's design notes live outside the repository: a user who follows such a citation finds
// nothing. Names are matched in capitals, as the notes are spelt (docs/github.md is ours).
const PRIVATE_NOTES = /\b(?:MEASUREMENT|INDICATORS|GITHUB|ARCHITECTURE|STYLE)\.md\b/g;

function citations(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const full = join(ROOT, path);
    if (statSync(full).isDirectory()) {
      readdirSync(full).forEach((entry) => visit(join(path, entry)));
      return;
    }
    const bytes = readFileSync(full);
    if (bytes.includes(0)) return; // a model or another binary file
    bytes
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(PRIVATE_NOTES)) found.push(`${path}:${i + 1}: ${m[0]}`);
      });
  };
  paths.forEach(visit);
  return found;
}

test('the citation scan finds a private note by name, and not our own docs/github.md', () => {
  const line = 'see MEASUREMENT.md step 6 and docs/github.md';
  assert.deepEqual(
    [...line.matchAll(PRIVATE_NOTES)].map((m) => m[0]),
    ['MEASUREMENT.md'],
  );
});

test('README.md, docs/, examples/ and action.yml cite no private design note', () => {
  assert.deepEqual(citations(['README.md', 'docs', 'examples', 'action.yml']), []);
});

test('src/ cites no private design note', () => {
  assert.deepEqual(citations(['src']), []);
});

test('docs/configuration.md documents every config key, in its reference tables', () => {
  const doc = read('docs/configuration.md');
  const row = (key: string) =>
    new RegExp(`^\\|\\s*\`${key.replace(/[.[\]]/g, '\\$&')}\`\\s*\\|`, 'm');
  const missing = [
    ...TOP_KEYS.filter((k) => !row(k).test(doc)),
    ...MODEL_KEYS.map((k) => `models[].${k}`).filter((k) => !row(k).test(doc)),
  ];
  assert.deepEqual(missing, [], 'a table row "| `key` |" for each');
  // The keys of scenarios, inputs and commands are documented where their parent is.
  const words = [...SCENARIO_KEYS, ...INPUT_KEYS, ...COMMAND_KEYS].filter(
    (k) => !new RegExp(`\\b${k}\\b`).test(doc),
  );
  assert.deepEqual(words, []);
});

test('docs/configuration.md documents every gate key in its gate table', () => {
  const doc = read('docs/configuration.md');
  const gates = doc.slice(
    doc.indexOf('\n## Gates'),
    doc.indexOf('\n## ', doc.indexOf('\n## Gates') + 1),
  );
  const missing = GATE_KEYS.filter((k) => !gates.includes(`| \`${k}\``));
  assert.deepEqual(missing, []);
});

test('docs/github.md documents every input and output of action.yml', () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
  };
  const doc = read('docs/github.md');
  const names = [...Object.keys(action.inputs), ...Object.keys(action.outputs)];
  assert.ok(names.length >= 15, `action.yml has ${names.length} inputs and outputs`);
  const missing = names.filter((n) => !doc.includes(`| \`${n}\``));
  assert.deepEqual(missing, []);
});
