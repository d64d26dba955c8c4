"""Text → unit vectors: the `Embedder` protocol and bundled-model lookup (`models`), one
module per runtime (torch, ONNX Runtime, OpenVINO), the ONNX export they share."""
