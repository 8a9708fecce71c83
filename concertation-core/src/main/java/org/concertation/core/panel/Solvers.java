package org.concertation.core.panel;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;

/** The OR-Tools solvers: GLOP for linear programs, SCIP for integer programs. */
final class Solvers {
  private static boolean loaded;

  private Solvers() {}

  /** A new solver of a kind ({@code "GLOP"}, {@code "SCIP"}), single-threaded and quiet. */
  static MPSolver create(String kind) {
    load();
    MPSolver solver = MPSolver.createSolver(kind);
    if (solver == null) {
      throw new IllegalStateException("The OR-Tools solver " + kind + " is not available");
    }
    solver.setNumThreads(1);
    return solver;
  }

  /** Parameters asking for an exact optimum: no relative gap left. */
  static MPSolverParameters exact() {
    MPSolverParameters parameters = new MPSolverParameters();
    parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
    return parameters;
  }

  private static synchronized void load() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }
}
