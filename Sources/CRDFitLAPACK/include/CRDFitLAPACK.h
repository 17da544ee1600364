#ifndef CRDFIT_LAPACK_H
#define CRDFIT_LAPACK_H

/* Fortran LAPACK routines used by RDFit, declared for the 32-bit-integer
 * (LP64) builds that Debian's liblapack-dev / libopenblas-dev ship.
 * Neither routine takes a CHARACTER argument, so there are no hidden
 * string-length parameters. Only RDFit's LAPACK.swift calls these. */

/* Minimum-norm least squares via divide-and-conquer SVD. */
void dgelsd_(const int *m, const int *n, const int *nrhs,
             double *a, const int *lda, double *b, const int *ldb,
             double *s, const double *rcond, int *rank,
             double *work, const int *lwork, int *iwork, int *info);

/* Minimum-norm least squares via complete orthogonal factorisation (QR with pivoting). */
void dgelsy_(const int *m, const int *n, const int *nrhs,
             double *a, const int *lda, double *b, const int *ldb,
             int *jpvt, const double *rcond, int *rank,
             double *work, const int *lwork, int *info);

/* QR factorisation without pivoting (used for the covariance of a full-rank fit). */
void dgeqrf_(const int *m, const int *n, double *a, const int *lda,
             double *tau, double *work, const int *lwork, int *info);

/* OpenBLAS: threads used inside one BLAS/LAPACK call. */
void openblas_set_num_threads(int num_threads);

#endif
