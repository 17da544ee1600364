/* Intentionally empty: CRDFitLAPACK only exposes the declarations in include/. */
