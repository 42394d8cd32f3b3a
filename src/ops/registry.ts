/**
 * The op registry: which rule shapes and costs each (domain, op type). TABLE below is the whole
 * list, one row per family file and domain: every op misnomer knows is named there, and an op
 * not named there is reported as uncounted. A rule serves every opset version of its op (where a
 * version changed the op, the rule branches on ctx.opset).
 *
 * Each family file exports a RuleTable whose keys are the op type for the default domain
 * (ai.onnx) and `domain/OpType` for the others (`com.microsoft/FusedMatMul`). Adding an op is a
 * rule in its family's table and its name in that family's row here: the registry is checked
 * against the files when it loads, so a rule left out of TABLE, a name with no rule, or one op
 * with two rules stops misnomer at once with the file and op named.
 */
import { normalizeDomain } from '../onnx/model.ts';
import { rules as activation } from './activation.ts';
import { rules as attentionMs } from './attention-ms.ts';
import { rules as attention } from './attention.ts';
import { rules as contrib } from './contrib.ts';
import { rules as controlFlow } from './control-flow.ts';
import { rules as conv } from './conv.ts';
import { rules as elementwise } from './elementwise.ts';
import { rules as image } from './image.ts';
import { rules as linalg } from './linalg.ts';
import { rules as loss } from './loss.ts';
import { rules as matmul } from './matmul.ts';
import { rules as movementIndex } from './movement-index.ts';
import { rules as movementPad } from './movement-pad.ts';
import { rules as movementSequence } from './movement-sequence.ts';
import { rules as movement } from './movement.ts';
import { rules as normalization } from './normalization.ts';
import { rules as pool } from './pool.ts';
import { rules as quantizedMs } from './quantized-ms.ts';
import { rules as quantized } from './quantized.ts';
import { rules as random } from './random.ts';
import { rules as reduce } from './reduce.ts';
import { rules as rnn } from './rnn.ts';
import { rules as shape } from './shape.ts';
import { rules as signal } from './signal.ts';
import { rules as text } from './text.ts';
import { rules as training } from './training.ts';
import type { OpRule, RuleTable } from './types.ts';

/** The family files by name (without `.ts`), as TABLE's first column names them. */
const FILES = {
  activation,
  attention,
  'attention-ms': attentionMs,
  contrib,
  'control-flow': controlFlow,
  conv,
  elementwise,
  image,
  linalg,
  loss,
  matmul,
  movement,
  'movement-index': movementIndex,
  'movement-pad': movementPad,
  'movement-sequence': movementSequence,
  normalization,
  pool,
  quantized,
  'quantized-ms': quantizedMs,
  random,
  reduce,
  rnn,
  shape,
  signal,
  text,
  training,
} satisfies Record<string, RuleTable>;

type Row = readonly [file: keyof typeof FILES, domain: string, opTypes: string];

/** Every op with a rule: the file that holds the rule, the op's domain, the op types. */
export const TABLE: readonly Row[] = [
  ['activation', 'ai.onnx', 'Relu LeakyRelu PRelu ThresholdedRelu Elu Selu Celu Sigmoid'],
  ['activation', 'ai.onnx', 'HardSigmoid HardSwish Tanh Softplus Softsign Gelu Mish Swish'],
  ['activation', 'ai.onnx', 'Shrink Dropout'],
  ['attention', 'ai.onnx', 'Attention RotaryEmbedding'],
  ['control-flow', 'ai.onnx', 'SequenceMap If Loop Scan'],
  ['conv', 'ai.onnx', 'Conv ConvTranspose DeformConv'],
  ['elementwise', 'ai.onnx', 'Add Sub Mul Div Mod Pow Max Min Sum Mean'],
  ['elementwise', 'ai.onnx', 'Neg Abs Sign Reciprocal Floor Ceil Round'],
  ['elementwise', 'ai.onnx', 'Sqrt Exp Log Erf Sin Cos Tan Asin Acos Atan'],
  ['elementwise', 'ai.onnx', 'Sinh Cosh Asinh Acosh Atanh IsNaN IsInf'],
  ['elementwise', 'ai.onnx', 'Equal Less Greater LessOrEqual GreaterOrEqual'],
  ['elementwise', 'ai.onnx', 'And Or Xor Not BitShift BitwiseAnd BitwiseOr BitwiseXor'],
  ['elementwise', 'ai.onnx', 'BitwiseNot Where Clip'],
  ['image', 'ai.onnx', 'Resize Upsample GridSample RoiAlign NonMaxSuppression'],
  ['image', 'ai.onnx', 'AffineGrid CenterCropPad Col2Im'],
  ['linalg', 'ai.onnx', 'Det'],
  ['loss', 'ai.onnx', 'NegativeLogLikelihoodLoss SoftmaxCrossEntropyLoss'],
  ['matmul', 'ai.onnx', 'MatMul Gemm Einsum'],
  ['movement', 'ai.onnx', 'Transpose Concat Split Slice Expand Tile Trilu'],
  ['movement', 'ai.onnx', 'DepthToSpace SpaceToDepth ReverseSequence'],
  ['movement-index', 'ai.onnx', 'Gather GatherElements GatherND'],
  ['movement-index', 'ai.onnx', 'Scatter ScatterElements ScatterND'],
  ['movement-index', 'ai.onnx', 'OneHot NonZero Compress Unique'],
  ['movement-pad', 'ai.onnx', 'Pad'],
  ['movement-sequence', 'ai.onnx', 'SequenceEmpty SequenceConstruct SequenceInsert'],
  ['movement-sequence', 'ai.onnx', 'SequenceErase SequenceAt SequenceLength'],
  ['movement-sequence', 'ai.onnx', 'SplitToSequence ConcatFromSequence'],
  ['normalization', 'ai.onnx', 'BatchNormalization LayerNormalization RMSNormalization'],
  ['normalization', 'ai.onnx', 'InstanceNormalization GroupNormalization LpNormalization'],
  ['normalization', 'ai.onnx', 'LRN MeanVarianceNormalization Softmax LogSoftmax Hardmax'],
  ['normalization', 'ai.onnx', 'SimplifiedLayerNormalization'],
  ['pool', 'ai.onnx', 'MaxPool AveragePool LpPool MaxUnpool'],
  ['pool', 'ai.onnx', 'GlobalAveragePool GlobalMaxPool GlobalLpPool'],
  ['quantized', 'ai.onnx', 'QuantizeLinear DequantizeLinear DynamicQuantizeLinear'],
  ['quantized', 'ai.onnx', 'QLinearConv ConvInteger QLinearMatMul MatMulInteger'],
  ['random', 'ai.onnx', 'RandomNormal RandomUniform RandomNormalLike RandomUniformLike'],
  ['random', 'ai.onnx', 'Bernoulli Multinomial'],
  ['reduce', 'ai.onnx', 'ReduceSum ReduceProd ReduceMax ReduceMin ReduceMean'],
  ['reduce', 'ai.onnx', 'ReduceL1 ReduceL2 ReduceSumSquare ReduceLogSum ReduceLogSumExp'],
  ['reduce', 'ai.onnx', 'ArgMax ArgMin CumSum TopK'],
  ['rnn', 'ai.onnx', 'LSTM GRU RNN'],
  ['shape', 'ai.onnx', 'Constant ConstantOfShape Shape Size Reshape Flatten'],
  ['shape', 'ai.onnx', 'Squeeze Unsqueeze Identity Cast CastLike Range EyeLike'],
  ['shape', 'ai.onnx', 'Optional OptionalHasElement OptionalGetElement'],
  ['signal', 'ai.onnx', 'DFT STFT HannWindow HammingWindow BlackmanWindow MelWeightMatrix'],
  ['text', 'ai.onnx', 'StringNormalizer TfIdfVectorizer'],
  ['training', 'ai.onnx.preview.training', 'Adagrad Momentum Adam Gradient'],

  ['activation', 'com.microsoft', 'Gelu QuickGelu BiasGelu FastGelu BiasAdd'],
  ['attention', 'com.microsoft', 'RotaryEmbedding'],
  ['attention-ms', 'com.microsoft', 'Attention MultiHeadAttention GroupQueryAttention'],
  ['contrib', 'com.microsoft', 'BiasSoftmax BiasDropout BiasSplitGelu NhwcConv Trilu'],
  ['contrib', 'com.microsoft', 'GroupNorm SkipGroupNorm'],
  ['conv', 'com.microsoft', 'FusedConv'],
  ['matmul', 'com.microsoft', 'FusedMatMul TransposeMatMul FusedGemm GemmFastGelu'],
  ['normalization', 'com.microsoft', 'SimplifiedLayerNormalization SkipLayerNormalization'],
  ['normalization', 'com.microsoft', 'SkipSimplifiedLayerNormalization EmbedLayerNormalization'],
  ['quantized', 'com.microsoft', 'QuantizeLinear DequantizeLinear QGemm MatMulNBits'],
  ['quantized', 'com.microsoft', 'MatMulIntegerToFloat DynamicQuantizeMatMul'],
  ['quantized-ms', 'com.microsoft', 'GatherBlockQuantized QLinearAdd QLinearMul QLinearConcat'],
  ['quantized-ms', 'com.microsoft', 'QLinearSigmoid QLinearLeakyRelu'],
  ['quantized-ms', 'com.microsoft', 'QLinearAveragePool QLinearGlobalAveragePool'],
];

/** The key of an op in the family tables and in the registry. */
const keyOf = (domain: string, opType: string): string => {
  const d = normalizeDomain(domain);
  return d ? `${d}/${opType}` : opType;
};

/**
 * The rows of `table` as (key -> rule), checked against `files` both ways: every name has a
 * rule in its file, every rule of every file is named once, in its own file's row.
 */
export function buildRegistry(
  files: Readonly<Record<string, RuleTable>>,
  table: readonly (readonly [file: string, domain: string, opTypes: string])[],
): Map<string, OpRule> {
  const registry = new Map<string, OpRule>();
  const fileOf = new Map<string, string>();
  for (const [file, domain, opTypes] of table) {
    const rules = files[file];
    for (const opType of opTypes.split(' ')) {
      const key = keyOf(domain, opType);
      if (!Object.hasOwn(rules, key)) {
        throw new Error(`op registry: ${file}.ts has no rule for ${key}`);
      }
      if (registry.has(key)) {
        throw new Error(`op registry: ${key} is listed twice (${fileOf.get(key)}.ts, ${file}.ts)`);
      }
      registry.set(key, rules[key]);
      fileOf.set(key, file);
    }
  }
  for (const [file, rules] of Object.entries(files)) {
    for (const key of Object.keys(rules)) {
      if (!registry.has(key)) {
        throw new Error(`op registry: the rule for ${key} in ${file}.ts is not listed in TABLE`);
      }
      if (fileOf.get(key) !== file) {
        throw new Error(`op registry: ${key} has a rule in ${fileOf.get(key)}.ts and ${file}.ts`);
      }
    }
  }
  return registry;
}

const registry = buildRegistry(FILES, TABLE);

/** The rule for an op, or undefined when misnomer does not know it (it is then "uncounted"). */
export function findRule(domain: string, opType: string): OpRule | undefined {
  return registry.get(keyOf(domain, opType));
}

/** Every registered key, sorted. */
export const registeredOps = (): string[] => [...registry.keys()].sort();
