/* LAPACK loaded on first use; see include/CRDFitLAPACK.h. */
#include "CRDFitLAPACK.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

typedef void (*dgelsd_fn)(const int *, const int *, const int *, double *, const int *, double *, const int *,
                          double *, const double *, int *, double *, const int *, int *, int *);
typedef void (*dgelsy_fn)(const int *, const int *, const int *, double *, const int *, double *, const int *,
                          int *, const double *, int *, double *, const int *, int *);
typedef void (*dgeqrf_fn)(const int *, const int *, double *, const int *, double *, double *, const int *, int *);
typedef void (*set_threads_fn)(int);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static dgelsd_fn dgelsd;
static dgelsy_fn dgelsy;
static dgeqrf_fn dgeqrf;
static const char *status = "LAPACK not loaded yet";

/* Read by OpenBLAS when it loads: no thread pool for rdfit's small problems. A background load
 * sets it on the thread that starts the loader, before the loader exists (setenv is not safe
 * against a concurrent getenv on another thread). */
static int threads_limited;

static void load(void) {
    if (!threads_limited) setenv("OPENBLAS_NUM_THREADS", "1", 0);
    static const char *const names[] = {"liblapack.so.3", "liblapack.so", "liblapack.dylib"};
    void *handle = NULL;
    for (unsigned i = 0; i < sizeof names / sizeof names[0] && handle == NULL; i++) {
        /* Lazy binding: OpenBLAS's LAPACK has thousands of functions, of which rdfit calls three;
         * resolving all of them up front costs about a millisecond. */
        handle = dlopen(names[i], RTLD_LAZY | RTLD_LOCAL);
        if (handle != NULL) status = names[i];
    }
    if (handle == NULL) {
        const char *error = dlerror();
        status = error != NULL ? error : "liblapack.so.3 not found";
        return;
    }
    dgelsd = (dgelsd_fn)dlsym(handle, "dgelsd_");
    dgelsy = (dgelsy_fn)dlsym(handle, "dgelsy_");
    dgeqrf = (dgeqrf_fn)dlsym(handle, "dgeqrf_");
    if (dgelsd == NULL || dgelsy == NULL || dgeqrf == NULL) status = "liblapack.so.3 lacks dgelsd_, dgelsy_ or dgeqrf_";
    /* OpenBLAS's LAPACK links libopenblas, which exports this; the reference LAPACK does not. */
    set_threads_fn set_threads = (set_threads_fn)dlsym(handle, "openblas_set_num_threads");
    if (set_threads != NULL) set_threads(1);
}

int crdfit_lapack_load(void) {
    pthread_once(&once, load);
    return dgelsd != NULL && dgelsy != NULL && dgeqrf != NULL;
}

static void *load_on_thread(void *unused) {
    (void)unused;
    pthread_once(&once, load);
    return NULL;
}

void crdfit_lapack_load_in_background(void) {
    if (!threads_limited) {
        setenv("OPENBLAS_NUM_THREADS", "1", 0);
        threads_limited = 1;
    }
    pthread_t thread;
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) return;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    /* If no thread can be started, the first solve loads LAPACK itself. */
    (void)pthread_create(&thread, &attributes, load_on_thread, NULL);
    pthread_attr_destroy(&attributes);
}

const char *crdfit_lapack_status(void) { return status; }

void crdfit_dgelsd(const int *m, const int *n, const int *nrhs, double *a, const int *lda, double *b, const int *ldb,
                   double *s, const double *rcond, int *rank, double *work, const int *lwork, int *iwork, int *info) {
    dgelsd(m, n, nrhs, a, lda, b, ldb, s, rcond, rank, work, lwork, iwork, info);
}

void crdfit_dgelsy(const int *m, const int *n, const int *nrhs, double *a, const int *lda, double *b, const int *ldb,
                   int *jpvt, const double *rcond, int *rank, double *work, const int *lwork, int *info) {
    dgelsy(m, n, nrhs, a, lda, b, ldb, jpvt, rcond, rank, work, lwork, info);
}

void crdfit_dgeqrf(const int *m, const int *n, double *a, const int *lda, double *tau, double *work,
                   const int *lwork, int *info) {
    dgeqrf(m, n, a, lda, tau, work, lwork, info);
}
