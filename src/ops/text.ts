/**
 * Text ops: StringNormalizer (opset 10) and TfIdfVectorizer (opset 9).
 *
 * - StringNormalizer: X is strings [C] or [1, C]; Y has X's rank. Without stopwords Y has X's
 *   shape; removing stopwords makes C data-dependent (a symbol; ONNX keeps one empty string when
 *   every string is removed). No arithmetic is counted: case folding and matching are string
 *   work, not numeric operations.
 * - TfIdfVectorizer: X is int32, int64 or strings, [L] or [N, L]; Y is float [C] or [N, C] with C
 *   = max(ngram_indexes) + 1. Counting convention: 1 intOp per candidate n-gram looked up in the
 *   pool: for each n from min_gram_length to max_gram_length and each skip s from 0 to
 *   max_skip_count (unigrams once, skips do not apply to them), the L - (n - 1)(s + 1) windows
 *   that fit in a row, per row; mode TFIDF adds 1 flop (the weight multiply) per output element.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { freshDim } from './shape-util.ts';
import type { OpRule, RuleTable } from './types.ts';
import { fmtShape, numel } from './util.ts';

const stringNormalizer: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const r = x.shape.length;
    if (r !== 1 && !(r === 2 && (x.shape[0] === 1 || typeof x.shape[0] === 'string'))) {
      ctx.fail(`StringNormalizer needs [C] or [1, C], got ${fmtShape(x.shape)}`);
    }
    const stopwords = ctx.attrs.strings('stopwords', []);
    if (stopwords.length === 0) return [{ dtype: x.dtype, shape: x.shape }];
    const shape: Dim[] = x.shape.slice();
    shape[r - 1] = freshDim(ctx, 'kept');
    return [{ dtype: x.dtype, shape }];
  },
};

/** Candidate n-grams in a row of length `l` (see the file comment). */
function ngramWindows(l: number, minN: number, maxN: number, maxSkip: number): number {
  let windows = 0;
  for (let n = Math.max(minN, 1); n <= maxN; n++) {
    const skips = n === 1 ? 0 : maxSkip;
    for (let s = 0; s <= skips; s++) windows += Math.max(0, l - (n - 1) * (s + 1));
  }
  return windows;
}

const tfIdfVectorizer: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    if (x.shape.length !== 1 && x.shape.length !== 2) {
      ctx.fail(`TfIdfVectorizer needs [L] or [N, L], got ${fmtShape(x.shape)}`);
    }
    const indexes = ctx.attrs.ints('ngram_indexes');
    const c = indexes.length ? Math.max(...indexes) + 1 : 0;
    const shape = x.shape.length === 2 ? [x.shape[0], c] : [c];
    return [{ dtype: DataType.FLOAT, shape }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const l = x.shape[x.shape.length - 1];
    const rows = x.shape.length === 2 ? x.shape[0] : 1;
    const a = ctx.attrs;
    const windows =
      typeof l === 'number'
        ? ngramWindows(
            l,
            a.int('min_gram_length'),
            a.int('max_gram_length'),
            a.int('max_skip_count'),
          )
        : NaN;
    const weighted = a.string('mode') === 'TFIDF';
    return {
      intOps: (typeof rows === 'number' ? rows : NaN) * windows,
      flops: weighted ? numel(outputs[0].shape) : 0,
    };
  },
};

export const rules: RuleTable = {
  StringNormalizer: stringNormalizer,
  TfIdfVectorizer: tfIdfVectorizer,
};
