#!/usr/bin/env python3
"""Writes a copy of an image model with a second output that does extra real work: a 3x3
convolution with `channels` output channels over the first `rows` rows of the input, reduced to
its mean. Its work grows in proportion to `rows`, so the benchmark can size it to make the head
about 3% slower than the model.

usage: slow-head.py <model.onnx> <out.onnx> <channels> <rows>
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

src, dst, channels, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
model = onnx.load(src)
graph = model.graph
x = graph.input[0].name
in_channels = graph.input[0].type.tensor_type.shape.dim[1].dim_value
weights = np.random.RandomState(0).randn(channels, in_channels, 3, 3).astype(np.float32) * 0.1
graph.initializer.extend([
    numpy_helper.from_array(weights, "extra_work.w"),
    numpy_helper.from_array(np.array([0], dtype=np.int64), "extra_work.starts"),
    numpy_helper.from_array(np.array([rows], dtype=np.int64), "extra_work.ends"),
    numpy_helper.from_array(np.array([2], dtype=np.int64), "extra_work.axes"),
])
graph.node.extend([
    helper.make_node("Slice", [x, "extra_work.starts", "extra_work.ends", "extra_work.axes"],
                     ["extra_work.rows"]),
    helper.make_node("Conv", ["extra_work.rows", "extra_work.w"], ["extra_work.conv"],
                     pads=[1, 1, 1, 1]),
    helper.make_node("ReduceMean", ["extra_work.conv"], ["extra_work"], keepdims=0),
])
graph.output.append(helper.make_tensor_value_info("extra_work", TensorProto.FLOAT, None))
onnx.save(model, dst)
