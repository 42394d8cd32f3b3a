#!/usr/bin/env python3
"""Writes a copy of an image model with a second output that does extra real work: a 3x3
convolution of the input with `channels` output channels and the given stride, reduced to its
mean. The benchmark picks the size that makes the head about 3% slower than the model.

usage: slow-head.py <model.onnx> <out.onnx> <channels> <stride>
"""
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

src, dst, channels, stride = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
model = onnx.load(src)
graph = model.graph
x = graph.input[0].name
in_channels = graph.input[0].type.tensor_type.shape.dim[1].dim_value
weights = np.random.RandomState(0).randn(channels, in_channels, 3, 3).astype(np.float32) * 0.1
graph.initializer.append(numpy_helper.from_array(weights, "extra_work.w"))
graph.node.extend([
    helper.make_node("Conv", [x, "extra_work.w"], ["extra_work.conv"], pads=[1, 1, 1, 1],
                     strides=[stride, stride]),
    helper.make_node("ReduceMean", ["extra_work.conv"], ["extra_work"], keepdims=0),
])
graph.output.append(helper.make_tensor_value_info("extra_work", TensorProto.FLOAT, None))
onnx.save(model, dst)
