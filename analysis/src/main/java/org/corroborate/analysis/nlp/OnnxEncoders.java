package org.corroborate.analysis.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * What the ONNX encoders of this package share: a session that runs on its caller's thread alone (so
 * parallel documents use the cores), and the width of the states it outputs, checked once at load.
 */
final class OnnxEncoders {
  private OnnxEncoders() {}

  /** A single-threaded, fully optimised session over {@code model}. */
  static OrtSession session(OrtEnvironment env, byte[] model) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    return env.createSession(model, options);
  }

  /** The dimension of the [batch, pieces, dimension] states the session outputs first; fails otherwise. */
  static int stateDimension(OrtSession session, String what) throws OrtException {
    long[] shape = ((TensorInfo) session.getOutputInfo().values().iterator().next().getInfo()).getShape();
    if (shape.length != 3 || shape[2] <= 0) {
      throw new OrtException("the " + what + "'s model must output [batch, pieces, dimension] states, has "
          + java.util.Arrays.toString(shape));
    }
    return (int) shape[2];
  }
}
