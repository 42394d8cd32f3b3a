import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DataType,
  bindDeclaredDim,
  bindInputs,
  byteSize,
  dtypeFromName,
  dtypeName,
  isFloat,
  isQuantizedInt
} from "./cli-chunk-QJ3TDFTY.js";
import {
  COUNTING_RULES_VERSION,
  TOOL_VERSION
} from "./cli-chunk-L6VXWUZG.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// src/onnx/model.ts
var normalizeDomain = (domain) => domain === "ai.onnx" ? "" : domain;

// src/ops/float-util.ts
function roundToDtype(x, dtype) {
  if (dtype === DataType.FLOAT) return Math.fround(x);
  if (dtype === DataType.FLOAT16) return toFloat16(x);
  if (dtype === DataType.BFLOAT16) return toBfloat16(x);
  return x;
}
function roundEven(v) {
  const f = Math.floor(v);
  const d = v - f;
  if (d !== 0.5) return d < 0.5 ? f : f + 1;
  return f % 2 === 0 ? f : f + 1;
}
var F16_OVERFLOW = 65520;
var F16_MIN_NORMAL = 2 ** -14;
function toFloat16(x) {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= F16_OVERFLOW) return Math.sign(x) * Infinity;
  let quantum = 2 ** -24;
  if (a >= F16_MIN_NORMAL) {
    let e = Math.floor(Math.log2(a));
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    quantum = 2 ** (e - 10);
  }
  return Math.sign(x) * roundEven(a / quantum) * quantum;
}
var scratch = new DataView(new ArrayBuffer(4));
function toBfloat16(x) {
  if (Number.isNaN(x)) return x;
  scratch.setFloat32(0, x);
  const u = scratch.getUint32(0);
  const rounded = u + 32767 + (u >>> 16 & 1) & 4294901760;
  scratch.setUint32(0, rounded >>> 0);
  return scratch.getFloat32(0);
}

// src/ops/util.ts
function numel(shape) {
  if (!shape) return NaN;
  let n = 1;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== "number") return NaN;
    n *= d;
  }
  return n;
}
var product = (xs) => xs.reduce((a, b) => a * b, 1);
function broadcast(ctx, shapes) {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out = [];
  for (let i = 0; i < rank; i++) {
    let dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i];
      if (d === void 0 || d === 1) continue;
      if (dim === 1) dim = d;
      else if (dim !== d) {
        if (typeof dim === "string" && typeof d === "number") dim = d;
        else if (typeof dim === "number" && typeof d === "number") {
          ctx.fail(`cannot broadcast shapes ${shapes.map(fmtShape).join(" and ")}`);
        }
      }
    }
    out.push(dim);
  }
  return out;
}
var fmtShape = (s) => s ? `[${s.join(", ")}]` : "[?]";
function axis(ctx, a, rank) {
  const r = a < 0 ? a + rank : a;
  if (r < 0 || r >= rank) ctx.fail(`axis ${a} is out of range for rank ${rank}`);
  return r;
}
var MAX_FOLD_ELEMENTS = 1 << 16;
var DEFER_FOLD_ELEMENTS = 1 << 10;
function folded(elements, compute) {
  if (elements <= DEFER_FOLD_ELEMENTS) {
    const value = compute();
    return value ? { value } : {};
  }
  return { deferred: compute };
}
function valueOf(v) {
  if (v.value === void 0 && v.lazy) {
    v.value = v.lazy();
    v.lazy = void 0;
  }
  if (v.value === void 0 && v.deferred) {
    v.value = v.deferred();
    v.deferred = void 0;
  }
  return v.value;
}
function foldedValueOf(v) {
  if (v.value === void 0 && v.deferred) {
    v.value = v.deferred();
    v.deferred = void 0;
  }
  return v.value;
}
function strides(shape) {
  const s = new Array(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}
var isStatic = (s) => !!s && s.every((d) => typeof d === "number");
function tensorBytes(v) {
  if (!v) return 0;
  return v.kind ? NaN : byteSize(v.dtype, numel(v.shape));
}

// src/ops/elementwise-util.ts
var BOOL = 9;
function costOf(dtype, elements, per) {
  const t = per.transcendentals ?? 0;
  if (!isFloat(dtype)) return { intOps: (per.flops + t) * elements };
  return { flops: per.flops * elements, transcendentals: t * elements };
}
var isIntegral = (dtype) => !isFloat(dtype);
function foldBroadcast(ctx, indices, outShape, dtype, f, eager = false) {
  if (!isStatic(outShape) || numel(outShape) > MAX_FOLD_ELEMENTS) return {};
  const compute = () => broadcastValues(ctx, indices, outShape, dtype, f);
  if (eager) {
    const value = compute();
    return value ? { value } : {};
  }
  const maybe = indices.every((i) => {
    const v = ctx.inputs[i];
    return v && (v.value !== void 0 || v.lazy || v.deferred);
  });
  return maybe ? folded(numel(outShape), compute) : {};
}
function broadcastValues(ctx, indices, outShape, dtype, f) {
  const sources = [];
  for (const i of indices) {
    const v = ctx.inputs[i];
    const values = ctx.constant(i);
    if (!v || !values || !isStatic(v.shape) || values.length !== numel(v.shape)) return void 0;
    sources.push({ values, strides: broadcastStrides(v.shape, outShape) });
  }
  const total = product(outShape);
  const rank = outShape.length;
  const n = sources.length;
  const out = new Array(total);
  const args = new Array(n);
  const idx = new Array(rank).fill(0);
  const offsets = new Array(n).fill(0);
  for (let flat = 0; flat < total; flat++) {
    for (let k = 0; k < n; k++) args[k] = sources[k].values[offsets[k]];
    out[flat] = roundToDtype(f(args), dtype);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        for (let k = 0; k < n; k++) offsets[k] += sources[k].strides[d];
        break;
      }
      idx[d] = 0;
      for (let k = 0; k < n; k++) offsets[k] -= sources[k].strides[d] * (outShape[d] - 1);
    }
  }
  return out;
}
function broadcastStrides(shape, out) {
  const own = strides(shape);
  const lead = out.length - shape.length;
  return out.map((_, d) => d < lead || shape[d - lead] === 1 ? 0 : own[d - lead]);
}
function broadcastInputs(ctx, indices) {
  return broadcast(
    ctx,
    indices.map((i) => ctx.input(i).shape)
  );
}
function withValue(dtype, shape, contents) {
  return { dtype, shape, ...contents };
}
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function divide(a, b, integral) {
  if (!integral) return a / b;
  if (b === 0) return 0;
  return Math.trunc(a / b);
}
function modulo(a, b, fmod) {
  if (b === 0) return fmod ? NaN : 0;
  const r = a % b;
  if (fmod) return r;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

// src/ops/activation.ts
function activation(per, fold2) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const value = fold2 && foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => fold2(v));
      return [withValue(x.dtype, x.shape, value)];
    },
    cost(ctx, outputs) {
      const p = typeof per === "function" ? per(ctx) : per;
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), p);
    }
  };
}
function withOperands(per) {
  const base = activation(per);
  return {
    ...base,
    infer(ctx) {
      const x = ctx.input(0);
      const others = ctx.inputs.flatMap((v, i) => v && i > 0 ? [ctx.input(i).shape] : []);
      const shape = broadcast(ctx, [x.shape, ...others]);
      if (!sameShape(shape, x.shape)) {
        ctx.fail(
          `${ctx.node.opType}: inputs ${others.map(fmtShape).join(", ")} must broadcast to input 0 ${fmtShape(x.shape)}`
        );
      }
      return [{ dtype: x.dtype, shape: x.shape }];
    }
  };
}
var sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);
var ACTIVATION_COST = {
  Relu: { flops: 1 },
  LeakyRelu: { flops: 1 },
  PRelu: { flops: 1 },
  ThresholdedRelu: { flops: 1 },
  Elu: { flops: 3, transcendentals: 1 },
  Selu: { flops: 4, transcendentals: 1 },
  Celu: { flops: 6, transcendentals: 1 },
  Sigmoid: { flops: 2, transcendentals: 1 },
  HardSigmoid: { flops: 4 },
  HardSwish: { flops: 5 },
  Tanh: { flops: 0, transcendentals: 1 },
  Softplus: { flops: 1, transcendentals: 2 },
  Softsign: { flops: 3 },
  Mish: { flops: 2, transcendentals: 3 },
  Shrink: { flops: 3 }
};
var GELU_ERF = { flops: 4, transcendentals: 1 };
var GELU_TANH = { flops: 8, transcendentals: 1 };
var X_SIGMOID = { flops: 4, transcendentals: 1 };
function gelu(ctx) {
  const approximate = ctx.attrs.string("approximate", "none");
  if (approximate === "none") return GELU_ERF;
  if (approximate === "tanh") return GELU_TANH;
  return ctx.fail(`Gelu: unknown approximate "${approximate}" (expected none or tanh)`);
}
var dropout = {
  infer(ctx) {
    const x = ctx.input(0);
    if (ctx.opset >= 12 && ctx.inputs[2] && ctx.constant(2)?.[0]) {
      ctx.note("Dropout: training_mode is true; costed as inference (identity)");
    }
    const maskDtype = ctx.opset < 10 ? x.dtype : BOOL;
    return [
      { dtype: x.dtype, shape: x.shape },
      { dtype: maskDtype, shape: x.shape }
    ];
  },
  bytes(ctx, outputs) {
    if (!ctx.node.outputs[1]) return 0;
    return tensorBytes(outputs[1]);
  },
  metaInputs: [1, 2]
};
var preluBroadcast = withOperands(ACTIVATION_COST.PRelu);
var prelu = {
  ...preluBroadcast,
  infer(ctx) {
    if (ctx.opset >= 7) return preluBroadcast.infer(ctx);
    const x = ctx.input(0);
    const slope = ctx.input(1).shape;
    const n = slope.length === 1 ? slope[0] : void 0;
    const fits2 = n !== void 0 && (n === 1 || n === x.shape[1] || typeof n === "string");
    if (!fits2 && numel(slope) !== 1) {
      ctx.fail(
        `PRelu (opset ${ctx.opset}): the slope ${fmtShape(slope)} must be per channel (${x.shape[1] ?? "?"} values along axis 1 of ${fmtShape(x.shape)}) or one value`
      );
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  }
};
var biasAdd = {
  ...withOperands({ flops: 2 }),
  infer(ctx) {
    const x = ctx.input(0);
    const bias = ctx.input(1).shape;
    const skip = ctx.input(2).shape;
    const c = x.shape[x.shape.length - 1];
    if (x.shape.length !== 3 || bias.length !== 1 || typeof c === "number" && bias[0] !== c) {
      ctx.fail(
        `BiasAdd: expected X [N, S, C] and bias [C], got ${fmtShape(x.shape)} and ${fmtShape(bias)}`
      );
    }
    if (!sameShape(broadcast(ctx, [x.shape, skip]), x.shape)) {
      ctx.fail(`BiasAdd: skip ${fmtShape(skip)} must match X ${fmtShape(x.shape)}`);
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  }
};
var rules = {
  Relu: activation(ACTIVATION_COST.Relu, (x) => Math.max(x, 0)),
  LeakyRelu: activation(ACTIVATION_COST.LeakyRelu),
  PRelu: prelu,
  ThresholdedRelu: activation(ACTIVATION_COST.ThresholdedRelu),
  Elu: activation(ACTIVATION_COST.Elu),
  Selu: activation(ACTIVATION_COST.Selu),
  Celu: activation(ACTIVATION_COST.Celu),
  Sigmoid: activation(ACTIVATION_COST.Sigmoid),
  HardSigmoid: activation(ACTIVATION_COST.HardSigmoid),
  HardSwish: activation(ACTIVATION_COST.HardSwish),
  Tanh: activation(ACTIVATION_COST.Tanh),
  Softplus: activation(ACTIVATION_COST.Softplus),
  Softsign: activation(ACTIVATION_COST.Softsign),
  Gelu: activation(gelu),
  Mish: activation(ACTIVATION_COST.Mish),
  Swish: activation(X_SIGMOID),
  Shrink: activation(ACTIVATION_COST.Shrink),
  Dropout: dropout,
  "com.microsoft/Gelu": activation(GELU_ERF),
  "com.microsoft/QuickGelu": activation(X_SIGMOID),
  "com.microsoft/BiasGelu": withOperands({ flops: GELU_ERF.flops + 1, transcendentals: 1 }),
  "com.microsoft/FastGelu": withOperands((ctx) => ({
    flops: GELU_TANH.flops + (ctx.inputs[1] ? 1 : 0),
    transcendentals: 1
  })),
  "com.microsoft/BiasAdd": biasAdd
};

// src/ops/attention-util.ts
var SCALE_FLOPS = 1;
var SOFTMAX_FLOPS = 4;
var SOFTCAP_FLOPS = 2;
var ROTARY_FLOPS = 3;
var CAUSAL_NOTE = "causal masking is not discounted: every Sq x Sk score is counted, masked or not";
var num = (d) => typeof d === "number" ? d : NaN;
function coreCost(c) {
  const scores = numel([c.batch, c.heads, c.sq, c.sk]);
  const macs = scores * (num(c.dqk) + num(c.dv));
  const perScore = SCALE_FLOPS + SOFTMAX_FLOPS + c.scoreAdds + (c.softcap ? SOFTCAP_FLOPS : 0);
  return {
    macs,
    flops: 2 * macs + scores * perScore,
    transcendentals: scores * (1 + (c.softcap ? 1 : 0)),
    intOps: 0
  };
}
var rotaryFlops = (rotated) => ROTARY_FLOPS * rotated;
function sumCosts(...costs) {
  const out = { macs: 0, flops: 0, transcendentals: 0, intOps: 0 };
  for (const c of costs) {
    out.macs += c.macs ?? 0;
    out.flops += c.flops ?? 0;
    out.transcendentals += c.transcendentals ?? 0;
    out.intOps += c.intOps ?? 0;
  }
  return out;
}
function dimMul(ctx, a, b) {
  if (typeof a === "number" && typeof b === "number") return a * b;
  if (a === 1) return b;
  if (b === 1) return a;
  return ctx.symbol(`${ctx.node.name}:${a}*${b}`);
}
function dimAdd(ctx, a, b) {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  return ctx.symbol(`${ctx.node.name}:${a}+${b}`);
}
function dimDiv(ctx, a, b, what) {
  if (!(b > 0)) ctx.fail(`${what}: the divisor ${b} must be positive`);
  if (typeof a !== "number") return ctx.symbol(`${ctx.node.name}:${a}/${b}`);
  if (a % b !== 0) ctx.fail(`${what}: ${a} is not divisible by ${b}`);
  return a / b;
}
function same(ctx, a, b, what) {
  if (typeof a === "number" && typeof b === "number" && a !== b) {
    ctx.fail(`${what}: ${a} and ${b} differ`);
  }
}
function ranked(ctx, i, ranks, name) {
  const v = ctx.input(i);
  if (!ranks.includes(v.shape.length)) {
    ctx.fail(`${name} ${fmtShape(v.shape)} must have rank ${ranks.join(" or ")}`);
  }
  return v;
}
function optional(ctx, i, ranks, name) {
  return ctx.inputs[i] ? ranked(ctx, i, ranks, name) : void 0;
}
function rotaryDim(ctx, cosIndex, head) {
  const attr = ctx.attrs.int("rotary_embedding_dim", 0);
  if (attr > 0) return attr;
  const cos = ctx.inputs[cosIndex]?.shape;
  const half = cos?.[cos.length - 1];
  return typeof half === "number" ? 2 * half : head;
}

// src/ops/attention-ms.ts
var SHARED_BUFFER_NOTE = "past and present share one KV buffer: the attended length is the buffer length (an upper bound)";
function msAttentionGeometry(ctx) {
  const x = ranked(ctx, 0, [3], "input").shape;
  const w = ranked(ctx, 1, [2], "weights").shape;
  same(ctx, w[0], x[2], `input ${fmtShape(x)} hidden vs weights ${fmtShape(w)} rows`);
  const heads = ctx.attrs.int("num_heads");
  let sizes = ctx.attrs.ints("qkv_hidden_sizes", []);
  if (sizes.length === 0) {
    if (typeof w[1] !== "number") ctx.fail(`weights ${fmtShape(w)} need a static width`);
    const each = dimDiv(ctx, w[1], 3, `weights ${fmtShape(w)} width into Q, K, V`);
    sizes = [each, each, each];
  } else if (sizes.length !== 3) {
    ctx.fail(`qkv_hidden_sizes ${fmtShape(sizes)} must have 3 values`);
  }
  same(ctx, w[1], sizes[0] + sizes[1] + sizes[2], `weights ${fmtShape(w)} width vs qkv sizes`);
  if (sizes[0] !== sizes[1]) ctx.fail(`Q and K hidden sizes ${sizes[0]}, ${sizes[1]} differ`);
  const past = optional(ctx, 4, [5], "past")?.shape;
  const shared = !!past && !!ctx.attrs.int("past_present_share_buffer", 0);
  return {
    batch: x[0],
    seq: x[1],
    inHidden: x[2],
    sizes,
    heads,
    sq: x[1],
    sk: !past ? x[1] : shared ? past[3] : dimAdd(ctx, past[3], x[1]),
    dqk: dimDiv(ctx, sizes[0], heads, `Q hidden ${sizes[0]} into ${heads} heads`),
    dv: dimDiv(ctx, sizes[2], heads, `V hidden ${sizes[2]} into ${heads} heads`),
    scoreAdds: (ctx.inputs[3] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false
  };
}
function mhaGeometry(ctx) {
  const heads = ctx.attrs.int("num_heads");
  const q = ranked(ctx, 0, [3, 5], "query").shape;
  const key2 = optional(ctx, 1, [3, 4, 5], "key")?.shape;
  const value = optional(ctx, 2, [3, 4], "value")?.shape;
  let dqk, dv, newKeys;
  if (q.length === 5) {
    same(ctx, q[2], heads, `packed query ${fmtShape(q)} heads vs num_heads`);
    same(ctx, q[3], 3, `packed query ${fmtShape(q)} must hold Q, K, V in dim 3`);
    [dqk, dv, newKeys] = [q[4], q[4], q[1]];
  } else {
    dqk = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    if (!key2) ctx.fail(`key is missing (needed unless query ${fmtShape(q)} is packed QKV)`);
    if (key2.length === 5) {
      same(ctx, key2[3], 2, `packed key ${fmtShape(key2)} must hold K, V in dim 3`);
      [dv, newKeys] = [key2[4], key2[1]];
    } else {
      if (!value || value.length !== key2.length) {
        ctx.fail(`value ${fmtShape(value)} must have the rank of key ${fmtShape(key2)}`);
      }
      const k = key2.length === 4;
      newKeys = k ? key2[2] : key2[1];
      same(ctx, k ? key2[3] : dimDiv(ctx, key2[2], heads, "key into heads"), dqk, "Dqk of key");
      dv = k ? value[3] : dimDiv(ctx, value[2], heads, `value ${fmtShape(value)} into heads`);
    }
  }
  const past = optional(ctx, 6, [4], "past_key")?.shape;
  const shared = !!past && !!ctx.inputs[8];
  const projected = [q, key2, value].filter((s) => !!s && s.length !== 4);
  return {
    batch: q[0],
    heads,
    sq: q[1],
    sk: !past ? newKeys : shared ? past[2] : dimAdd(ctx, past[2], newKeys),
    dqk,
    dv,
    scoreAdds: (ctx.inputs[4] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false,
    biased: ctx.inputs[3] ? projected.reduce((n, s) => n + numel(s), 0) : 0
  };
}
function gqaGeometry(ctx) {
  const heads = ctx.attrs.int("num_heads");
  const kvHeads = ctx.attrs.int("kv_num_heads");
  if (heads % kvHeads !== 0) ctx.fail(`num_heads ${heads} is not a multiple of ${kvHeads}`);
  const q = ranked(ctx, 0, [3], "query").shape;
  const key2 = optional(ctx, 1, [3], "key")?.shape;
  let d;
  if (key2) {
    d = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, key2[2], kvHeads, `key ${fmtShape(key2)} into heads`), d, "key head");
  } else {
    d = dimDiv(ctx, q[2], heads + 2 * kvHeads, `packed QKV ${fmtShape(q)} into heads`);
  }
  const past = optional(ctx, 3, [4], "past_key")?.shape;
  const pastLen = past ? past[2] : 0;
  const total = ctx.constant(6);
  let sk, present2;
  if (total && total.length === 1) {
    sk = total[0];
    present2 = typeof pastLen === "number" ? Math.max(pastLen, total[0]) : total[0];
  } else {
    sk = present2 = dimAdd(ctx, pastLen, q[1]);
  }
  return {
    batch: q[0],
    seq: q[1],
    heads,
    kvHeads,
    sq: q[1],
    sk,
    present: present2,
    dqk: d,
    dv: d,
    scoreAdds: ctx.inputs[10] ? 1 : 0,
    softcap: ctx.attrs.float("softcap", 0) > 0
  };
}
var rules2 = {
  "com.microsoft/Attention": {
    infer(ctx) {
      const g = msAttentionGeometry(ctx);
      if (ctx.attrs.int("unidirectional", 0)) ctx.note(CAUSAL_NOTE);
      if (g.sk !== g.sq && ctx.attrs.int("past_present_share_buffer", 0)) {
        ctx.note(SHARED_BUFFER_NOTE);
      }
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.seq, g.sizes[2]] },
        { dtype, shape: [2, g.batch, g.heads, g.sk, g.dqk] }
      ];
    },
    cost(ctx) {
      const g = msAttentionGeometry(ctx);
      const width = g.sizes[0] + g.sizes[1] + g.sizes[2];
      const tokens2 = numel([g.batch, g.seq]);
      const projMacs = tokens2 * numel([g.inHidden]) * width;
      const rotary = ctx.attrs.int("do_rotary", 0) ? rotaryFlops(tokens2 * 2 * g.heads * numel([rotaryDim(ctx, -1, g.dqk)])) : 0;
      return sumCosts(coreCost(g), {
        macs: projMacs,
        flops: 2 * projMacs + (ctx.inputs[2] ? tokens2 * width : 0) + rotary
      });
    },
    metaInputs: [3, 6]
  },
  "com.microsoft/MultiHeadAttention": {
    infer(ctx) {
      const g = mhaGeometry(ctx);
      if (ctx.attrs.int("unidirectional", 0)) ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[6] && ctx.inputs[8]) ctx.note(SHARED_BUFFER_NOTE);
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost(ctx) {
      const g = mhaGeometry(ctx);
      return sumCosts(coreCost(g), { flops: g.biased });
    },
    metaInputs: [4, 8, 9]
  },
  "com.microsoft/GroupQueryAttention": {
    infer(ctx) {
      const g = gqaGeometry(ctx);
      ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[3] && !ctx.constant(6)) {
        ctx.note(
          "total_sequence_length is not a constant: Sk is taken as past + new (an upper bound when past and present share one KV buffer)"
        );
      }
      if (ctx.attrs.int("local_window_size", -1) > 0) {
        ctx.note("the local attention window is not discounted either");
      }
      const dtype = ctx.input(0).dtype;
      const kvType = ctx.inputs[3]?.dtype ?? dtype;
      return [
        { dtype, shape: [g.batch, g.seq, dimMul(ctx, g.heads, g.dqk)] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dqk] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost(ctx) {
      const g = gqaGeometry(ctx);
      const rotated = ctx.attrs.int("do_rotary", 0) ? numel([g.batch, g.seq]) * (g.heads + g.kvHeads) * numel([rotaryDim(ctx, 7, g.dqk)]) : 0;
      return sumCosts(coreCost(g), { flops: rotaryFlops(rotated) });
    },
    // seqlens_k, total_sequence_length, the cos / sin caches (tables computed from positions,
    // not learned) and position_ids.
    metaInputs: [5, 6, 7, 8, 9]
  }
};

// src/ops/attention.ts
function onnxGeometry(ctx) {
  const q = ranked(ctx, 0, [3, 4], "Q").shape;
  const k = ranked(ctx, 1, [q.length], "K (same rank as Q)").shape;
  const v = ranked(ctx, 2, [q.length], "V (same rank as Q)").shape;
  let heads, kvHeads, dqk, dv;
  if (q.length === 4) {
    [heads, kvHeads, dqk, dv] = [q[1], k[1], q[3], v[3]];
    same(ctx, k[3], dqk, `head sizes of Q ${fmtShape(q)} and K ${fmtShape(k)}`);
    same(ctx, v[1], kvHeads, `kv heads of K ${fmtShape(k)} and V ${fmtShape(v)}`);
  } else {
    if (!ctx.attrs.has("q_num_heads") || !ctx.attrs.has("kv_num_heads")) {
      ctx.fail("3-D Q, K, V need the q_num_heads and kv_num_heads attributes");
    }
    heads = ctx.attrs.int("q_num_heads");
    kvHeads = ctx.attrs.int("kv_num_heads");
    dqk = dimDiv(ctx, q[2], heads, `Q ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, k[2], kvHeads, `K ${fmtShape(k)} into ${kvHeads} heads`), dqk, "Dqk");
    dv = dimDiv(ctx, v[2], kvHeads, `V ${fmtShape(v)} into ${kvHeads} heads`);
  }
  const newKeys = q.length === 4 ? k[2] : k[1];
  same(ctx, v[q.length === 4 ? 2 : 1], newKeys, `key lengths of K ${fmtShape(k)} and V`);
  if (typeof heads === "number" && typeof kvHeads === "number" && heads % kvHeads !== 0) {
    ctx.fail(`${heads} query heads are not a multiple of ${kvHeads} kv heads`);
  }
  const past = optional(ctx, 4, [4], "past_key")?.shape;
  const sk = past ? dimAdd(ctx, past[2], newKeys) : newKeys;
  return {
    rank: q.length,
    batch: q[0],
    heads,
    kvHeads,
    sq: q.length === 4 ? q[2] : q[1],
    sk,
    dqk,
    dv,
    scoreAdds: ctx.inputs[3] ? 1 : 0,
    softcap: ctx.attrs.float("softcap", 0) > 0
  };
}
function rotaryHead(ctx, x, cosIndex) {
  if (x.length === 4) return x[3];
  const heads = ctx.attrs.int("num_heads", 0);
  if (heads > 0) return dimDiv(ctx, x[2], heads, `hidden ${fmtShape(x)} into ${heads} heads`);
  return rotaryDim(ctx, cosIndex, x[2]);
}
function rotaryRule(cosIndex, metaInputs) {
  const widths = (ctx, x) => {
    const head = rotaryHead(ctx, x, cosIndex);
    const rd = rotaryDim(ctx, cosIndex, head);
    if (typeof rd === "number" && typeof head === "number" && rd > head) {
      ctx.fail(`rotary width ${rd} exceeds the head size ${head} of input ${fmtShape(x)}`);
    }
    return [head, rd];
  };
  return {
    infer(ctx) {
      const x = ranked(ctx, 0, [3, 4], "input");
      widths(ctx, x.shape);
      return [{ dtype: x.dtype, shape: x.shape.slice() }];
    },
    cost(ctx) {
      const x = ctx.input(0).shape;
      const [head, rd] = widths(ctx, x);
      return { flops: rotaryFlops(numel(x) / numel([head]) * numel([rd])) };
    },
    metaInputs
  };
}
var rules3 = {
  Attention: {
    infer(ctx) {
      const g = onnxGeometry(ctx);
      if (ctx.attrs.int("is_causal", 0)) ctx.note(CAUSAL_NOTE);
      const dtype = ctx.input(0).dtype;
      const y = g.rank === 4 ? [g.batch, g.heads, g.sq, g.dv] : [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)];
      return [
        { dtype, shape: y },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] }
      ];
    },
    cost: (ctx) => coreCost(onnxGeometry(ctx)),
    // attn_mask is a mask (a deterministic table even when it is a float initializer);
    // nonpad_kv_seqlen (opset 24) holds lengths. Neither is a weight.
    metaInputs: [3, 6]
  },
  // position_ids, and the cos / sin caches: tables computed from positions, not learned.
  RotaryEmbedding: rotaryRule(1, [1, 2, 3]),
  "com.microsoft/RotaryEmbedding": rotaryRule(2, [1, 2, 3])
};

// src/ops/window.ts
function windowOutputShape(ctx, input, kernel, opts) {
  const rank = kernel.length;
  if (input.length !== rank + 2) {
    ctx.fail(
      `input ${fmtShape(input)} must have ${rank + 2} dims (N, C and ${rank} spatial) for a kernel of ${fmtShape(kernel)}`
    );
  }
  const strides2 = listOf(ctx, "strides", opts.strides, rank, 1);
  const dilations = listOf(ctx, "dilations", opts.dilations, rank, 1);
  const autoPad = opts.autoPad || "NOTSET";
  const explicit = autoPad === "NOTSET" ? listOf(ctx, "pads", opts.pads, 2 * rank, 0) : [];
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) {
    ctx.fail(`unknown auto_pad "${autoPad}"`);
  }
  const pads = new Array(2 * rank).fill(0);
  const spatial = [];
  for (let i = 0; i < rank; i++) {
    const size = input[i + 2];
    const span = dilations[i] * (kernel[i] - 1) + 1;
    if (kernel[i] < 1 || strides2[i] < 1 || dilations[i] < 1) {
      ctx.fail(`kernel ${fmtShape(kernel)}, strides and dilations must be positive`);
    }
    if (autoPad === "NOTSET") {
      pads[i] = explicit[i];
      pads[i + rank] = explicit[i + rank];
    }
    if (typeof size !== "number") {
      const padTotal = pads[i] + pads[i + rank];
      const keeps = strides2[i] === 1 && (autoPad.startsWith("SAME") || padTotal === span - 1);
      spatial.push(keeps ? size : ctx.symbol(`${size}/window`));
      continue;
    }
    let out;
    if (autoPad.startsWith("SAME")) {
      out = Math.ceil(size / strides2[i]);
      const total = Math.max(0, (out - 1) * strides2[i] + span - size);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === "SAME_UPPER" ? small : total - small;
      pads[i + rank] = total - pads[i];
    } else {
      const padded = size + pads[i] + pads[i + rank];
      const steps = (padded - span) / strides2[i];
      out = (opts.ceilMode ? Math.ceil(steps) : Math.floor(steps)) + 1;
      if (opts.ceilMode && (out - 1) * strides2[i] >= size + pads[i]) out--;
    }
    if (out < 1) {
      ctx.fail(
        `window of ${span} (kernel ${kernel[i]}, dilation ${dilations[i]}) does not fit spatial dim ${i} of ${fmtShape(input)} with pads ${fmtShape(pads)}`
      );
    }
    spatial.push(out);
  }
  return { spatial, pads };
}
function listOf(ctx, name, given, length, dflt) {
  if (!given || given.length === 0) return new Array(length).fill(dflt);
  if (given.length !== length) {
    ctx.fail(`${name} ${fmtShape(given)} must have ${length} values`);
  }
  return given;
}

// src/ops/contrib.ts
var SOFTMAX_FLOPS2 = 4;
var NORM_FLOPS = 5 + 2;
var SILU_FLOPS = 3;
var GELU_FLOPS = 4;
var sameAsInput = (ctx) => ({
  dtype: ctx.input(0).dtype,
  shape: ctx.input(0).shape.slice()
});
function groupNorm(ctx) {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`input ${fmtShape(x)} must be [N, H, W, C]`);
  const c = x[x.length - 1];
  const groups = ctx.attrs.int("groups");
  if (typeof c === "number" && c % groups !== 0) {
    ctx.fail(`input ${fmtShape(x)}: ${c} channels are not divisible by ${groups} groups`);
  }
  const gamma = ctx.input(1).shape;
  if (gamma.length !== 1 || typeof gamma[0] === "number" && typeof c === "number" && gamma[0] !== c) {
    ctx.fail(`gamma ${fmtShape(gamma)} must be [C] for input ${fmtShape(x)}`);
  }
  return { elements: numel(x), rows: numel([x[0]]) * groups };
}
function groupNormRule(skip) {
  return {
    infer(ctx) {
      groupNorm(ctx);
      if (skip) broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return skip ? [sameAsInput(ctx), sameAsInput(ctx)] : [sameAsInput(ctx)];
    },
    cost(ctx) {
      const { elements, rows } = groupNorm(ctx);
      const silu = ctx.attrs.int("activation", 0) === 1;
      const extra = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
      return {
        flops: elements * (NORM_FLOPS + (silu ? SILU_FLOPS : 0) + extra),
        transcendentals: rows + (silu ? elements : 0)
      };
    }
  };
}
function nhwcConv(ctx) {
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must be [N, spatial..., C]`);
  }
  const group = ctx.attrs.int("group", 1);
  const kernel = w.slice(1, -1);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[w.length - 1];
  const c = x[x.length - 1];
  if (typeof c === "number" && typeof cin === "number" && c !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${c} channels; weights ${fmtShape(w)} expect ${cin * group}`
    );
  }
  const nchw = [x[0], c, ...x.slice(1, -1)];
  const { spatial } = windowOutputShape(ctx, nchw, kernel, {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  });
  const shape = [x[0], ...spatial, w[0]];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}
var rules4 = {
  "com.microsoft/BiasSoftmax": {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx)];
    },
    cost: (_ctx, [y]) => ({
      flops: (1 + SOFTMAX_FLOPS2) * numel(y.shape),
      transcendentals: numel(y.shape)
    })
  },
  "com.microsoft/BiasDropout": {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx), { dtype: 9, shape: ctx.input(0).shape.slice() }];
    },
    cost(ctx, [y]) {
      const training = ctx.constant(4)?.[0] ? 1 : 0;
      return { flops: (1 + (ctx.inputs[2] ? 1 : 0) + training) * numel(y.shape) };
    },
    metaInputs: [3, 4]
  },
  "com.microsoft/GroupNorm": groupNormRule(false),
  "com.microsoft/SkipGroupNorm": groupNormRule(true),
  "com.microsoft/BiasSplitGelu": {
    infer(ctx) {
      const x = ctx.input(0).shape;
      const d = x[x.length - 1];
      if (x.length < 1 || typeof d === "number" && d % 2 !== 0) {
        ctx.fail(`input ${fmtShape(x)} must have an even last dim to split in halves`);
      }
      const half = typeof d === "number" ? d / 2 : ctx.symbol(`${ctx.node.name}:${d}/2`);
      return [{ dtype: ctx.input(0).dtype, shape: [...x.slice(0, -1), half] }];
    },
    cost: (_ctx, [y]) => ({
      flops: (2 + GELU_FLOPS + 1) * numel(y.shape),
      transcendentals: numel(y.shape)
    })
  },
  "com.microsoft/NhwcConv": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: nhwcConv(ctx).shape }],
    cost(ctx) {
      const g = nhwcConv(ctx);
      return { macs: g.macs, flops: 2 * g.macs + (ctx.inputs[2] ? numel(g.shape) : 0) };
    }
  },
  "com.microsoft/Trilu": {
    infer: (ctx) => [sameAsInput(ctx)],
    metaInputs: [1]
  }
};

// src/ops/control-flow.ts
function merge(ctx, a, b, hint) {
  if (!b || !a.shape || !b.shape) return a;
  if (a.shape.length !== b.shape.length) return { dtype: a.dtype, kind: a.kind };
  return {
    dtype: a.dtype,
    shape: a.shape.map((d, i) => d === b.shape[i] ? d : ctx.symbol(hint)),
    kind: a.kind
  };
}
var typeOnly = (v) => v ? { dtype: v.dtype, shape: v.shape, kind: v.kind } : { dtype: 0 };
var MAX_TRIP_COUNT = 2 ** 31 - 1;
function settle(ctx, before, after, i) {
  if (!before.shape || !after.shape) return after;
  if (before.shape.length !== after.shape.length) {
    ctx.flag(
      `Loop: carried value ${i} changes rank across iterations; the body is costed at its first iteration`
    );
    return { dtype: after.dtype };
  }
  const changed = after.shape.some((d, k) => d !== before.shape[k]);
  if (!changed) return after;
  ctx.flag(
    `Loop: carried value ${i} changes shape across iterations; the body is costed at its first iteration's shapes`
  );
  return {
    dtype: after.dtype,
    shape: after.shape.map(
      (d, k) => d === before.shape[k] ? d : ctx.symbol(`${ctx.node.name}:carried${i}`)
    )
  };
}
function scan8(ctx) {
  const numScanInputs = ctx.attrs.int("num_scan_inputs");
  const numStates = ctx.inputs.length - 1 - numScanInputs;
  if (numStates < 0)
    ctx.fail(`Scan: ${numScanInputs} scan inputs, but ${ctx.inputs.length - 1} inputs`);
  let batch;
  let length;
  const states = [];
  const slices = [];
  for (let i = 1; i < ctx.inputs.length; i++) {
    const x = ctx.input(i);
    const isState = i <= numStates;
    if (x.shape.length < (isState ? 1 : 2)) {
      ctx.fail(
        `Scan (opset 8): input ${i} of rank ${x.shape.length} has no batch${isState ? "" : " and sequence"} axis`
      );
    }
    batch ??= x.shape[0];
    if (isState) states.push({ dtype: x.dtype, shape: x.shape.slice(1) });
    else {
      length ??= x.shape[1];
      slices.push({ dtype: x.dtype, shape: x.shape.slice(2) });
    }
  }
  const b = batch ?? ctx.symbol(`${ctx.node.name}:batch`);
  const steps = length ?? ctx.symbol(`${ctx.node.name}:steps`);
  const repeat = typeof b === "number" && typeof steps === "number" ? b * steps : void 0;
  if (ctx.inputs[0]) ctx.note("Scan: sequence_lens is given; costed at the longest sequence");
  const body = ctx.subgraph("body", [...states, ...slices], { repeat });
  const finals = body.slice(0, numStates).map((v, i) => settle(ctx, states[i], v, i)).map((v) => v.shape ? { dtype: v.dtype, shape: [b, ...v.shape] } : { dtype: v.dtype });
  const scans = body.slice(numStates).map((v) => v.shape ? { dtype: v.dtype, shape: [b, steps, ...v.shape] } : { dtype: v.dtype });
  return [...finals, ...scans];
}
function sequenceMap(ctx) {
  if (ctx.inputs[0]?.kind !== "sequence") ctx.fail("SequenceMap: input 0 must be a sequence");
  const sequences = ctx.inputs.filter((v) => v?.kind === "sequence");
  const n = sequences[0]?.elements?.length;
  const counted = n !== void 0 && sequences.every((v) => v?.elements?.length === n);
  const args = ctx.inputs.map(
    (v) => v?.kind === "sequence" ? { dtype: v.dtype, shape: v.shape } : v ?? { dtype: 0 }
  );
  if (!counted) {
    ctx.flag(
      "SequenceMap: the sequence length is not known statically, so the body is counted once"
    );
  }
  const body = ctx.subgraph("body", args, { repeat: counted ? n : void 0 });
  const uniform = counted && sequences.every((v) => v.elements.every((e) => sameShape2(e.shape, v.shape)));
  return body.map((v) => {
    const out = { dtype: v.dtype, shape: v.shape, kind: "sequence" };
    if (uniform)
      out.elements = Array.from({ length: n }, () => ({ dtype: v.dtype, shape: v.shape }));
    return out;
  });
}
var sameShape2 = (a, b) => !!a && !!b && a.length === b.length && a.every((d, i) => d === b[i]);
var rules5 = {
  SequenceMap: { infer: sequenceMap },
  If: {
    infer(ctx) {
      const cond = ctx.constant(0);
      if (cond && cond.length === 1) {
        const branch = cond[0] ? "then_branch" : "else_branch";
        ctx.note(
          `If: the condition is known (a constant, or computed from given inputs): only ${branch} runs`
        );
        return ctx.subgraph(branch, [], { repeat: 1 });
      }
      const a = ctx.subgraph("then_branch", [], { alternative: true });
      const b = ctx.subgraph("else_branch", [], { alternative: true });
      const problems = [ctx.subgraphProblem("then_branch"), ctx.subgraphProblem("else_branch")];
      if (!problems[0] !== !problems[1]) {
        const [bad, good, outputs] = problems[0] ? ["then_branch", "else_branch", b] : ["else_branch", "then_branch", a];
        ctx.dropSubgraph(bad);
        ctx.note(
          `If: the condition is not known statically, and ${bad} cannot run at these shapes (${problems[0] ?? problems[1]}), so ${good} is costed; give the input that decides it (--input, or \`inputs:\` in the config) to be sure`
        );
        return outputs;
      }
      ctx.note("If: costed as the more expensive branch");
      return a.map((v, i) => merge(ctx, v, b[i], `${ctx.node.name}:out${i}`));
    }
  },
  Loop: {
    infer(ctx) {
      const m5 = ctx.constant(0);
      const condValue = ctx.constant(1);
      const given = m5 && m5.length === 1 ? m5[0] : void 0;
      const tripCount = given !== void 0 && given >= 0 && given <= MAX_TRIP_COUNT ? given : void 0;
      const carried = ctx.inputs.slice(2).map(typeOnly);
      if (tripCount === void 0) {
        ctx.flag(
          given === void 0 ? "Loop: the trip count is not a constant, so the body is counted once" : `Loop: the trip count ${given} means "until the condition stops it", so the body is counted once`
        );
      } else if (ctx.inputs[1] && !(condValue && condValue[0])) {
        ctx.note(
          `Loop: ${tripCount} iterations at most (the loop may stop early on its condition)`
        );
      }
      const body = ctx.subgraph(
        "body",
        [{ dtype: 7, shape: [] }, { dtype: 9, shape: [] }, ...carried],
        { repeat: tripCount }
      );
      const finals = body.slice(1, 1 + carried.length).map((v, i) => settle(ctx, carried[i], v, i));
      const scans = body.slice(1 + carried.length).map((v) => ({
        dtype: v.dtype,
        shape: v.shape ? [tripCount ?? ctx.symbol(`${ctx.node.name}:iterations`), ...v.shape] : void 0
      }));
      return [...finals, ...scans];
    }
  },
  Scan: {
    infer(ctx) {
      if (ctx.opset < 9) return scan8(ctx);
      const numScanInputs = ctx.attrs.int("num_scan_inputs");
      const numStates = ctx.inputs.length - numScanInputs;
      const inputAxes = ctx.attrs.ints("scan_input_axes", new Array(numScanInputs).fill(0));
      const states = ctx.inputs.slice(0, numStates).map(typeOnly);
      let length;
      const slices = ctx.inputs.slice(numStates).map((v, j) => {
        const x = ctx.input(numStates + j);
        const ax = axis(ctx, inputAxes[j], x.shape.length);
        length ??= x.shape[ax];
        return { dtype: v.dtype, shape: x.shape.filter((_, k) => k !== ax) };
      });
      const steps = typeof length === "number" ? length : void 0;
      const body = ctx.subgraph("body", [...states, ...slices], { repeat: steps });
      const numScanOutputs = body.length - numStates;
      const outAxes = ctx.attrs.ints("scan_output_axes", new Array(numScanOutputs).fill(0));
      const scans = body.slice(numStates).map((v, k) => {
        if (!v.shape) return { dtype: v.dtype };
        const shape = v.shape.slice();
        const ax = outAxes[k] < 0 ? outAxes[k] + shape.length + 1 : outAxes[k];
        shape.splice(ax, 0, length ?? ctx.symbol(`${ctx.node.name}:steps`));
        return { dtype: v.dtype, shape };
      });
      const finals = body.slice(0, numStates).map((v, i) => settle(ctx, states[i], v, i));
      return [...finals, ...scans];
    }
  }
};

// src/ops/dense-util.ts
var ACTIVATIONS = {
  ...Object.fromEntries(
    Object.entries(ACTIVATION_COST).map(([name, c]) => [
      name.toLowerCase(),
      { flops: c.flops, transcendentals: "transcendentals" in c ? c.transcendentals : 0 }
    ])
  ),
  clip: { flops: 1, transcendentals: 0 },
  affine: { flops: 2, transcendentals: 0 },
  scaledtanh: { flops: 2, transcendentals: 1 }
};
function activationCost(ctx, name) {
  const c = ACTIVATIONS[name.toLowerCase()];
  if (!c) ctx.fail(`unknown activation "${name}"`);
  return c;
}
function fusedActivation(ctx) {
  const name = ctx.attrs.string("activation", "");
  return name ? activationCost(ctx, name) : { flops: 0, transcendentals: 0 };
}
function denseCost(dtype, macs, extra = 0, transcendentals = 0) {
  const ops = 2 * macs + extra;
  return isFloat(dtype) ? { macs, flops: ops, transcendentals } : { macs, intOps: ops, transcendentals };
}

// src/ops/conv.ts
function kernelOf(ctx, x, w) {
  const op = ctx.node.opType;
  if (x.length < 3) ctx.fail(`${op}: X ${fmtShape(x)} must be N \xD7 C \xD7 spatial...`);
  if (w.length !== x.length) {
    ctx.fail(`${op}: W ${fmtShape(w)} must have the rank of X ${fmtShape(x)}`);
  }
  const fromWeight = w.slice(2);
  if (ctx.attrs.has("kernel_shape")) {
    const k = ctx.attrs.ints("kernel_shape");
    const clash = k.some((d, i) => typeof fromWeight[i] === "number" && fromWeight[i] !== d);
    if (k.length !== fromWeight.length || clash) {
      ctx.fail(`${op}: kernel_shape ${fmtShape(k)} does not match W ${fmtShape(w)}`);
    }
    return k;
  }
  if (!fromWeight.every((d) => typeof d === "number")) {
    ctx.fail(`${op}: the kernel size of W ${fmtShape(w)} is unknown and kernel_shape is absent`);
  }
  return fromWeight;
}
function windowOpts(ctx) {
  return {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  };
}
function sameDim(a, b) {
  return typeof a !== "number" || typeof b !== "number" || a === b;
}
function checkBias(ctx, index, cout) {
  const b = ctx.inputs[index];
  if (!b?.shape) return;
  if (b.shape.length !== 1 || !sameDim(b.shape[0], cout)) {
    ctx.fail(`${ctx.node.opType}: bias ${fmtShape(b.shape)} must be [${cout}] (output channels)`);
  }
}
function inferConv(ctx, biasIndex) {
  const x = ctx.input(0);
  const w = ctx.input(1).shape;
  const kernel = kernelOf(ctx, x.shape, w);
  const group = ctx.attrs.int("group", 1);
  const [cin, cout, perGroup] = [x.shape[1], w[0], w[1]];
  const op = ctx.node.opType;
  if (typeof perGroup === "number" && !sameDim(cin, perGroup * group)) {
    ctx.fail(
      `${op}: X ${fmtShape(x.shape)} has ${cin} channels but W ${fmtShape(w)} with group ${group} expects ${perGroup} \xD7 ${group} = ${perGroup * group}`
    );
  }
  if (typeof cout === "number" && cout % group !== 0) {
    ctx.fail(
      `${op}: W ${fmtShape(w)} has ${cout} output channels, not divisible by group ${group}`
    );
  }
  checkBias(ctx, biasIndex, cout);
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, windowOpts(ctx));
  return [{ dtype: x.dtype, shape: [x.shape[0], cout, ...spatial] }];
}
function convArithmetic(ctx, y, biasIndex) {
  const macs = numel(y.shape) * numel(ctx.input(1).shape.slice(1));
  const bias = ctx.inputs[biasIndex] ? numel(y.shape) : 0;
  return { macs, bias };
}
var conv = {
  infer: (ctx) => inferConv(ctx, 2),
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    return denseCost(y.dtype, macs, bias);
  }
};
var fusedConv = {
  infer(ctx) {
    const out = inferConv(ctx, 2);
    fusedActivation(ctx);
    return out;
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    const act = fusedActivation(ctx);
    const elements = numel(y.shape);
    const sum2 = ctx.inputs[3] ? elements : 0;
    return denseCost(
      y.dtype,
      macs,
      bias + sum2 + act.flops * elements,
      act.transcendentals * elements
    );
  }
};
var SAMPLE_FLOPS = 7;
var deformConv = {
  infer(ctx) {
    const [y] = inferConv(ctx, 3);
    const x = ctx.input(0).shape;
    const offset = ctx.input(2).shape;
    const kernel = kernelOf(ctx, x, ctx.input(1).shape);
    const offsetGroup = ctx.attrs.int("offset_group", 1);
    const want = [x[0], offsetGroup * 2 * numel(kernel), ...y.shape.slice(2)];
    if (offset.length !== want.length || offset.some((d, i) => !sameDim(d, want[i]))) {
      ctx.fail(`DeformConv: offset ${fmtShape(offset)} must be ${fmtShape(want)}`);
    }
    return [y];
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 3);
    const x = ctx.input(0).shape;
    const spatial = [y.shape[0], ...y.shape.slice(2), ...ctx.input(1).shape.slice(2)];
    const samples = numel(spatial) * numel([x[1]]);
    const perSample = SAMPLE_FLOPS + (ctx.inputs[4] ? 1 : 0);
    return denseCost(y.dtype, macs, bias + perSample * samples);
  }
};
function transposeSpatial(ctx, x, kernel) {
  const rank = kernel.length;
  const list = (name, dflt, len = rank) => {
    const v = ctx.attrs.ints(name, []);
    if (v.length === 0) return new Array(len).fill(dflt);
    if (v.length !== len) ctx.fail(`ConvTranspose: ${name} ${fmtShape(v)} needs ${len} values`);
    return v;
  };
  if (ctx.attrs.has("output_shape")) {
    const given = ctx.attrs.ints("output_shape");
    const spatial = given.length === rank + 2 ? given.slice(2) : given;
    if (spatial.length !== rank) {
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} needs ${rank} spatial values`);
    }
    if (spatial.some((d) => d < 0))
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} has a negative size`);
    return spatial;
  }
  const strides2 = list("strides", 1);
  const dilations = list("dilations", 1);
  const outPad = list("output_padding", 0);
  const autoPad = ctx.attrs.string("auto_pad", "NOTSET");
  if (!["NOTSET", "SAME_UPPER", "SAME_LOWER", "VALID"].includes(autoPad)) {
    ctx.fail(`ConvTranspose: unknown auto_pad "${autoPad}"`);
  }
  const pads = autoPad === "NOTSET" ? list("pads", 0, 2 * rank) : new Array(2 * rank).fill(0);
  return kernel.map((k, i) => {
    const size = x[i + 2];
    const span = dilations[i] * (k - 1) + 1;
    if (typeof size !== "number") {
      const growth = outPad[i] + span - 1 - pads[i] - pads[i + rank];
      const keeps = strides2[i] === 1 && (autoPad.startsWith("SAME") || growth === 0);
      return keeps ? size : ctx.symbol(`${size}/convT`);
    }
    if (autoPad.startsWith("SAME")) return size * strides2[i];
    const out = strides2[i] * (size - 1) + outPad[i] + span - pads[i] - pads[i + rank];
    if (out < 1) ctx.fail(`ConvTranspose: output dim ${i} would be ${out} for X ${fmtShape(x)}`);
    return out;
  });
}
var convTranspose = {
  infer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1).shape;
    const kernel = kernelOf(ctx, x.shape, w);
    const group = ctx.attrs.int("group", 1);
    if (!sameDim(x.shape[1], w[0])) {
      ctx.fail(
        `ConvTranspose: X ${fmtShape(x.shape)} has ${x.shape[1]} channels but W ${fmtShape(w)} expects ${w[0]}`
      );
    }
    if (typeof w[0] === "number" && w[0] % group !== 0) {
      ctx.fail(
        `ConvTranspose: W ${fmtShape(w)} has ${w[0]} input channels, not divisible by group ${group}`
      );
    }
    const cout = typeof w[1] === "number" ? w[1] * group : ctx.symbol("convT:channels");
    checkBias(ctx, 2, cout);
    return [
      { dtype: x.dtype, shape: [x.shape[0], cout, ...transposeSpatial(ctx, x.shape, kernel)] }
    ];
  },
  cost(ctx, [y]) {
    const macs = numel(ctx.input(0).shape) * numel(ctx.input(1).shape.slice(1));
    return denseCost(y.dtype, macs, ctx.inputs[2] ? numel(y.shape) : 0);
  }
};
var rules6 = {
  Conv: conv,
  ConvTranspose: convTranspose,
  DeformConv: deformConv,
  "com.microsoft/FusedConv": fusedConv
};

// src/ops/elementwise.ts
var present = (ctx) => ctx.inputs.flatMap((v, i) => v ? [i] : []);
function elementwise(spec) {
  return {
    infer(ctx) {
      const indices = present(ctx);
      if (indices.length === 0) ctx.fail("the op needs at least one input");
      const dtype = ctx.input(indices[0]).dtype;
      const shape = broadcastInputs(ctx, indices);
      const integral = isIntegral(dtype);
      const fold2 = spec.fold;
      const out = spec.bool ? BOOL : dtype;
      const value = fold2 && foldBroadcast(ctx, indices, shape, out, (xs) => fold2(xs, ctx, integral), spec.eager);
      return [withValue(out, shape, value)];
    },
    cost(ctx, outputs) {
      const per = typeof spec.per === "function" ? spec.per(ctx) : spec.per;
      const dtype = spec.integer ? BOOL : ctx.input(0).dtype;
      return costOf(dtype, numel(outputs[0].shape), per);
    }
  };
}
var ONE = { flops: 1 };
var TRANSCENDENTAL = { flops: 0, transcendentals: 1 };
var arith = (fold2) => elementwise({ per: ONE, fold: fold2 });
var compare = (fold2) => elementwise({ per: ONE, bool: true, fold: ([a, b]) => fold2(a, b) ? 1 : 0 });
var logical = (fold2, bool = true) => elementwise({ per: ONE, bool, integer: true, fold: fold2 });
var math = (fold2) => elementwise({ per: TRANSCENDENTAL, fold: fold2 });
var variadic = (fold2, extra = 0) => elementwise({ per: (ctx) => ({ flops: present(ctx).length - 1 + extra }), fold: fold2 });
var keep = (x, integral) => integral ? Math.trunc(x) : x;
var clip = {
  infer(ctx) {
    const x = ctx.input(0);
    const [lo, hi] = clipBounds(ctx);
    const value = lo !== void 0 && hi !== void 0 ? foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => Math.min(Math.max(v, lo), hi)) : void 0;
    return [withValue(x.dtype, x.shape, value)];
  },
  cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), ONE),
  // min/max are bounds (ReLU6's 0 and 6), not learned weights.
  metaInputs: [1, 2]
};
function clipBounds(ctx) {
  if (ctx.opset < 11) {
    return [ctx.attrs.float("min", -Infinity), ctx.attrs.float("max", Infinity)];
  }
  const bound = (i, dflt) => {
    if (!ctx.inputs[i]) return dflt;
    const v = ctx.constant(i);
    if (v && v.length !== 1) ctx.fail(`Clip input ${i} must be a scalar, got ${v.length} values`);
    return v?.[0];
  };
  return [bound(1, -Infinity), bound(2, Infinity)];
}
var where = {
  infer(ctx) {
    const dtype = ctx.input(1).dtype;
    const shape = broadcastInputs(ctx, [0, 1, 2]);
    const value = foldBroadcast(ctx, [0, 1, 2], shape, dtype, ([c, x, y]) => c ? x : y);
    return [withValue(dtype, shape, value)];
  },
  cost: () => ({})
};
var isInf = elementwise({
  per: ONE,
  bool: true,
  eager: true,
  fold: ([x], ctx) => x === Infinity && ctx.attrs.int("detect_positive", 1) === 1 || x === -Infinity && ctx.attrs.int("detect_negative", 1) === 1 ? 1 : 0
});
var mod = elementwise({
  per: ONE,
  eager: true,
  fold: ([a, b], ctx) => modulo(a, b, ctx.attrs.int("fmod", 0) === 1)
});
var rules7 = {
  Add: arith(([a, b]) => a + b),
  Sub: arith(([a, b]) => a - b),
  Mul: arith(([a, b]) => a * b),
  Div: arith(([a, b], _ctx, integral) => divide(a, b, integral)),
  Mod: mod,
  Pow: math(([a, b], _ctx, integral) => keep(Math.pow(a, b), integral)),
  Max: variadic((xs) => Math.max(...xs)),
  Min: variadic((xs) => Math.min(...xs)),
  Sum: variadic((xs) => xs.reduce((s, x) => s + x, 0)),
  Mean: variadic(void 0, 1),
  Neg: arith(([a]) => -a),
  Abs: arith(([a]) => Math.abs(a)),
  Sign: arith(([a]) => Math.sign(a)),
  Reciprocal: arith(([a]) => 1 / a),
  Floor: arith(([a]) => Math.floor(a)),
  Ceil: arith(([a]) => Math.ceil(a)),
  Round: arith(([a]) => roundHalfEven(a)),
  Sqrt: math(([a]) => Math.sqrt(a)),
  Exp: math(),
  Log: math(),
  Erf: math(),
  Sin: math(),
  Cos: math(),
  Tan: math(),
  Asin: math(),
  Acos: math(),
  Atan: math(),
  Sinh: math(),
  Cosh: math(),
  Asinh: math(),
  Acosh: math(),
  Atanh: math(),
  IsNaN: elementwise({ per: ONE, bool: true, fold: ([x]) => Number.isNaN(x) ? 1 : 0 }),
  IsInf: isInf,
  Equal: compare((a, b) => a === b),
  Less: compare((a, b) => a < b),
  Greater: compare((a, b) => a > b),
  LessOrEqual: compare((a, b) => a <= b),
  GreaterOrEqual: compare((a, b) => a >= b),
  And: logical(([a, b]) => a && b ? 1 : 0),
  Or: logical(([a, b]) => a || b ? 1 : 0),
  Xor: logical(([a, b]) => !a !== !b ? 1 : 0),
  Not: logical(([a]) => a ? 0 : 1),
  BitShift: logical(void 0, false),
  BitwiseAnd: logical(void 0, false),
  BitwiseOr: logical(void 0, false),
  BitwiseXor: logical(void 0, false),
  BitwiseNot: logical(void 0, false),
  Where: where,
  Clip: clip
};

// src/ops/shape-util.ts
var INT64 = DataType.INT64;
var HUGE_INDEX = 2 ** 31 - 1;
function fold(dtype, shape, compute) {
  if (isStatic(shape) && product(shape) <= MAX_FOLD_ELEMENTS) {
    const value = compute(shape);
    if (value && value.length === product(shape)) return { dtype, shape, value };
  }
  return { dtype, shape };
}
function foldDeferred(dtype, shape, compute) {
  if (!isStatic(shape) || product(shape) > MAX_FOLD_ELEMENTS) return { dtype, shape };
  const n = product(shape);
  return {
    dtype,
    shape,
    ...folded(n, () => {
      const value = compute(shape);
      return value && value.length === n ? value : void 0;
    })
  };
}
function constantOf(ctx, i) {
  const v = ctx.inputs[i];
  if (!v || !isStatic(v.shape)) return void 0;
  const values = ctx.constant(i);
  return values && values.length === product(v.shape) ? values : void 0;
}
function intsArg(ctx, input, attr, since) {
  if (ctx.opset >= since) return ctx.inputs[input] ? ctx.constant(input) : null;
  return ctx.attrs.has(attr) ? ctx.attrs.ints(attr) : null;
}
var MAX_RANK = 64;
function rankOfShapeTensor(v) {
  const n = v?.shape?.length === 1 ? v.shape[0] : void 0;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= MAX_RANK ? n : void 0;
}
var freshDim = (ctx, what = "dim") => ctx.symbol(`${ctx.node.name || ctx.node.opType}:${what}`);
function dimProduct(ctx, dims) {
  let n = 1;
  const symbols = dims.filter((d) => typeof d === "string");
  for (const d of dims) if (typeof d === "number") n *= d;
  if (symbols.length === 0 || n === 0) return n;
  return symbols.length === 1 && n === 1 ? symbols[0] : freshDim(ctx);
}
function normAxes(ctx, axes, rank) {
  const out = axes.map((a) => axis(ctx, a, rank));
  if (new Set(out).size !== out.length) ctx.fail(`axes [${axes.join(", ")}] repeat an axis`);
  return out;
}
function forEachIndex(shape, f) {
  const total = product(shape);
  const idx = new Array(shape.length).fill(0);
  for (let flat = 0; flat < total; flat++) {
    f(idx, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}
function mapIndices(outShape, src, at, fill = 0) {
  const out = new Array(product(outShape));
  let ok = true;
  forEachIndex(outShape, (idx, flat) => {
    const i = at(idx);
    if (i === void 0) out[flat] = fill;
    else if (i < 0 || i >= src.length) ok = false;
    else out[flat] = src[i];
  });
  return ok ? out : void 0;
}
function mapAffine(outShape, src, base, steps) {
  const total = product(outShape);
  const rank = outShape.length;
  const out = new Array(total);
  const idx = new Array(rank).fill(0);
  let at = base;
  for (let flat = 0; flat < total; flat++) {
    if (at < 0 || at >= src.length) return void 0;
    out[flat] = src[at];
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        at += steps[d];
        break;
      }
      idx[d] = 0;
      at -= steps[d] * (outShape[d] - 1);
    }
  }
  return out;
}
var offsetOf = (idx, st) => idx.reduce((acc, x, d) => acc + x * st[d], 0);
function castValue(x, to) {
  if (to === DataType.BOOL) return x !== 0 ? 1 : 0;
  if (isFloat(to)) return roundToDtype(x, to);
  if (!Number.isFinite(x)) return 0;
  const t = Math.trunc(x);
  const bits = WRAP_BITS[to];
  if (bits === void 0) return t;
  const m5 = 2 ** bits;
  const u = (t % m5 + m5) % m5;
  return SIGNED.has(to) && u >= m5 / 2 ? u - m5 : u;
}
var WRAP_BITS = {
  [DataType.INT8]: 8,
  [DataType.UINT8]: 8,
  [DataType.INT16]: 16,
  [DataType.UINT16]: 16,
  [DataType.INT32]: 32,
  [DataType.UINT32]: 32
};
var SIGNED = /* @__PURE__ */ new Set([DataType.INT8, DataType.INT16, DataType.INT32]);
function sliceBounds(dim, start, end, step) {
  let s = start < 0 ? start + dim : start;
  let e = end < 0 ? end + dim : end;
  if (step > 0) {
    s = clamp(s, 0, dim);
    e = clamp(e, 0, dim);
  } else {
    s = clamp(s, 0, dim - 1);
    e = clamp(e, -1, dim - 1);
  }
  return { first: s, count: Math.max(0, Math.ceil((e - s) / step)) };
}
var clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

// src/ops/image.ts
function perAxis(mode) {
  if (mode.includes("cubic")) return 4;
  if (mode.includes("linear")) return 2;
  if (mode === "nearest") return 0;
  return NaN;
}
var arithmetic = (dtype, n) => isFloat(dtype) ? { flops: n } : { intOps: n };
function interpolationCost(dtype, mode, axes, out) {
  const per = perAxis(mode) * axes;
  if (per === 0) return {};
  return arithmetic(dtype, per * numel(out));
}
var changedAxes = (a, b) => b ? a.filter((d, i) => d !== b[i]).length : a.length;
var scaled = (ctx, d, s) => typeof d === "number" ? Math.floor(Math.fround(d * Math.fround(s))) : s === 1 ? d : freshDim(ctx, "resize");
function checkPositive(ctx, v, what) {
  const bad = what === "scales" ? v.some((s) => !(s > 0)) : v.some((s) => s < 0);
  if (bad) {
    const need = what === "scales" ? "greater than 0" : "non-negative";
    ctx.fail(`${ctx.node.opType}: ${what} [${v.join(", ")}] must all be ${need}`);
  }
}
function resizeShape(ctx, x) {
  const rank = x.shape.length;
  const axes = ctx.opset >= 18 && ctx.attrs.has("axes") ? normAxes(ctx, ctx.attrs.ints("axes"), rank) : Array.from({ length: rank }, (_, i) => i);
  const slot = (i) => ctx.inputs[i] ? ctx.constant(i) : null;
  const scales = ctx.opset >= 11 ? slot(2) : slot(1);
  const sizes = ctx.opset >= 11 ? slot(3) : null;
  const shape = x.shape.slice();
  const check = (v, what) => {
    if (v.length !== axes.length)
      ctx.fail(`Resize: ${v.length} ${what} for ${axes.length} axes of ${fmtShape(x.shape)}`);
  };
  if (sizes && sizes.length > 0) {
    check(sizes, "sizes");
    checkPositive(ctx, sizes, "sizes");
    const policy = ctx.opset >= 18 ? ctx.attrs.string("keep_aspect_ratio_policy", "stretch") : "stretch";
    if (policy === "stretch") axes.forEach((a, i) => shape[a] = sizes[i]);
    else {
      const ratios = axes.map((a, i) => sizes[i] / x.shape[a]);
      if (axes.some((a) => typeof x.shape[a] !== "number"))
        return axes.reduce((s2, a) => (s2[a] = freshDim(ctx, "resize"), s2), shape);
      const s = policy === "not_larger" ? Math.min(...ratios) : Math.max(...ratios);
      axes.forEach((a) => shape[a] = Math.floor(x.shape[a] * s + 0.5));
    }
  } else if (scales && scales.length > 0) {
    check(scales, "scales");
    checkPositive(ctx, scales, "scales");
    axes.forEach((a, i) => shape[a] = scaled(ctx, x.shape[a], scales[i]));
  } else if (scales === void 0 || sizes === void 0) {
    axes.forEach((a) => shape[a] = freshDim(ctx, "resize"));
  } else ctx.fail("Resize needs scales or sizes");
  return shape;
}
function upsampleShape(ctx, x) {
  const scales = ctx.opset >= 9 ? ctx.constant(1) : ctx.attrs.floats("scales");
  if (!scales) return x.shape.map(() => freshDim(ctx, "upsample"));
  if (scales.length !== x.shape.length)
    ctx.fail(`Upsample: ${scales.length} scales for ${fmtShape(x.shape)}`);
  checkPositive(ctx, scales, "scales");
  return x.shape.map((d, i) => scaled(ctx, d, scales[i]));
}
function resizeCost(ctx, outputs) {
  const x = ctx.input(0);
  const mode = ctx.attrs.string("mode", "nearest");
  if (ctx.attrs.int("antialias", 0) === 1)
    ctx.note(`${ctx.node.opType}: antialias is not modelled (counted as plain ${mode})`);
  return interpolationCost(x.dtype, mode, changedAxes(x.shape, outputs[0].shape), outputs[0].shape);
}
function gridSample(ctx) {
  const x = ctx.input(0);
  const grid = ctx.input(1);
  const r = grid.shape.length - 2;
  const coords = grid.shape[grid.shape.length - 1];
  if (x.shape.length !== r + 2 || typeof coords === "number" && coords !== r)
    ctx.fail(`GridSample: grid ${fmtShape(grid.shape)} does not fit input ${fmtShape(x.shape)}`);
  return { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...grid.shape.slice(1, -1)] };
}
function roiAlign(ctx) {
  const x = ctx.input(0);
  const rois = ctx.input(1);
  if (x.shape.length !== 4) ctx.fail(`RoiAlign needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const oh = ctx.attrs.int("output_height", 1);
  const ow = ctx.attrs.int("output_width", 1);
  return { dtype: x.dtype, shape: [rois.shape[0], x.shape[1], oh, ow] };
}
function nmsCost(ctx) {
  const boxes = ctx.input(0).shape;
  const scores = ctx.input(1).shape;
  const s = boxes[1];
  const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
  const selected = typeof s === "number" && max !== void 0 ? Math.min(max, s) : s;
  return { flops: 13 * numel([scores[0], scores[1], selected, s]) };
}
function affineGrid(ctx) {
  const theta = ctx.input(0);
  const size = ctx.constant(1);
  const n = ctx.input(1).shape[0];
  if (!size && (n === 4 || n === 5)) {
    const spatial2 = Array.from({ length: n - 2 }, () => freshDim(ctx, "grid"));
    return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial2, spatial2.length] };
  }
  if (!size) {
    if (typeof n === "string") return { dtype: theta.dtype };
    return ctx.fail(`AffineGrid: size has ${n} values; it must be [N, C, H, W] or [N, C, D, H, W]`);
  }
  const spatial = size.slice(2);
  if (spatial.length !== 2 && spatial.length !== 3)
    ctx.fail(`AffineGrid: size must be [N, C, H, W] or [N, C, D, H, W]`);
  if (size.some((d) => d < 0)) ctx.fail(`AffineGrid: negative size [${size.join(", ")}]`);
  return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial, spatial.length] };
}
function centerCropPad(ctx) {
  const x = ctx.input(0);
  const target = ctx.constant(1);
  const axes = ctx.attrs.has("axes") ? normAxes(ctx, ctx.attrs.ints("axes"), x.shape.length) : x.shape.map((_, i) => i);
  const shape = x.shape.slice();
  if (target && target.length !== axes.length)
    ctx.fail(`CenterCropPad: ${target.length} sizes for ${axes.length} axes`);
  if (target?.some((d) => d < 0))
    ctx.fail(`CenterCropPad: target shape [${target.join(", ")}] has a negative size`);
  axes.forEach((a, i) => shape[a] = target ? target[i] : freshDim(ctx, "crop"));
  return { dtype: x.dtype, shape };
}
function col2Im(ctx) {
  const x = ctx.input(0);
  const image = ctx.constant(1);
  const block = ctx.constant(2);
  if (!image || !block) return { dtype: x.dtype };
  const cols = block.reduce((a, b) => a * b, 1);
  const c = x.shape[1];
  if (typeof c === "number" && c % cols !== 0)
    ctx.fail(`Col2Im: ${c} columns of ${fmtShape(x.shape)} do not divide by the block ${cols}`);
  const channels2 = typeof c === "number" ? c / cols : freshDim(ctx, "channels");
  return { dtype: x.dtype, shape: [x.shape[0], channels2, ...image] };
}
var rules8 = {
  Resize: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: resizeShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1, 2, 3]
  },
  Upsample: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: upsampleShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1]
  },
  GridSample: {
    infer: (ctx) => [gridSample(ctx)],
    cost(ctx, outputs) {
      const mode = ctx.attrs.string("mode", ctx.opset >= 20 ? "linear" : "bilinear");
      return interpolationCost(
        ctx.input(0).dtype,
        mode,
        ctx.input(0).shape.length - 2,
        outputs[0].shape
      );
    }
  },
  RoiAlign: {
    infer: (ctx) => [roiAlign(ctx)],
    cost(ctx, outputs) {
      const s = ctx.attrs.int("sampling_ratio", 0);
      if (s <= 0)
        ctx.fail("RoiAlign: sampling_ratio 0 samples a number of points that depends on the boxes");
      return arithmetic(ctx.input(0).dtype, 5 * s * s * numel(outputs[0].shape));
    },
    metaInputs: [2]
  },
  NonMaxSuppression: {
    infer(ctx) {
      const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
      const n = max === 0 ? 0 : freshDim(ctx, "boxes");
      return [{ dtype: INT64, shape: [n, 3] }];
    },
    cost: nmsCost,
    metaInputs: [2, 3, 4]
  },
  AffineGrid: {
    infer: (ctx) => [affineGrid(ctx)],
    cost(ctx, outputs) {
      const r = outputs[0].shape?.at(-1);
      return arithmetic(ctx.input(0).dtype, 2 * Number(r) * numel(outputs[0].shape));
    },
    metaInputs: [1]
  },
  CenterCropPad: { infer: (ctx) => [centerCropPad(ctx)], metaInputs: [1] },
  Col2Im: {
    infer: (ctx) => [col2Im(ctx)],
    cost: (ctx) => arithmetic(ctx.input(0).dtype, numel(ctx.input(0).shape)),
    metaInputs: [1, 2]
  }
};

// src/ops/linalg.ts
function detFlops(m5) {
  let flops = m5 - 1;
  for (let j = 1; j < m5; j++) flops += j + 2 * j * j;
  return flops;
}
var rules9 = {
  Det: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const [rows, cols] = x.shape.slice(r - 2);
      if (r < 2 || typeof rows === "number" && typeof cols === "number" && rows !== cols) {
        ctx.fail(`Det needs square matrices [..., M, M], got ${fmtShape(x.shape)}`);
      }
      return [{ dtype: x.dtype, shape: x.shape.slice(0, r - 2) }];
    },
    cost(ctx, outputs) {
      const x = ctx.input(0);
      const m5 = x.shape[x.shape.length - 1];
      const perMatrix = typeof m5 === "number" ? detFlops(m5) : NaN;
      return costOf(x.dtype, numel(outputs[0].shape), { flops: perMatrix });
    }
  }
};

// src/ops/loss.ts
function reduction(ctx) {
  const r = ctx.attrs.string("reduction", "mean");
  if (r !== "none" && r !== "mean" && r !== "sum") {
    ctx.fail(`${ctx.node.opType}: unknown reduction "${r}" (expected none, mean or sum)`);
  }
  return r;
}
function positions(ctx) {
  const x = ctx.input(0);
  const target = ctx.input(1);
  if (x.shape.length < 2) {
    ctx.fail(`${ctx.node.opType}: the input needs [N, C, ...], got ${fmtShape(x.shape)}`);
  }
  const expected = [x.shape[0], ...x.shape.slice(2)];
  const clash = target.shape.some(
    (d, i) => typeof d === "number" && typeof expected[i] === "number" && d !== expected[i]
  );
  if (target.shape.length !== expected.length || clash) {
    ctx.fail(
      `${ctx.node.opType}: the target ${fmtShape(target.shape)} must be the input ${fmtShape(x.shape)} without its class axis, ${fmtShape(expected)}`
    );
  }
  return expected.map((d, i) => typeof d === "number" ? d : target.shape[i]);
}
function lossValue(ctx) {
  const shape = positions(ctx);
  return { dtype: ctx.input(0).dtype, shape: reduction(ctx) === "none" ? shape : [] };
}
function nllFlops(ctx, m5) {
  const weighted = !!ctx.inputs[2];
  const r = reduction(ctx);
  const pick = m5 * (weighted ? 2 : 1);
  if (r === "none") return pick;
  if (r === "sum") return pick + m5;
  return pick + m5 + (weighted ? m5 : 0) + 1;
}
var nll = {
  infer: (ctx) => [lossValue(ctx)],
  cost(ctx) {
    return costOf(ctx.input(0).dtype, 1, { flops: nllFlops(ctx, numel(positions(ctx))) });
  },
  metaInputs: [1]
};
var softmaxCrossEntropy = {
  infer(ctx) {
    const x = ctx.input(0);
    return [lossValue(ctx), { dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const m5 = numel(positions(ctx));
    const n = numel(x.shape);
    return costOf(x.dtype, 1, { flops: 4 * n + nllFlops(ctx, m5), transcendentals: n + m5 });
  },
  metaInputs: [1]
};
var rules10 = {
  NegativeLogLikelihoodLoss: nll,
  SoftmaxCrossEntropyLoss: softmaxCrossEntropy
};

// src/ops/matmul-util.ts
var ELLIPSIS = "...";
function tokens(ctx, term) {
  const out = [];
  for (let i = 0; i < term.length; ) {
    if (term.startsWith(ELLIPSIS, i)) {
      if (out.includes(ELLIPSIS)) ctx.fail(`Einsum: term "${term}" has more than one "..."`);
      out.push(ELLIPSIS);
      i += 3;
    } else if (/[a-zA-Z]/.test(term[i])) {
      out.push(term[i++]);
    } else {
      ctx.fail(`Einsum: unexpected "${term[i]}" in term "${term}"`);
    }
  }
  return out;
}
function expand(toks, count, max) {
  const dots = Array.from({ length: count }, (_, j) => `.${max - count + j}`);
  return toks.flatMap((t) => t === ELLIPSIS ? dots : [t]);
}
function mergeSize(ctx, sizes, label, d) {
  const prev = sizes.get(label);
  if (prev === void 0 || prev === d) return void sizes.set(label, d);
  if (typeof prev === "number" && typeof d === "number") {
    if (label.startsWith(".") && (prev === 1 || d === 1)) return void sizes.set(label, prev * d);
    ctx.fail(`Einsum: label "${label}" is ${prev} in one operand and ${d} in another`);
  }
  if (typeof d === "number" ? d !== 1 || !label.startsWith(".") : prev === 1 && label.startsWith("."))
    sizes.set(label, d);
}
function inferEinsum(ctx) {
  const equation = ctx.attrs.string("equation").replace(/\s+/g, "");
  const sides = equation.split("->");
  if (sides.length > 2) ctx.fail(`Einsum: equation "${equation}" has more than one "->"`);
  const terms = sides[0].split(",");
  const shapes = ctx.inputs.map((_, i) => ctx.input(i).shape);
  if (terms.length !== shapes.length) {
    ctx.fail(`Einsum: "${equation}" names ${terms.length} operands, the node has ${shapes.length}`);
  }
  const parsed = terms.map((term, i) => {
    const toks = tokens(ctx, term);
    const letters = toks.filter((t) => t !== ELLIPSIS).length;
    const dots = shapes[i].length - letters;
    if (toks.includes(ELLIPSIS) ? dots < 0 : dots !== 0) {
      ctx.fail(`Einsum: term "${term}" does not fit input ${i} ${fmtShape(shapes[i])}`);
    }
    return { toks, dots: toks.includes(ELLIPSIS) ? dots : 0 };
  });
  const maxDots = Math.max(0, ...parsed.map((p) => p.dots));
  const operands = parsed.map((p) => expand(p.toks, p.dots, maxDots));
  const sizes = /* @__PURE__ */ new Map();
  operands.forEach((labels, i) => labels.forEach((l, j) => mergeSize(ctx, sizes, l, shapes[i][j])));
  const output = sides.length === 2 ? expand(tokens(ctx, sides[1]), maxDots, maxDots) : implicit(operands);
  for (const l of output) {
    if (!sizes.has(l)) ctx.fail(`Einsum: output label "${l}" of "${equation}" is in no input`);
  }
  if (new Set(output).size !== output.length) {
    ctx.fail(`Einsum: output of "${equation}" repeats a label`);
  }
  return { operands, output, sizes, shape: output.map((l) => sizes.get(l)) };
}
function implicit(operands) {
  const all = operands.flat();
  const dots = [...new Set(all.filter((l) => l.startsWith(".")))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1))
  );
  const once = [...new Set(all)].filter(
    (l) => !l.startsWith(".") && all.indexOf(l) === all.lastIndexOf(l)
  );
  return [...dots, ...once.sort()];
}
function einsumCost(plan) {
  const size = (labels) => numel([...labels].map((l) => plan.sizes.get(l)));
  const ops = plan.operands;
  if (ops.length === 1) return { macs: 0, adds: size(new Set(ops[0])) - size(plan.output) };
  let current = new Set(ops[0]);
  let macs = 0;
  for (let k = 1; k < ops.length; k++) {
    const step = /* @__PURE__ */ new Set([...current, ...ops[k]]);
    macs += size(step);
    const needed = /* @__PURE__ */ new Set([...plan.output, ...ops.slice(k + 1).flat()]);
    current = new Set([...step].filter((l) => needed.has(l)));
  }
  return { macs, adds: 0 };
}

// src/ops/matmul.ts
function matmulShapes(ctx, a, b) {
  const op = ctx.node.opType;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`${op}: operands must not be scalars (A ${fmtShape(a)}, B ${fmtShape(b)})`);
  }
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  const ka = left[left.length - 1];
  const kb = right[right.length - 2];
  if (typeof ka === "number" && typeof kb === "number" && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const batch = broadcast(ctx, [left.slice(0, -2), right.slice(0, -2)]);
  const m5 = left[left.length - 2];
  const n = right[right.length - 1];
  const out = [...batch, ...a.length === 1 ? [] : [m5], ...b.length === 1 ? [] : [n]];
  return { out, batch, m: m5, k: typeof ka === "number" ? ka : kb, n };
}
var productMacs = (p) => numel([...p.batch, p.m, p.k, p.n]);
function fusedOperand(shape, trans, transBatch) {
  const r = shape.length;
  if (r < 2) return shape;
  const batch = transBatch ? shape.slice(1, r - 1) : shape.slice(0, r - 2);
  const rows = transBatch ? shape[0] : shape[r - 2];
  const cols = shape[r - 1];
  return trans ? [...batch, cols, rows] : [...batch, rows, cols];
}
function fusedMatmulShapes(ctx) {
  const flag = (name) => ctx.attrs.int(name, 0) !== 0;
  const a = fusedOperand(ctx.input(0).shape, flag("transA"), flag("transBatchA"));
  const b = fusedOperand(ctx.input(1).shape, flag("transB"), flag("transBatchB"));
  return matmulShapes(ctx, a, b);
}
var matmul = {
  infer(ctx) {
    const a = ctx.input(0);
    return [{ dtype: a.dtype, shape: matmulShapes(ctx, a.shape, ctx.input(1).shape).out }];
  },
  cost(ctx, [y]) {
    return denseCost(
      y.dtype,
      productMacs(matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape))
    );
  }
};
var fusedMatmul = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: fusedMatmulShapes(ctx).out }],
  cost: (ctx, [y]) => denseCost(y.dtype, productMacs(fusedMatmulShapes(ctx)))
};
function gemmFastGeluShapes(ctx) {
  const p = matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape);
  const bias = ctx.inputs[2] ? ctx.input(2).shape : void 0;
  if (bias && (bias.length !== 1 || typeof bias[0] === "number" && typeof p.n === "number" && bias[0] !== p.n)) {
    ctx.fail(`GemmFastGelu: bias ${fmtShape(bias)} must hold N = ${p.n} values`);
  }
  return p;
}
var gemmFastGelu = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: gemmFastGeluShapes(ctx).out }],
  cost(ctx, [y]) {
    const out = numel(y.shape);
    const perElement2 = GELU_TANH.flops + (ctx.inputs[2] ? 1 : 0);
    const t = GELU_TANH.transcendentals ?? 0;
    return denseCost(y.dtype, productMacs(gemmFastGeluShapes(ctx)), perElement2 * out, t * out);
  }
};
function gemmShapes(ctx) {
  const a = ctx.input(0).shape;
  const b = ctx.input(1).shape;
  const op = ctx.node.opType;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} must be matrices`);
  }
  const [m5, ka] = ctx.attrs.int("transA", 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int("transB", 0) ? [b[1], b[0]] : b;
  if (typeof ka === "number" && typeof kb === "number" && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const c = ctx.inputs[2]?.shape;
  if (c) {
    const target = [m5, n];
    const bad = c.length > 2 || c.some((d, i) => {
      const t = target[target.length - c.length + i];
      return typeof d === "number" && d !== 1 && typeof t === "number" && d !== t;
    });
    if (bad) ctx.fail(`${op}: C ${fmtShape(c)} does not broadcast to [M, N] = ${fmtShape(target)}`);
  }
  return { m: m5, k: typeof ka === "number" ? ka : kb, n };
}
function gemmCost(ctx, y, extraPerElement, transcendentals) {
  const { m: m5, k, n } = gemmShapes(ctx);
  const mn = numel([m5, n]);
  const extra = (ctx.inputs[2] ? mn : 0) + extraPerElement * mn;
  return denseCost(y.dtype, numel([m5, k, n]), extra, transcendentals * mn);
}
var gemm = {
  infer(ctx) {
    const { m: m5, n } = gemmShapes(ctx);
    return [{ dtype: ctx.input(0).dtype, shape: [m5, n] }];
  },
  cost: (ctx, [y]) => gemmCost(ctx, y, 0, 0)
};
var fusedGemm = {
  infer(ctx) {
    fusedActivation(ctx);
    return gemm.infer(ctx);
  },
  cost(ctx, [y]) {
    const act = fusedActivation(ctx);
    return gemmCost(ctx, y, act.flops, act.transcendentals);
  }
};
var einsum = {
  infer(ctx) {
    const { shape } = inferEinsum(ctx);
    return [{ dtype: ctx.input(0).dtype, shape }];
  },
  cost(ctx, [y]) {
    const { macs, adds } = einsumCost(inferEinsum(ctx));
    return denseCost(y.dtype, macs, adds);
  }
};
var rules11 = {
  MatMul: matmul,
  Gemm: gemm,
  Einsum: einsum,
  "com.microsoft/FusedMatMul": fusedMatmul,
  // The name FusedMatMul had before ONNX Runtime 1.3: the same schema.
  "com.microsoft/TransposeMatMul": fusedMatmul,
  "com.microsoft/FusedGemm": fusedGemm,
  "com.microsoft/GemmFastGelu": gemmFastGelu
};

// src/ops/movement-index.ts
function wrapIndex(ctx, i, dim) {
  const r = i < 0 ? i + dim : i;
  if (r < 0 || r >= dim)
    ctx.fail(`${ctx.node.opType}: index ${i} is out of range for a dim of ${dim}`);
  return r;
}
var gatherBytes = (ctx, outputs) => tensorBytes(ctx.inputs[1]) + 2 * tensorBytes(outputs[0]);
function gatherOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  const shape = [...data.shape.slice(0, ax), ...idx.shape, ...data.shape.slice(ax + 1)];
  const ind = constantOf(ctx, 1);
  const dim = data.shape[ax];
  if (ind && typeof dim === "number") ind.forEach((i) => wrapIndex(ctx, i, dim));
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !ind || !isStatic(data.shape)) return void 0;
    const dims = data.shape;
    const st = strides(dims);
    const q = idx.shape.length;
    const ist = strides(idx.shape);
    return mapIndices(out, src, (o) => {
      const k = ind[offsetOf(o.slice(ax, ax + q), ist)];
      const at = [...o.slice(0, ax), wrapIndex(ctx, k, dims[ax]), ...o.slice(ax + q)];
      return offsetOf(at, st);
    });
  });
}
function gatherElementsOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  if (idx.shape.length !== data.shape.length)
    ctx.fail(
      `GatherElements: indices ${fmtShape(idx.shape)} and data ${fmtShape(data.shape)} differ in rank`
    );
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  return fold(data.dtype, idx.shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape)) return void 0;
    const st = strides(data.shape);
    const dim = data.shape[ax];
    return mapIndices(out, src, (o) => {
      const at = o.slice();
      at[ax] = wrapIndex(ctx, ind[offsetOf(o, strides(out))], dim);
      return offsetOf(at, st);
    });
  });
}
function gatherNDOutput(ctx) {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const b = ctx.opset >= 12 ? ctx.attrs.int("batch_dims", 0) : 0;
  const k = idx.shape[idx.shape.length - 1];
  if (typeof k !== "number") return { dtype: data.dtype };
  if (b + k > data.shape.length)
    ctx.fail(
      `GatherND: index tuples of ${k} with batch_dims ${b} exceed data ${fmtShape(data.shape)}`
    );
  const shape = [...idx.shape.slice(0, -1), ...data.shape.slice(b + k)];
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape) || !isStatic(idx.shape)) return void 0;
    const dims = data.shape;
    const st = strides(dims);
    const ist = strides(idx.shape);
    const q = idx.shape.length - 1;
    return mapIndices(out, src, (o) => {
      const base = offsetOf(o.slice(0, q), ist.slice(0, q));
      const tuple = ind.slice(base, base + k).map((v, j) => wrapIndex(ctx, v, dims[b + j]));
      return offsetOf([...o.slice(0, b), ...tuple, ...o.slice(q)], st);
    });
  });
}
function scatterCost(ctx) {
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  if (reduction2 === "none") return {};
  const n = numel(ctx.input(2).shape);
  return isFloat(ctx.input(0).dtype) ? { flops: n } : { intOps: n };
}
function scatterElementsOutput(ctx) {
  const data = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), data.shape.length);
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction2 !== "none" || !isStatic(idxShape)) return void 0;
    const out = src.slice();
    const st = strides(shape);
    forEachIndex(idxShape, (i, flat) => {
      const at = i.slice();
      at[ax] = wrapIndex(ctx, ind[flat], shape[ax]);
      out[offsetOf(at, st)] = upd[flat];
    });
    return out;
  });
}
function scatterNDOutput(ctx) {
  const data = ctx.input(0);
  const reduction2 = ctx.opset >= 16 ? ctx.attrs.string("reduction", "none") : "none";
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction2 !== "none" || !isStatic(idxShape)) return void 0;
    const k = idxShape[idxShape.length - 1];
    const slice = numel(shape.slice(k));
    const st = strides(shape);
    const out = src.slice();
    for (let t = 0; t * k < ind.length; t++) {
      let base = 0;
      for (let j = 0; j < k; j++) base += wrapIndex(ctx, ind[t * k + j], shape[j]) * st[j];
      for (let e = 0; e < slice; e++) out[base + e] = upd[t * slice + e];
    }
    return out;
  });
}
function oneHotOutput(ctx) {
  const idx = ctx.input(0);
  const dtype = ctx.input(2).dtype;
  const depthValue = constantOf(ctx, 1)?.[0];
  const depth = depthValue === void 0 ? freshDim(ctx, "depth") : Math.trunc(depthValue);
  if (typeof depth === "number" && depth < 1) ctx.fail(`OneHot: depth ${depthValue} must be >= 1`);
  const ax = axis(ctx, ctx.attrs.int("axis", -1), idx.shape.length + 1);
  const shape = [...idx.shape.slice(0, ax), depth, ...idx.shape.slice(ax)];
  return fold(dtype, shape, (out) => {
    const ind = constantOf(ctx, 0);
    const values = constantOf(ctx, 2);
    if (!ind || !values || typeof depth !== "number") return void 0;
    const ist = strides(idx.shape);
    const res = [];
    forEachIndex(out, (o) => {
      const at = offsetOf([...o.slice(0, ax), ...o.slice(ax + 1)], ist);
      const want = ind[at] < 0 ? ind[at] + depth : ind[at];
      res.push(values[want === o[ax] ? 1 : 0]);
    });
    return res;
  });
}
function nonZeroOutput(ctx) {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (!src || !isStatic(x.shape))
    return { dtype: INT64, shape: [x.shape.length, freshDim(ctx, "nonzero")] };
  const hits = [];
  forEachIndex(x.shape, (i, flat) => {
    if (src[flat] !== 0) hits.push(i.slice());
  });
  const r = x.shape.length;
  return fold(INT64, [r, hits.length], () => {
    const out = [];
    for (let d = 0; d < r; d++) for (const h of hits) out.push(h[d]);
    return out;
  });
}
function compressOutput(ctx) {
  const x = ctx.input(0);
  const cond = constantOf(ctx, 1);
  const kept = cond ? cond.map((c, i) => c ? i : -1).filter((i) => i >= 0) : void 0;
  const hasAxis = ctx.attrs.has("axis");
  const ax = hasAxis ? axis(ctx, ctx.attrs.int("axis"), x.shape.length) : 0;
  const n = kept ? kept.length : freshDim(ctx, "compress");
  const shape = hasAxis ? x.shape.map((d, i) => i === ax ? n : d) : [n];
  return fold(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !kept || !isStatic(x.shape)) return void 0;
    if (!hasAxis) return kept.map((i) => src[i]);
    const st = strides(x.shape);
    return mapIndices(
      out,
      src,
      (o) => offsetOf(
        o.map((i, d) => d === ax ? kept[i] : i),
        st
      )
    );
  });
}
function uniqueOutputs(ctx) {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (src && !ctx.attrs.has("axis")) {
    const sorted = ctx.attrs.int("sorted", 1) === 1;
    const first = /* @__PURE__ */ new Map();
    const count = /* @__PURE__ */ new Map();
    src.forEach((v, i) => {
      if (!first.has(v)) first.set(v, i);
      count.set(v, (count.get(v) ?? 0) + 1);
    });
    const ys = [...first.keys()];
    if (sorted) ys.sort((a, b) => a - b);
    const pos = new Map(ys.map((v, i) => [v, i]));
    const counts = ys.map((v) => count.get(v));
    return [
      fold(x.dtype, [ys.length], () => ys),
      fold(INT64, [ys.length], () => ys.map((v) => first.get(v))),
      fold(INT64, [src.length], () => src.map((v) => pos.get(v))),
      fold(INT64, [ys.length], () => counts)
    ];
  }
  const u = freshDim(ctx, "unique");
  const hasAxis = ctx.attrs.has("axis");
  const ax = hasAxis ? axis(ctx, ctx.attrs.int("axis"), x.shape.length) : 0;
  const y = hasAxis ? x.shape.map((d, i) => i === ax ? u : d) : [u];
  const n = numel(x.shape);
  const all = hasAxis ? x.shape[ax] : Number.isNaN(n) ? freshDim(ctx) : n;
  return [
    { dtype: x.dtype, shape: y },
    { dtype: INT64, shape: [u] },
    { dtype: INT64, shape: [all] },
    { dtype: INT64, shape: [u] }
  ];
}
var scatterRule = (infer) => ({
  infer: (ctx) => [infer(ctx)],
  cost: scatterCost,
  metaInputs: [1]
});
var rules12 = {
  Gather: { infer: (ctx) => [gatherOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  GatherElements: {
    infer: (ctx) => [gatherElementsOutput(ctx)],
    bytes: gatherBytes,
    metaInputs: [1]
  },
  GatherND: { infer: (ctx) => [gatherNDOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  Scatter: scatterRule(scatterElementsOutput),
  ScatterElements: scatterRule(scatterElementsOutput),
  ScatterND: scatterRule(scatterNDOutput),
  OneHot: { infer: (ctx) => [oneHotOutput(ctx)], metaInputs: [0, 1, 2] },
  NonZero: { infer: (ctx) => [nonZeroOutput(ctx)] },
  Compress: { infer: (ctx) => [compressOutput(ctx)], metaInputs: [1] },
  Unique: { infer: uniqueOutputs }
};

// src/ops/movement-pad.ts
function padArgs(ctx, rank) {
  const pads = intsArg(ctx, 1, "pads", 11) ?? (ctx.opset >= 11 ? void 0 : ctx.attrs.ints("pads"));
  const axesIn = ctx.opset >= 18 && ctx.inputs[3] ? ctx.constant(3) : null;
  if (!pads || axesIn === void 0) return void 0;
  const axes = axesIn ? normAxes(ctx, axesIn, rank) : Array.from({ length: rank }, (_, i) => i);
  if (pads.length !== 2 * axes.length)
    ctx.fail(`Pad: ${pads.length} pads for ${axes.length} axes (need 2 per axis)`);
  const begin = new Array(rank).fill(0);
  const end = new Array(rank).fill(0);
  axes.forEach((a, k) => {
    begin[a] = pads[k];
    end[a] = pads[k + axes.length];
  });
  return { begin, end };
}
function padSource(mode, i, dim) {
  if (i >= 0 && i < dim) return i;
  if (mode === "edge") return i < 0 ? 0 : dim - 1;
  if (mode === "wrap") return (i % dim + dim) % dim;
  if (mode === "reflect") {
    const period = 2 * (dim - 1);
    const r = period === 0 ? 0 : (i % period + period) % period;
    return r < dim ? r : period - r;
  }
  return void 0;
}
function padOutput(ctx, x) {
  const args = padArgs(ctx, x.shape.length);
  if (!args) return { dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, "pad")) };
  const { begin, end } = args;
  const shape = x.shape.map(
    (d, i) => typeof d === "number" ? d + begin[i] + end[i] : begin[i] + end[i] === 0 ? d : freshDim(ctx, "pad")
  );
  if (shape.some((d) => typeof d === "number" && d < 0))
    ctx.fail(`Pad: pads crop ${fmtShape(x.shape)} below zero`);
  const mode = ctx.attrs.string("mode", "constant");
  const fill = ctx.opset >= 11 ? ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0 : ctx.attrs.float("value", 0);
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape) || fill === void 0) return void 0;
    const dims = x.shape;
    const st = strides(dims);
    return mapIndices(
      out,
      src,
      (idx) => {
        let off = 0;
        for (let d = 0; d < idx.length; d++) {
          const s = padSource(mode, idx[d] - begin[d], dims[d]);
          if (s === void 0) return void 0;
          off += s * st[d];
        }
        return off;
      },
      fill
    );
  });
}
var rules13 = {
  Pad: {
    infer: (ctx) => [padOutput(ctx, ctx.input(0))],
    metaInputs: [1, 2, 3]
  }
};

// src/ops/movement-sequence.ts
var MAX_TRACKED = 1 << 12;
function merge2(ctx, a, b) {
  if (!a || !b) return a ?? b;
  if (a.length !== b.length) return void 0;
  return a.map((d, i) => d === b[i] ? d : freshDim(ctx, "element"));
}
var sequence = (dtype, shape) => ({
  dtype,
  shape,
  kind: "sequence"
});
function ofElements(ctx, dtype, elements) {
  const shared = elements.slice(1).reduce((acc, e) => merge2(ctx, acc, e.shape), elements[0]?.shape);
  const s = sequence(dtype, shared);
  return elements.length <= MAX_TRACKED ? { ...s, elements } : s;
}
function element(v) {
  const value = foldedValueOf(v);
  return value ? { dtype: v.dtype, shape: v.shape, value } : { dtype: v.dtype, shape: v.shape };
}
function position(ctx, i, n, dflt, end = false) {
  if (!ctx.inputs[i]) return dflt;
  const p = ctx.constant(i);
  if (!p || p.length !== 1) return void 0;
  const k = p[0] < 0 ? p[0] + n : p[0];
  if (k < 0 || k > (end ? n : n - 1)) {
    ctx.fail(`${ctx.node.opType}: position ${p[0]} is out of range for a sequence of ${n}`);
  }
  return k;
}
function pieces(ctx, d) {
  const split = ctx.inputs[1] ? ctx.constant(1) : null;
  if (typeof d !== "number" || split === void 0) return void 0;
  if (split === null) return new Array(d).fill(1);
  if (ctx.inputs[1]?.shape?.length === 0 || split.length === 0) {
    const s = split[0] ?? d;
    if (!(s > 0)) return void 0;
    const count = Math.ceil(d / s);
    return Array.from({ length: count }, (_, k) => Math.min(s, d - k * s));
  }
  return split;
}
function splitToSequence(ctx) {
  const x = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
  const sizes = pieces(ctx, x.shape[ax]);
  const dropAxis = !ctx.inputs[1] && ctx.attrs.int("keepdims", 1) === 0;
  if (sizes && sizes.length <= MAX_TRACKED) {
    const elements = sizes.map((size) => {
      const shape2 = x.shape.slice();
      if (dropAxis) shape2.splice(ax, 1);
      else shape2[ax] = size;
      return { dtype: x.dtype, shape: shape2 };
    });
    return ofElements(ctx, x.dtype, elements);
  }
  const shape = x.shape.slice();
  if (dropAxis) shape.splice(ax, 1);
  else shape[ax] = ctx.inputs[1] ? freshDim(ctx, "element") : 1;
  return sequence(x.dtype, shape);
}
function concatFromSequence(ctx) {
  const s = ctx.inputs[0];
  if (!s?.shape) return { dtype: s?.dtype ?? 0 };
  const newAxis = ctx.attrs.int("new_axis", 0) === 1;
  const rank = s.shape.length + (newAxis ? 1 : 0);
  const ax = axis(ctx, ctx.attrs.int("axis"), rank);
  const shape = s.shape.slice();
  const elements = s.elements?.length ? s.elements : void 0;
  if (newAxis) shape.splice(ax, 0, elements?.length ?? freshDim(ctx, "length"));
  else {
    const dims = elements?.map((e) => e.shape?.[ax]);
    const known2 = dims?.every((d) => typeof d === "number");
    shape[ax] = known2 ? dims.reduce((a, b) => a + b, 0) : freshDim(ctx, "concat");
  }
  return { dtype: s.dtype, shape };
}
var known = (ctx) => ctx.inputs[0]?.elements;
var rules14 = {
  SequenceEmpty: {
    infer: (ctx) => [
      { ...sequence(ctx.attrs.int("dtype", DataType.FLOAT), void 0), elements: [] }
    ],
    bytes: "view"
  },
  SequenceConstruct: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail("SequenceConstruct needs at least one input");
      const xs = ctx.inputs.map((_, i) => ctx.input(i));
      return [ofElements(ctx, xs[0].dtype, xs.map(element))];
    },
    bytes: "view"
  },
  SequenceInsert: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const x = ctx.input(1);
      const elements = known(ctx);
      const at = elements && position(ctx, 2, elements.length, elements.length, true);
      if (elements && at !== void 0) {
        const next = [...elements.slice(0, at), element(x), ...elements.slice(at)];
        return [ofElements(ctx, x.dtype, next)];
      }
      return [sequence(x.dtype, merge2(ctx, s?.shape, x.shape))];
    },
    bytes: "view",
    metaInputs: [2]
  },
  SequenceErase: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length ? position(ctx, 1, elements.length, elements.length - 1) : void 0;
      if (elements && at !== void 0) {
        const next = elements.filter((_, k) => k !== at);
        return [
          next.length ? ofElements(ctx, s.dtype, next) : { ...sequence(s.dtype, void 0), elements: [] }
        ];
      }
      return [sequence(s?.dtype ?? 0, s?.shape)];
    },
    bytes: "view",
    metaInputs: [1]
  },
  SequenceAt: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length ? position(ctx, 1, elements.length, 0) : void 0;
      if (elements && at !== void 0) return [element(elements[at])];
      return [{ dtype: s?.dtype ?? 0, shape: s?.shape }];
    },
    bytes: "view",
    metaInputs: [1]
  },
  SequenceLength: {
    infer(ctx) {
      const n = known(ctx)?.length;
      return [
        n === void 0 ? { dtype: INT64, shape: [] } : { dtype: INT64, shape: [], value: [n] }
      ];
    },
    bytes: "view"
  },
  SplitToSequence: {
    infer: (ctx) => [splitToSequence(ctx)],
    bytes: (ctx) => 2 * tensorBytes(ctx.inputs[0]),
    metaInputs: [1]
  },
  ConcatFromSequence: {
    infer: (ctx) => [concatFromSequence(ctx)],
    bytes: (_ctx, outputs) => 2 * tensorBytes(outputs[0])
  }
};

// src/ops/movement.ts
function concatDims(ctx, shapes, ax) {
  const out = shapes[0].slice();
  const parts = shapes.map((s) => s[ax]).filter((d) => d !== 0);
  out[ax] = parts.every((d) => typeof d === "number") ? parts.reduce((a, b) => a + b, 0) : parts.length === 1 ? parts[0] : freshDim(ctx, "concat");
  for (const s of shapes) {
    if (s.length !== out.length)
      ctx.fail(`Concat: ranks differ (${shapes.map(fmtShape).join(", ")})`);
    s.forEach((d, i) => {
      if (i === ax || d === out[i]) return;
      if (typeof d === "number" && typeof out[i] === "number")
        ctx.fail(`Concat on axis ${ax}: dim ${i} differs (${shapes.map(fmtShape).join(", ")})`);
      if (typeof out[i] === "string") out[i] = d;
    });
  }
  return out;
}
function foldConcat(ctx, count, ax, out) {
  const parts = Array.from({ length: count }, (_, i) => constantOf(ctx, i));
  if (parts.some((p) => !p)) return void 0;
  const outer = out.slice(0, ax).reduce((a, b) => a * b, 1);
  const values = [];
  for (let o = 0; o < outer; o++) {
    for (const p of parts) {
      const chunk = p.length / outer;
      for (let j = o * chunk; j < (o + 1) * chunk; j++) values.push(p[j]);
    }
  }
  return values;
}
function splitSizes(ctx, dim, count) {
  const given = intsArg(ctx, 1, "split", 13);
  if (given === void 0) return Array.from({ length: count }, () => freshDim(ctx, "split"));
  if (given) {
    if (given.length !== count) ctx.fail(`Split: ${given.length} sizes for ${count} outputs`);
    if (given.some((g) => g < 0)) ctx.fail(`Split: sizes [${given.join(", ")}] have a negative`);
    const sum2 = given.reduce((a, b) => a + b, 0);
    if (typeof dim === "number" && sum2 !== dim)
      ctx.fail(`Split: sizes [${given.join(", ")}] add up to ${sum2}, the axis has ${dim}`);
    return given;
  }
  if (typeof dim !== "number")
    return count === 1 ? [dim] : Array.from({ length: count }, () => freshDim(ctx, "split"));
  if (ctx.opset >= 18 && ctx.attrs.has("num_outputs")) {
    const n = ctx.attrs.int("num_outputs");
    if (n !== count) ctx.fail(`Split: num_outputs is ${n} but the node has ${count} outputs`);
    const part = Math.ceil(dim / n);
    return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(part, dim - part * i)));
  }
  if (dim % count !== 0)
    ctx.fail(`Split: axis of size ${dim} does not split into ${count} equal parts`);
  return new Array(count).fill(dim / count);
}
function sliceArgs(ctx, rank) {
  const read = (input, attr) => ctx.opset >= 10 ? ctx.inputs[input] ? ctx.constant(input) : null : ctx.attrs.has(attr) ? ctx.attrs.ints(attr) : null;
  const starts = read(1, "starts");
  const ends = read(2, "ends");
  const axes = read(3, "axes");
  const steps = ctx.opset >= 10 ? read(4, "steps") : null;
  if (!starts || !ends || axes === void 0 || steps === void 0) return void 0;
  const ax = normAxes(ctx, axes ?? starts.map((_, i) => i), rank);
  if (starts.length !== ends.length || ax.length !== starts.length)
    ctx.fail(`Slice: starts, ends and axes have different lengths`);
  const st = steps ?? starts.map(() => 1);
  if (st.some((s) => s === 0)) ctx.fail("Slice: a step is 0");
  return { starts, ends, axes: ax, steps: st };
}
function sliceOutput(ctx, x) {
  const args = sliceArgs(ctx, x.shape.length);
  if (!args) {
    const axes = ctx.opset >= 10 && ctx.inputs[3] ? ctx.constant(3) : void 0;
    const touched = axes ? new Set(normAxes(ctx, axes, x.shape.length)) : void 0;
    const shape2 = x.shape.map((d, i) => !touched || touched.has(i) ? freshDim(ctx, "slice") : d);
    return { dtype: x.dtype, shape: shape2 };
  }
  const shape = x.shape.slice();
  const first = x.shape.map(() => 0);
  const step = x.shape.map(() => 1);
  args.axes.forEach((a, k) => {
    const [s, e, t] = [args.starts[k], args.ends[k], args.steps[k]];
    const d = x.shape[a];
    if (typeof d === "number") {
      const b = sliceBounds(d, s, e, t);
      [shape[a], first[a], step[a]] = [b.count, b.first, t];
    } else if (!(s === 0 && e >= HUGE_INDEX && t === 1)) shape[a] = freshDim(ctx, "slice");
  });
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape)) return void 0;
    const st = strides(x.shape);
    return mapAffine(
      out,
      src,
      offsetOf(first, st),
      st.map((s, d) => s * step[d])
    );
  });
}
function spaceDepth(ctx, toSpace) {
  const x = ctx.input(0);
  const b = ctx.attrs.int("blocksize");
  if (x.shape.length !== 4)
    ctx.fail(`${ctx.node.opType} needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const [n, c, h, w] = x.shape;
  const divide2 = (d, by, what) => {
    if (typeof d !== "number") return freshDim(ctx, what);
    if (d % by !== 0)
      ctx.fail(`${ctx.node.opType}: ${what} ${d} of ${fmtShape(x.shape)} does not divide by ${by}`);
    return d / by;
  };
  const times = (d, by) => typeof d === "number" ? d * by : freshDim(ctx);
  const shape = toSpace ? [n, divide2(c, b * b, "channels"), times(h, b), times(w, b)] : [n, times(c, b * b), divide2(h, b, "height"), divide2(w, b, "width")];
  return [{ dtype: x.dtype, shape }];
}
var rules15 = {
  Transpose: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const perm = ctx.attrs.ints(
        "perm",
        Array.from({ length: r }, (_, i) => r - 1 - i)
      );
      if (perm.length !== r || new Set(normAxes(ctx, perm, r)).size !== r)
        ctx.fail(`Transpose: perm [${perm.join(", ")}] does not fit ${fmtShape(x.shape)}`);
      const p = normAxes(ctx, perm, r);
      const shape = p.map((a) => x.shape[a]);
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            p.map((a) => st[a])
          );
        })
      ];
    }
  },
  Concat: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail("Concat needs at least one input");
      const present2 = ctx.inputs.map((_, i) => ctx.input(i));
      const shapes = present2.map((v) => v.shape);
      const ax = axis(ctx, ctx.attrs.int("axis"), shapes[0].length);
      const shape = concatDims(ctx, shapes, ax);
      return [
        foldDeferred(present2[0].dtype, shape, (out) => foldConcat(ctx, shapes.length, ax, out))
      ];
    }
  },
  Split: {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
      const sizes = splitSizes(ctx, x.shape[ax], ctx.node.outputs.length);
      const src = constantOf(ctx, 0);
      let offset = 0;
      return sizes.map((size) => {
        const shape = x.shape.slice();
        shape[ax] = size;
        const start = offset;
        offset += typeof size === "number" ? size : 0;
        return foldDeferred(x.dtype, shape, (out) => {
          if (!src || !isStatic(x.shape)) return void 0;
          const st = strides(x.shape);
          return mapAffine(out, src, start * st[ax], st);
        });
      });
    },
    metaInputs: [1]
  },
  Slice: {
    infer: (ctx) => [sliceOutput(ctx, ctx.input(0))],
    bytes: (ctx, outputs) => 2 * tensorBytes(outputs[0]) + [1, 2, 3, 4].reduce((a, i) => a + tensorBytes(ctx.inputs[i]), 0),
    metaInputs: [1, 2, 3, 4]
  },
  Expand: {
    infer(ctx) {
      const x = ctx.input(0);
      const target = ctx.constant(1);
      let shape;
      if (target) shape = broadcast(ctx, [x.shape, target]);
      else {
        const k = rankOfShapeTensor(ctx.input(1));
        if (k === void 0) return [{ dtype: x.dtype }];
        const r = Math.max(k, x.shape.length);
        shape = Array.from({ length: r }, (_, i) => {
          const d = x.shape[i - (r - x.shape.length)];
          return d !== void 0 && d !== 1 ? d : freshDim(ctx, "expand");
        });
      }
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const lead = out.length - x.shape.length;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            out.map((_, d) => d < lead || x.shape[d - lead] === 1 ? 0 : st[d - lead])
          );
        })
      ];
    },
    metaInputs: [1]
  },
  Tile: {
    infer(ctx) {
      const x = ctx.input(0);
      const repeats = ctx.constant(1);
      if (!repeats) return [{ dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, "tile")) }];
      if (repeats.length !== x.shape.length)
        ctx.fail(`Tile: ${repeats.length} repeats for ${fmtShape(x.shape)}`);
      if (repeats.some((r) => r < 0))
        ctx.fail(`Tile: repeats [${repeats.join(", ")}] must be non-negative`);
      const shape = x.shape.map(
        (d, i) => typeof d === "number" ? d * repeats[i] : repeats[i] === 1 ? d : freshDim(ctx, "tile")
      );
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return void 0;
          const dims = x.shape;
          const st = strides(dims);
          return mapIndices(
            out,
            src,
            (idx) => offsetOf(
              idx.map((i, d) => i % dims[d]),
              st
            )
          );
        })
      ];
    },
    metaInputs: [1]
  },
  Trilu: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2) ctx.fail(`Trilu needs rank >= 2, got ${fmtShape(x.shape)}`);
      const k = ctx.inputs[1] ? constantOf(ctx, 1)?.[0] : 0;
      const upper = ctx.attrs.int("upper", 1) === 1;
      return [
        foldDeferred(x.dtype, x.shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || k === void 0) return void 0;
          const [rows, cols] = out.slice(-2);
          return src.map((v, f) => {
            const j = f % cols;
            const i = Math.floor(f / cols) % rows;
            return (upper ? j - i >= k : j - i <= k) ? v : 0;
          });
        })
      ];
    },
    metaInputs: [1]
  },
  DepthToSpace: { infer: (ctx) => spaceDepth(ctx, true) },
  SpaceToDepth: { infer: (ctx) => spaceDepth(ctx, false) },
  ReverseSequence: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    metaInputs: [1]
  }
};

// src/ops/normalization.ts
var FLOAT = DataType.FLOAT;
var statShape = (shape, ax) => shape.map((d, i) => i < ax ? d : 1);
function checkOperand(ctx, i, target, what) {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const out = broadcast(ctx, [target, s]);
  if (out.length !== target.length || out.some((d, k) => d !== target[k])) {
    ctx.fail(`${what} ${fmtShape(s)} does not match the normalized shape ${fmtShape(target)}`);
  }
}
function rowNormCost(ctx, n, rows, perElement2) {
  const c = costOf(ctx.input(0).dtype, n, { flops: perElement2 });
  if (c.intOps !== void 0) return { intOps: c.intOps + rows };
  return { ...c, transcendentals: rows };
}
function lastAxesNorm(baseFlops, affineInputs, statDtypeAttr) {
  const axisOf = (ctx) => axis(ctx, ctx.attrs.int("axis", -1), ctx.input(0).shape.length);
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      for (const i of affineInputs) checkOperand(ctx, i, x.shape.slice(ax), `input ${i}`);
      const stat = statDtypeAttr ? ctx.attrs.int("stash_type", FLOAT) : FLOAT;
      const stats = { dtype: stat, shape: statShape(x.shape, ax) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      const affine = affineInputs.filter((i) => ctx.inputs[i]).length;
      return rowNormCost(ctx, numel(x.shape), numel(x.shape.slice(0, ax)), baseFlops + affine);
    }
  };
}
function channels(ctx) {
  const x = ctx.input(0);
  if (x.shape.length < 2) ctx.fail(`expected X of shape [N, C, ...], got ${fmtShape(x.shape)}`);
  return x.shape[1];
}
function checkLength(ctx, i, expected, what) {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const n = numel(s);
  if (typeof expected === "number" && !Number.isNaN(n) && n !== expected) {
    ctx.fail(`${what} ${fmtShape(s)} must have ${expected} elements`);
  }
}
var batchNorm = {
  infer(ctx) {
    const x = ctx.input(0);
    const c = channels(ctx);
    const spatial = ctx.opset < 9 && ctx.attrs.int("spatial", 1) === 0;
    if (!spatial) for (let i = 1; i <= 4; i++) checkLength(ctx, i, c, `input ${i}`);
    const stat = { dtype: ctx.input(3).dtype, shape: ctx.input(3).shape };
    return [{ dtype: x.dtype, shape: x.shape }, stat, stat, stat, stat];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const training = ctx.opset >= 14 ? ctx.attrs.int("training_mode", 0) === 1 : ctx.node.outputs.slice(1).some((o) => o !== "");
    const n = numel(x.shape);
    if (!training) return costOf(x.dtype, n, { flops: 2 });
    return { flops: 6 * n, transcendentals: numel(ctx.input(1).shape) };
  }
};
function groupedNorm(groupsOf) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      groupsOf(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const groups = groupsOf(ctx);
      const rows = numel([x.shape[0], groups]);
      return rowNormCost(ctx, numel(x.shape), rows, 7);
    }
  };
}
var instanceNormGroups = (ctx) => {
  const c = channels(ctx);
  checkLength(ctx, 1, c, "scale");
  checkLength(ctx, 2, c, "B");
  return c;
};
var groupNormGroups = (ctx) => {
  const c = channels(ctx);
  const g = ctx.attrs.int("num_groups");
  if (typeof c === "number" && (g < 1 || c % g !== 0)) {
    ctx.fail(`num_groups ${g} must divide the ${c} channels of ${fmtShape(ctx.input(0).shape)}`);
  }
  const perScale = ctx.opset >= 21 ? c : g;
  checkLength(ctx, 1, perScale, "scale");
  checkLength(ctx, 2, perScale, "bias");
  return g;
};
var lpNorm = {
  infer(ctx) {
    const x = ctx.input(0);
    axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const p = ctx.attrs.int("p", 2);
    if (p !== 1 && p !== 2) ctx.fail(`LpNormalization: p must be 1 or 2, got ${p}`);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const n = numel(x.shape);
    const c = costOf(x.dtype, n, { flops: 3 });
    return ctx.attrs.int("p", 2) === 2 ? { ...c, transcendentals: n / numel([x.shape[ax]]) } : c;
  }
};
var lrn = {
  infer(ctx) {
    const x = ctx.input(0);
    channels(ctx);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const size = ctx.attrs.int("size");
    return costOf(x.dtype, numel(x.shape), { flops: size + 3, transcendentals: 1 });
  }
};
var mvn = {
  infer(ctx) {
    const x = ctx.input(0);
    for (const a of ctx.attrs.ints("axes", [0, 2, 3])) axis(ctx, a, x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const axes = ctx.attrs.ints("axes", [0, 2, 3]).map((a) => axis(ctx, a, x.shape.length));
    const n = numel(x.shape);
    return rowNormCost(ctx, n, n / numel(axes.map((a) => x.shape[a])), 5);
  }
};
function softmaxRows(ctx) {
  const x = ctx.input(0);
  const legacy = ctx.opset < 13;
  const ax = axis(ctx, ctx.attrs.int("axis", legacy ? 1 : -1), x.shape.length);
  return legacy ? numel(x.shape.slice(0, ax)) : numel(x.shape) / numel([x.shape[ax]]);
}
function softmax(flops, transcendentals, perRow) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      softmaxRows(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const n = numel(x.shape);
      const c = costOf(x.dtype, n, { flops, transcendentals });
      if (perRow === 0) return c;
      return { ...c, transcendentals: (c.transcendentals ?? 0) + perRow * softmaxRows(ctx) };
    }
  };
}
function skipNorm(normFlops, affine, bias) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2)
        ctx.fail(`expected input [B, S, H] or [T, H], got ${fmtShape(x.shape)}`);
      const hidden = x.shape.slice(-1);
      checkOperand(ctx, 1, x.shape, "skip");
      for (const i of [...affine, bias]) checkOperand(ctx, i, hidden, `input ${i}`);
      const stats = { dtype: FLOAT, shape: statShape(x.shape, x.shape.length - 1) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats, { dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const present2 = [...affine, bias].filter((i) => ctx.inputs[i]).length;
      const n = numel(x.shape);
      return rowNormCost(ctx, n, numel(x.shape.slice(0, -1)), normFlops + 1 + present2);
    }
  };
}
var embedLayerNorm = {
  infer(ctx) {
    const ids = ctx.input(0).shape;
    const word = ctx.input(2);
    if (ids.length !== 2 || word.shape.length !== 2) {
      ctx.fail(
        `expected input_ids [B, S] and word_embedding [V, H], got ${fmtShape(ids)} and ` + fmtShape(word.shape)
      );
    }
    const hidden = word.shape[1];
    for (const i of [3, 4]) {
      if (ctx.inputs[i] && ctx.input(i).shape[1] !== hidden) {
        ctx.fail(`embedding ${i} ${fmtShape(ctx.input(i).shape)} must have hidden size ${hidden}`);
      }
    }
    checkOperand(ctx, 5, [hidden], "gamma");
    checkOperand(ctx, 6, [hidden], "beta");
    const out = { dtype: word.dtype, shape: [ids[0], ids[1], hidden] };
    return [out, { dtype: DataType.INT32, shape: [ids[0]] }, out];
  },
  cost(ctx, outputs) {
    const n = numel(outputs[0].shape);
    const ids = ctx.input(0).shape;
    const adds = 1 + (ctx.inputs[4] ? 1 : 0);
    const cost = costOf(ctx.input(2).dtype, n, { flops: 7 + adds });
    const mask = ctx.inputs[7] ? numel(ctx.input(7).shape) : 0;
    return { ...cost, transcendentals: numel(ids), intOps: (cost.intOps ?? 0) + mask };
  },
  metaInputs: [0, 1, 7, 8]
};
var rules16 = {
  BatchNormalization: batchNorm,
  LayerNormalization: lastAxesNorm(5, [1, 2], true),
  RMSNormalization: lastAxesNorm(3, [1], true),
  InstanceNormalization: groupedNorm(instanceNormGroups),
  GroupNormalization: groupedNorm(groupNormGroups),
  LpNormalization: lpNorm,
  LRN: lrn,
  MeanVarianceNormalization: mvn,
  Softmax: softmax(4, 1, 0),
  LogSoftmax: softmax(4, 1, 1),
  Hardmax: softmax(1, 0, 0),
  // ONNX Runtime registers SimplifiedLayerNormalization in the default domain too.
  SimplifiedLayerNormalization: lastAxesNorm(3, [1], false),
  "com.microsoft/SimplifiedLayerNormalization": lastAxesNorm(3, [1], false),
  "com.microsoft/SkipLayerNormalization": skipNorm(5, [2, 3], 4),
  "com.microsoft/SkipSimplifiedLayerNormalization": skipNorm(3, [2], 3),
  "com.microsoft/EmbedLayerNormalization": embedLayerNorm
};

// src/ops/pool.ts
function kernelOf2(ctx) {
  const kernel = ctx.attrs.ints("kernel_shape");
  const x = ctx.input(0);
  if (x.shape.length !== kernel.length + 2) {
    ctx.fail(
      `kernel_shape ${fmtShape(kernel)} needs an input of rank ${kernel.length + 2} ([N, C, spatial...]), got ${fmtShape(x.shape)}`
    );
  }
  return kernel;
}
function poolShape(ctx) {
  const x = ctx.input(0);
  const kernel = kernelOf2(ctx);
  const attrs = ctx.attrs;
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, {
    strides: attrs.ints("strides", []),
    dilations: attrs.ints("dilations", []),
    pads: attrs.ints("pads", []),
    autoPad: attrs.string("auto_pad", "NOTSET"),
    ceilMode: attrs.int("ceil_mode", 0) === 1
  });
  return [x.shape[0], x.shape[1], ...spatial];
}
function windowPool(per, indices = false) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const shape = poolShape(ctx);
      const out = [{ dtype: x.dtype, shape }];
      if (indices) out.push({ dtype: DataType.INT64, shape });
      return out;
    },
    cost(ctx, outputs) {
      const kernel = product(kernelOf2(ctx));
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), per(kernel));
    }
  };
}
function globalPool(perInput, perOutput2) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 3) {
        ctx.fail(`expected an input of shape [N, C, spatial...], got ${fmtShape(x.shape)}`);
      }
      return [
        { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...x.shape.slice(2).map(() => 1)] }
      ];
    },
    cost(ctx, outputs) {
      const dtype = ctx.input(0).dtype;
      const a = costOf(dtype, numel(ctx.input(0).shape), perInput);
      if (!perOutput2) return a;
      const b = costOf(dtype, numel(outputs[0].shape), perOutput2);
      return {
        flops: (a.flops ?? 0) + (b.flops ?? 0),
        transcendentals: (a.transcendentals ?? 0) + (b.transcendentals ?? 0),
        intOps: (a.intOps ?? 0) + (b.intOps ?? 0)
      };
    }
  };
}
var maxUnpool = {
  infer(ctx) {
    const x = ctx.input(0);
    const kernel = kernelOf2(ctx);
    const given = ctx.inputs[2] ? ctx.constant(2) : void 0;
    if (ctx.inputs[2]) {
      if (given && given.length !== x.shape.length) {
        ctx.fail(`output_shape ${fmtShape(given)} must have rank ${x.shape.length}`);
      }
      if (given?.some((d) => d < 0))
        ctx.fail(`MaxUnpool: output_shape ${fmtShape(given)} is negative`);
      const shape = given ?? x.shape.map((_, i) => ctx.symbol(`${ctx.node.name}:${i}`));
      return [{ dtype: x.dtype, shape }];
    }
    const rank = kernel.length;
    const strides2 = ctx.attrs.ints("strides", new Array(rank).fill(1));
    const pads = ctx.attrs.ints("pads", new Array(2 * rank).fill(0));
    const spatial = kernel.map((k, i) => {
      const d = x.shape[i + 2];
      if (typeof d !== "number") return ctx.symbol(`${d}*unpool`);
      return (d - 1) * strides2[i] + k - pads[i] - pads[i + rank];
    });
    return [{ dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...spatial] }];
  },
  metaInputs: [1, 2]
};
var rules17 = {
  MaxPool: windowPool((k) => ({ flops: k }), true),
  AveragePool: windowPool((k) => ({ flops: k })),
  LpPool: windowPool((k) => ({ flops: 2 * k, transcendentals: 1 })),
  GlobalAveragePool: globalPool({ flops: 1 }),
  GlobalMaxPool: globalPool({ flops: 1 }),
  GlobalLpPool: globalPool({ flops: 2 }, { flops: 0, transcendentals: 1 }),
  MaxUnpool: maxUnpool
};

// src/ops/quantized-util.ts
var QUANTIZE_FLOPS = 3;
var DEQUANTIZE_FLOPS = 2;
var REQUANTIZE_INTOPS = 3;
var DYNAMIC_QUANTIZE_FLOPS = 2 + QUANTIZE_FLOPS;
var UINT8 = 2;
var INT32 = 6;
var FLOAT2 = 1;
function matmulGeometry(ctx, ai, bi) {
  const a = ctx.input(ai).shape;
  const b = ctx.input(bi).shape;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`MatMul operands ${fmtShape(a)} and ${fmtShape(b)} must not be scalars`);
  }
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const [m5, k] = a2.slice(-2);
  const [kb, n] = b2.slice(-2);
  if (typeof k === "number" && typeof kb === "number" && k !== kb) {
    ctx.fail(`inner dims of ${fmtShape(a)} and ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  const batch = broadcast(ctx, [a2.slice(0, -2), b2.slice(0, -2)]);
  const shape = [...batch, ...a.length === 1 ? [] : [m5], ...b.length === 1 ? [] : [n]];
  return { shape, macs: numel([...batch, m5, k, n]) };
}
function convGeometry(ctx, xi, wi) {
  const x = ctx.input(xi).shape;
  const w = ctx.input(wi).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must both be [N, C, spatial...]`);
  }
  const group = ctx.attrs.int("group", 1);
  const kernel = ctx.attrs.ints("kernel_shape", []).length ? ctx.attrs.ints("kernel_shape") : w.slice(2);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[1];
  if (typeof x[1] === "number" && typeof cin === "number" && x[1] !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${x[1]} channels; weights ${fmtShape(w)} with group ${group} expect ${cin * group}`
    );
  }
  if (typeof w[0] === "number" && w[0] % group !== 0) {
    ctx.fail(`weights ${fmtShape(w)}: ${w[0]} output channels are not divisible by group ${group}`);
  }
  const { spatial } = windowOutputShape(ctx, x, kernel, {
    strides: ctx.attrs.ints("strides", []),
    dilations: ctx.attrs.ints("dilations", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET")
  });
  const shape = [x[0], w[0], ...spatial];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}
var zeroPointType = (ctx, zp, fallback) => ctx.inputs[zp]?.dtype ?? fallback;

// src/ops/quantized-ms.ts
var SIGMOID_ARITHMETIC = 2;
function binary() {
  return {
    infer(ctx) {
      const shape = broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (2 * DEQUANTIZE_FLOPS + 1 + REQUANTIZE_INTOPS) * numel(y.shape) })
  };
}
function unary(intOps, transcendentals = 0) {
  return {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: ctx.input(0).shape.slice() }],
    cost(_ctx, [y]) {
      const n = numel(y.shape);
      return { intOps: intOps * n, transcendentals: transcendentals * n };
    }
  };
}
var toChannelsFirst = (s, last) => last ? [s[0], s[s.length - 1], ...s.slice(1, -1)] : s;
var fromChannelsFirst = (s, last) => last ? [s[0], ...s.slice(2), s[1]] : s;
function poolShape2(ctx) {
  const x = ctx.input(0).shape;
  const last = !!ctx.attrs.int("channels_last", 0);
  const kernel = ctx.attrs.ints("kernel_shape");
  if (!isStatic(kernel)) ctx.fail("kernel_shape must be static");
  const nc = toChannelsFirst(x, last);
  const { spatial } = windowOutputShape(ctx, nc, kernel, {
    strides: ctx.attrs.ints("strides", []),
    pads: ctx.attrs.ints("pads", []),
    autoPad: ctx.attrs.string("auto_pad", "NOTSET"),
    ceilMode: !!ctx.attrs.int("ceil_mode", 0)
  });
  return { shape: fromChannelsFirst([nc[0], nc[1], ...spatial], last), kernel };
}
function packing(ctx) {
  if (ctx.input(0).dtype !== DataType.UINT8) return 1;
  const bits = ctx.attrs.int("bits", 4);
  if (bits !== 2 && bits !== 4 && bits !== 8)
    ctx.fail(`GatherBlockQuantized: bits ${bits} is not 2, 4 or 8`);
  return 8 / bits;
}
function gatherBlockQuantized(ctx) {
  const data = ctx.input(0).shape;
  const idx = ctx.input(1).shape;
  const ax = axis(ctx, ctx.attrs.int("gather_axis", 0), data.length);
  const per = packing(ctx);
  const quantizeAxis = axis(ctx, ctx.attrs.int("quantize_axis", 1), data.length);
  if (per > 1 && quantizeAxis !== data.length - 1)
    ctx.fail(
      `GatherBlockQuantized: packed uint8 data ${fmtShape(data)} must quantize its last axis`
    );
  const scales = ctx.input(2).shape;
  if (scales.length !== data.length)
    ctx.fail(
      `GatherBlockQuantized: scales ${fmtShape(scales)} and data ${fmtShape(data)} differ in rank`
    );
  const shape = [...data.slice(0, ax), ...idx, ...data.slice(ax + 1)];
  const last = shape[shape.length - 1];
  if (per > 1)
    shape[shape.length - 1] = typeof last === "number" ? last * per : ctx.symbol(`${last}*${per}`);
  return { out: { dtype: ctx.input(2).dtype, shape }, axis: ax };
}
var rules18 = {
  "com.microsoft/GatherBlockQuantized": {
    infer: (ctx) => [gatherBlockQuantized(ctx).out],
    cost: (_ctx, [y]) => ({ flops: DEQUANTIZE_FLOPS * numel(y.shape) }),
    bytes(ctx, [y]) {
      const { axis: ax } = gatherBlockQuantized(ctx);
      const rows = numel([ctx.input(0).shape[ax]]);
      const table = [0, 2, 3].reduce((s, i) => s + tensorBytes(ctx.inputs[i]), 0);
      const picked = numel(ctx.input(1).shape) * table / rows;
      return tensorBytes(ctx.inputs[1]) + picked + tensorBytes(y);
    },
    metaInputs: [1],
    // uint8 data packs 8 / bits values per byte, and its zero points one per block (per scale).
    packedWeights(ctx, input) {
      const per = packing(ctx);
      if (per === 1 || input !== 0 && input !== 3) return void 0;
      const dtype = per === 2 ? DataType.UINT4 : DataType.UINT2;
      const elements = input === 0 ? numel(ctx.input(0).shape) * per : numel(ctx.input(2).shape);
      return { elements, dtype };
    }
  },
  "com.microsoft/QLinearAdd": binary(),
  "com.microsoft/QLinearMul": binary(),
  "com.microsoft/QLinearSigmoid": unary(DEQUANTIZE_FLOPS + SIGMOID_ARITHMETIC + REQUANTIZE_INTOPS, 1),
  "com.microsoft/QLinearLeakyRelu": unary(DEQUANTIZE_FLOPS + 1 + REQUANTIZE_INTOPS),
  "com.microsoft/QLinearConcat": {
    infer(ctx) {
      const count = (ctx.inputs.length - 2) / 3;
      if (count < 1 || !Number.isInteger(count)) {
        ctx.fail(`expects Y_scale, Y_zero_point, then (X, scale, zero point) triples`);
      }
      const parts = Array.from({ length: count }, (_, j) => ctx.input(2 + 3 * j).shape);
      const rank = parts[0].length;
      const ax = axis(ctx, ctx.attrs.int("axis"), rank);
      const shape = parts[0].slice();
      for (const p of parts.slice(1)) {
        if (p.length !== rank || p.some(
          (d, i) => i !== ax && typeof d === "number" && typeof shape[i] === "number" && d !== shape[i]
        )) {
          ctx.fail(`inputs ${parts.map(fmtShape).join(", ")} differ outside axis ${ax}`);
        }
        const a = shape[ax];
        const b = p[ax];
        shape[ax] = typeof a === "number" && typeof b === "number" ? a + b : ctx.symbol(`${ctx.node.name}:concat`);
      }
      return [{ dtype: ctx.inputs[1]?.dtype ?? ctx.input(2).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(y.shape) })
  },
  "com.microsoft/QLinearAveragePool": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: poolShape2(ctx).shape }],
    cost(ctx) {
      const { shape, kernel } = poolShape2(ctx);
      return { intOps: (product(kernel) + DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(shape) };
    }
  },
  "com.microsoft/QLinearGlobalAveragePool": {
    infer(ctx) {
      const x = ctx.input(0).shape;
      if (x.length < 3) ctx.fail(`input ${fmtShape(x)} must be [N, C, spatial...]`);
      const last = !!ctx.attrs.int("channels_last", 0);
      const nc = toChannelsFirst(x, last);
      const shape = fromChannelsFirst([nc[0], nc[1], ...nc.slice(2).map(() => 1)], last);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (ctx, [y]) => ({
      intOps: numel(ctx.input(0).shape) + (DEQUANTIZE_FLOPS + REQUANTIZE_INTOPS) * numel(y.shape)
    })
  }
};

// src/ops/quantized.ts
function checkScale(ctx, x, si, zi) {
  const s = ctx.inputs[si]?.shape;
  if (!s) return;
  const zp = ctx.inputs[zi]?.shape;
  const scalar = (t) => numel(t) === 1;
  const differ = zp && !(scalar(zp) && scalar(s)) && (zp.length !== s.length || zp.some((d, i) => d !== s[i]));
  if (differ) {
    ctx.fail(`zero point ${fmtShape(zp)} must have the shape of the scale ${fmtShape(s)}`);
  }
  if (s.length === 0 || s.length === 1 && s[0] === 1) return;
  const opset = ctx.node.domain === "com.microsoft" ? 21 : ctx.opset;
  if (opset < 13) ctx.fail(`scale ${fmtShape(s)} must be a scalar before opset 13`);
  const ax = axis(ctx, ctx.attrs.int("axis", 1), x.length);
  const block = opset >= 21 ? ctx.attrs.int("block_size", 0) : 0;
  const size = x[ax];
  const ok = block > 0 ? s.length === x.length && s.every(
    (d, i) => i === ax ? typeof size !== "number" || d === Math.ceil(size / block) : typeof d !== "number" || typeof x[i] !== "number" || d === x[i]
  ) : s.length === 1 && (typeof size !== "number" || s[0] === size);
  if (!ok) {
    const how = block > 0 ? `blocks of ${block} along axis ${ax}` : `axis ${ax}`;
    ctx.fail(`scale ${fmtShape(s)} does not match input ${fmtShape(x)} per ${how}`);
  }
}
var perElement = (flops) => (ctx) => ({
  flops: flops * numel(ctx.input(0).shape)
});
function integerDense(geometry, outType, opts) {
  return {
    infer: (ctx) => [{ dtype: outType(ctx), shape: geometry(ctx).shape }],
    cost(ctx) {
      const g = geometry(ctx);
      const out = numel(g.shape);
      const bias = opts.bias !== void 0 && ctx.inputs[opts.bias] ? out : 0;
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (opts.requantize ? REQUANTIZE_INTOPS * out : 0)
      };
    }
  };
}
function toFloat(ctx, g, biasIndex) {
  const out = numel(g.shape);
  return { macs: g.macs, intOps: 2 * g.macs, flops: out + (ctx.inputs[biasIndex] ? out : 0) };
}
function matMulNBitsGeometry(ctx) {
  const a = ctx.input(0).shape;
  const k = ctx.attrs.int("K");
  const n = ctx.attrs.int("N");
  const bits = ctx.attrs.int("bits", 4);
  const block = ctx.attrs.int("block_size");
  if (a.length < 1 || typeof a[a.length - 1] === "number" && a[a.length - 1] !== k) {
    ctx.fail(`A ${fmtShape(a)} must end in K = ${k}`);
  }
  const b = ctx.input(1).shape;
  const blob = block * bits / 8;
  const expected = [n, Math.ceil(k / block), blob];
  if (b.length === 3 && b.some((d, i) => typeof d === "number" && d !== expected[i])) {
    ctx.fail(
      `B ${fmtShape(b)} must be [N, ceil(K / block_size), block_size\xB7bits/8] = ` + fmtShape(expected)
    );
  }
  const shape = [...a.slice(0, -1), n];
  return { shape, macs: numel(a.slice(0, -1)) * k * n, k, n };
}
function qgemmGeometry(ctx) {
  const a = ctx.input(0).shape;
  const b = ctx.input(3).shape;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`A ${fmtShape(a)} and B ${fmtShape(b)} must be 2-D`);
  }
  const [m5, k] = ctx.attrs.int("transA", 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int("transB", 0) ? [b[1], b[0]] : b;
  if (typeof k === "number" && typeof kb === "number" && k !== kb) {
    ctx.fail(`inner dims of A ${fmtShape(a)} and B ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  return { shape: [m5, n], macs: numel([m5, k, n]) };
}
var quantizeLinear = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 21 ? ctx.attrs.int("output_dtype", 0) : 0;
    return [{ dtype: zeroPointType(ctx, 2, attr || UINT8), shape: x.shape.slice() }];
  },
  cost: perElement(QUANTIZE_FLOPS)
};
var dequantizeLinear = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 23 ? ctx.attrs.int("output_dtype", 0) : 0;
    return [{ dtype: attr || (ctx.inputs[1]?.dtype ?? FLOAT2), shape: x.shape.slice() }];
  },
  cost: perElement(DEQUANTIZE_FLOPS)
};
var rules19 = {
  QuantizeLinear: quantizeLinear,
  DequantizeLinear: dequantizeLinear,
  "com.microsoft/QuantizeLinear": quantizeLinear,
  "com.microsoft/DequantizeLinear": dequantizeLinear,
  DynamicQuantizeLinear: {
    infer(ctx) {
      const x = ctx.input(0);
      return [
        { dtype: UINT8, shape: x.shape.slice() },
        { dtype: FLOAT2, shape: [] },
        { dtype: UINT8, shape: [] }
      ];
    },
    cost: perElement(DYNAMIC_QUANTIZE_FLOPS)
  },
  QLinearConv: integerDense(
    (ctx) => convGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    {
      bias: 8,
      requantize: true
    }
  ),
  ConvInteger: integerDense(
    (ctx) => convGeometry(ctx, 0, 1),
    () => INT32,
    { requantize: false }
  ),
  QLinearMatMul: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    { requantize: true }
  ),
  MatMulInteger: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 1),
    () => INT32,
    {
      requantize: false
    }
  ),
  "com.microsoft/QGemm": {
    infer(ctx) {
      const quantized = !!ctx.inputs[7];
      const dtype = quantized ? zeroPointType(ctx, 8, UINT8) : FLOAT2;
      return [{ dtype, shape: qgemmGeometry(ctx).shape }];
    },
    cost(ctx) {
      const g = qgemmGeometry(ctx);
      const out = numel(g.shape);
      const bias = ctx.inputs[6] ? out : 0;
      const quantized = !!ctx.inputs[7];
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (quantized ? REQUANTIZE_INTOPS * out : 0),
        flops: quantized ? 0 : out
      };
    }
  },
  "com.microsoft/MatMulIntegerToFloat": {
    infer: (ctx) => [
      { dtype: ctx.inputs[2]?.dtype ?? FLOAT2, shape: matmulGeometry(ctx, 0, 1).shape }
    ],
    cost: (ctx) => toFloat(ctx, matmulGeometry(ctx, 0, 1), 6)
  },
  "com.microsoft/DynamicQuantizeMatMul": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matmulGeometry(ctx, 0, 1).shape }],
    cost(ctx) {
      const c = toFloat(ctx, matmulGeometry(ctx, 0, 1), 4);
      const quantizeA = DYNAMIC_QUANTIZE_FLOPS * numel(ctx.input(0).shape);
      return { ...c, flops: (c.flops ?? 0) + quantizeA };
    }
  },
  "com.microsoft/MatMulNBits": {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matMulNBitsGeometry(ctx).shape }],
    cost(ctx) {
      const g = matMulNBitsGeometry(ctx);
      const bias = ctx.inputs[5] ? numel(g.shape) : 0;
      return { macs: g.macs, flops: 2 * g.macs + DEQUANTIZE_FLOPS * g.k * g.n + bias };
    },
    metaInputs: [4],
    // B packs K·N weights of `bits` bits into uint8 blobs, and uint8 zero points pack one value
    // per block (N·ceil(K / block_size)) the same way; they are params of the sub-byte type.
    // Zero points of A's float type are unpacked: counted as they are.
    packedWeights(ctx, input) {
      const zeroPoints = input === 3 && ctx.inputs[3]?.dtype === DataType.UINT8;
      if (input !== 1 && !zeroPoints) return void 0;
      const bits = ctx.attrs.int("bits", 4);
      const dtype = bits === 4 ? DataType.UINT4 : bits === 2 ? DataType.UINT2 : DataType.UINT8;
      const k = ctx.attrs.int("K");
      const n = ctx.attrs.int("N");
      const elements = input === 1 ? k * n : n * Math.ceil(k / ctx.attrs.int("block_size"));
      return { elements, dtype };
    }
  }
};

// src/ops/random.ts
var UNIFORM = { flops: 2 };
var NORMAL = { flops: 5, transcendentals: 3 };
var BERNOULLI = { flops: 1 };
var MULTINOMIAL_PER_LOGIT = { flops: 3, transcendentals: 1 };
var perOutput = (per) => (_ctx, outputs) => costOf(outputs[0].dtype, numel(outputs[0].shape), per);
function generator(per) {
  return {
    infer(ctx) {
      if (!ctx.attrs.has("shape")) ctx.fail(`${ctx.node.opType} needs the shape attribute`);
      const shape = ctx.attrs.ints("shape");
      if (shape.some((d) => d < 0))
        ctx.fail(`${ctx.node.opType}: negative shape ${fmtShape(shape)}`);
      return [{ dtype: ctx.attrs.int("dtype", DataType.FLOAT), shape }];
    },
    cost: perOutput(per)
  };
}
function generatorLike(per) {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: ctx.attrs.int("dtype", x.dtype), shape: x.shape.slice() }];
    },
    cost: perOutput(per),
    bytes: (_ctx, outputs) => tensorBytes(outputs[0]),
    metaInputs: [0]
  };
}
function logits(ctx) {
  const x = ctx.input(0).shape;
  if (x.length !== 2) ctx.fail(`Multinomial needs [batch, classes] logits, got ${fmtShape(x)}`);
  return [x[0], x[1]];
}
var multinomial = {
  infer(ctx) {
    const [batch] = logits(ctx);
    const samples = ctx.attrs.int("sample_size", 1);
    if (samples < 0) ctx.fail(`Multinomial: sample_size ${samples} is negative`);
    return [{ dtype: ctx.attrs.int("dtype", DataType.INT32), shape: [batch, samples] }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const [, classes] = logits(ctx);
    const search = Math.ceil(Math.log2(numel([classes])));
    const table = costOf(x.dtype, numel(x.shape), MULTINOMIAL_PER_LOGIT);
    const draws = costOf(x.dtype, numel(outputs[0].shape), { flops: 1 + search });
    return {
      flops: (table.flops ?? 0) + (draws.flops ?? 0),
      transcendentals: table.transcendentals ?? 0,
      intOps: (table.intOps ?? 0) + (draws.intOps ?? 0)
    };
  }
};
var rules20 = {
  RandomNormal: generator(NORMAL),
  RandomUniform: generator(UNIFORM),
  RandomNormalLike: generatorLike(NORMAL),
  RandomUniformLike: generatorLike(UNIFORM),
  Bernoulli: {
    infer(ctx) {
      const p = ctx.input(0);
      return [{ dtype: ctx.attrs.int("dtype", p.dtype), shape: p.shape.slice() }];
    },
    // The draw compares in the probabilities' (float) type whatever the output dtype.
    cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), BERNOULLI)
  },
  Multinomial: multinomial
};

// src/ops/reduce.ts
function reduceAxes(ctx, rank) {
  const fromInput = ctx.opset >= (ctx.node.opType === "ReduceSum" ? 13 : 18);
  let axes;
  if (!fromInput) axes = ctx.attrs.ints("axes", []);
  else if (!ctx.inputs[1]) axes = [];
  else axes = ctx.constant(1);
  if (!axes) return void 0;
  if (axes.length === 0) {
    if (fromInput && ctx.attrs.int("noop_with_empty_axes", 0) === 1) return "noop";
    return Array.from({ length: rank }, (_, i) => i);
  }
  const norm = axes.map((a) => axis(ctx, a, rank));
  return [...new Set(norm)].sort((a, b) => a - b);
}
function unknownAxesCount(ctx, rank) {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === void 0 || k === 0) return NaN;
  if (k > rank) ctx.fail(`${ctx.node.opType}: ${k} axes for an input of rank ${rank}`);
  return k;
}
var reducedShape = (shape, axes, keep2) => shape.flatMap((d, i) => axes.includes(i) ? keep2 ? [1] : [] : [d]);
function reduceInfer(ctx, spec) {
  const x = ctx.input(0);
  const keep2 = ctx.attrs.int("keepdims", 1) === 1;
  const axes = reduceAxes(ctx, x.shape.length);
  if (axes === "noop") return [{ dtype: x.dtype, shape: x.shape, value: ctx.constant(0) }];
  if (!axes) {
    const rank = keep2 ? x.shape.length : x.shape.length - unknownAxesCount(ctx, x.shape.length);
    if (Number.isNaN(rank)) return [{ dtype: x.dtype }];
    return [
      {
        dtype: x.dtype,
        shape: Array.from({ length: rank }, (_, i) => ctx.symbol(`${ctx.node.name}:${i}`))
      }
    ];
  }
  const shape = reducedShape(x.shape, axes, keep2);
  const value = spec.fold && foldReduce(ctx, x.shape, axes, spec.fold);
  return [value ? { dtype: x.dtype, shape, value } : { dtype: x.dtype, shape }];
}
function foldReduce(ctx, shape, axes, fold2) {
  const values = ctx.constant(0);
  if (!values || !isStatic(shape) || values.length > MAX_FOLD_ELEMENTS) return void 0;
  if (values.length !== numel(shape)) return void 0;
  const kept = shape.map((d, i) => axes.includes(i) ? 1 : d);
  const outStrides = strides(kept);
  const inStrides = strides(shape);
  const out = new Array(numel(kept)).fill(fold2.init);
  values.forEach((v, flat) => {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      const idx = Math.floor(flat / inStrides[d]) % shape[d];
      if (!axes.includes(d)) o += idx * outStrides[d];
    }
    out[o] = fold2.step(out[o], v);
  });
  return out;
}
function reduceCost(ctx, outputs, spec) {
  const x = ctx.input(0);
  if (reduceAxes(ctx, x.shape.length) === "noop") return {};
  const a = costOf(x.dtype, numel(x.shape), spec.perInput);
  const b = spec.perOutput ? costOf(x.dtype, numel(outputs[0].shape), spec.perOutput) : {};
  return sum(a, b);
}
var sum = (a, b) => {
  const out = {};
  for (const k of ["flops", "transcendentals", "intOps"]) {
    if (a[k] !== void 0 || b[k] !== void 0) out[k] = (a[k] ?? 0) + (b[k] ?? 0);
  }
  return out;
};
function reduce(spec) {
  return {
    infer: (ctx) => reduceInfer(ctx, spec),
    cost: (ctx, outputs) => reduceCost(ctx, outputs, spec),
    metaInputs: [1]
  };
}
var argReduce = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", 0), x.shape.length);
    const keep2 = ctx.attrs.int("keepdims", 1) === 1;
    return [{ dtype: DataType.INT64, shape: reducedShape(x.shape, [ax], keep2) }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 })
};
var cumSum = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = ctx.constant(1);
    if (ax && ax.length !== 1) ctx.fail(`CumSum: axis must be a scalar, got ${ax.length} values`);
    if (ax) axis(ctx, ax[0], x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 }),
  metaInputs: [1]
};
function topKCount(ctx) {
  if (ctx.opset < 10) return ctx.attrs.int("k");
  const k = ctx.constant(1);
  if (k && k.length !== 1) ctx.fail(`TopK: K must hold one value, got ${k.length}`);
  return k?.[0];
}
var topK = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const k = topKCount(ctx);
    const n = x.shape[ax];
    if (k !== void 0 && (k < 0 || typeof n === "number" && k > n)) {
      ctx.fail(`TopK: k = ${k} is out of range for axis ${ax} of ${fmtShape(x.shape)}`);
    }
    const shape = x.shape.slice();
    shape[ax] = k ?? ctx.symbol(`${ctx.node.name}:k`);
    return [
      { dtype: x.dtype, shape },
      { dtype: DataType.INT64, shape }
    ];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const ax = axis(ctx, ctx.attrs.int("axis", -1), x.shape.length);
    const k = numel([outputs[0].shape[ax]]);
    const depth = Math.max(1, Math.ceil(Math.log2(k)));
    return costOf(x.dtype, numel(x.shape) * depth, { flops: 1 });
  },
  metaInputs: [1]
};
var ONE2 = { flops: 1 };
var rules21 = {
  ReduceSum: reduce({ perInput: ONE2, fold: { init: 0, step: (a, x) => a + x } }),
  ReduceProd: reduce({ perInput: ONE2, fold: { init: 1, step: (a, x) => a * x } }),
  ReduceMax: reduce({ perInput: ONE2, fold: { init: -Infinity, step: Math.max } }),
  ReduceMin: reduce({ perInput: ONE2, fold: { init: Infinity, step: Math.min } }),
  ReduceMean: reduce({ perInput: ONE2 }),
  ReduceL1: reduce({ perInput: { flops: 2 } }),
  ReduceSumSquare: reduce({ perInput: { flops: 2 } }),
  ReduceL2: reduce({ perInput: { flops: 2 }, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSum: reduce({ perInput: ONE2, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSumExp: reduce({
    perInput: { flops: 3, transcendentals: 1 },
    perOutput: { flops: 1, transcendentals: 1 }
  }),
  ArgMax: argReduce,
  ArgMin: argReduce,
  CumSum: cumSum,
  TopK: topK
};

// src/ops/rnn.ts
var KINDS = {
  LSTM: {
    gates: 4,
    activations: ["Sigmoid", "Tanh", "Tanh"],
    uses: [3, 1, 1],
    gateFlops: 4,
    outputs: 3
  },
  GRU: { gates: 3, activations: ["Sigmoid", "Tanh"], uses: [2, 1], gateFlops: 5, outputs: 2 },
  RNN: { gates: 1, activations: ["Tanh"], uses: [1], gateFlops: 0, outputs: 2 }
};
var PEEPHOLE_INDEX = 7;
var PEEPHOLE_FLOPS = 6;
function expectShape(ctx, name, index, want) {
  const v = ctx.inputs[index];
  if (!v?.shape) return;
  const ok = v.shape.length === want.length && v.shape.every((d, i) => typeof d !== "number" || typeof want[i] !== "number" || d === want[i]);
  if (!ok) ctx.fail(`${ctx.node.opType}: ${name} ${fmtShape(v.shape)} must be ${fmtShape(want)}`);
}
function dimsOf(ctx, kind) {
  const op = ctx.node.opType;
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  const r = ctx.input(2).shape;
  if (x.length !== 3) ctx.fail(`${op}: X ${fmtShape(x)} must have 3 dims`);
  const direction = ctx.attrs.string("direction", "forward");
  if (!["forward", "reverse", "bidirectional"].includes(direction)) {
    ctx.fail(`${op}: unknown direction "${direction}"`);
  }
  const dirs = direction === "bidirectional" ? 2 : 1;
  const layout = ctx.opset >= 14 ? ctx.attrs.int("layout", 0) : 0;
  const [steps, batch] = layout === 0 ? [x[0], x[1]] : [x[1], x[0]];
  const hidden = ctx.attrs.has("hidden_size") ? ctx.attrs.int("hidden_size") : r[2];
  const gh = typeof hidden === "number" ? kind.gates * hidden : w[1];
  expectShape(ctx, "W", 1, [dirs, gh, x[2]]);
  expectShape(ctx, "R", 2, [dirs, gh, hidden]);
  expectShape(ctx, "B", 3, [dirs, typeof gh === "number" ? 2 * gh : "2GH"]);
  expectShape(ctx, "sequence_lens", 4, [batch]);
  const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
  expectShape(ctx, "initial_h", 5, state);
  if (kind.gates === 4) {
    expectShape(ctx, "initial_c", 6, state);
    expectShape(ctx, "P", PEEPHOLE_INDEX, [dirs, typeof hidden === "number" ? 3 * hidden : "3H"]);
  }
  return { steps, batch, input: x[2], hidden, dirs, layout };
}
function activationsOf(ctx, kind, dirs) {
  const given = ctx.attrs.strings("activations", []);
  const n = kind.activations.length;
  if (given.length === 0) return Array.from({ length: dirs }, () => kind.activations);
  if (given.length !== n * dirs) {
    ctx.fail(`${ctx.node.opType}: activations lists ${given.length} names, expected ${n * dirs}`);
  }
  return Array.from({ length: dirs }, (_, d) => given.slice(d * n, (d + 1) * n));
}
function recurrent(kind) {
  return {
    // sequence_lens, and initial_h / initial_c: a start state (usually zeros), not a weight.
    metaInputs: [4, 5, 6],
    infer(ctx) {
      const { steps, batch, hidden, dirs, layout } = dimsOf(ctx, kind);
      activationsOf(ctx, kind, dirs).flat().forEach((a) => activationCost(ctx, a));
      const dtype = ctx.input(0).dtype;
      const y = layout === 0 ? [steps, dirs, batch, hidden] : [batch, steps, dirs, hidden];
      const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
      const outs = [
        { dtype, shape: y },
        { dtype, shape: state }
      ];
      if (kind.outputs === 3) outs.push({ dtype, shape: state });
      return outs;
    },
    cost(ctx) {
      const d = dimsOf(ctx, kind);
      const units = numel([d.steps, d.batch, d.hidden]);
      const macs = d.dirs * units * kind.gates * (numel([d.input]) + numel([d.hidden]));
      let perUnit = kind.gateFlops;
      if (ctx.inputs[3]) perUnit += 2 * kind.gates;
      if (ctx.attrs.has("clip")) perUnit += 2 * kind.gates;
      if (kind.gates === 4 && ctx.inputs[PEEPHOLE_INDEX]) perUnit += PEEPHOLE_FLOPS;
      let actFlops = 0;
      let transcendentals = 0;
      for (const names of activationsOf(ctx, kind, d.dirs)) {
        names.forEach((name, i) => {
          const c = activationCost(ctx, name);
          actFlops += kind.uses[i] * c.flops * units;
          transcendentals += kind.uses[i] * c.transcendentals * units;
        });
      }
      return denseCost(
        ctx.input(0).dtype,
        macs,
        perUnit * d.dirs * units + actFlops,
        transcendentals
      );
    }
  };
}
var rules22 = {
  LSTM: recurrent(KINDS.LSTM),
  GRU: recurrent(KINDS.GRU),
  RNN: recurrent(KINDS.RNN)
};

// src/ops/shape.ts
var passValue = (ctx, dtype, shape) => foldDeferred(dtype, shape, () => constantOf(ctx, 0));
var view = (infer, metaInputs = []) => ({
  infer,
  bytes: "view",
  metaInputs
});
function reshapeDims(ctx, input, target, allowZero) {
  const where2 = `Reshape of ${fmtShape(input)} to [${target.join(", ")}]`;
  const out = target.map((t, i) => {
    if (t < -1) ctx.fail(`${where2}: ${t} is not a valid dim`);
    if (t !== 0 || allowZero) return t;
    if (i >= input.length) ctx.fail(`${where2}: 0 at position ${i} copies a dim that is missing`);
    return input[i];
  });
  const inferred = out.indexOf(-1);
  if (inferred !== out.lastIndexOf(-1)) ctx.fail(`${where2}: more than one -1`);
  if (inferred < 0) {
    const [a, b] = [numel(input), numel(out)];
    if (a === a && b === b && a !== b) ctx.fail(`${where2}: ${a} elements cannot become ${b}`);
    return out;
  }
  out[inferred] = inferredDim(
    ctx,
    input,
    out.filter((_, i) => i !== inferred),
    where2
  );
  return out;
}
function inferredDim(ctx, input, others, where2) {
  const left = input.filter((d) => typeof d === "string");
  for (const d of others) {
    if (typeof d !== "string") continue;
    const k = left.indexOf(d);
    if (k < 0) return freshDim(ctx);
    left.splice(k, 1);
  }
  const numIn = input.reduce((a, d) => typeof d === "number" ? a * d : a, 1);
  const numOut = others.reduce((a, d) => typeof d === "number" ? a * d : a, 1);
  if (numOut === 0) ctx.fail(`${where2}: -1 cannot be inferred beside a 0 dim`);
  if (left.length === 0) {
    if (numIn % numOut !== 0) ctx.fail(`${where2}: ${numIn} elements do not divide by ${numOut}`);
    return numIn / numOut;
  }
  return left.length === 1 && numIn === numOut ? left[0] : freshDim(ctx);
}
function squeezeShape(ctx, shape, axes) {
  if (axes === null || axes.length === 0) {
    if (shape.some((d) => typeof d === "string"))
      ctx.note("Squeeze without axes: symbolic dims are assumed not to be 1");
    return shape.filter((d) => d !== 1);
  }
  const drop = new Set(normAxes(ctx, axes, shape.length));
  for (const a of drop) {
    if (typeof shape[a] === "number" && shape[a] !== 1)
      ctx.fail(`Squeeze of ${fmtShape(shape)}: axis ${a} has size ${shape[a]}, not 1`);
  }
  return shape.filter((_, i) => !drop.has(i));
}
function unsqueezeShape(ctx, shape, axes) {
  const rank = shape.length + axes.length;
  const added = new Set(normAxes(ctx, axes, rank));
  const out = [];
  let k = 0;
  for (let i = 0; i < rank; i++) out.push(added.has(i) ? 1 : shape[k++]);
  return out;
}
function unknownAxes(ctx, x, sign) {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === void 0 || sign === -1 && k === 0) return { dtype: x.dtype };
  const rank = x.shape.length + sign * k;
  if (rank < 0) ctx.fail(`Squeeze: ${k} axes for an input of rank ${x.shape.length}`);
  return { dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx, "axes")) };
}
function shapeRange(ctx, rank) {
  if (ctx.opset < 15) return [0, rank];
  const norm = (x) => clamp(x < 0 ? x + rank : x, 0, rank);
  return [norm(ctx.attrs.int("start", 0)), norm(ctx.attrs.int("end", rank))];
}
function constantValue(ctx) {
  const a = ctx.attrs;
  const t = a.tensor("value") ?? a.tensor("sparse_value");
  if (t) return t;
  if (a.has("value_float"))
    return { dtype: DataType.FLOAT, shape: [], value: [a.float("value_float")] };
  if (a.has("value_floats")) {
    const v = a.floats("value_floats");
    return { dtype: DataType.FLOAT, shape: [v.length], value: v };
  }
  if (a.has("value_int")) return { dtype: INT64, shape: [], value: [a.int("value_int")] };
  if (a.has("value_ints")) {
    const v = a.ints("value_ints");
    return { dtype: INT64, shape: [v.length], value: v };
  }
  if (a.has("value_string")) return { dtype: DataType.STRING, shape: [] };
  const strings2 = ctx.node.attributes.get("value_strings");
  if (strings2?.type === "strings") return { dtype: DataType.STRING, shape: [strings2.value.length] };
  return ctx.fail(
    "Constant has none of value, sparse_value, value_float(s), value_int(s), value_string(s)"
  );
}
function rangeLength(ctx, dtype, [start, limit, delta]) {
  if (delta === 0) ctx.fail("Range: delta is 0");
  return Math.max(Math.ceil(roundToDtype(limit - start, dtype) / delta), 0);
}
function rangeValues(dtype, n, start, delta) {
  const out = new Array(n);
  let v = start;
  for (let i = 0; i < n; i++) {
    out[i] = v;
    v = roundToDtype(v + delta, dtype);
  }
  return out;
}
var scalarOf = (ctx, i) => {
  const v = constantOf(ctx, i);
  return v && v.length === 1 ? v[0] : void 0;
};
var rules23 = {
  // A Constant is stored with the weights: producing it moves nothing at run time (its readers
  // count the read).
  Constant: { infer: (ctx) => [constantValue(ctx)], bytes: () => 0 },
  ConstantOfShape: {
    infer(ctx) {
      const fillTensor = ctx.attrs.tensor("value");
      const dtype = fillTensor?.dtype ?? DataType.FLOAT;
      const dims = ctx.constant(0);
      const rank = rankOfShapeTensor(ctx.input(0));
      let shape;
      if (dims) shape = dims;
      else if (rank !== void 0) shape = Array.from({ length: rank }, () => freshDim(ctx));
      if (dims?.some((d) => d < 0))
        ctx.fail(`ConstantOfShape: negative dim in [${dims.join(", ")}]`);
      return [
        foldDeferred(dtype, shape, (s) => {
          const fill = fillTensor ? (fillTensor.value ?? fillTensor.lazy?.())?.[0] : 0;
          return fill === void 0 ? void 0 : new Array(numel(s)).fill(fill);
        })
      ];
    },
    metaInputs: [0]
  },
  Shape: {
    infer(ctx) {
      const x = ctx.input(0);
      const [start, end] = shapeRange(ctx, x.shape.length);
      const dims = x.shape.slice(start, Math.max(start, end));
      return [fold(INT64, [dims.length], () => isStatic(dims) ? dims : void 0)];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0])
  },
  Size: {
    infer(ctx) {
      const n = numel(ctx.input(0).shape);
      return [fold(INT64, [], () => n === n ? [n] : void 0)];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0])
  },
  Reshape: view(
    (ctx) => {
      const x = ctx.input(0);
      const target = ctx.opset >= 5 ? ctx.constant(1) : ctx.attrs.ints("shape");
      const allowZero = ctx.opset >= 14 && ctx.attrs.int("allowzero", 0) === 1;
      if (!target) {
        const rank = rankOfShapeTensor(ctx.inputs[1]);
        if (rank === void 0) return [{ dtype: x.dtype }];
        return [{ dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx)) }];
      }
      return [passValue(ctx, x.dtype, reshapeDims(ctx, x.shape, target, allowZero))];
    },
    [1]
  ),
  Flatten: view((ctx) => {
    const x = ctx.input(0);
    const r = x.shape.length;
    const a = ctx.attrs.int("axis", 1);
    const at = a === r ? r : axis(ctx, a, Math.max(r, 1));
    const shape = [dimProduct(ctx, x.shape.slice(0, at)), dimProduct(ctx, x.shape.slice(at))];
    return [passValue(ctx, x.dtype, shape)];
  }),
  Squeeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, "axes", 13);
      if (axes === void 0) return [unknownAxes(ctx, x, -1)];
      return [passValue(ctx, x.dtype, squeezeShape(ctx, x.shape, axes))];
    },
    [1]
  ),
  Unsqueeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, "axes", 13);
      if (axes === null) return ctx.fail("Unsqueeze needs axes");
      if (axes === void 0) return [unknownAxes(ctx, x, 1)];
      return [passValue(ctx, x.dtype, unsqueezeShape(ctx, x.shape, axes))];
    },
    [1]
  ),
  Identity: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail("Identity has no input");
    if (x.kind) return [{ ...x }];
    return [passValue(ctx, x.dtype, x.shape)];
  }),
  Cast: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.attrs.int("to");
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    }
  },
  CastLike: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.input(1).dtype;
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    },
    metaInputs: [1]
  },
  Range: {
    infer(ctx) {
      const dtype = ctx.input(0).dtype;
      const [start, limit, delta] = [0, 1, 2].map((i) => scalarOf(ctx, i));
      if (start === void 0 || limit === void 0 || delta === void 0)
        return [{ dtype, shape: [freshDim(ctx, "range")] }];
      const n = rangeLength(ctx, dtype, [start, limit, delta]);
      return [foldDeferred(dtype, [n], () => rangeValues(dtype, n, start, delta))];
    },
    metaInputs: [0, 1, 2]
  },
  EyeLike: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length !== 2) ctx.fail(`EyeLike needs a 2-D input, got ${fmtShape(x.shape)}`);
      const dtype = ctx.attrs.int("dtype", x.dtype);
      const k = ctx.attrs.int("k", 0);
      return [
        foldDeferred(
          dtype,
          x.shape,
          ([, cols]) => Array.from(
            { length: numel(x.shape) },
            (_, f) => f % cols === Math.floor(f / cols) + k ? 1 : 0
          )
        )
      ];
    }
  },
  Optional: view((ctx) => {
    const x = ctx.inputs[0];
    return [{ dtype: x?.dtype ?? 0, shape: x?.shape, kind: "optional" }];
  }),
  OptionalHasElement: view((ctx) => {
    const x = ctx.inputs[0];
    return [
      x ? { dtype: DataType.BOOL, shape: [] } : { dtype: DataType.BOOL, shape: [], value: [0] }
    ];
  }),
  OptionalGetElement: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail("OptionalGetElement has no input");
    return [{ dtype: x.dtype, shape: x.shape, value: foldedValueOf(x) }];
  })
};

// src/ops/signal.ts
var fftFlops = (n) => typeof n === "number" ? 5 * n * Math.log2(n) : NaN;
function scalarArg(ctx, i, what) {
  if (!ctx.inputs[i]) return void 0;
  const v = constantOf(ctx, i);
  if (v && v.length !== 1) ctx.fail(`${ctx.node.opType}: ${what} must be a scalar`);
  return v?.[0];
}
function sizeArg(ctx, i, what, min = 1) {
  const v = scalarArg(ctx, i, what);
  if (v === void 0) return freshDim(ctx, what);
  if (!(v >= min)) ctx.fail(`${ctx.node.opType}: ${what} ${v} must be at least ${min}`);
  return v;
}
var halfPlusOne = (n, ctx) => typeof n === "number" ? Math.floor(n / 2) + 1 : freshDim(ctx, "bins");
function components(ctx, shape) {
  const c = shape[shape.length - 1];
  if (typeof c === "number" && c !== 1 && c !== 2)
    ctx.fail(`${ctx.node.opType}: the last dim of ${fmtShape(shape)} must be 1 (real) or 2`);
  return c;
}
function dftAxis(ctx, rank) {
  const a = ctx.opset >= 20 ? ctx.inputs[2] ? scalarArg(ctx, 2, "axis") : -2 : ctx.attrs.int("axis", 1);
  if (a === void 0) return void 0;
  const r = axis(ctx, a, rank);
  if (r === rank - 1) ctx.fail(`DFT: axis ${a} is the components dim of the input`);
  return r;
}
function dftGeometry(ctx) {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`DFT needs [batch, signal..., 1 or 2], got ${fmtShape(x)}`);
  const c = components(ctx, x);
  const inverse = ctx.attrs.int("inverse", 0) === 1;
  const onesided = ctx.attrs.int("onesided", 0) === 1;
  if (onesided && !inverse && c === 2)
    ctx.fail(`DFT: a one-sided forward DFT needs a real input (last dim 1), got ${fmtShape(x)}`);
  const ax = dftAxis(ctx, x.length);
  if (ax === void 0) {
    const out2 = [...x.slice(0, -1).map(() => freshDim(ctx, "dft")), inverse && onesided ? 1 : 2];
    return { out: out2, n: freshDim(ctx, "dft"), transforms: NaN };
  }
  const d = x[ax];
  const dflt = inverse && onesided ? typeof d === "number" ? 2 * (d - 1) : freshDim(ctx) : d;
  const n = ctx.inputs[1] ? sizeArg(ctx, 1, "dft_length") : dflt;
  const out = x.slice();
  out[ax] = onesided && !inverse ? halfPlusOne(n, ctx) : n;
  out[x.length - 1] = inverse && onesided ? 1 : 2;
  const others = x.filter((_, i) => i !== ax && i !== x.length - 1);
  return { out, n, transforms: numel(others) };
}
function stftGeometry(ctx) {
  const x = ctx.input(0).shape;
  if (x.length !== 3) ctx.fail(`STFT needs a [batch, length, 1 or 2] signal, got ${fmtShape(x)}`);
  const c = components(ctx, x);
  const onesided = ctx.attrs.int("onesided", 1) === 1;
  const window = ctx.inputs[2] ? ctx.input(2).shape : void 0;
  if (window && window.length !== 1) ctx.fail(`STFT: window ${fmtShape(window)} must be 1-D`);
  const given = ctx.inputs[3] ? sizeArg(ctx, 3, "frame_length") : void 0;
  const frameLength = given ?? window?.[0];
  if (frameLength === void 0) ctx.fail("STFT needs a window or a frame_length");
  if (typeof given === "number" && typeof window?.[0] === "number" && window[0] !== given)
    ctx.fail(`STFT: window ${fmtShape(window)} does not match frame_length ${given}`);
  const step = sizeArg(ctx, 1, "frame_step");
  const length = x[1];
  let frames = freshDim(ctx, "frames");
  if (typeof length === "number" && typeof frameLength === "number" && typeof step === "number") {
    if (length < frameLength)
      ctx.fail(`STFT: signal ${fmtShape(x)} is shorter than the frame length ${frameLength}`);
    frames = Math.floor((length - frameLength) / step) + 1;
  }
  const bins = onesided ? halfPlusOne(frameLength, ctx) : frameLength;
  return {
    out: [x[0], frames, bins, 2],
    frameLength,
    frames: numel([x[0], frames]),
    windowed: !!window,
    complex: c === 2
  };
}
function windowRule(flops, transcendentals) {
  return {
    infer: (ctx) => [
      {
        dtype: ctx.attrs.int("output_datatype", DataType.FLOAT),
        shape: [sizeArg(ctx, 0, "size", 0)]
      }
    ],
    cost(_ctx, outputs) {
      const n = numel(outputs[0].shape);
      return { flops: flops * n, transcendentals: transcendentals * n };
    },
    metaInputs: [0]
  };
}
var dft = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: dftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = dftGeometry(ctx);
    return { flops: g.transforms * fftFlops(g.n) };
  },
  metaInputs: [1, 2]
};
var stft = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: stftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = stftGeometry(ctx);
    const windowFlops = g.windowed ? (g.complex ? 2 : 1) * numel([g.frameLength]) : 0;
    return { flops: g.frames * (fftFlops(g.frameLength) + windowFlops) };
  },
  metaInputs: [1, 2, 3]
};
var melWeightMatrix = {
  infer(ctx) {
    const bins = sizeArg(ctx, 0, "num_mel_bins");
    const n = sizeArg(ctx, 1, "dft_length");
    const dtype = ctx.attrs.int("output_datatype", DataType.FLOAT);
    return [{ dtype, shape: [halfPlusOne(n, ctx), bins] }];
  },
  cost: () => ({}),
  metaInputs: [0, 1, 2, 3, 4]
};
var rules24 = {
  DFT: dft,
  STFT: stft,
  HannWindow: windowRule(3, 1),
  HammingWindow: windowRule(3, 1),
  BlackmanWindow: windowRule(6, 2),
  MelWeightMatrix: melWeightMatrix
};

// src/ops/text.ts
var stringNormalizer = {
  infer(ctx) {
    const x = ctx.input(0);
    const r = x.shape.length;
    if (r !== 1 && !(r === 2 && (x.shape[0] === 1 || typeof x.shape[0] === "string"))) {
      ctx.fail(`StringNormalizer needs [C] or [1, C], got ${fmtShape(x.shape)}`);
    }
    const stopwords = ctx.attrs.strings("stopwords", []);
    if (stopwords.length === 0) return [{ dtype: x.dtype, shape: x.shape }];
    const shape = x.shape.slice();
    shape[r - 1] = freshDim(ctx, "kept");
    return [{ dtype: x.dtype, shape }];
  }
};
function ngramWindows(l, minN, maxN, maxSkip) {
  let windows = 0;
  for (let n = Math.max(minN, 1); n <= maxN; n++) {
    const skips = n === 1 ? 0 : maxSkip;
    for (let s = 0; s <= skips; s++) windows += Math.max(0, l - (n - 1) * (s + 1));
  }
  return windows;
}
var tfIdfVectorizer = {
  infer(ctx) {
    const x = ctx.input(0);
    if (x.shape.length !== 1 && x.shape.length !== 2) {
      ctx.fail(`TfIdfVectorizer needs [L] or [N, L], got ${fmtShape(x.shape)}`);
    }
    const indexes = ctx.attrs.ints("ngram_indexes");
    const c = indexes.length ? Math.max(...indexes) + 1 : 0;
    const shape = x.shape.length === 2 ? [x.shape[0], c] : [c];
    return [{ dtype: DataType.FLOAT, shape }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const l = x.shape[x.shape.length - 1];
    const rows = x.shape.length === 2 ? x.shape[0] : 1;
    const a = ctx.attrs;
    const windows = typeof l === "number" ? ngramWindows(
      l,
      a.int("min_gram_length"),
      a.int("max_gram_length"),
      a.int("max_skip_count")
    ) : NaN;
    const weighted = a.string("mode") === "TFIDF";
    return {
      intOps: (typeof rows === "number" ? rows : NaN) * windows,
      flops: weighted ? numel(outputs[0].shape) : 0
    };
  }
};
var rules25 = {
  StringNormalizer: stringNormalizer,
  TfIdfVectorizer: tfIdfVectorizer
};

// src/ops/training.ts
function optimizer(groups, outputGroups, per) {
  const count = (ctx) => {
    const n = (ctx.inputs.length - 2) / groups;
    if (!Number.isInteger(n) || n < 1) {
      ctx.fail(
        `${ctx.node.opType}: ${ctx.inputs.length} inputs; expected R, T and ${groups} tensors per variable`
      );
    }
    return n;
  };
  return {
    infer(ctx) {
      const n = count(ctx);
      const outputs = [];
      for (const g of outputGroups) {
        for (let i = 0; i < n; i++) {
          const v = ctx.input(2 + g * n + i);
          const x = ctx.input(2 + i);
          const clash = v.shape.length !== x.shape.length || v.shape.some(
            (d, k) => typeof d === "number" && typeof x.shape[k] === "number" && d !== x.shape[k]
          );
          if (clash) {
            ctx.fail(
              `${ctx.node.opType}: input ${2 + g * n + i} ${fmtShape(v.shape)} must have the shape of X${i + 1} ${fmtShape(x.shape)}`
            );
          }
          outputs.push({ dtype: v.dtype, shape: v.shape });
        }
      }
      return outputs;
    },
    cost(ctx) {
      const n = count(ctx);
      let elements = 0;
      for (let i = 0; i < n; i++) elements += numel(ctx.input(2 + i).shape);
      return costOf(ctx.input(2).dtype, elements, per(ctx));
    },
    metaInputs: [0, 1]
  };
}
function momentum(ctx) {
  const mode = ctx.attrs.string("mode");
  if (mode === "standard") return { flops: 7 };
  if (mode === "nesterov") return { flops: 8 };
  return ctx.fail(`Momentum: unknown mode "${mode}" (expected standard or nesterov)`);
}
var gradient = {
  infer(ctx) {
    const xs = ctx.attrs.strings("xs");
    if (xs.length > ctx.inputs.length) {
      ctx.fail(`Gradient: ${xs.length} tensors in xs, but only ${ctx.inputs.length} inputs`);
    }
    ctx.flag("Gradient: the backward pass is not costed");
    return xs.map((_, i) => {
      const x = ctx.input(i);
      return { dtype: x.dtype, shape: x.shape };
    });
  }
};
var D = "ai.onnx.preview.training";
var rules26 = {
  // Inputs R, T, X..., G..., H...; outputs X'..., H'...
  [`${D}/Adagrad`]: optimizer(3, [0, 2], () => ({ flops: 8, transcendentals: 1 })),
  // Inputs R, T, X..., G..., V...; outputs X'..., V'...
  [`${D}/Momentum`]: optimizer(3, [0, 2], momentum),
  // Inputs R, T, X..., G..., V..., H...; outputs X'..., V'..., H'...
  [`${D}/Adam`]: optimizer(4, [0, 2, 3], () => ({ flops: 14, transcendentals: 1 })),
  [`${D}/Gradient`]: gradient
};

// src/ops/registry.ts
var FILES = {
  activation: rules,
  attention: rules3,
  "attention-ms": rules2,
  contrib: rules4,
  "control-flow": rules5,
  conv: rules6,
  elementwise: rules7,
  image: rules8,
  linalg: rules9,
  loss: rules10,
  matmul: rules11,
  movement: rules15,
  "movement-index": rules12,
  "movement-pad": rules13,
  "movement-sequence": rules14,
  normalization: rules16,
  pool: rules17,
  quantized: rules19,
  "quantized-ms": rules18,
  random: rules20,
  reduce: rules21,
  rnn: rules22,
  shape: rules23,
  signal: rules24,
  text: rules25,
  training: rules26
};
var TABLE = [
  ["activation", "ai.onnx", "Relu LeakyRelu PRelu ThresholdedRelu Elu Selu Celu Sigmoid"],
  ["activation", "ai.onnx", "HardSigmoid HardSwish Tanh Softplus Softsign Gelu Mish Swish"],
  ["activation", "ai.onnx", "Shrink Dropout"],
  ["attention", "ai.onnx", "Attention RotaryEmbedding"],
  ["control-flow", "ai.onnx", "SequenceMap If Loop Scan"],
  ["conv", "ai.onnx", "Conv ConvTranspose DeformConv"],
  ["elementwise", "ai.onnx", "Add Sub Mul Div Mod Pow Max Min Sum Mean"],
  ["elementwise", "ai.onnx", "Neg Abs Sign Reciprocal Floor Ceil Round"],
  ["elementwise", "ai.onnx", "Sqrt Exp Log Erf Sin Cos Tan Asin Acos Atan"],
  ["elementwise", "ai.onnx", "Sinh Cosh Asinh Acosh Atanh IsNaN IsInf"],
  ["elementwise", "ai.onnx", "Equal Less Greater LessOrEqual GreaterOrEqual"],
  ["elementwise", "ai.onnx", "And Or Xor Not BitShift BitwiseAnd BitwiseOr BitwiseXor"],
  ["elementwise", "ai.onnx", "BitwiseNot Where Clip"],
  ["image", "ai.onnx", "Resize Upsample GridSample RoiAlign NonMaxSuppression"],
  ["image", "ai.onnx", "AffineGrid CenterCropPad Col2Im"],
  ["linalg", "ai.onnx", "Det"],
  ["loss", "ai.onnx", "NegativeLogLikelihoodLoss SoftmaxCrossEntropyLoss"],
  ["matmul", "ai.onnx", "MatMul Gemm Einsum"],
  ["movement", "ai.onnx", "Transpose Concat Split Slice Expand Tile Trilu"],
  ["movement", "ai.onnx", "DepthToSpace SpaceToDepth ReverseSequence"],
  ["movement-index", "ai.onnx", "Gather GatherElements GatherND"],
  ["movement-index", "ai.onnx", "Scatter ScatterElements ScatterND"],
  ["movement-index", "ai.onnx", "OneHot NonZero Compress Unique"],
  ["movement-pad", "ai.onnx", "Pad"],
  ["movement-sequence", "ai.onnx", "SequenceEmpty SequenceConstruct SequenceInsert"],
  ["movement-sequence", "ai.onnx", "SequenceErase SequenceAt SequenceLength"],
  ["movement-sequence", "ai.onnx", "SplitToSequence ConcatFromSequence"],
  ["normalization", "ai.onnx", "BatchNormalization LayerNormalization RMSNormalization"],
  ["normalization", "ai.onnx", "InstanceNormalization GroupNormalization LpNormalization"],
  ["normalization", "ai.onnx", "LRN MeanVarianceNormalization Softmax LogSoftmax Hardmax"],
  ["normalization", "ai.onnx", "SimplifiedLayerNormalization"],
  ["pool", "ai.onnx", "MaxPool AveragePool LpPool MaxUnpool"],
  ["pool", "ai.onnx", "GlobalAveragePool GlobalMaxPool GlobalLpPool"],
  ["quantized", "ai.onnx", "QuantizeLinear DequantizeLinear DynamicQuantizeLinear"],
  ["quantized", "ai.onnx", "QLinearConv ConvInteger QLinearMatMul MatMulInteger"],
  ["random", "ai.onnx", "RandomNormal RandomUniform RandomNormalLike RandomUniformLike"],
  ["random", "ai.onnx", "Bernoulli Multinomial"],
  ["reduce", "ai.onnx", "ReduceSum ReduceProd ReduceMax ReduceMin ReduceMean"],
  ["reduce", "ai.onnx", "ReduceL1 ReduceL2 ReduceSumSquare ReduceLogSum ReduceLogSumExp"],
  ["reduce", "ai.onnx", "ArgMax ArgMin CumSum TopK"],
  ["rnn", "ai.onnx", "LSTM GRU RNN"],
  ["shape", "ai.onnx", "Constant ConstantOfShape Shape Size Reshape Flatten"],
  ["shape", "ai.onnx", "Squeeze Unsqueeze Identity Cast CastLike Range EyeLike"],
  ["shape", "ai.onnx", "Optional OptionalHasElement OptionalGetElement"],
  ["signal", "ai.onnx", "DFT STFT HannWindow HammingWindow BlackmanWindow MelWeightMatrix"],
  ["text", "ai.onnx", "StringNormalizer TfIdfVectorizer"],
  ["training", "ai.onnx.preview.training", "Adagrad Momentum Adam Gradient"],
  ["activation", "com.microsoft", "Gelu QuickGelu BiasGelu FastGelu BiasAdd"],
  ["attention", "com.microsoft", "RotaryEmbedding"],
  ["attention-ms", "com.microsoft", "Attention MultiHeadAttention GroupQueryAttention"],
  ["contrib", "com.microsoft", "BiasSoftmax BiasDropout BiasSplitGelu NhwcConv Trilu"],
  ["contrib", "com.microsoft", "GroupNorm SkipGroupNorm"],
  ["conv", "com.microsoft", "FusedConv"],
  ["matmul", "com.microsoft", "FusedMatMul TransposeMatMul FusedGemm GemmFastGelu"],
  ["normalization", "com.microsoft", "SimplifiedLayerNormalization SkipLayerNormalization"],
  ["normalization", "com.microsoft", "SkipSimplifiedLayerNormalization EmbedLayerNormalization"],
  ["quantized", "com.microsoft", "QuantizeLinear DequantizeLinear QGemm MatMulNBits"],
  ["quantized", "com.microsoft", "MatMulIntegerToFloat DynamicQuantizeMatMul"],
  ["quantized-ms", "com.microsoft", "GatherBlockQuantized QLinearAdd QLinearMul QLinearConcat"],
  ["quantized-ms", "com.microsoft", "QLinearSigmoid QLinearLeakyRelu"],
  ["quantized-ms", "com.microsoft", "QLinearAveragePool QLinearGlobalAveragePool"]
];
var keyOf = (domain, opType) => {
  const d = normalizeDomain(domain);
  return d ? `${d}/${opType}` : opType;
};
function buildRegistry(files, table) {
  const registry2 = /* @__PURE__ */ new Map();
  const fileOf = /* @__PURE__ */ new Map();
  for (const [file, domain, opTypes] of table) {
    const rules27 = files[file];
    for (const opType of opTypes.split(" ")) {
      const key2 = keyOf(domain, opType);
      if (!Object.hasOwn(rules27, key2)) {
        throw new Error(`op registry: ${file}.ts has no rule for ${key2}`);
      }
      if (registry2.has(key2)) {
        throw new Error(`op registry: ${key2} is listed twice (${fileOf.get(key2)}.ts, ${file}.ts)`);
      }
      registry2.set(key2, rules27[key2]);
      fileOf.set(key2, file);
    }
  }
  for (const [file, rules27] of Object.entries(files)) {
    for (const key2 of Object.keys(rules27)) {
      if (!registry2.has(key2)) {
        throw new Error(`op registry: the rule for ${key2} in ${file}.ts is not listed in TABLE`);
      }
      if (fileOf.get(key2) !== file) {
        throw new Error(`op registry: ${key2} has a rule in ${fileOf.get(key2)}.ts and ${file}.ts`);
      }
    }
  }
  return registry2;
}
var registry = buildRegistry(FILES, TABLE);
function findRule(domain, opType) {
  return registry.get(keyOf(domain, opType));
}

// src/shapes/context.ts
var InferenceFailure = class extends Error {
};
var NodeAttrs = class {
  constructor(node, store) {
    this.node = node;
    this.store = store;
  }
  node;
  store;
  get(name, type) {
    const a = this.node.attributes.get(name);
    if (a && a.type !== type) {
      throw new InferenceFailure(`attribute "${name}" is a ${a.type}, expected ${type}`);
    }
    return a;
  }
  required(name, v, dflt) {
    if (v !== void 0) return v;
    if (dflt !== void 0) return dflt;
    throw new InferenceFailure(`required attribute "${name}" is missing`);
  }
  has(name) {
    return this.node.attributes.has(name);
  }
  /** An attribute of this type (another type fails); absent: `dflt`, or a failure without. */
  typed(name, type, dflt) {
    const value = this.get(name, type)?.value;
    return this.required(name, value, dflt);
  }
  int(name, dflt) {
    return this.typed(name, "int", dflt);
  }
  ints(name, dflt) {
    return this.typed(name, "ints", dflt);
  }
  float(name, dflt) {
    return this.typed(name, "float", dflt);
  }
  floats(name, dflt) {
    return this.typed(name, "floats", dflt);
  }
  string(name, dflt) {
    return this.typed(name, "string", dflt);
  }
  strings(name, dflt) {
    return this.typed(name, "strings", dflt);
  }
  tensor(name) {
    const a = this.node.attributes.get(name);
    if (!a || a.type !== "tensor" && a.type !== "sparse_tensor") return void 0;
    const t = a.value;
    return { dtype: t.dataType, shape: t.dims.slice(), lazy: this.store.lazyValues(t) };
  }
  graph(name) {
    const a = this.node.attributes.get(name);
    return a?.type === "graph" ? a.value : void 0;
  }
};
var NONE = Object.freeze([]);
var NO_RUNS = Object.freeze([]);
var NodeContext = class {
  constructor(node, opset, inputs, store, scope, host) {
    this.node = node;
    this.opset = opset;
    this.inputs = inputs;
    this.store = store;
    this.scope = scope;
    this.host = host;
  }
  node;
  opset;
  inputs;
  store;
  scope;
  host;
  /**
   * Notes, flags and subgraph runs: one shared empty list until the first (nearly every node has
   * none). A context lives as long as the analysis, so an empty list of its own per node was one
   * more object for the garbage collector to move, 20,000 of them on a 20,000-node graph.
   */
  notes = NONE;
  flags = NONE;
  ownRuns;
  /** Made when a rule first reads an attribute (for the same reason). */
  ownAttrs;
  get attrs() {
    return this.ownAttrs ??= new NodeAttrs(this.node, this.store);
  }
  /** The subgraphs inferred for this node, in the order its rule asked for them. */
  get runs() {
    return this.ownRuns ?? NO_RUNS;
  }
  /** Keeps an inferred subgraph (the host calls it as it infers one the rule asked for). */
  addRun(run) {
    (this.ownRuns ??= []).push(run);
  }
  input(i) {
    const v = this.inputs[i];
    if (!v) this.fail(`input ${i} is missing`);
    if (!v.shape) this.fail(`input ${i} ("${this.node.inputs[i]}") has an unknown shape`);
    return v;
  }
  constant(i) {
    const v = this.inputs[i];
    return v ? valueOf(v) : void 0;
  }
  fail(message) {
    throw new InferenceFailure(message);
  }
  note(message) {
    this.notes = this.notes.concat(message);
  }
  flag(reason) {
    this.flags = this.flags.concat(reason);
  }
  subgraph(attr, inputs, how) {
    return this.host.runSubgraph(this, { attr, inputs, how });
  }
  subgraphProblem(attr) {
    return this.runs.find((r) => r.attr === attr)?.problem;
  }
  dropSubgraph(attr) {
    const i = this.runs.findIndex((r) => r.attr === attr);
    if (i >= 0) this.ownRuns.splice(i, 1);
  }
  symbol(hint) {
    return this.host.symbol(hint);
  }
  describeInputs() {
    return this.inputs.map((v) => fmtShape(v?.shape)).join(", ");
  }
};

// src/shapes/value-ids.ts
var NO_VALUE = -1;
var NO_IDS = Object.freeze([]);
var GraphValues = class {
  /** name -> id */
  ids = /* @__PURE__ */ new Map();
  /** id -> name */
  names = [];
  /** Node i's (file order) inputs are inputIds[inputStart[i]] up to inputStart[i + 1]. */
  inputStart;
  inputIds;
  outputStart;
  outputIds;
  /** Node i's captured names (what its subgraphs read from outside); most nodes none. */
  captured;
  /** id -> the node (file order) that writes it, or -1. */
  producer;
  constructor(path, g) {
    const { ids, names } = this;
    const intern = (list, into) => {
      for (const name of list) {
        let id = name === "" ? NO_VALUE : ids.get(name);
        if (id === void 0) {
          id = names.length;
          ids.set(name, id);
          names.push(name);
        }
        into.push(id);
      }
    };
    const declared = [];
    intern(
      g.inputs.map((v) => v.name),
      declared
    );
    intern(
      g.initializers.map((t) => t.name),
      declared
    );
    const n = g.nodes.length;
    this.inputStart = new Int32Array(n + 1);
    this.outputStart = new Int32Array(n + 1);
    const inputs = [];
    const outputs = [];
    this.captured = [];
    for (let i = 0; i < n; i++) {
      const node = g.nodes[i];
      this.inputStart[i] = inputs.length;
      intern(node.inputs, inputs);
      this.outputStart[i] = outputs.length;
      intern(node.outputs, outputs);
      const implicit2 = node.attributes.size > 0 ? implicitInputs(node) : [];
      if (implicit2.length === 0) this.captured.push(NO_IDS);
      else {
        const captured = [];
        intern(implicit2, captured);
        this.captured.push(captured);
      }
    }
    this.inputStart[n] = inputs.length;
    this.outputStart[n] = outputs.length;
    intern(
      g.outputs.map((v) => v.name),
      declared
    );
    this.inputIds = Int32Array.from(inputs);
    this.outputIds = Int32Array.from(outputs);
    this.producer = new Int32Array(this.names.length).fill(-1);
    for (let i = 0; i < n; i++) {
      for (let k = this.outputStart[i]; k < this.outputStart[i + 1]; k++) {
        const o = this.outputIds[k];
        if (o === NO_VALUE) continue;
        const other = this.producer[o];
        if (other >= 0) {
          const [a, b] = [g.nodes[other], g.nodes[i]];
          throw new UserError(
            `${path}: "${this.names[o]}" is written by two nodes, "${a.name || a.opType}" and "${b.name || b.opType}". Every ONNX value has one producer; re-export the model.`
          );
        }
        this.producer[o] = i;
      }
    }
  }
};

// src/shapes/order.ts
function executionOrder(path, g, ids, known2) {
  const { producer, inputIds, inputStart, captured } = ids;
  let ordered = true;
  const deps = g.nodes.map((n, i) => {
    const out = [];
    const read = (id) => {
      if (id === NO_VALUE) return;
      const p = producer[id];
      if (p >= 0) {
        out.push(p);
        if (p >= i) ordered = false;
      } else if (!known2(id)) {
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) reads "${ids.names[id]}", which no node produces and which is neither a graph input nor an initializer. The model is incomplete; re-export it.`
        );
      }
    };
    for (let k = inputStart[i]; k < inputStart[i + 1]; k++) read(inputIds[k]);
    for (const id of captured[i]) read(id);
    return out;
  });
  if (ordered) return g.nodes.map((_, i) => i);
  return kahn(path, g.nodes, deps);
}
function kahn(path, nodes, deps) {
  const waiting = deps.map((d) => new Set(d).size);
  const users = nodes.map(() => []);
  deps.forEach((d, i) => new Set(d).forEach((p) => users[p].push(i)));
  const ready = new MinHeap();
  waiting.forEach((w, i) => w === 0 && ready.push(i));
  const order = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(i);
    for (const u of users[i]) if (--waiting[u] === 0) ready.push(u);
  }
  if (order.length < nodes.length) {
    const cycle = findCycle(deps, waiting).map((i) => `"${nodes[i].name || nodes[i].opType}"`);
    throw new UserError(
      `${path}: the graph has a cycle: ${cycle.join(" -> ")} -> ${cycle[0]}. ONNX graphs must be acyclic (loops belong in a Loop node); the exporter wrote a broken file.`
    );
  }
  return order;
}
function findCycle(deps, waiting) {
  let at = waiting.findIndex((w) => w > 0);
  const seen = /* @__PURE__ */ new Map();
  const path = [];
  while (!seen.has(at)) {
    seen.set(at, path.length);
    path.push(at);
    at = deps[at].find((p) => waiting[p] > 0) ?? at;
  }
  return path.slice(seen.get(at)).reverse();
}
var NO_NAMES = Object.freeze([]);
function implicitInputs(n) {
  let out;
  for (const a of n.attributes.values()) {
    if (a.type === "graph") (out ??= []).push(...freeNames(a.value));
    else if (a.type === "graphs") for (const g of a.value) (out ??= []).push(...freeNames(g));
  }
  return out ?? NO_NAMES;
}
function freeNames(g) {
  const defined = /* @__PURE__ */ new Set([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name)
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const free = /* @__PURE__ */ new Set();
  for (const n of g.nodes) {
    for (const i of [...n.inputs, ...implicitInputs(n)])
      if (i !== "" && !defined.has(i)) free.add(i);
  }
  return [...free];
}
var MinHeap = class {
  a = [];
  get size() {
    return this.a.length;
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m5 = i;
        if (l < a.length && a[l] < a[m5]) m5 = l;
        if (r < a.length && a[r] < a[m5]) m5 = r;
        if (m5 === i) break;
        [a[m5], a[i]] = [a[i], a[m5]];
        i = m5;
      }
    }
    return top;
  }
};

// src/shapes/infer.ts
function checkDims(outputs) {
  outputs.forEach((v, i) => {
    const bad = v?.shape?.find((d) => typeof d === "number" && !(Number.isInteger(d) && d >= 0));
    if (bad !== void 0) {
      throw new InferenceFailure(
        `output ${i} would have the dim ${bad} (${fmtShape(v.shape)}), which is not a size`
      );
    }
  });
}
var Scope = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  early = /* @__PURE__ */ new Map();
  ids;
  byId = [];
  attach(ids) {
    this.ids = ids;
    this.byId = new Array(ids.names.length);
    for (const [name, v] of this.early) {
      const id = ids.ids.get(name);
      if (id === void 0) continue;
      this.byId[id] = v;
      this.early.delete(name);
    }
  }
  set(name, v) {
    const id = this.ids?.ids.get(name);
    if (id === void 0) this.early.set(name, v);
    else this.byId[id] = v;
  }
  setId(id, v) {
    this.byId[id] = v;
  }
  /** This scope's own value of `name`, not its parents'. */
  get(name) {
    const id = this.ids?.ids.get(name);
    return id === void 0 ? this.early.get(name) : this.byId[id];
  }
  find(name) {
    return this.get(name) ?? this.parent?.find(name);
  }
  findId(id) {
    return this.byId[id] ?? this.parent?.find(this.ids.names[id]);
  }
  hasId(id) {
    return this.findId(id) !== void 0;
  }
};
function inferModel(model, store, dims, given = {}) {
  const binding = bindInputs(model.path, model.graph, dims, given);
  const warnings = binding.unused.map(
    (d) => `--dim ${d} is not a dim of any input of ${model.path}; it was ignored.`
  );
  const run = new Inferrer(model, store, binding.used, warnings);
  const scope = new Scope();
  for (const [name, b] of binding.shapes) {
    const values = given[name]?.values;
    scope.set(name, {
      dtype: b.dtype,
      shape: b.shape,
      kind: b.kind,
      ...values && values.length <= MAX_FOLDED_INPUT ? { value: values } : {}
    });
  }
  const main = run.graph(model.graph, scope);
  return { main, inputs: [...binding.shapes.keys()], dims: binding.used, warnings };
}
var MAX_FOLDED_INPUT = 1 << 16;
var Inferrer = class {
  constructor(model, store, dims, warnings) {
    this.model = model;
    this.store = store;
    this.dims = dims;
    this.warnings = warnings;
  }
  model;
  store;
  dims;
  warnings;
  symbols = 0;
  graph(g, scope) {
    const ids = new GraphValues(this.model.path, g);
    scope.attach(ids);
    for (const t of g.initializers) {
      if (scope.get(t.name)) continue;
      scope.set(t.name, {
        dtype: t.dataType,
        shape: t.dims.slice(),
        lazy: this.store.lazyValues(t)
      });
    }
    const declared = new Array(ids.names.length + 1);
    for (const list of [g.valueInfo, g.outputs]) {
      for (const v of list) {
        const id = v.name === "" ? ids.names.length : ids.ids.get(v.name);
        if (id !== void 0) declared[id] = v.type;
      }
    }
    const order = executionOrder(this.model.path, g, ids, (id) => scope.hasId(id));
    const records = order.map((at) => this.node(g.nodes[at], at, ids, scope, declared));
    return { graph: g, records, values: scope, ids };
  }
  node(node, at, ids, scope, declared) {
    const opset = node.opsets?.get(node.domain) ?? this.model.opsets.get(node.domain) ?? 1;
    const first = ids.inputStart[at];
    const inputs = new Array(ids.inputStart[at + 1] - first);
    for (let k = 0; k < inputs.length; k++) {
      const id = ids.inputIds[first + k];
      inputs[k] = id === NO_VALUE ? void 0 : scope.findId(id);
    }
    const ctx = new NodeContext(node, opset, inputs, this.store, scope, this);
    const rule = findRule(node.domain, node.opType);
    let outputs;
    let error;
    if (rule) {
      try {
        outputs = rule.infer(ctx);
        checkDims(outputs);
      } catch (e) {
        if (e instanceof UserError) throw e;
        error = e instanceof InferenceFailure ? e.message : `internal error in the ${node.opType} rule (${e.message}); please report it`;
      }
    }
    const subgraphs = ctx.runs;
    for (const run of subgraphs) this.warnings.push(...run.warnings);
    const record = { node, opset, rule, ctx, at, inputs, outputs: [], subgraphs };
    if (error !== void 0) record.error = error;
    const firstOut = ids.outputStart[at];
    record.outputs = node.outputs.map((name, i) => {
      const id = ids.outputIds[firstOut + i];
      const decl = declared[id === NO_VALUE ? ids.names.length : id];
      const v = this.reconcile(node, name, outputs?.[i], decl);
      if (id !== NO_VALUE) scope.setId(id, v);
      return v;
    });
    return record;
  }
  /** Checks an inferred Value against the model's own value_info; fills gaps from it. */
  reconcile(node, name, inferred, declared) {
    const decl = declared && declared.kind === "tensor" ? declared : void 0;
    const declShape = decl?.shape?.map((d) => this.bindDim(d));
    if (!inferred) {
      return { dtype: decl?.elemType ?? 0, shape: declShape };
    }
    if (!declShape || !inferred.shape) {
      return inferred.shape || !declShape ? inferred : { ...inferred, shape: declShape };
    }
    if (declShape.length !== inferred.shape.length) {
      this.warn(node, name, declShape, inferred.shape);
      return inferred;
    }
    const shape = inferred.shape;
    let filled;
    shape.forEach((d, i) => {
      const m5 = declShape[i];
      if (typeof d === "number" && typeof m5 === "number" && d !== m5)
        this.warn(node, name, declShape, shape);
      if (typeof d === "string" && typeof m5 === "number") (filled ??= shape.slice())[i] = m5;
    });
    return filled ? { ...inferred, shape: filled } : inferred;
  }
  warned = /* @__PURE__ */ new Set();
  warn(node, name, declared, inferred) {
    if (this.warned.has(name)) return;
    this.warned.add(name);
    this.warnings.push(
      `"${name}" (output of ${node.opType} node "${node.name}"): the model's value_info says ${fmtShape(declared)}, inference gives ${fmtShape(inferred)}; the inferred shape is used.`
    );
  }
  runSubgraph(ctx, req) {
    return this.subgraph(ctx, req);
  }
  symbol(hint) {
    return `${hint}?${++this.symbols}`;
  }
  /** Model-declared dims: bound symbols become numbers; other symbols stay symbols. */
  bindDim(d) {
    return bindDeclaredDim(d, this.dims);
  }
  subgraph(ctx, req) {
    const a = ctx.node.attributes.get(req.attr);
    if (!a || a.type !== "graph")
      throw new InferenceFailure(`attribute "${req.attr}" (a graph) is missing`);
    const g = a.value;
    const scope = new Scope(ctx.scope);
    g.inputs.forEach((formal, i) => {
      const given = req.inputs[i];
      const t = formal.type;
      const declared = t.kind === "tensor" ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) } : void 0;
      scope.set(formal.name, given?.shape ? given : declared ?? given ?? { dtype: 0 });
    });
    const outerWarnings = this.warnings;
    const warnings = [];
    this.warnings = warnings;
    let inferred;
    try {
      inferred = this.graph(g, scope);
    } finally {
      this.warnings = outerWarnings;
    }
    const failed = allRecords(inferred).find((r) => r.error);
    const problem = failed ? `${failed.node.opType} node "${failed.node.name}": ${failed.error}` : warnings[0];
    ctx.addRun({
      attr: req.attr,
      graph: inferred,
      repeat: req.how.repeat,
      alternative: !!req.how.alternative,
      ...problem ? { problem } : {},
      warnings
    });
    return g.outputs.map((o) => {
      const v = scope.find(o.name);
      if (v) return v;
      const t = o.type;
      return t.kind === "tensor" ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) } : { dtype: 0 };
    });
  }
};
function allRecords(g) {
  return g.records.flatMap((r) => [r, ...r.subgraphs.flatMap((s) => allRecords(s.graph))]);
}

// src/analyze/cost.ts
var zero = () => ({
  macs: 0,
  flops: 0,
  transcendentals: 0,
  intOps: 0,
  bytesAccessed: 0
});
function addInto(into, c, times = 1) {
  into.macs += c.macs * times;
  into.flops += c.flops * times;
  into.transcendentals += c.transcendentals * times;
  into.intOps += c.intOps * times;
  into.bytesAccessed += c.bytesAccessed * times;
}
function costGraph(g, repeat = 1, prefix = "") {
  const out = [];
  for (const record of g.records) costNode(record, repeat, prefix, out);
  return out;
}
function costNode(record, repeat, prefix, out) {
  const { node, rule, ctx } = record;
  const name = prefix + (node.name || `${node.opType}`);
  const costed = { record, name, cost: zero(), repeat };
  out.push(costed);
  const bytes = !rule ? defaultBytes(record) : rule.bytes === "view" ? 0 : rule.bytes ? safe(() => rule.bytes(ctx, record.outputs)) : defaultBytes(record);
  if (Number.isNaN(bytes)) costed.bytesUnknown = true;
  else costed.cost.bytesAccessed = bytes * repeat;
  if (!rule) {
    costed.problem = {
      kind: "uncounted",
      reason: `no cost rule for ${node.domain ? node.domain + "/" : ""}${node.opType}`
    };
  } else if (record.error) {
    costed.problem = { kind: "unresolved", reason: record.error };
  } else if (rule.cost) {
    let c;
    try {
      c = rule.cost(ctx, record.outputs);
    } catch (e) {
      costed.problem = { kind: "unresolved", reason: e.message };
    }
    if (c) {
      const parts = [c.macs ?? 0, c.flops ?? 0, c.transcendentals ?? 0, c.intOps ?? 0];
      if (parts.some(Number.isNaN)) {
        costed.problem = {
          kind: "unresolved",
          reason: `a dim depends on the data (${describeShapes(record)})`
        };
      } else {
        costed.cost.macs = parts[0] * repeat;
        costed.cost.flops = parts[1] * repeat;
        costed.cost.transcendentals = parts[2] * repeat;
        costed.cost.intOps = parts[3] * repeat;
      }
    }
  }
  if (ctx.flags.length > 0) costed.problem ??= { kind: "unresolved", reason: ctx.flags.join("; ") };
  if (record.subgraphs.length === 0) return;
  const fixed = record.subgraphs.filter((s) => !s.alternative);
  for (const s of fixed) {
    out.push(...costGraph(s.graph, repeat * (s.repeat ?? 1), `${name}/${s.attr}/`));
  }
  const alternatives = record.subgraphs.filter((s) => s.alternative);
  if (alternatives.length > 0) {
    const costedAlternatives = alternatives.map(
      (s) => costGraph(s.graph, repeat, `${name}/${s.attr}/`)
    );
    const weight = (nodes) => nodes.reduce((w, n) => w + n.cost.flops + n.cost.intOps, 0);
    let best = costedAlternatives[0];
    for (const alt of costedAlternatives) if (weight(alt) > weight(best)) best = alt;
    out.push(...best);
    for (const alt of costedAlternatives) {
      if (alt === best) continue;
      for (const n of alt) {
        if (n.problem || n.bytesUnknown) out.push({ ...n, cost: zero(), notCosted: true });
      }
    }
  }
}
function defaultBytes(record) {
  let total = 0;
  for (const v of record.inputs) total += tensorBytes(v);
  for (const v of record.outputs) total += tensorBytes(v);
  return total;
}
function safe(f) {
  try {
    return f();
  } catch {
    return NaN;
  }
}
function describeShapes(record) {
  const fmt = (v) => v?.shape ? `[${v.shape.join(", ")}]` : "[?]";
  return `inputs ${record.inputs.map(fmt).join(", ")}`;
}

// src/analyze/memory.ts
function peakActivation(g, graphInputs, outerStatic = /* @__PURE__ */ new Set()) {
  const { ids } = g;
  const n = ids.names.length;
  const statics = new Uint8Array(n);
  for (const t of g.graph.initializers) statics[ids.ids.get(t.name)] = 1;
  if (outerStatic.size > 0) {
    for (let id = 0; id < n; id++) if (outerStatic.has(ids.names[id])) statics[id] = 1;
  }
  const owner = new Int32Array(n).fill(-1);
  const size = new Float64Array(n);
  const lastUse = new Int32Array(n).fill(-1);
  let unknown = false;
  const own = (id, bytes) => {
    owner[id] = id;
    if (Number.isNaN(bytes)) unknown = true;
    size[id] = Number.isNaN(bytes) ? 0 : bytes;
  };
  const inputs = graphInputs.map((name) => ids.ids.get(name) ?? NO_VALUE);
  for (const id of inputs) if (id !== NO_VALUE) own(id, tensorBytes(g.values.get(ids.names[id])));
  const { inputIds, inputStart, outputIds, outputStart, captured } = ids;
  const isStatic2 = (id) => id === NO_VALUE || statics[id] === 1;
  g.records.forEach((r, i) => {
    const at = r.at;
    let allStatic = true;
    for (let k = inputStart[at]; allStatic && k < inputStart[at + 1]; k++)
      allStatic = isStatic2(inputIds[k]);
    if (allStatic) {
      for (const id of captured[at]) if (!isStatic2(id)) allStatic = false;
    }
    if (allStatic) {
      for (let k = outputStart[at]; k < outputStart[at + 1]; k++)
        if (outputIds[k] !== NO_VALUE) statics[outputIds[k]] = 1;
      return;
    }
    const first = inputIds[inputStart[at]];
    const viewOf = r.rule?.bytes === "view" && inputStart[at + 1] > inputStart[at] && first !== NO_VALUE ? owner[first] : -1;
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o === NO_VALUE) continue;
      if (viewOf >= 0) owner[o] = viewOf;
      else own(o, tensorBytes(r.outputs[k - outputStart[at]]));
    }
    const read = (id) => {
      if (id === NO_VALUE) return;
      const root = owner[id];
      if (root >= 0) lastUse[root] = i;
    };
    for (let k = inputStart[at]; k < inputStart[at + 1]; k++) read(inputIds[k]);
    for (const id of captured[at]) read(id);
  });
  for (const o of g.graph.outputs) {
    const id = ids.ids.get(o.name);
    const root = id === void 0 ? -1 : owner[id];
    if (root >= 0) lastUse[root] = g.records.length;
  }
  const freeHead = new Int32Array(g.records.length + 1).fill(-1);
  const next = new Int32Array(n).fill(-1);
  for (let id = 0; id < n; id++) {
    const at = lastUse[id];
    if (at < 0) continue;
    next[id] = freeHead[at];
    freeHead[at] = id;
  }
  let current = 0;
  for (const id of inputs) if (id !== NO_VALUE) current += size[id];
  let peak = current;
  let staticHere;
  g.records.forEach((r, i) => {
    let inner = 0;
    for (const s of r.subgraphs) {
      staticHere ??= /* @__PURE__ */ new Set([...staticNames(ids.names, statics), ...outerStatic]);
      const body = peakActivation(
        s.graph,
        s.graph.graph.inputs.map((v) => v.name),
        staticHere
      );
      if (body.unknown) unknown = true;
      inner = Math.max(inner, body.peakActivationBytes);
    }
    peak = Math.max(peak, current + inner);
    const at = r.at;
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o !== NO_VALUE && owner[o] === o) current += size[o];
    }
    peak = Math.max(peak, current);
    for (let root = freeHead[i]; root >= 0; root = next[root]) current -= size[root];
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o !== NO_VALUE && owner[o] === o && lastUse[o] < 0) current -= size[o];
    }
  });
  return { peakActivationBytes: peak, unknown };
}
function staticNames(names, statics) {
  return names.filter((_, id) => statics[id] === 1);
}

// src/analyze/params.ts
var LAYERS = /* @__PURE__ */ new Set([
  "Conv",
  "ConvTranspose",
  "Gemm",
  "MatMul",
  "LSTM",
  "GRU",
  "RNN",
  "BatchNormalization",
  "LayerNormalization",
  "InstanceNormalization",
  "GroupNormalization",
  "RMSNormalization",
  "PRelu"
]);
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "Cast",
  "Identity",
  "DequantizeLinear",
  "Reshape",
  "Squeeze",
  "Unsqueeze"
]);
function countParams(main, graphInputs) {
  const weights = /* @__PURE__ */ new Map();
  const graphs = allGraphs(main);
  for (const g of graphs) {
    for (const t of g.graph.initializers) {
      const elements = t.sparseValues ?? t.dims.reduce((a, b) => a * b, 1);
      addWeight(weights, t.name, t.dataType, elements);
    }
    for (const r of g.records) {
      if (r.node.opType === "Constant" && r.node.domain === "" && r.outputs[0]) {
        addWeight(weights, r.node.outputs[0], r.outputs[0].dtype, numel(r.outputs[0].shape));
      }
    }
  }
  const derivedNames = new Set(graphInputs);
  const several = graphs.length > 1;
  let emptyDerived = false;
  const emptyWeight = weights.get("");
  let mainDerived;
  for (const g of graphs) {
    const { ids } = g;
    const { inputIds, inputStart, outputIds, outputStart } = ids;
    const n = ids.names.length;
    const derived = new Uint8Array(n);
    if (g === main) {
      for (const name of graphInputs) {
        const id = ids.ids.get(name);
        if (id !== void 0) derived[id] = 1;
      }
      mainDerived = derived;
    } else {
      for (let id = 0; id < n; id++) if (derivedNames.has(ids.names[id])) derived[id] = 1;
    }
    const weightOf = new Array(n);
    for (const [name, w] of weights) {
      const id = ids.ids.get(name);
      if (id !== void 0) weightOf[id] = w;
    }
    for (const r of g.records) {
      const { at } = r;
      let reads = false;
      for (let k = inputStart[at]; !reads && k < inputStart[at + 1]; k++)
        reads = inputIds[k] !== NO_VALUE && derived[inputIds[k]] === 1;
      if (reads) {
        for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
          if (outputIds[k] === NO_VALUE) emptyDerived = true;
          else derived[outputIds[k]] = 1;
        }
      }
      const meta = r.rule?.metaInputs;
      const counted = [];
      for (let i = 0; i < inputStart[at + 1] - inputStart[at]; i++) {
        const id = inputIds[inputStart[at] + i];
        const w = id === NO_VALUE ? emptyWeight : weightOf[id];
        if (!w) continue;
        if (meta?.includes(i)) w.metaUses++;
        else if (!counted.includes(w)) {
          counted.push(w);
          w.dataUses++;
          if (r.node.domain === "" && LAYERS.has(r.node.opType)) w.layerUse = true;
          if (r.node.opType === "DequantizeLinear" && (i === 0 || i === 2)) w.dequantized = true;
        }
        const packed = packedWeights(r, i);
        if (packed && Number.isFinite(packed.elements)) {
          w.elements = packed.elements;
          w.dtype = packed.dtype;
        }
      }
    }
    if (several) {
      for (let id = 0; id < n; id++) if (derived[id] === 1) derivedNames.add(ids.names[id]);
    }
  }
  const isDerived = (name) => {
    if (name === "") return emptyDerived || derivedNames.has(name);
    if (several) return derivedNames.has(name);
    const id = main.ids.ids.get(name);
    return id === void 0 ? derivedNames.has(name) : mainDerived[id] === 1;
  };
  let producers;
  const producerOf = (name) => {
    if (!producers) {
      producers = /* @__PURE__ */ new Map();
      for (const g of graphs)
        for (const r of g.records) for (const o of r.node.outputs) producers.set(o, r);
    }
    return producers.get(name);
  };
  const traceWeight = (name) => {
    for (let hops = 0; hops < 8; hops++) {
      const w = weights.get(name);
      if (w) return w;
      const p = producerOf(name);
      if (!p || !PASS_THROUGH.has(p.node.opType)) return void 0;
      name = p.node.inputs[0];
    }
    return void 0;
  };
  for (const g of graphs) {
    for (const r of g.records) {
      const { opType, domain, inputs } = r.node;
      const gather = opType === "Gather" && domain === "" || opType === "GatherBlockQuantized" && domain === "com.microsoft";
      if (gather && inputs.length > 1 && isDerived(inputs[1])) {
        const w = traceWeight(inputs[0]);
        if (w) w.embedding = true;
      } else if (opType === "EmbedLayerNormalization" && domain === "com.microsoft") {
        for (const i of [2, 3, 4]) {
          const w = inputs[i] ? traceWeight(inputs[i]) : void 0;
          if (w) w.embedding = true;
        }
      }
    }
  }
  const counts = {
    params: 0,
    paramsPerUse: 0,
    embeddingParams: 0,
    paramsByDtype: {},
    weightBytes: 0,
    notes: []
  };
  let unused = 0;
  let scalars = 0;
  for (const w of weights.values()) {
    if (!isFloat(w.dtype) && !isQuantizedInt(w.dtype) && !w.dequantized) continue;
    if (w.dataUses === 0) {
      if (w.metaUses === 0) unused++;
      continue;
    }
    if (w.elements < 2 && !w.layerUse) {
      scalars++;
      continue;
    }
    counts.params += w.elements;
    counts.paramsPerUse += w.elements * w.dataUses;
    if (w.embedding) counts.embeddingParams += w.elements;
    const dt = dtypeName(w.dtype);
    counts.paramsByDtype[dt] = (counts.paramsByDtype[dt] ?? 0) + w.elements;
    counts.weightBytes += byteSize(w.dtype, w.elements);
  }
  if (unused > 0)
    counts.notes.push(
      `${unused} weight tensor(s) are used by no node and are not counted as params`
    );
  if (scalars > 0)
    counts.notes.push(
      `${scalars} single-element constant(s) (scales, epsilons, ...) are arithmetic constants, not params: left out of params and weight bytes`
    );
  return counts;
}
function packedWeights(r, input) {
  try {
    return r.rule?.packedWeights?.(r.ctx, input);
  } catch {
    return void 0;
  }
}
function addWeight(weights, name, dtype, elements) {
  if (!weights.has(name) && Number.isFinite(elements)) {
    weights.set(name, {
      name,
      dtype,
      elements,
      dataUses: 0,
      metaUses: 0,
      embedding: false,
      layerUse: false,
      dequantized: false
    });
  }
}
function allGraphs(g) {
  const out = [g];
  for (const r of g.records) {
    if (r.subgraphs.length === 0) continue;
    for (const s of r.subgraphs) out.push(...allGraphs(s.graph));
  }
  return out;
}

// src/analyze/types.ts
var ANALYSIS_SCHEMA = "misnomer/analysis@1";

// src/analyze/analyze.ts
var COMPUTE_TOTALS = [
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "arithmeticIntensity"
];
function analyze(loaded, options = {}) {
  const { model, store } = loaded;
  return analyzeInferred(
    model,
    inferModel(model, store, options.dims ?? {}, options.inputValues),
    options
  );
}
function analyzeInferred(model, inference, options = {}) {
  const { main } = inference;
  const graphInputs = inference.inputs;
  const costed = costGraph(main);
  const params = countParams(main, graphInputs);
  const memory = peakActivation(main, graphInputs);
  const sums = zero();
  const byOpType = {};
  const uncounted = /* @__PURE__ */ new Map();
  const unresolved = [];
  const incomplete = /* @__PURE__ */ new Set();
  const notes = new Set(params.notes);
  for (const c of costed) {
    addInto(sums, c.cost);
    addInto(entry(byOpType, opKey(c)), c.cost);
    if (c.bytesUnknown) incomplete.add("bytesAccessed").add("arithmeticIntensity");
    for (const n of c.record.ctx.notes) notes.add(`${c.name}: ${n}`);
    if (c.problem?.kind === "uncounted") {
      const key2 = opKey(c);
      const u = uncounted.get(key2) ?? {
        opType: c.record.node.opType,
        domain: c.record.node.domain,
        count: 0,
        examples: []
      };
      u.count++;
      if (u.examples.length < 5) u.examples.push(c.name);
      uncounted.set(key2, u);
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    } else if (c.problem) {
      unresolved.push({ node: c.name, opType: c.record.node.opType, reason: c.problem.reason });
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    }
  }
  let nodes = 0;
  for (const g of allGraphs(main)) {
    for (const r of g.records) {
      nodes++;
      entry(byOpType, r.node.domain ? `${r.node.domain}/${r.node.opType}` : r.node.opType).count++;
    }
  }
  for (const counters of Object.values(byOpType))
    counters.arithmeticIntensity = intensity(counters.flops, counters.bytesAccessed);
  if (memory.unknown) incomplete.add("peakActivationBytes");
  const totals = {
    params: params.params,
    paramsPerUse: params.paramsPerUse,
    embeddingParams: params.embeddingParams,
    nonEmbeddingParams: params.params - params.embeddingParams,
    paramsByDtype: params.paramsByDtype,
    weightBytes: params.weightBytes,
    ...sums,
    arithmeticIntensity: intensity(sums.flops, sums.bytesAccessed),
    peakActivationBytes: memory.peakActivationBytes,
    modelFileBytes: model.fileBytes,
    nodes
  };
  const analysis = {
    schema: ANALYSIS_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    model: {
      path: model.path,
      irVersion: model.irVersion,
      producer: [model.producerName, model.producerVersion].filter(Boolean).join(" "),
      opsets: Object.fromEntries([...model.opsets].map(([d, v]) => [d || "ai.onnx", v]))
    },
    dims: inference.dims,
    totals,
    byOpType: sortByFlops(byOpType),
    uncounted: [...uncounted.values()].sort((a, b) => b.count - a.count),
    unresolved,
    incomplete: incomplete.size > 0,
    incompleteTotals: [...incomplete],
    notes: [...notes],
    warnings: inference.warnings
  };
  if (options.perNode) analysis.nodes = costed.filter((c) => !c.notCosted).map(nodeCost);
  return analysis;
}
var opKey = (c) => c.record.node.domain ? `${c.record.node.domain}/${c.record.node.opType}` : c.record.node.opType;
function entry(table, key2) {
  return table[key2] ??= { count: 0, ...zero(), arithmeticIntensity: null };
}
var intensity = (flops, bytes) => bytes > 0 ? flops / bytes : null;
function sortByFlops(table) {
  const entries = Object.entries(table).sort(
    ([ka, a], [kb, b]) => b.flops - a.flops || b.intOps - a.intOps || b.bytesAccessed - a.bytesAccessed || (ka < kb ? -1 : 1)
  );
  return Object.fromEntries(entries);
}
function nodeCost(c) {
  const notes = c.record.ctx.notes;
  return {
    name: c.name,
    opType: c.record.node.opType,
    domain: c.record.node.domain,
    outputShapes: c.record.outputs.map((v) => v.shape ?? null),
    repeat: c.repeat,
    ...c.cost,
    ...notes.length ? { notes: [...notes] } : {}
  };
}

// builtin-require:node:fs for src/measure/npy.ts
var m = __require("node:fs");
var existsSync = m.existsSync;
var readFileSync = m.readFileSync;

// src/measure/npy.ts
var KINDS2 = {
  f2: ["float16", 2, Uint16Array],
  f4: ["float32", 4, Float32Array],
  f8: ["float64", 8, Float64Array],
  i1: ["int8", 1, Int8Array],
  u1: ["uint8", 1, Uint8Array],
  i2: ["int16", 2, Int16Array],
  u2: ["uint16", 2, Uint16Array],
  i4: ["int32", 4, Int32Array],
  u4: ["uint32", 4, Uint32Array],
  i8: ["int64", 8, BigInt64Array],
  u8: ["uint64", 8, BigUint64Array],
  b1: ["bool", 1, Uint8Array]
};
var MAGIC = "\x93NUMPY";
function readNpy(path) {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the input file path.`);
  return parseNpy(readFileSync(path), path);
}
function parseNpy(bytes, path) {
  const magic = String.fromCharCode(...bytes.subarray(0, 6));
  if (magic !== MAGIC) {
    throw new UserError(
      `${path} is not a .npy file (it does not start with "\\x93NUMPY"). Write it with numpy.save, or give a .json file.`
    );
  }
  const view2 = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw truncated(path, "header");
  const headerLength = major === 1 ? view2.getUint16(8, true) : view2.getUint32(8, true);
  const dataStart = 8 + lengthBytes + headerLength;
  if (bytes.length < dataStart) throw truncated(path, "header");
  const header = new TextDecoder().decode(bytes.subarray(8 + lengthBytes, dataStart));
  const { descr, fortran, shape } = parseHeader(header, path);
  if (fortran) {
    throw new UserError(
      `${path} stores its array in Fortran order, which misnomer does not read. Save a C-ordered copy: numpy.save(path, numpy.ascontiguousarray(a)).`
    );
  }
  const count = shape.reduce((a, b) => a * b, 1);
  const order = descr[0];
  const code = descr.slice(1);
  if (code.startsWith("U"))
    return strings(bytes, dataStart, count, Number(code.slice(1)), order, path, shape);
  const kind = KINDS2[code];
  if (!kind || !"<>|=".includes(order)) {
    throw new UserError(
      `${path} holds dtype '${descr}', which misnomer cannot feed to ONNX Runtime. Use one of float16/32/64, int8/16/32/64, uint8/16/32/64, bool or str.`
    );
  }
  const [dtype, width, Ctor] = kind;
  const byteCount2 = count * width;
  if (bytes.length - dataStart < byteCount2) throw truncated(path, `${byteCount2} data bytes`);
  const buffer = new ArrayBuffer(byteCount2);
  const out = new Uint8Array(buffer);
  out.set(bytes.subarray(dataStart, dataStart + byteCount2));
  if (order === ">" && width > 1) {
    for (let i = 0; i < byteCount2; i += width) out.subarray(i, i + width).reverse();
  }
  return { dtype, shape, data: new Ctor(buffer) };
}
function parseHeader(header, path) {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText === void 0) {
    throw new UserError(
      `${path}: the .npy header ${JSON.stringify(header.trim())} lacks 'descr', 'fortran_order' or 'shape'. The file is damaged; write it again with numpy.save.`
    );
  }
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UserError(`${path}: the .npy header has an invalid shape (${shapeText}).`);
  }
  return { descr, fortran: fortran === "True", shape };
}
function strings(bytes, start, count, width, order, path, shape) {
  const view2 = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length - start < count * width * 4)
    throw truncated(path, `${count * width * 4} data bytes`);
  const data = [];
  for (let i = 0; i < count; i++) {
    const points = [];
    for (let j = 0; j < width; j++) {
      const cp = view2.getUint32(start + (i * width + j) * 4, order !== ">");
      if (cp === 0) break;
      points.push(cp);
    }
    data.push(String.fromCodePoint(...points));
  }
  return { dtype: "string", shape, data };
}
function truncated(path, what) {
  return new UserError(
    `${path} is truncated: it ends before its ${what}. Write the file again with numpy.save.`
  );
}
var INT_BOUNDS = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  bool: [0, 1]
};
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float16", "float32", "float64"]);
function ortArray(dtype, n, at) {
  if (dtype === "string") return Array.from({ length: n }, (_, i) => String(at(i)));
  if (dtype === "int64" || dtype === "uint64") {
    const a2 = dtype === "int64" ? new BigInt64Array(n) : new BigUint64Array(n);
    for (let i = 0; i < n; i++) a2[i] = BigInt(Math.trunc(Number(at(i))));
    return a2;
  }
  const Ctor = Object.values(KINDS2).find(([name]) => name === dtype)?.[2];
  if (!Ctor) throw new Error(`ortArray: no typed array for ${dtype}`);
  const a = new Ctor(n);
  if (dtype === "float16") for (let i = 0; i < n; i++) a[i] = toHalf(Number(at(i)));
  else for (let i = 0; i < n; i++) a[i] = Number(at(i));
  return a;
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalf(v) {
  f32[0] = v;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  const mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  const full = e > 0 ? mant : mant | 8388608;
  const shift = e > 0 ? 13 : 14 - e;
  if (shift > 24) return sign;
  const kept = full >>> shift;
  const rest = full & (1 << shift) - 1;
  const halfway = 1 << shift - 1;
  const rounded = rest > halfway || rest === halfway && kept & 1 ? kept + 1 : kept;
  return sign | (e > 0 ? e << 10 : 0) + rounded;
}
function readInputFile(path, expected) {
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${expected.name}"). Check the path.`
    );
  }
  const want = `${expected.dtype} [${expected.shape.join(", ")}]`;
  if (!path.toLowerCase().endsWith(".json")) {
    const found = readNpy(path);
    if (found.dtype !== expected.dtype || !sameShape3(found.shape, expected.shape)) {
      throw new UserError(
        `${path}: input "${expected.name}" expects ${want}; the file holds ${found.dtype} [${found.shape.join(", ")}]. Save an array of that dtype and shape (numpy: a.astype('${expected.dtype === "string" ? "str" : expected.dtype}').reshape(${expected.shape.join(", ")})).`
      );
    }
    return found.data;
  }
  const { shape, flat } = readJson(path);
  if (!sameShape3(shape, expected.shape)) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds a JSON array of shape [${shape.join(", ")}]. Give a nested array of that shape, or {"dims": [...], "data": [...]}.`
    );
  }
  const bad = flat.findIndex((v) => !fits(expected.dtype, v));
  if (bad >= 0) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds ${JSON.stringify(flat[bad])} at flat index ${bad}, which is not a valid ${expected.dtype} value.`
    );
  }
  return ortArray(expected.dtype, flat.length, (i) => {
    const v = flat[i];
    return typeof v === "boolean" ? Number(v) : v;
  });
}
function readGivenFile(path, name) {
  const source = `--input ${name}=${path}`;
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${name}"). Check the path.`
    );
  }
  if (!path.toLowerCase().endsWith(".json")) {
    const a = readNpy(path);
    const values = Array.isArray(a.data) ? void 0 : Array.from(a.data, Number);
    return { dtype: dtypeFromName(a.dtype), shape: a.shape, values, source };
  }
  const { shape, flat } = readJson(path);
  if (flat.every((v) => typeof v === "string")) return { shape, source };
  const bad = flat.findIndex((v) => typeof v !== "number" && typeof v !== "boolean");
  if (bad >= 0) {
    throw new UserError(
      `${path}: the values of input "${name}" must be numbers, booleans or text; flat index ${bad} holds ${JSON.stringify(flat[bad])}.`
    );
  }
  return { shape, values: flat.map(Number), source };
}
var readGivenFiles = (files) => Object.fromEntries(
  Object.entries(files).map(([name, path]) => [name, readGivenFile(path, name)])
);
function readJson(path) {
  let doc;
  try {
    doc = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON (${e.message}).`);
  }
  if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) {
    const { dims, data } = doc;
    if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new UserError(
        `${path}: a JSON object must be {"dims": [...], "data": [...]} with "dims" a list of non-negative integers; or give a nested array.`
      );
    }
    const flat = nested(data, path).flat;
    const count = dims.reduce((a, b) => a * b, 1);
    if (flat.length !== count) {
      throw new UserError(
        `${path}: "dims" [${dims.join(", ")}] needs ${count} values, but "data" has ${flat.length}.`
      );
    }
    return { shape: dims, flat };
  }
  return nested(doc, path);
}
function nested(v, path) {
  if (!Array.isArray(v)) return { shape: [], flat: [v] };
  const parts = v.map((x) => nested(x, path));
  const inner = parts[0]?.shape ?? [];
  for (const p of parts) {
    if (!sameShape3(p.shape, inner)) {
      throw new UserError(
        `${path}: the nested array is ragged (elements of shape [${inner.join(", ")}] and [${p.shape.join(", ")}] side by side). Give a rectangular array.`
      );
    }
  }
  return { shape: [v.length, ...inner], flat: parts.flatMap((p) => p.flat) };
}
function fits(dtype, v) {
  if (dtype === "string") return typeof v === "string";
  if (dtype === "bool") return typeof v === "boolean" || v === 0 || v === 1;
  if (typeof v !== "number") return false;
  if (FLOAT_TYPES.has(dtype)) return true;
  const b = INT_BOUNDS[dtype];
  return !!b && Number.isInteger(v) && v >= b[0] && v <= b[1];
}
var sameShape3 = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);

// builtin-require:node:fs for src/onnx/load.ts
var m2 = __require("node:fs");
var existsSync2 = m2.existsSync;
var statSync = m2.statSync;

// builtin-require:node:path for src/onnx/load.ts
var m3 = __require("node:path");
var dirname = m3.dirname;
var isAbsolute = m3.isAbsolute;
var resolve = m3.resolve;

// builtin-require:node:fs for src/onnx/wire.ts
var m4 = __require("node:fs");
var closeSync = m4.closeSync;
var fstatSync = m4.fstatSync;
var openSync = m4.openSync;
var readSync = m4.readSync;

// src/onnx/wire.ts
var WIRE_VARINT = 0;
var WIRE_FIXED64 = 1;
var WIRE_LEN = 2;
var WIRE_FIXED32 = 5;
var WireError = class extends Error {
  constructor(message, offset, truncated2 = false) {
    super(message);
    this.offset = offset;
    this.truncated = truncated2;
  }
  offset;
  truncated;
};
var WINDOW_BYTES = 256 << 10;
var MIN_WINDOW_BYTES = 8 << 10;
var WHOLE_FILE_BYTES = 256 << 10;
var FileSource = class {
  constructor(path, window = WINDOW_BYTES, wholeFileBytes = WHOLE_FILE_BYTES) {
    this.path = path;
    this.window = window;
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
    if (this.size <= wholeFileBytes) this.fill(0, this.size);
  }
  path;
  window;
  size;
  fd;
  /**
   * The window's bytes are buf[0, winLength). One buffer serves every window that fits in it: a
   * fresh buffer per window was an allocation, and an ArrayBuffer for the GC to sweep, per skipped
   * weight. Views of it are read at once (a varint, a name, a constant's bytes), never kept.
   */
  bytes = Buffer.alloc(0);
  seen;
  winLength = 0;
  winStart = 0;
  /** The size of the next window read where the last one ended. */
  next = MIN_WINDOW_BYTES;
  close() {
    closeSync(this.fd);
  }
  /** Returns the index in `bytes` of file offset `pos`, with at least `n` bytes there. */
  view(pos, n) {
    if (pos < this.winStart || pos + n > this.winStart + this.winLength) {
      if (pos + n > this.size) throw new WireError("unexpected end of file", pos, true);
      const onward = pos >= this.winStart && pos - (this.winStart + this.winLength) < this.next;
      const size = onward ? this.next : MIN_WINDOW_BYTES;
      this.next = Math.min(this.window, 2 * size);
      this.fill(pos, Math.max(n, Math.min(size, this.size - pos)));
    }
    return pos - this.winStart;
  }
  fill(pos, n) {
    if (n > this.bytes.length)
      this.bytes = Buffer.allocUnsafe(Math.max(n, Math.min(this.window, this.size)));
    const buf = this.bytes;
    this.winLength = 0;
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd, buf, done, n - done, pos + done);
      if (got === 0) throw new WireError("unexpected end of file", pos + done, true);
      done += got;
    }
    this.winLength = n;
    this.winStart = pos;
  }
};
var MAX_STRING_BYTES = 16 << 20;
var MAX_DEPTH = 100;
var WireReader = class _WireReader {
  constructor(src, pos, end, depth = 0) {
    this.src = src;
    this.pos = pos;
    this.end = end;
    this.depth = depth;
  }
  src;
  pos;
  end;
  depth;
  /** The wire type of the last tag read. */
  wire = 0;
  get done() {
    return this.pos >= this.end;
  }
  /** Reads a varint as a JS number. int64 values beyond 2^53 lose precision (never a dim). */
  varint() {
    if (this.pos >= this.end) {
      throw new WireError("unexpected end of message", this.pos, this.pos >= this.src.size);
    }
    const avail = Math.min(10, this.end - this.pos);
    const i0 = this.src.view(this.pos, avail);
    const buf = this.src.bytes;
    const b0 = buf[i0];
    if (b0 < 128) {
      this.pos += 1;
      return b0;
    }
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < avail; k++) {
      const b = buf[i0 + k];
      if (k < 4) lo |= (b & 127) << 7 * k;
      else if (k === 4) {
        lo |= (b & 15) << 28;
        hi = (b & 127) >> 4;
      } else hi |= (b & 127) << 7 * k - 32;
      if (b < 128) {
        this.pos += k + 1;
        lo >>>= 0;
        if (hi & 2147483648) return -((~hi >>> 0) * 4294967296 + ((~lo >>> 0) + 1));
        return (hi >>> 0) * 4294967296 + lo;
      }
    }
    throw new WireError(
      avail < 10 ? "truncated varint" : "varint longer than 10 bytes",
      this.pos,
      avail < 10 && this.end >= this.src.size
    );
  }
  /** Reads a tag: returns its field number; its wire type is then in `wire`. */
  tag() {
    const t = this.varint();
    const field = Math.floor(t / 8);
    this.wire = t & 7;
    if (field === 0) throw new WireError("field number 0", this.pos);
    return field;
  }
  /** Reads a length prefix and returns where the field starts, moving past it (to its end). */
  lengthDelimited() {
    const len = this.varint();
    const start = this.pos;
    if (len < 0 || start + len > this.end) {
      throw new WireError(
        `length ${len} runs past the end of its message`,
        start,
        start + len > this.src.size
      );
    }
    this.pos = start + len;
    return start;
  }
  /** A reader over the next length-delimited field (an embedded message). */
  message() {
    const start = this.lengthDelimited();
    const end = this.pos;
    if (this.depth >= MAX_DEPTH)
      throw new WireError(`messages nested more than ${MAX_DEPTH} deep`, start);
    return new _WireReader(this.src, start, end, this.depth + 1);
  }
  string() {
    const start = this.lengthDelimited();
    const n = this.pos - start;
    if (n > MAX_STRING_BYTES) throw new WireError(`a ${n}-byte name`, start);
    if (n === 0) return "";
    const i = this.src.view(start, n);
    return this.src.bytes.toString("utf8", i, i + n);
  }
  /**
   * A string that recurs in a file (an op type, a domain, an attribute or a value name): with a
   * `seen` table, the first copy read is returned for every later one. The strings read last to
   * the end of the analysis, so each copy kept is one more object the young-generation GC moves
   * twice: Swin-T's 2,702 Constant nodes would keep 2,702 "Constant" strings and as many
   * "value"s, and every value name appears once more for each node that reads it.
   */
  shared() {
    const s = this.string();
    const seen = this.src.seen;
    if (!seen) return s;
    const known2 = seen.get(s);
    if (known2 !== void 0) return known2;
    seen.set(s, s);
    return s;
  }
  fixed32Float() {
    return this.fixed(4, "fixed32", (buf, i) => buf.readFloatLE(i));
  }
  fixed64Double() {
    return this.fixed(8, "fixed64", (buf, i) => buf.readDoubleLE(i));
  }
  /** A little-endian value of `width` bytes at the current position. */
  fixed(width, what, read) {
    const i = this.src.view(this.pos, width);
    this.pos += width;
    if (this.pos > this.end)
      throw new WireError(`truncated ${what}`, this.pos - width, this.pos > this.src.size);
    return read(this.src.bytes, i);
  }
  skip(wire) {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.pos += 8;
        break;
      case WIRE_LEN:
        this.lengthDelimited();
        return;
      case WIRE_FIXED32:
        this.pos += 4;
        break;
      default:
        throw new WireError(`unsupported wire type ${wire}`, this.pos);
    }
    if (this.pos > this.end)
      throw new WireError(
        "field runs past the end of its message",
        this.pos,
        this.pos > this.src.size
      );
  }
  /** Reads a repeated varint field, packed (wire type 2) or one value (wire type 0). */
  varints(wire, into) {
    this.repeated(wire, WIRE_VARINT, "varint", (r) => r.varint(), into);
  }
  /** Reads a repeated float field, packed or not. */
  floats(wire, into) {
    this.repeated(wire, WIRE_FIXED32, "float", (r) => r.fixed32Float(), into);
  }
  /** Reads a repeated double field, packed or not. */
  doubles(wire, into) {
    this.repeated(wire, WIRE_FIXED64, "double", (r) => r.fixed64Double(), into);
  }
  /**
   * A repeated scalar field: either one value with the scalar's own wire type, or a packed run
   * of them in one length-delimited field.
   */
  repeated(wire, single, what, read, into) {
    if (wire === single) {
      into.push(read(this));
      return;
    }
    if (wire !== WIRE_LEN) throw new WireError(`wire type ${wire} for a ${what} field`, this.pos);
    const inner = this.message();
    while (!inner.done) into.push(read(inner));
  }
};

// src/onnx/decode.ts
function decodeModel(r) {
  const m5 = {
    irVersion: 0,
    producerName: "",
    producerVersion: "",
    opsets: /* @__PURE__ */ new Map(),
    functions: [],
    sawModelField: false
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) {
      m5.irVersion = r.varint();
      m5.sawModelField = true;
    } else if (field === 2 && wire === WIRE_LEN) m5.producerName = r.string();
    else if (field === 3 && wire === WIRE_LEN) m5.producerVersion = r.string();
    else if (field === 7 && wire === WIRE_LEN) m5.graph = decodeGraph(r.message());
    else if (field === 8 && wire === WIRE_LEN) m5.opsets.set(...decodeOpset(r.message()));
    else if (field === 25 && wire === WIRE_LEN) m5.functions.push(decodeFunction(r.message()));
    else r.skip(wire);
  }
  return m5;
}
function decodeOpset(r) {
  let domain = "";
  let version = 0;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) domain = r.string();
    else if (field === 2 && wire === WIRE_VARINT) version = r.varint();
    else r.skip(wire);
  }
  return [normalizeDomain(domain), version];
}
function decodeGraph(r) {
  const g = {
    name: "",
    nodes: [],
    inputs: [],
    outputs: [],
    valueInfo: [],
    initializers: []
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        g.nodes.push(decodeNode(r.message()));
        break;
      case 2:
        g.name = r.string();
        break;
      case 5:
        g.initializers.push(decodeTensor(r.message()));
        break;
      case 15:
        g.initializers.push(decodeSparseTensor(r.message()));
        break;
      case 11:
        g.inputs.push(decodeValueInfo(r.message()));
        break;
      case 12:
        g.outputs.push(decodeValueInfo(r.message()));
        break;
      case 13:
        g.valueInfo.push(decodeValueInfo(r.message()));
        break;
      default:
        r.skip(wire);
    }
  }
  return g;
}
function exact(list) {
  return list.slice();
}
var NO_ATTRIBUTES = /* @__PURE__ */ new Map();
function decodeNode(r) {
  const n = {
    name: "",
    opType: "",
    domain: "",
    inputs: [],
    outputs: [],
    attributes: NO_ATTRIBUTES
  };
  let attributes;
  const inputs = [];
  const outputs = [];
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        inputs.push(r.shared());
        break;
      case 2:
        outputs.push(r.shared());
        break;
      case 3:
        n.name = r.string();
        break;
      case 4:
        n.opType = r.shared();
        break;
      case 7:
        n.domain = normalizeDomain(r.shared());
        break;
      case 5: {
        const attribute = decodeAttribute(r.message());
        if (attribute) (attributes ??= /* @__PURE__ */ new Map()).set(attribute[0], attribute[1]);
        break;
      }
      case 8:
        n.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  if (attributes) n.attributes = attributes;
  n.inputs = exact(inputs);
  n.outputs = exact(outputs);
  return n;
}
var VARINT = [WIRE_VARINT];
var LEN = [WIRE_LEN];
var VARINT_OR_LEN = [WIRE_VARINT, WIRE_LEN];
var A_FLOAT = 1;
var A_INT = 2;
var A_STRING = 3;
var A_TENSOR = 4;
var A_GRAPH = 5;
var A_FLOATS = 6;
var A_INTS = 7;
var A_STRINGS = 8;
var A_TENSORS = 9;
var A_GRAPHS = 10;
var A_SPARSE = 11;
var A_SPARSES = 12;
var A_TP = 13;
var A_TPS = 14;
function expectWire(r, field, wire, allowed) {
  if (!allowed.includes(wire)) {
    throw new WireError(
      `field ${field} has wire type ${wire}, expected ${allowed.join(" or ")}`,
      r.pos
    );
  }
}
var ATTRIBUTE_FIELDS = {
  1: [[WIRE_LEN], (r, _, a) => a.name = r.shared()],
  20: [[WIRE_VARINT], (r, _, a) => a.type = r.varint()],
  21: [[WIRE_LEN], (r, _, a) => a.ref = r.string()],
  2: [[WIRE_FIXED32], (r, _, a) => a.f = r.fixed32Float()],
  3: [[WIRE_VARINT], (r, _, a) => a.i = r.varint()],
  4: [[WIRE_LEN], (r, _, a) => a.s = r.shared()],
  5: [[WIRE_LEN], (r, _, a) => a.t = decodeTensor(r.message())],
  6: [[WIRE_LEN], (r, _, a) => a.g = decodeGraph(r.message())],
  22: [[WIRE_LEN], (r, _, a) => a.sp = decodeSparseTensor(r.message())],
  14: [[WIRE_LEN], (r, _, a) => a.tp = decodeType(r.message())],
  7: [[WIRE_LEN, WIRE_FIXED32], (r, wire, a) => r.floats(wire, a.floats ??= [])],
  8: [[WIRE_LEN, WIRE_VARINT], (r, wire, a) => r.varints(wire, a.ints ??= [])],
  9: [[WIRE_LEN], (r, _, a) => (a.strings ??= []).push(r.string())],
  10: [[WIRE_LEN], (r, _, a) => (a.tensors ??= []).push(decodeTensor(r.message()))],
  11: [[WIRE_LEN], (r, _, a) => (a.graphs ??= []).push(decodeGraph(r.message()))],
  23: [[WIRE_LEN], (r, _, a) => (a.sparses ??= []).push(decodeSparseTensor(r.message()))],
  15: [[WIRE_LEN], (r, _, a) => (a.tps ??= []).push(decodeType(r.message()))]
};
function decodeAttribute(r) {
  const a = { name: "", type: 0, ref: "" };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    const how = ATTRIBUTE_FIELDS[field];
    if (!how) {
      r.skip(wire);
      continue;
    }
    expectWire(r, field, wire, how[0]);
    how[1](r, wire, a);
  }
  if (a.ref) return [a.name, { type: "ref", value: a.ref, refType: a.type }];
  const value = attributeValue(a, a.type || guessType(a));
  return value ? [a.name, value] : void 0;
}
function guessType(a) {
  const present2 = [
    [a.f !== void 0, A_FLOAT],
    [a.i !== void 0, A_INT],
    [a.s !== void 0, A_STRING],
    [!!a.t, A_TENSOR],
    [!!a.g, A_GRAPH],
    [!!a.sp, A_SPARSE],
    [!!a.tp, A_TP],
    [!!a.floats?.length, A_FLOATS],
    [!!a.ints?.length, A_INTS],
    [!!a.strings?.length, A_STRINGS],
    [!!a.tensors?.length, A_TENSORS],
    [!!a.graphs?.length, A_GRAPHS],
    [!!a.sparses?.length, A_SPARSES],
    [!!a.tps?.length, A_TPS]
  ];
  return present2.find(([has]) => has)?.[1] ?? A_INTS;
}
function attributeValue(a, type) {
  switch (type) {
    case A_FLOAT:
      return { type: "float", value: a.f ?? 0 };
    case A_INT:
      return { type: "int", value: a.i ?? 0 };
    case A_STRING:
      return { type: "string", value: a.s ?? "" };
    case A_TENSOR:
      return { type: "tensor", value: a.t ?? emptyTensor(a.name) };
    case A_GRAPH:
      return { type: "graph", value: a.g ?? emptyGraph(a.name) };
    case A_SPARSE:
      return { type: "sparse_tensor", value: a.sp ?? emptyTensor(a.name) };
    case A_TP:
      return { type: "type_proto", value: a.tp ?? { kind: "unknown" } };
    case A_FLOATS:
      return { type: "floats", value: a.floats ?? [] };
    case A_INTS:
      return { type: "ints", value: a.ints ?? [] };
    case A_STRINGS:
      return { type: "strings", value: a.strings ?? [] };
    case A_TENSORS:
      return { type: "tensors", value: a.tensors ?? [] };
    case A_GRAPHS:
      return { type: "graphs", value: a.graphs ?? [] };
    case A_SPARSES:
      return { type: "sparse_tensors", value: a.sparses ?? [] };
    case A_TPS:
      return { type: "type_protos", value: a.tps ?? [] };
    default:
      return void 0;
  }
}
var emptyTensor = (name) => ({
  name,
  dataType: 0,
  dims: [],
  data: { kind: "empty" }
});
var emptyGraph = (name) => ({
  name,
  nodes: [],
  inputs: [],
  outputs: [],
  valueInfo: [],
  initializers: []
});
var PAYLOAD_WIRES = {
  4: [WIRE_LEN, WIRE_FIXED32],
  5: [WIRE_LEN, WIRE_VARINT],
  7: [WIRE_LEN, WIRE_VARINT],
  9: [WIRE_LEN],
  10: [WIRE_LEN, WIRE_FIXED64],
  11: [WIRE_LEN, WIRE_VARINT]
};
function checkDims2(r, t) {
  if (t.dims.length > MAX_RANK2 || t.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
    const shown = t.dims.length > 8 ? `${t.dims.length} dims` : `dims [${t.dims.join(", ")}]`;
    throw new WireError(`tensor "${t.name}" has ${shown}, which is not a shape`, r.pos);
  }
}
function byteCount(r, t, key2, text) {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw new WireError(
      `tensor "${t.name}" has external-data ${key2} "${text}", which is not a byte count`,
      r.pos
    );
  }
  return n;
}
var MAX_RANK2 = 64;
function decodeTensor(r) {
  const t = { name: "", dataType: 0, dims: [], data: { kind: "empty" } };
  let payload;
  let external = false;
  let ext;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    switch (field) {
      case 1:
        expectWire(r, field, wire, VARINT_OR_LEN);
        r.varints(wire, t.dims);
        break;
      case 2:
        expectWire(r, field, wire, VARINT);
        t.dataType = r.varint();
        break;
      case 8:
        expectWire(r, field, wire, LEN);
        t.name = r.shared();
        break;
      case 14:
        expectWire(r, field, wire, VARINT);
        external = r.varint() === 1;
        break;
      case 13: {
        expectWire(r, field, wire, LEN);
        const [k, v] = decodeStringEntry(r.message());
        (ext ??= /* @__PURE__ */ new Map()).set(k, v);
        break;
      }
      case 4:
      case 5:
      case 7:
      case 9:
      case 10:
      case 11: {
        expectWire(r, field, wire, PAYLOAD_WIRES[field]);
        const start = r.pos;
        r.skip(wire);
        const range = { file: r.src.path, offset: start, length: r.pos - start };
        if (payload && payload.field === field && field !== 9) payload.ranges.push(range);
        else payload = { field, wire, ranges: [range] };
        break;
      }
      default:
        r.skip(wire);
    }
  }
  t.dims = exact(t.dims);
  checkDims2(r, t);
  if (external) {
    const offset = byteCount(r, t, "offset", ext?.get("offset") ?? "0");
    const length = ext?.has("length") ? byteCount(r, t, "length", ext.get("length")) : void 0;
    t.data = {
      kind: "external",
      range: { file: "", offset, length: length ?? -1 },
      declared: { location: ext?.get("location") ?? "", offset, length }
    };
  } else if (payload) {
    t.data = {
      kind: "fields",
      field: payload.field,
      wireType: payload.wire,
      ranges: payload.ranges
    };
  }
  return t;
}
function decodeSparseTensor(r) {
  let values;
  const dims = [];
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) values = decodeTensor(r.message());
    else if (field === 3) r.varints(wire, dims);
    else r.skip(wire);
  }
  const stored = values ? values.dims.reduce((a, b) => a * b, 1) : 0;
  const t = {
    name: values?.name ?? "",
    dataType: values?.dataType ?? 0,
    dims,
    data: { kind: "empty" },
    sparseValues: stored
  };
  checkDims2(r, t);
  return t;
}
function decodeStringEntry(r) {
  let k = "";
  let v = "";
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) k = r.string();
    else if (field === 2 && wire === WIRE_LEN) v = r.string();
    else r.skip(wire);
  }
  return [k, v];
}
function decodeValueInfo(r) {
  const v = { name: "", type: { kind: "unknown" } };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) v.name = r.shared();
    else if (field === 2 && wire === WIRE_LEN) v.type = decodeType(r.message());
    else r.skip(wire);
  }
  return v;
}
function decodeType(r) {
  let t = { kind: "unknown" };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1 || field === 8) {
      const [elemType, shape] = decodeTensorType(r.message());
      t = { kind: field === 1 ? "tensor" : "sparse_tensor", elemType, shape };
    } else if (field === 4 || field === 9) {
      const inner = r.message();
      let elem;
      while (!inner.done) {
        const f2 = inner.tag();
        const w2 = inner.wire;
        if (f2 === 1 && w2 === WIRE_LEN) elem = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: field === 4 ? "sequence" : "optional", elem };
    } else if (field === 5) {
      const inner = r.message();
      let keyType = 0;
      let value;
      while (!inner.done) {
        const f2 = inner.tag();
        const w2 = inner.wire;
        if (f2 === 1 && w2 === WIRE_VARINT) keyType = inner.varint();
        else if (f2 === 2 && w2 === WIRE_LEN) value = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: "map", keyType, value };
    } else r.skip(wire);
  }
  return t;
}
function decodeTensorType(r) {
  let elemType = 0;
  let shape;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) elemType = r.varint();
    else if (field === 2 && wire === WIRE_LEN) {
      shape = [];
      const s = r.message();
      while (!s.done) {
        const f2 = s.tag();
        const w2 = s.wire;
        if (f2 === 1 && w2 === WIRE_LEN) shape.push(decodeDim(s.message()));
        else s.skip(w2);
      }
    } else r.skip(wire);
  }
  return [elemType, shape];
}
function decodeDim(r) {
  let dim = "";
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) dim = r.varint();
    else if (field === 2 && wire === WIRE_LEN) dim = r.shared();
    else r.skip(wire);
  }
  return dim;
}
function decodeFunction(r) {
  const fn = {
    name: "",
    domain: "",
    overload: "",
    inputs: [],
    outputs: [],
    attributes: /* @__PURE__ */ new Map(),
    nodes: [],
    opsets: /* @__PURE__ */ new Map()
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        fn.name = r.string();
        break;
      case 4:
        fn.inputs.push(r.shared());
        break;
      case 5:
        fn.outputs.push(r.shared());
        break;
      case 6:
        fn.attributes.set(r.string(), void 0);
        break;
      case 11: {
        const attribute = decodeAttribute(r.message());
        if (attribute) fn.attributes.set(attribute[0], attribute[1]);
        break;
      }
      case 7:
        fn.nodes.push(decodeNode(r.message()));
        break;
      case 9:
        fn.opsets.set(...decodeOpset(r.message()));
        break;
      case 10:
        fn.domain = r.string();
        break;
      case 13:
        fn.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  return fn;
}

// src/onnx/functions.ts
var MAX_DEPTH2 = 32;
var MAX_EXPANDED_NODES = 1e6;
var key = (domain, name, overload = "") => `${normalizeDomain(domain)}::${name}::${overload}`;
function expandFunctions(graph, functions, path) {
  if (functions.length === 0) return graph;
  const expander = new Expander(
    new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f])),
    path
  );
  return expander.graph(graph, 0);
}
var Expander = class {
  constructor(fns, path) {
    this.fns = fns;
    this.path = path;
  }
  fns;
  path;
  sites = /* @__PURE__ */ new Set();
  produced = 0;
  graph(g, depth) {
    const nodes = [];
    for (const n of g.nodes) this.node(n, depth, nodes);
    return { ...g, nodes };
  }
  node(n, depth, out) {
    const node = mapSubgraphs(n, (sub) => this.graph(sub, depth));
    const fn = this.fns.get(key(n.domain, n.opType, n.overload));
    if (!fn) {
      if (++this.produced > MAX_EXPANDED_NODES) this.tooBig();
      out.push(node);
      return;
    }
    if (depth >= MAX_DEPTH2) {
      throw new UserError(
        `${this.path}: function "${fn.name}" calls itself (more than ${MAX_DEPTH2} levels deep). ONNX functions may not be recursive; fix the exporter that wrote them.`
      );
    }
    const site = this.site(n.name || n.opType);
    const rename = /* @__PURE__ */ new Map();
    fn.inputs.forEach((formal, i) => rename.set(formal, n.inputs[i] ?? ""));
    fn.outputs.forEach((formal, i) => rename.set(formal, n.outputs[i] || `${site}/${formal}`));
    const outer = (v) => v === "" ? "" : rename.get(v) ?? `${site}/${v}`;
    fn.nodes.forEach((inner, i) => {
      const body = {
        ...inner,
        name: `${site}/${inner.name || `${inner.opType}_${i}`}`,
        inputs: inner.inputs.map(outer),
        outputs: inner.outputs.map(outer),
        attributes: bindAttributes(inner.attributes, n, fn, outer),
        ...fn.opsets.size > 0 ? { opsets: fn.opsets } : {}
      };
      this.node(body, depth + 1, out);
    });
  }
  /** A call-site prefix no other call site has. */
  site(base) {
    let site = base;
    for (let k = 2; this.sites.has(site); k++) site = `${base}#${k}`;
    this.sites.add(site);
    return site;
  }
  tooBig() {
    throw new UserError(
      `${this.path}: expanding the model's functions produces more than ${MAX_EXPANDED_NODES} nodes (functions that call functions many times). misnomer stops here; check the exporter.`
    );
  }
};
function bindAttributes(attrs, call, fn, outer) {
  const bound = /* @__PURE__ */ new Map();
  for (const [name, a] of attrs) {
    if (a.type === "ref") {
      const value = call.attributes.get(a.value) ?? fn.attributes.get(a.value);
      if (value) bound.set(name, value);
    } else if (a.type === "graph") {
      bound.set(name, { type: "graph", value: renameSubgraph(a.value, call, fn, outer) });
    } else if (a.type === "graphs") {
      bound.set(name, {
        type: "graphs",
        value: a.value.map((g) => renameSubgraph(g, call, fn, outer))
      });
    } else bound.set(name, a);
  }
  return bound;
}
function renameSubgraph(g, call, fn, outer) {
  const defined = /* @__PURE__ */ new Set([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name)
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const name = (v) => v === "" || defined.has(v) ? v : outer(v);
  return {
    ...g,
    nodes: g.nodes.map((n) => ({
      ...n,
      inputs: n.inputs.map(name),
      attributes: bindAttributes(n.attributes, call, fn, name)
    })),
    outputs: g.outputs.map((o) => ({ ...o, name: name(o.name) }))
  };
}
function mapSubgraphs(n, f) {
  let changed = false;
  const attributes = /* @__PURE__ */ new Map();
  for (const [name, a] of n.attributes) {
    if (a.type === "graph") {
      attributes.set(name, { type: "graph", value: f(a.value) });
      changed = true;
    } else if (a.type === "graphs") {
      attributes.set(name, { type: "graphs", value: a.value.map(f) });
      changed = true;
    } else attributes.set(name, a);
  }
  return changed ? { ...n, attributes } : n;
}

// src/onnx/tensor-data.ts
var tensorElements = (t) => t.dims.reduce((a, b) => a * b, 1);
var MAX_FLOAT_CONSTANT = 64;
var CONSTANT_WINDOW_BYTES = 256 << 10;
var TensorStore = class {
  sources = /* @__PURE__ */ new Map();
  /** Reuses `modelSource` (already open for decoding) for the model file itself. */
  constructor(modelSource) {
    if (modelSource) this.sources.set(modelSource.path, modelSource);
  }
  close() {
    for (const s of this.sources.values()) s.close();
    this.sources.clear();
  }
  /**
   * The values of `t` as numbers (int64 beyond 2^53 lose precision; bool becomes 0/1), or
   * undefined when the tensor has more than `maxElements` values, holds strings, or is sparse.
   */
  values(t, maxElements = 1 << 16) {
    const n = tensorElements(t);
    if (n > maxElements || t.dataType === DataType.STRING || t.sparseValues !== void 0)
      return void 0;
    try {
      return this.read(t, n);
    } catch {
      return void 0;
    }
  }
  read(t, n) {
    const d = t.data;
    if (d.kind === "inline") return d.values.slice();
    if (d.kind === "empty") return n === 0 ? [] : void 0;
    const width = RAW[t.dataType]?.[0];
    if (d.kind === "external") {
      if (width === void 0 || d.range.length < n * width) return void 0;
      return decodeRaw(t.dataType, this.bytes({ ...d.range, length: n * width }), n);
    }
    if (d.field === 9) {
      const prefix = this.reader(d.ranges[0]);
      const start = prefix.lengthDelimited();
      if (width === void 0 || prefix.pos - start < n * width) return void 0;
      return decodeRaw(
        t.dataType,
        this.bytes({ file: d.ranges[0].file, offset: start, length: n * width }),
        n
      );
    }
    const values = [];
    for (const range of d.ranges) {
      const r = this.reader(range);
      if (d.field === 4) r.floats(d.wireType, values);
      else if (d.field === 10) r.doubles(d.wireType, values);
      else r.varints(d.wireType, values);
    }
    if (values.length < n) return void 0;
    const out = values.slice(0, n);
    if (d.field === 5 && t.dataType === DataType.FLOAT16) return out.map(halfToFloat);
    if (d.field === 5 && t.dataType === DataType.BFLOAT16) return out.map(bf16ToFloat);
    if (d.field === 11) return out.map((v) => v < 0 ? v + 2 ** 64 : v);
    return out;
  }
  /**
   * A deferred read for shape inference. Integer and bool tensors (shapes, indices, masks) are
   * read up to `maxElements`; floating-point ones only when tiny (Resize scales, scalars): a
   * float tensor any bigger is a weight, and weights are never read.
   */
  lazyValues(t, maxElements = 1 << 16) {
    return () => this.values(t, isFloat(t.dataType) ? Math.min(maxElements, MAX_FLOAT_CONSTANT) : maxElements);
  }
  source(file) {
    let s = this.sources.get(file);
    if (!s) {
      s = new FileSource(file, CONSTANT_WINDOW_BYTES, CONSTANT_WINDOW_BYTES);
      this.sources.set(file, s);
    }
    return s;
  }
  reader(range) {
    return new WireReader(this.source(range.file), range.offset, range.offset + range.length);
  }
  bytes(range) {
    const source = this.source(range.file);
    const i = source.view(range.offset, range.length);
    return source.bytes.subarray(i, i + range.length);
  }
};
function decodeRaw(dtype, buf, n) {
  const [width, read] = RAW[dtype];
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = read(buf, i * width);
  return out;
}
var RAW = {
  [DataType.FLOAT]: [4, (b, o) => b.readFloatLE(o)],
  [DataType.DOUBLE]: [8, (b, o) => b.readDoubleLE(o)],
  [DataType.INT64]: [8, (b, o) => Number(b.readBigInt64LE(o))],
  [DataType.UINT64]: [8, (b, o) => Number(b.readBigUInt64LE(o))],
  [DataType.INT32]: [4, (b, o) => b.readInt32LE(o)],
  [DataType.UINT32]: [4, (b, o) => b.readUInt32LE(o)],
  [DataType.INT16]: [2, (b, o) => b.readInt16LE(o)],
  [DataType.UINT16]: [2, (b, o) => b.readUInt16LE(o)],
  [DataType.INT8]: [1, (b, o) => b.readInt8(o)],
  [DataType.UINT8]: [1, (b, o) => b[o]],
  [DataType.BOOL]: [1, (b, o) => b[o]],
  [DataType.FLOAT16]: [2, (b, o) => halfToFloat(b.readUInt16LE(o))],
  [DataType.BFLOAT16]: [2, (b, o) => bf16ToFloat(b.readUInt16LE(o))]
};
function halfToFloat(h) {
  const s = h & 32768 ? -1 : 1;
  const e = h >> 10 & 31;
  const f = h & 1023;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}
var bf16View = new DataView(new ArrayBuffer(4));
function bf16ToFloat(b) {
  bf16View.setUint32(0, b << 16 >>> 0);
  return bf16View.getFloat32(0);
}

// src/onnx/load.ts
function loadModel(path) {
  if (!existsSync2(path)) throw new UserError(`${path}: no such file. Check the model path.`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new UserError(`${path} is a directory, not an ONNX model file.`);
  if (stat.size === 0) {
    throw new UserError(
      `${path} is empty (0 bytes). Re-export the model; the export may have failed.`
    );
  }
  const source = openSource(path);
  let ok = false;
  try {
    const raw = decode(path, source);
    if (raw.opsets.size === 0) raw.opsets.set("", 1);
    const bodies = raw.functions.map((f) => ({ ...emptyGraph(f.name), nodes: f.nodes }));
    const externalFiles = locateExternalData(path, [raw.graph, ...bodies]);
    checkDomains(path, raw.graph, raw.opsets, new Set(raw.functions.map((f) => f.domain)));
    const fileBytes = stat.size + externalFiles.reduce((sum2, f) => sum2 + statSync(f).size, 0);
    const model = {
      path,
      irVersion: raw.irVersion,
      producerName: raw.producerName,
      producerVersion: raw.producerVersion,
      opsets: raw.opsets,
      graph: expandFunctions(raw.graph, raw.functions, path),
      functions: raw.functions,
      fileBytes,
      externalFiles
    };
    ok = true;
    return { model, store: new TensorStore(source) };
  } finally {
    if (!ok) source.close();
  }
}
function openSource(path) {
  try {
    return new FileSource(path);
  } catch (e) {
    const code = e.code;
    if (code === "EACCES" || code === "EPERM") {
      throw new UserError(
        `${path} cannot be read (permission denied). Check the file's permissions.`
      );
    }
    if (e instanceof WireError || code === "ENOENT") {
      throw new UserError(
        `${path} changed or disappeared while it was being read; run again when it is complete.`
      );
    }
    throw e;
  }
}
function decode(path, source) {
  let raw;
  try {
    source.seen = /* @__PURE__ */ new Map();
    raw = decodeModel(new WireReader(source, 0, source.size));
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw new UserError(
      `${path} is not a readable ONNX model: ${e.message} at byte ${e.offset} of ${source.size}. ` + (e.truncated ? "The file looks truncated (an interrupted download or export?); export it again." : "The file is damaged or is not an ONNX protobuf; check that it is the model you meant.")
    );
  } finally {
    source.seen = void 0;
  }
  if (!raw.sawModelField || !raw.graph) {
    throw new UserError(
      `${path} is not an ONNX model: it has no ${raw.graph ? "ir_version" : "graph"}. Pass the .onnx file written by your exporter (torch.onnx.export, tf2onnx, ...).`
    );
  }
  return raw;
}
function allTensors(g, into = []) {
  for (const t of g.initializers) into.push(t);
  for (const n of g.nodes) {
    if (n.attributes.size === 0) continue;
    for (const a of n.attributes.values()) {
      if (a.type === "tensor" || a.type === "sparse_tensor") into.push(a.value);
      else if (a.type === "tensors" || a.type === "sparse_tensors")
        for (const t of a.value) into.push(t);
      else if (a.type === "graph") allTensors(a.value, into);
      else if (a.type === "graphs") for (const sub of a.value) allTensors(sub, into);
    }
  }
  return into;
}
function locateExternalData(modelPath, graphs) {
  const dir = dirname(resolve(modelPath));
  const files = /* @__PURE__ */ new Map();
  const tensors = [];
  for (const g of graphs) allTensors(g, tensors);
  for (const t of tensors) {
    if (t.data.kind !== "external") continue;
    const { location, offset, length } = t.data.declared;
    if (!location || isAbsolute(location) || location.split(/[\\/]/).includes("..")) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" has external data at "${location}", which is not a path relative to the model folder. ONNX requires a relative path inside that folder.`
      );
    }
    const file = resolve(dir, location);
    let size = files.get(file);
    if (size === void 0) {
      if (!existsSync2(file) || !statSync(file).isFile()) {
        throw new UserError(
          `${modelPath}: tensor "${t.name}" keeps its data in "${location}", which is missing (looked for ${file}). Copy the external-data file next to the model.`
        );
      }
      size = statSync(file).size;
      files.set(file, size);
    }
    const bytes = length ?? size - offset;
    if (offset + bytes > size) {
      throw new UserError(
        `${modelPath}: tensor "${t.name}" needs bytes ${offset}..${offset + bytes} of "${location}", but that file has ${size} bytes. The external-data file is truncated or belongs to another export.`
      );
    }
    t.data.range.file = file;
    t.data.range.length = bytes;
  }
  return [...files.keys()];
}
function checkDomains(path, graph, opsets, fnDomains) {
  const walk = (g) => {
    for (const n of g.nodes) {
      if (!opsets.has(n.domain) && !fnDomains.has(n.domain)) {
        const listed = [...opsets.keys()].map((d) => `"${d || "ai.onnx"}"`).join(", ") || "none";
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) uses the operator domain "${n.domain || "ai.onnx"}", which the model does not import (opset_import lists ${listed}). The file was written by a broken exporter; re-export it or add the opset import.`
        );
      }
      if (n.attributes.size === 0) continue;
      for (const a of n.attributes.values()) {
        if (a.type === "graph") walk(a.value);
        else if (a.type === "graphs") a.value.forEach(walk);
      }
    }
  };
  walk(graph);
}

export {
  inferModel,
  analyze,
  analyzeInferred,
  INT_BOUNDS,
  FLOAT_TYPES,
  readInputFile,
  readGivenFiles,
  fits,
  WIRE_VARINT,
  WIRE_LEN,
  loadModel
};
