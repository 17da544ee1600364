#ifndef CRDFIT_LAPACK_H
#define CRDFIT_LAPACK_H

/* The LAPACK routines used by RDFit, for the 32-bit-integer (LP64) builds that Debian's
 * liblapack-dev / libopenblas-dev ship. None takes a CHARACTER argument, so there are no hidden
 * string-length parameters. Only RDFit's LAPACK.swift calls these.
 *
 * LAPACK is loaded on first use (dlopen of liblapack.so.3), not when the program starts:
 * OpenBLAS's LAPACK costs several milliseconds to load and starts a thread pool, which a run
 * that never solves a least-squares problem (`rdfit --version`, endpoint growth) does not need.
 * Before loading, OPENBLAS_NUM_THREADS is set to 1 unless the environment already sets it:
 * rdfit parallelises replicates itself, and its problems are far too small for BLAS threads. */

/* Loads LAPACK once (thread-safe); returns 1 when all three routines were found, 0 otherwise. */
int crdfit_lapack_load(void);

/* Starts the load on a detached thread and returns at once, so that a caller that knows it will
 * solve least-squares problems can overlap the load (several milliseconds, mostly symbol lookup)
 * with other start-up work; a later crdfit_lapack_load waits for it to finish. */
void crdfit_lapack_load_in_background(void);

/* The library path or dlopen error of the last load attempt, for error messages. */
const char *crdfit_lapack_status(void);

/* Minimum-norm least squares via divide-and-conquer SVD (LAPACK dgelsd). */
void crdfit_dgelsd(const int *m, const int *n, const int *nrhs,
                   double *a, const int *lda, double *b, const int *ldb,
                   double *s, const double *rcond, int *rank,
                   double *work, const int *lwork, int *iwork, int *info);

/* Minimum-norm least squares via complete orthogonal factorisation (LAPACK dgelsy). */
void crdfit_dgelsy(const int *m, const int *n, const int *nrhs,
                   double *a, const int *lda, double *b, const int *ldb,
                   int *jpvt, const double *rcond, int *rank,
                   double *work, const int *lwork, int *info);

/* QR factorisation without pivoting (LAPACK dgeqrf), for the covariance of a full-rank fit. */
void crdfit_dgeqrf(const int *m, const int *n, double *a, const int *lda,
                   double *tau, double *work, const int *lwork, int *info);

#endif
