#!/usr/bin/env python3
"""Exports the bundled example pair (examples/models/dense.onnx, separable.onnx) once.

dense: a small CNN whose middle blocks are dense 3x3 convolutions.
separable: the same network with each dense 3x3 block replaced by a depthwise-separable one
      (depthwise 3x3 + pointwise 1x1), the classic "fewer MACs" change whose speed does not
      fall as far as its MACs. Random, seeded weights; run with Debian's /usr/bin/python3.
"""
import os
import sys

import torch
import torch.nn as nn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "models")


def dense(c):
    return nn.Sequential(nn.Conv2d(c, c, 3, padding=1, bias=False), nn.BatchNorm2d(c), nn.ReLU())


def separable(c):
    return nn.Sequential(
        nn.Conv2d(c, c, 3, padding=1, groups=c, bias=False), nn.BatchNorm2d(c), nn.ReLU(),
        nn.Conv2d(c, c, 1, bias=False), nn.BatchNorm2d(c), nn.ReLU(),
    )


def net(block):
    c = 64
    return nn.Sequential(
        nn.Conv2d(3, c, 3, stride=2, padding=1), nn.ReLU(),
        *[block(c) for _ in range(4)],
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(c, 10),
    )


def export(model, name):
    model.eval()
    x = torch.randn(1, 3, 64, 64)
    path = os.path.join(OUT, name + ".onnx")
    torch.onnx.export(model, x, path, opset_version=17, input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}})
    print(path, os.path.getsize(path), "bytes")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, block in (("dense", dense), ("separable", separable)):
        torch.manual_seed(0)
        m = net(block)
        # BatchNorm running statistics that are not all equal, so the export folds them into
        # distinct conv weights (as a trained model would have).
        for mod in m.modules():
            if isinstance(mod, nn.BatchNorm2d):
                mod.running_mean.uniform_(-0.1, 0.1)
                mod.running_var.uniform_(0.9, 1.1)
        export(m, name)
    sys.exit(0)
