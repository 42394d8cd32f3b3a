#!/usr/bin/env python3
"""Export real PyTorch models to ONNX for misnomer's tests, examples and benchmarks.

Targets Debian's torch 1.13 / torchvision 0.14 and the legacy (TorchScript) exporter.
Weights are random (no network); each model is built right after torch.manual_seed(0),
so its file does not depend on which other models were picked with --only.
"""
import argparse
import json
import os
import sys
import time
import warnings

try:
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
except ImportError:
    sys.exit("error: PyTorch is not importable by %s. Install it (Debian: apt-get install "
             "python3-torch python3-torchvision) and run with /usr/bin/python3." % sys.executable)

OPSET = 17  # the highest opset the torch 1.13 exporter supports

# Tracer warnings are about x.size() used as Python ints; the exporter records those as
# Shape/Gather ops, which is what we want. The LSTM one is moot here (h0/c0 are built
# from Shape(input), so batch stays dynamic); the prim::Constant one comes from loop_if.
warnings.filterwarnings("ignore", category=torch.jit.TracerWarning)
warnings.filterwarnings("ignore", message="Exporting a model to ONNX with a batch_size other than 1")
warnings.filterwarnings("ignore", message="The shape inference of prim::Constant type is missing")


class SelfAttention(nn.Module):
    """Attention written out by hand so that the export has the
    Shape -> Gather -> Unsqueeze -> Concat -> Reshape chains of a HF export."""

    def __init__(self, d_model, n_heads):
        super().__init__()
        self.h, self.dh = n_heads, d_model // n_heads
        self.q, self.k, self.v, self.out = (nn.Linear(d_model, d_model) for _ in range(4))

    def split(self, x, b, s):  # [b, s, d] -> [b, h, s, dh]
        return x.view(b, s, self.h, self.dh).transpose(1, 2)

    def forward(self, x, additive_mask):
        b, s = x.size(0), x.size(1)  # traced as Shape + Gather, not as constants
        q, k, v = (self.split(proj(x), b, s) for proj in (self.q, self.k, self.v))
        scores = torch.matmul(q, k.transpose(-1, -2)) / self.dh ** 0.5 + additive_mask
        ctx = torch.matmul(torch.softmax(scores, dim=-1), v)
        return self.out(ctx.transpose(1, 2).reshape(b, s, self.h * self.dh))


class Block(nn.Module):
    """Transformer layer with a post-LN (BERT) or pre-LN (GPT-2) residual layout."""

    def __init__(self, d_model, n_heads, d_ff, pre_ln):
        super().__init__()
        self.pre_ln, self.attn = pre_ln, SelfAttention(d_model, n_heads)
        self.ln1, self.ln2 = nn.LayerNorm(d_model), nn.LayerNorm(d_model)
        self.ffn = nn.Sequential(nn.Linear(d_model, d_ff), nn.GELU(), nn.Linear(d_ff, d_model))

    def forward(self, x, mask):
        if self.pre_ln:
            x = x + self.attn(self.ln1(x), mask)
            return x + self.ffn(self.ln2(x))
        x = self.ln1(x + self.attn(x, mask))
        return self.ln2(x + self.ffn(x))


class TinyTransformer(nn.Module):
    """Token + learned position embeddings, 2 blocks, one extra LayerNorm."""

    def __init__(self, pre_ln, vocab=1000, max_len=128, d=64, heads=4, d_ff=256, layers=2):
        super().__init__()
        self.tok, self.pos, self.ln = nn.Embedding(vocab, d), nn.Embedding(max_len, d), nn.LayerNorm(d)
        self.layers = nn.ModuleList(Block(d, heads, d_ff, pre_ln) for _ in range(layers))

    def encode(self, x, mask):
        for layer in self.layers:
            x = layer(x, mask)
        return x


class TinyBert(TinyTransformer):  # post-LN encoder returning the last hidden states
    def __init__(self, max_len=128):
        super().__init__(pre_ln=False, max_len=max_len)
        # As in HF BERT, positions are a slice of a buffer (exports as Slice + Gather).
        self.register_buffer("position_ids", torch.arange(max_len).unsqueeze(0), persistent=False)

    def forward(self, input_ids, attention_mask):
        x = self.ln(self.tok(input_ids) + self.pos(self.position_ids[:, : input_ids.size(1)]))
        # HF-style extended mask: [b, s] -> [b, 1, 1, s], 0 to keep, -10000 for padding.
        return self.encode(x, (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -10000.0)


class TinyGpt(TinyTransformer):  # pre-LN decoder, causal mask, tied LM head
    def __init__(self, vocab=1000, max_len=128):
        super().__init__(pre_ln=True, vocab=vocab, max_len=max_len)
        self.lm_bias = nn.Parameter(torch.zeros(vocab))
        causal = torch.tril(torch.ones(max_len, max_len, dtype=torch.bool))
        self.register_buffer("causal", causal.view(1, 1, max_len, max_len), persistent=False)

    def forward(self, input_ids):
        b, s = input_ids.size(0), input_ids.size(1)
        x = self.tok(input_ids) + self.pos(torch.arange(s).unsqueeze(0))  # GPT-2 style: Range
        mask = torch.zeros(1, 1, s, s).masked_fill(~self.causal[:, :, :s, :s], -1e4)
        h = self.ln(self.encode(x, mask))
        # The head reuses the embedding matrix. F.linear on the 3-D tensor would export
        # MatMul(h, Transpose(W)), and constant folding would store W^T as a second
        # initializer, losing the tie. On 2-D input with a bias it becomes
        # Gemm(h, W, transB=1): ONE initializer, shared by the Gather and the Gemm.
        logits = F.linear(h.reshape(b * s, -1), self.tok.weight, self.lm_bias)
        return logits.view(b, s, self.tok.num_embeddings)  # not -1: keeps the vocab dim static


class LstmTagger(nn.Module):
    def __init__(self, vocab=500, emb=32, hidden=64, tags=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, tags)

    def forward(self, tokens):
        return self.head(self.lstm(self.emb(tokens))[0])


class LoopIf(nn.Module):
    """An Elman RNN plus a branch; scripted (not traced) so it exports as Loop and If."""

    def __init__(self, d=16):
        super().__init__()
        self.inp, self.rec = nn.Linear(d, d), nn.Linear(d, d, bias=False)

    def forward(self, x):  # x: [batch, sequence, d]
        h = torch.zeros(x.size(0), x.size(2), dtype=x.dtype)
        for t in range(x.size(1)):  # trip count read from the input shape -> Loop
            h = torch.tanh(self.inp(x[:, t]) + self.rec(h))
        if bool(h.sum() > 0):  # data-dependent branch -> If
            return h * 2.0
        return -h


def torchvision_spec(arch, optional=False):
    def build():
        import torchvision  # lazily: only these models need it
        return torchvision.models.get_model(arch, weights=None)
    return dict(build=build, inputs=[("input", [1, 3, 224, 224], torch.float32, {0: "batch"})],
                outputs=[("logits", {0: "batch"})], optional=optional)


BS = {0: "batch", 1: "sequence"}
MODELS = {  # "optional" models are skipped with a message if their export fails
    "resnet18": torchvision_spec("resnet18"),
    "resnet50": torchvision_spec("resnet50"),
    "mobilenet_v2": torchvision_spec("mobilenet_v2"),
    "vit_b_16": torchvision_spec("vit_b_16"),
    "swin_t": torchvision_spec("swin_t"),
    "mobilenet_v3_large": torchvision_spec("mobilenet_v3_large", optional=True),
    "efficientnet_b0": torchvision_spec("efficientnet_b0", optional=True),
    "convnext_tiny": torchvision_spec("convnext_tiny", optional=True),
    "tiny_bert": dict(build=TinyBert, inputs=[("input_ids", [2, 16], torch.int64, BS),
                                              ("attention_mask", [2, 16], torch.int64, BS)],
                      outputs=[("last_hidden_state", BS)]),
    "tiny_gpt": dict(build=TinyGpt, inputs=[("input_ids", [2, 16], torch.int64, BS)],
                     outputs=[("logits", BS)]),
    "lstm_tagger": dict(build=LstmTagger, inputs=[("tokens", [2, 16], torch.int64, BS)],
                        outputs=[("tag_logits", BS)]),
    "loop_if": dict(build=lambda: torch.jit.script(LoopIf()), optional=True,
                    inputs=[("x", [2, 5, 16], torch.float32, BS)], outputs=[("h", {0: "batch"})]),
}


def decorrelate_constants(model):
    """Give constant-initialised float tensors (norm weights/biases, BN statistics, zero
    biases) small random values, as training would. In eval mode the torch 1.13 exporter
    merges initializers with equal VALUES into one plus Identity nodes, so a fresh model
    would otherwise have e.g. all its same-sized zero biases aliased together."""
    with torch.no_grad():
        for t in list(model.parameters()) + list(model.buffers()):
            if not t.is_floating_point() or t.numel() < 2 or not bool((t == t.flatten()[0]).all()):
                continue
            if t.flatten()[0] == 0:
                t.add_(0.01 * torch.randn_like(t))
            else:  # relative noise keeps sign and scale (running_var stays > 0)
                t.mul_(1 + 0.05 * torch.randn_like(t))


def export_one(name, spec, out_dir):
    torch.manual_seed(0)
    model = spec["build"]().eval()
    decorrelate_constants(model)
    # Input values do not shape the traced graph; ids only need to fit every vocabulary.
    args = tuple(torch.randint(0, 500, shape) if dtype == torch.int64 else torch.randn(shape)
                 for _, shape, dtype, _ in spec["inputs"])
    dynamic_axes = {io[0]: io[-1] for io in spec["inputs"] + spec["outputs"]}
    # Deliberately NOT under torch.no_grad(): in eval mode with grad disabled,
    # nn.MultiheadAttention (vit_b_16) takes its fused fast path,
    # aten::_native_multi_head_attention, which torch 1.13 cannot export.
    torch.onnx.export(model, args, os.path.join(out_dir, name + ".onnx"), opset_version=OPSET,
                      do_constant_folding=True, input_names=[i[0] for i in spec["inputs"]],
                      output_names=[o[0] for o in spec["outputs"]], dynamic_axes=dynamic_axes)
    # Symbolic dims are given by name, fixed ones as numbers. parameters() yields a
    # shared (tied) Parameter once, so tiny_gpt counts its embedding matrix once.
    inputs = [{"name": n, "dtype": str(dtype).replace("torch.", ""),
               "shape": [axes.get(i, d) for i, d in enumerate(shape)]}
              for n, shape, dtype, axes in spec["inputs"]]
    return {"file": name + ".onnx", "opset": OPSET, "inputs": inputs,
            "params": sum(p.numel() for p in model.parameters())}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--only", help="comma-separated subset of: " + ",".join(MODELS))
    opts = ap.parse_args()
    names = [n.strip() for n in opts.only.split(",")] if opts.only else list(MODELS)
    unknown = [n for n in names if n not in MODELS]
    if unknown:
        ap.error("unknown model(s): %s (known: %s)" % (",".join(unknown), ",".join(MODELS)))
    os.makedirs(opts.out, exist_ok=True)

    # Keep the entries of models not exported this run, so --only updates in place.
    manifest_path = os.path.join(opts.out, "manifest.json")
    models = {}
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            models = json.load(f).get("models", {})

    failed = []
    for name in names:
        spec, start = MODELS[name], time.perf_counter()
        models.pop(name, None)
        try:
            models[name] = export_one(name, spec, opts.out)
        except Exception as e:  # report, then carry on with the other models
            failed += [] if spec.get("optional") else [name]
            print("%-20s %s: %s: %s" % (name, "skipped (optional)" if spec.get("optional") else "FAILED",
                                        type(e).__name__, (str(e) + "\n").splitlines()[0]), flush=True)
            continue
        size = os.path.getsize(os.path.join(opts.out, models[name]["file"]))
        print("%-20s %10.1f KiB %7.2f s" % (name, size / 1024, time.perf_counter() - start), flush=True)

    with open(manifest_path, "w") as f:
        f.write(json.dumps({"torch": torch.__version__, "models": models}, indent=2, sort_keys=True) + "\n")
    if failed:
        sys.exit("error: failed to export required model(s): " + ", ".join(failed))


if __name__ == "__main__":
    main()
