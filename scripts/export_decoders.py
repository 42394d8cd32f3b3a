#!/usr/bin/env python3
"""Export small generative transformers to ONNX the way Hugging Face Optimum lays them out, for
misnomer's tests: one folder per model, Optimum's file names, input/output names and dim names.

  gpt2/  decoder_model.onnx, decoder_with_past_model.onnx      (a GPT-2-like decoder)
  bart/  encoder_model.onnx, decoder_model.onnx, decoder_with_past_model.onnx
                                                            (a BART-like encoder-decoder)
  gpt2_optimum_1_13/  decoder_with_past_model.onnx       (gpt2's, named as Optimum 1.13 did)

Names follow optimum-onnx's exporters/onnx (config.py, base.py): dims batch_size,
sequence_length, past_sequence_length and, on presents and the with-past attention mask, the
expression "past_sequence_length + sequence_length" (Optimum before late 2023 wrote
"past_sequence_length + 1"); encoder-decoders use encoder_sequence_length,
decoder_sequence_length, past_decoder_sequence_length. The models are written here in plain
torch after the shapes of GPT-2 and BART; weights are random (no network, no transformers).

Targets Debian's torch 1.13 (TorchScript exporter, opset 17) and onnx 1.12: run with
/usr/bin/python3. Each model is built right after torch.manual_seed(0). Every export is checked
with onnx's checker and shape inference; manifest.json records, per file, the inputs and outputs
with their dims as written, and the float initializers (elements, tensors, single-element ones).
"""
import argparse
import json
import math
import os
import sys
import time
import warnings

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import onnx
except ImportError as e:
    sys.exit("error: %s (%s). Install PyTorch and onnx (Debian: apt-get install python3-torch "
             "python3-onnx) and run with /usr/bin/python3." % (e, sys.executable))

OPSET = 17  # the highest opset torch 1.13 exports
D, HEADS, FF, VOCAB, MAX_POS, LAYERS = 64, 4, 256, 1000, 128, 2
DH = D // HEADS

warnings.filterwarnings("ignore", category=torch.jit.TracerWarning)
warnings.filterwarnings("ignore", message="Exporting a model to ONNX with a batch_size other than 1")
warnings.filterwarnings("ignore", message="The shape inference of prim::Constant type is missing")


def split_heads(x):  # [b, s, d] -> [b, h, s, dh]
    return x.view(x.size(0), x.size(1), HEADS, DH).transpose(1, 2)


def merge_heads(x):  # [b, h, s, dh] -> [b, s, d]
    return x.transpose(1, 2).reshape(x.size(0), x.size(2), D)


# ---------------------------------------------------------------- GPT-2-like decoder


class Conv1D(nn.Module):
    """GPT-2's projection: weight [in, out], y = addmm(bias, x2d, W). Exports as a Gemm
    between two Reshapes, as HF GPT-2 exports do."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.n_out = n_out
        self.weight = nn.Parameter(0.02 * torch.randn(n_in, n_out))
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x):
        y = torch.addmm(self.bias, x.reshape(-1, x.size(-1)), self.weight)
        return y.view(x.size(0), x.size(1), self.n_out)


def gelu_new(x):  # GPT-2's tanh approximation: single-element constants 0.5, 0.044715, ...
    return 0.5 * x * (1.0 + torch.tanh((2.0 / torch.pi) ** 0.5 * (x + 0.044715 * torch.pow(x, 3.0))))


class Gpt2Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln_1, self.ln_2 = nn.LayerNorm(D), nn.LayerNorm(D)
        self.c_attn, self.attn_proj = Conv1D(D, 3 * D), Conv1D(D, D)  # fused QKV, output
        self.c_fc, self.mlp_proj = Conv1D(D, 4 * D), Conv1D(4 * D, D)
        causal = torch.tril(torch.ones(MAX_POS, MAX_POS, dtype=torch.bool))
        self.register_buffer("bias", causal.view(1, 1, MAX_POS, MAX_POS), persistent=False)

    def attention(self, x, past_k, past_v, padding):
        q, k, v = (split_heads(t) for t in self.c_attn(x).split(D, dim=2))
        if past_k is not None:  # the cache grows along the sequence axis
            k, v = torch.cat((past_k, k), dim=-2), torch.cat((past_v, v), dim=-2)
        w = torch.matmul(q, k.transpose(-1, -2))
        w = w / torch.full([], v.size(-1) ** 0.5, dtype=w.dtype)
        s, t = q.size(-2), k.size(-2)  # queries, keys (= past + sequence)
        causal = self.bias[:, :, t - s: t, :t]
        w = torch.where(causal, w, torch.full([], torch.finfo(w.dtype).min, dtype=w.dtype))
        a = torch.matmul(torch.softmax(w + padding, dim=-1), v)
        return self.attn_proj(merge_heads(a)), k, v

    def forward(self, x, past_k, past_v, padding):
        a, k, v = self.attention(self.ln_1(x), past_k, past_v, padding)
        x = x + a
        return x + self.mlp_proj(gelu_new(self.c_fc(self.ln_2(x)))), k, v


class Gpt2(nn.Module):
    """Learned position embeddings read at position_ids (an input, as Optimum exports GPT-2),
    pre-LN blocks, final LayerNorm, LM head tied to the token embedding. The head is
    F.linear on the 3-D hidden states, as HF's nn.Linear lm_head is: the export is
    MatMul(h, Transpose(wte)) and constant folding stores wte^T as its own initializer, so the
    ONNX file holds the vocabulary matrix twice, as real gpt2 exports do."""

    def __init__(self, with_past):
        super().__init__()
        self.with_past = with_past
        self.wte, self.wpe = nn.Embedding(VOCAB, D), nn.Embedding(MAX_POS, D)
        self.h = nn.ModuleList(Gpt2Block() for _ in range(LAYERS))
        self.ln_f = nn.LayerNorm(D)

    def forward(self, input_ids, *rest):
        # Optimum's order is the HF forward signature: input_ids, past_key_values, attention_mask,
        # position_ids.
        past = rest[: 2 * LAYERS] if self.with_past else (None,) * (2 * LAYERS)
        attention_mask, position_ids = rest[-2:]
        x = self.wte(input_ids) + self.wpe(position_ids)
        padding = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min
        presents = []
        for i, block in enumerate(self.h):
            x, k, v = block(x, past[2 * i], past[2 * i + 1], padding)
            presents += [k, v]
        return (F.linear(self.ln_f(x), self.wte.weight), *presents)


def gpt2_files(optimum_1_13=False):
    """Optimum's names; with optimum_1_13, only the with-past file as Optimum 1.13 (2023) named
    it: input_ids [batch_size, 1] (traced at one token, only the batch dynamic), attention_mask
    and presents "past_sequence_length + 1", and position_ids still [batch_size,
    sequence_length] (its config added that input without looking at the cache)."""
    # Tracing shapes: batch 2, sequence 3, past 5 (all different, none 1).
    b, s, p = 2, (1 if optimum_1_13 else 3), 5
    ids = lambda n: torch.randint(0, VOCAB, (b, n))
    past_names = ["past_key_values.%d.%s" % (i, kv) for i in range(LAYERS) for kv in ("key", "value")]
    present_names = ["present.%d.%s" % (i, kv) for i in range(LAYERS) for kv in ("key", "value")]
    total = "past_sequence_length + " + ("1" if optimum_1_13 else "sequence_length")
    bs = {0: "batch_size", 1: "sequence_length"}
    presents = [(n, {0: "batch_size", 2: total}) for n in present_names]
    with_past = dict(
        build=lambda: Gpt2(with_past=True),
        inputs=[("input_ids", ids(s), {0: "batch_size"} if optimum_1_13 else bs)]
        + [(n, torch.randn(b, HEADS, p, DH), {0: "batch_size", 2: "past_sequence_length"})
           for n in past_names]
        + [("attention_mask", torch.ones(b, p + s, dtype=torch.long), {0: "batch_size", 1: total}),
           ("position_ids", torch.arange(p, p + s).expand(b, s), bs)],
        outputs=[("logits", {0: "batch_size"} if optimum_1_13 else bs)] + presents)
    if optimum_1_13:
        return {"decoder_with_past_model": with_past}
    return {
        "decoder_model": dict(
            build=lambda: Gpt2(with_past=False),
            inputs=[("input_ids", ids(s), bs), ("attention_mask", torch.ones(b, s, dtype=torch.long), bs),
                    ("position_ids", torch.arange(s).expand(b, s), bs)],
            outputs=[("logits", bs)] + presents),
        "decoder_with_past_model": with_past,
    }


# ---------------------------------------------------------------- BART-like encoder-decoder


class BartAttention(nn.Module):
    """q, k, v, out projections with biases; q scaled by dh^-0.5 after its projection; scores
    by batched matmul over [batch·heads, ...], as HF BART does."""

    def __init__(self):
        super().__init__()
        self.q_proj, self.k_proj, self.v_proj, self.out_proj = (nn.Linear(D, D) for _ in range(4))

    def forward(self, x, mask, kv_source=None, past_k=None, past_v=None, cross=False):
        b, s = x.size(0), x.size(1)
        q = split_heads(self.q_proj(x) * DH ** -0.5)
        if cross and past_k is not None:  # cross-attention with a cache: the encoder's k, v
            k, v = past_k, past_v
        else:
            src = kv_source if cross else x
            k, v = split_heads(self.k_proj(src)), split_heads(self.v_proj(src))
            if past_k is not None:
                k, v = torch.cat([past_k, k], dim=2), torch.cat([past_v, v], dim=2)
        t = k.size(2)
        w = torch.bmm(q.reshape(b * HEADS, s, DH), k.reshape(b * HEADS, t, DH).transpose(1, 2))
        w = (w.view(b, HEADS, s, t) + mask).view(b * HEADS, s, t)
        a = torch.bmm(torch.softmax(w, dim=-1), v.reshape(b * HEADS, t, DH))
        return self.out_proj(merge_heads(a.view(b, HEADS, s, DH))), k, v


def expand_padding(mask, dtype, tgt_len):  # [b, src] of 1/0 -> [b, 1, tgt, src] of 0/min
    b, src = mask.size(0), mask.size(1)
    inverted = 1.0 - mask[:, None, None, :].expand(b, 1, tgt_len, src).to(dtype)
    return inverted.masked_fill(inverted.to(torch.bool), torch.finfo(dtype).min)


class BartPositions(nn.Embedding):
    """BART's learned positions: rows past..past+s-1, offset by 2 (the table has MAX_POS + 2)."""

    def __init__(self):
        super().__init__(MAX_POS + 2, D)

    def forward(self, input_ids, past_length=0):
        s = input_ids.size(1)
        positions = torch.arange(past_length, past_length + s, dtype=torch.long)
        return super().forward(positions.expand(input_ids.size(0), -1) + 2)


class BartEncoderLayer(nn.Module):  # post-LN
    def __init__(self):
        super().__init__()
        self.self_attn, self.self_attn_layer_norm = BartAttention(), nn.LayerNorm(D)
        self.fc1, self.fc2, self.final_layer_norm = nn.Linear(D, FF), nn.Linear(FF, D), nn.LayerNorm(D)

    def forward(self, x, mask):
        x = self.self_attn_layer_norm(x + self.self_attn(x, mask)[0])
        return self.final_layer_norm(x + self.fc2(F.gelu(self.fc1(x))))


class BartDecoderLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.self_attn, self.self_attn_layer_norm = BartAttention(), nn.LayerNorm(D)
        self.encoder_attn, self.encoder_attn_layer_norm = BartAttention(), nn.LayerNorm(D)
        self.fc1, self.fc2, self.final_layer_norm = nn.Linear(D, FF), nn.Linear(FF, D), nn.LayerNorm(D)

    def forward(self, x, causal, enc, enc_mask, past):
        a, sk, sv = self.self_attn(x, causal, past_k=past[0], past_v=past[1])
        x = self.self_attn_layer_norm(x + a)
        a, ck, cv = self.encoder_attn(x, enc_mask, kv_source=enc, past_k=past[2], past_v=past[3], cross=True)
        x = self.encoder_attn_layer_norm(x + a)
        return self.final_layer_norm(x + self.fc2(F.gelu(self.fc1(x)))), [sk, sv, ck, cv]


class Bart(nn.Module):
    """One token table shared by encoder, decoder and LM head (tied: the decoder files hold it
    and, from constant folding of the head's Transpose, its transpose), final_logits_bias."""

    def __init__(self):
        super().__init__()
        self.shared = nn.Embedding(VOCAB, D, padding_idx=1)
        self.enc_pos, self.dec_pos = BartPositions(), BartPositions()
        self.enc_ln_emb, self.dec_ln_emb = nn.LayerNorm(D), nn.LayerNorm(D)
        self.encoder_layers = nn.ModuleList(BartEncoderLayer() for _ in range(LAYERS))
        self.decoder_layers = nn.ModuleList(BartDecoderLayer() for _ in range(LAYERS))
        self.register_buffer("final_logits_bias", torch.zeros(1, VOCAB))

    def encode(self, input_ids, attention_mask):
        x = self.enc_ln_emb(self.shared(input_ids) + self.enc_pos(input_ids))
        mask = expand_padding(attention_mask, x.dtype, input_ids.size(1))
        for layer in self.encoder_layers:
            x = layer(x, mask)
        return x

    def decode(self, input_ids, enc, enc_mask, past):
        s = input_ids.size(1)
        past_length = past[0][0].size(2) if past[0][0] is not None else 0
        x = self.dec_ln_emb(self.shared(input_ids) + self.dec_pos(input_ids, past_length))
        # Causal mask over [past | new]: past positions always visible (HF's _make_causal_mask).
        causal = torch.full((s, s), torch.finfo(x.dtype).min)
        cond = torch.arange(s)
        causal = causal.masked_fill(cond < (cond + 1).view(s, 1), 0.0)
        if past[0][0] is not None:
            causal = torch.cat([torch.zeros(s, past_length), causal], dim=-1)
        causal = causal[None, None].expand(input_ids.size(0), 1, s, s + past_length)
        cross_mask = expand_padding(enc_mask, x.dtype, s)
        presents = []
        for layer, layer_past in zip(self.decoder_layers, past):
            x, present = layer(x, causal, enc, cross_mask, layer_past)
            presents += present
        return F.linear(x, self.shared.weight) + self.final_logits_bias, presents


class BartEncoder(nn.Module):  # encoder_model.onnx: input_ids, attention_mask -> last_hidden_state
    def __init__(self):
        super().__init__()
        self.bart = Bart()

    def forward(self, input_ids, attention_mask):
        return self.bart.encode(input_ids, attention_mask)


class BartDecoder(nn.Module):
    """decoder_model.onnx: encoder_attention_mask, input_ids, encoder_hidden_states -> logits and
    presents (self-attention and cross-attention k, v). decoder_with_past_model.onnx also reads
    past_key_values.{i}.{decoder,encoder}.{key,value}; its cross-attention uses the cached
    encoder k, v, so encoder_hidden_states is unused (the exporter drops it, as Optimum's do)
    and so are the cross-attention k/v projections; only the self-attention presents are
    returned."""

    def __init__(self, with_past):
        super().__init__()
        self.bart, self.with_past = Bart(), with_past

    def forward(self, encoder_attention_mask, input_ids, encoder_hidden_states, *past):
        if self.with_past:
            layers = [past[4 * i: 4 * i + 4] for i in range(LAYERS)]
        else:
            layers = [(None,) * 4] * LAYERS
        logits, presents = self.bart.decode(input_ids, encoder_hidden_states, encoder_attention_mask, layers)
        if self.with_past:  # only the self-attention cache changes
            presents = [p for i, p in enumerate(presents) if i % 4 < 2]
        return (logits, *presents)


def bart_files():
    # Tracing shapes: batch 2, encoder 7, decoder 3 (1 with past, as Optimum traces it), past 5.
    b, e, s, p = 2, 7, 3, 5
    ids = lambda n: torch.randint(0, VOCAB, (b, n))
    enc = {0: "batch_size", 1: "encoder_sequence_length"}
    dec = {0: "batch_size", 1: "decoder_sequence_length"}
    total = "past_decoder_sequence_length + decoder_sequence_length"
    kinds = [(i, a, kv) for i in range(LAYERS) for a in ("decoder", "encoder") for kv in ("key", "value")]
    past_axes = {"decoder": "past_decoder_sequence_length", "encoder": "encoder_sequence_length"}
    present_axes = {"decoder": total, "encoder": "encoder_sequence_length"}
    common = lambda n: [("encoder_attention_mask", torch.ones(b, e, dtype=torch.long), enc),
                        ("input_ids", ids(n), dec),
                        ("encoder_hidden_states", torch.randn(b, e, D), enc)]
    return {
        "encoder_model": dict(
            build=BartEncoder,
            inputs=[("input_ids", ids(e), enc), ("attention_mask", torch.ones(b, e, dtype=torch.long), enc)],
            outputs=[("last_hidden_state", enc)]),
        "decoder_model": dict(
            build=lambda: BartDecoder(with_past=False),
            inputs=common(s),
            outputs=[("logits", dec)] + [("present.%d.%s.%s" % k, {0: "batch_size", 2: present_axes[k[1]]})
                                         for k in kinds]),
        "decoder_with_past_model": dict(
            build=lambda: BartDecoder(with_past=True),
            inputs=common(1)
            + [("past_key_values.%d.%s.%s" % k,
                torch.randn(b, HEADS, p if k[1] == "decoder" else e, DH),
                {0: "batch_size", 2: past_axes[k[1]]}) for k in kinds],
            # Optimum names the logits' sequence axis "1" in with-past decoders of
            # encoder-decoders ("ONNX sometimes infers a dynamic axis where it's not").
            outputs=[("logits", {0: "batch_size", 1: "1"})]
            + [("present.%d.%s.%s" % k, {0: "batch_size", 2: total}) for k in kinds if k[1] == "decoder"]),
    }


FAMILIES = {"gpt2": gpt2_files, "bart": bart_files, "gpt2_optimum_1_13": lambda: gpt2_files(optimum_1_13=True)}


def decorrelate_constants(model):
    """Constant-filled float tensors (LayerNorm weights and biases, zero biases, the zero
    final_logits_bias) get small random values, as training would: in eval mode torch 1.13's
    exporter merges initializers of equal values into one (plus Identity nodes)."""
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if not t.is_floating_point() or t.numel() < 2 or not bool((t == t.flatten()[0]).all()):
                continue
            t.add_(0.01 * torch.randn_like(t)) if t.flatten()[0] == 0 else t.mul_(1 + 0.05 * torch.randn_like(t))


def dims_of(value_info):
    t = value_info.type.tensor_type
    return {"dtype": onnx.TensorProto.DataType.Name(t.elem_type).lower(),
            "shape": [d.dim_param if d.HasField("dim_param") else d.dim_value for d in t.shape.dim]}


FLOAT_TYPES = {onnx.TensorProto.FLOAT, onnx.TensorProto.FLOAT16, onnx.TensorProto.DOUBLE, onnx.TensorProto.BFLOAT16}


def describe(path):
    """What the file holds, read back with onnx (not with misnomer): inputs and outputs with dims
    as written, float weights (initializers and Constant-node tensors), checked and inferred."""
    m = onnx.load(path)
    onnx.checker.check_model(m, full_check=True)
    onnx.shape_inference.infer_shapes(m, check_type=True, strict_mode=True)
    weights = [(t.name, list(t.dims)) for t in m.graph.initializer if t.data_type in FLOAT_TYPES]
    weights += [(n.output[0], list(a.t.dims)) for n in m.graph.node if n.op_type == "Constant"
                for a in n.attribute if a.name == "value" and a.t.data_type in FLOAT_TYPES]
    numel = math.prod
    big = [numel(d) for _, d in weights if numel(d) >= 2]
    ops = {}
    for n in m.graph.node:
        ops[n.op_type] = ops.get(n.op_type, 0) + 1
    return {
        "inputs": {i.name: dims_of(i) for i in m.graph.input},
        "outputs": {o.name: dims_of(o) for o in m.graph.output},
        "floatWeights": {"tensorsOf2OrMore": len(big), "elementsOf2OrMore": sum(big),
                         "singleElementTensors": sum(1 for _, d in weights if numel(d) == 1)},
        "ops": dict(sorted(ops.items())),
    }


def export_file(family, name, spec, out_dir):
    torch.manual_seed(0)
    model = spec["build"]().eval()
    decorrelate_constants(model)
    path = os.path.join(out_dir, family, name + ".onnx")
    # Not under no_grad (export_models.py says why); the model has no such fast paths, but the
    # two scripts then trace the same way.
    torch.onnx.export(model, tuple(t for _, t, _ in spec["inputs"]), path, opset_version=OPSET,
                      do_constant_folding=True, input_names=[n for n, _, _ in spec["inputs"]],
                      output_names=[n for n, _ in spec["outputs"]],
                      dynamic_axes={n: axes for n, *_, axes in spec["inputs"] + spec["outputs"]})
    return dict(describe(path), file=os.path.join(family, name + ".onnx"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--only", help="comma-separated subset of: " + ",".join(FAMILIES))
    opts = ap.parse_args()
    names = [n.strip() for n in opts.only.split(",")] if opts.only else list(FAMILIES)
    unknown = [n for n in names if n not in FAMILIES]
    if unknown:
        ap.error("unknown model(s): %s (known: %s)" % (",".join(unknown), ",".join(FAMILIES)))

    manifest_path = os.path.join(opts.out, "manifest.json")
    families = {}
    if os.path.exists(manifest_path):  # keep the models not exported this run
        with open(manifest_path) as f:
            families = json.load(f).get("models", {})
    for family in names:
        os.makedirs(os.path.join(opts.out, family), exist_ok=True)
        families[family] = {}
        for name, spec in FAMILIES[family]().items():
            start = time.perf_counter()
            families[family][name] = info = export_file(family, name, spec, opts.out)
            size = os.path.getsize(os.path.join(opts.out, info["file"]))
            print("%-36s %8.1f KiB %6.2f s" % (info["file"], size / 1024, time.perf_counter() - start), flush=True)
    with open(manifest_path, "w") as f:
        f.write(json.dumps({"torch": torch.__version__, "onnx": onnx.__version__, "models": families},
                           indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
