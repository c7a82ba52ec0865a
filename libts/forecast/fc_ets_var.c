/* Forecast means and variances of the ETS models in closed form
 * (Hyndman, Koehler, Ord & Snyder 2008, chapter 6): class 1, additive
 * errors (Table 6.1); class 2, multiplicative errors with additive states
 * (section 6.3); class 3, multiplicative errors and seasons (section 6.4,
 * the moments of the product of the level-slope part and the seasonal
 * part).  These are the variances R's forecast.ets uses; R's class 3
 * leaves phi out of the damped forms' level equation (it forecasts
 * l + b instead of l + phi b), here the damped forms carry it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "forecast/ets.h"

/* c_j = alpha + beta phi_j + gamma [j = 0 mod m], phi_j = phi + ... +
 * phi^j: the weight of an innovation j steps back in the forecast error
 * (Table 6.1).  Writes c[1..h-1]. */
static void class1_c(const tsf_ets_form *f, const tsf_ets_par *p, size_t h, double *c)
{
    double phi = f->damped ? p->phi : 1, phij = 0, pw = 1;
    for (size_t j = 1; j < h; j++) {
        pw *= phi;
        phij += pw;
        c[j] = p->alpha + (f->trend != 'N' ? p->beta * phij : 0);
        if (f->season != 'N' && j % (size_t)f->m == 0)
            c[j] += p->gamma;
    }
}

/* Class 2: theta_j = mu_j^2 + sigma2 sum_{i<j} c_i^2 theta_{j-i},
 * var_j = (1 + sigma2) theta_j - mu_j^2 (Hyndman et al. 2008, eq. 6.6). */
static void class2(const double *c, double sigma2, size_t h, const double *mean, double *theta,
                   double *var)
{
    for (size_t j = 0; j < h; j++) {
        double s = 0;
        for (size_t i = 1; i <= j; i++)
            s += c[i] * c[i] * theta[j - i];
        theta[j] = mean[j] * mean[j] + sigma2 * s;
        var[j] = (1 + sigma2) * theta[j] - mean[j] * mean[j];
    }
}

/* ---- class 3: small dense matrices, row-major ---- */

/* C (r x c) = A (r x k) B (k x c), or A B' with B (c x k) when bt. */
static void mul(const double *a, const double *b, double *out, size_t r, size_t k, size_t c, int bt)
{
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++) {
            double s = 0;
            for (size_t q = 0; q < k; q++)
                s += a[i * k + q] * (bt ? b[j * k + q] : b[q * c + j]);
            out[i * c + j] = s;
        }
}

/* out = B (x) A, B (rb x cb), A (ra x ca), accumulated into out when add. */
static void kron(const double *b, size_t rb, size_t cb, const double *a, size_t ra, size_t ca,
                 double *out, int add)
{
    size_t cols = cb * ca;
    for (size_t ib = 0; ib < rb; ib++)
        for (size_t jb = 0; jb < cb; jb++)
            for (size_t ia = 0; ia < ra; ia++)
                for (size_t ja = 0; ja < ca; ja++) {
                    double v = b[ib * cb + jb] * a[ia * ca + ja];
                    double *o = &out[(ib * ra + ia) * cols + jb * ca + ja];
                    *o = add ? *o + v : v;
                }
}

/* The matrices of class 3 for k level-slope states and m seasons. */
typedef struct {
    size_t k, m, d;                  /* d = k m, the size of vec M */
    double F1[4], G1[4], H1[2];      /* level and slope: transition, gain, read-out */
    double F2[TSF_ETS_MAX_M * TSF_ETS_MAX_M], G2[TSF_ETS_MAX_M * TSF_ETS_MAX_M];
    double *A, *G, *K;               /* d x d */
} c3_model;

static void c3_setup(const tsf_ets_form *f, const tsf_ets_par *p, c3_model *c)
{
    size_t k = c->k, m = c->m;
    double phi = f->damped ? p->phi : 1;
    if (k == 1) {
        c->F1[0] = 1;
        c->G1[0] = p->alpha;
        c->H1[0] = 1;
    } else {
        /* l_t = (l + phi b)(1 + alpha e), b_t = phi b + beta (l + phi b) e. */
        c->F1[0] = 1, c->F1[1] = phi, c->F1[2] = 0, c->F1[3] = phi;
        c->G1[0] = p->alpha, c->G1[1] = p->alpha * phi, c->G1[2] = p->beta, c->G1[3] = p->beta * phi;
        c->H1[0] = 1, c->H1[1] = phi;
    }
    /* F2 moves each season one place older; the oldest comes back as the
     * newest, updated through G2: s_t = s_{t-m} (1 + gamma e). */
    memset(c->F2, 0, sizeof c->F2);
    memset(c->G2, 0, sizeof c->G2);
    c->F2[m - 1] = 1;
    for (size_t i = 1; i < m; i++)
        c->F2[i * m + (i - 1)] = 1;
    c->G2[m - 1] = p->gamma;
    kron(c->F2, m, m, c->F1, k, k, c->A, 0);
    kron(c->G2, m, m, c->G1, k, k, c->G, 0);
    kron(c->G2, m, m, c->F1, k, k, c->K, 0);
    kron(c->F2, m, m, c->G1, k, k, c->K, 1);
}

/* One step of Var(vec M): V <- A V A' + s2 (A V G' + G V A' + K (V + v v')
 * K' + s2 G (3 V + 2 v v') G'), v = E vec M; w[0..4) are d x d scratch. */
static void c3_var_step(const c3_model *c, double s2, const double *v, double *V, double **w)
{
    size_t d = c->d;
    double *AV = w[0], *out = w[1], *S = w[2], *T = w[3];
    mul(c->A, V, AV, d, d, d, 0);
    mul(AV, c->A, out, d, d, d, 1);
    mul(AV, c->G, T, d, d, d, 1);
    for (size_t r = 0; r < d; r++)
        for (size_t q = 0; q < d; q++)
            out[r * d + q] += s2 * (T[r * d + q] + T[q * d + r]);
    for (size_t r = 0; r < d; r++)
        for (size_t q = 0; q < d; q++)
            S[r * d + q] = V[r * d + q] + v[r] * v[q];
    mul(c->K, S, T, d, d, d, 0);
    mul(T, c->K, AV, d, d, d, 1);
    for (size_t r = 0; r < d * d; r++)
        out[r] += s2 * AV[r];
    for (size_t r = 0; r < d; r++)
        for (size_t q = 0; q < d; q++)
            S[r * d + q] = 3 * V[r * d + q] + 2 * v[r] * v[q];
    mul(c->G, S, T, d, d, d, 0);
    mul(T, c->G, AV, d, d, d, 1);
    for (size_t r = 0; r < d * d; r++)
        V[r] = out[r] + s2 * s2 * AV[r];
}

/* With x_t the level (and slope), z_t the seasons and M_t = x_t z_t':
 * M_t = (F1 + G1 e) M_{t-1} (F2 + G2 e)', so vec M_t = (A + e K + e^2 G)
 * vec M_{t-1} with A = F2 (x) F1, G = G2 (x) G1, K = G2 (x) F1 + F2 (x)
 * G1; its mean and variance follow from E e^2 = sigma2, E e^4 = 3
 * sigma2^2, and y_h = H1 M_{h-1} H2' (1 + e), H2 picking the oldest
 * season. */
static int class3(const tsf_ets_form *f, const tsf_ets_par *p, double s2, const double *x, size_t h,
                  double *mean, double *var)
{
    c3_model c;
    c.k = 1 + (f->trend != 'N');
    c.m = (size_t)f->m;
    c.d = c.k * c.m;
    size_t k = c.k, m = c.m, d = c.d;
    double *buf = calloc(8 * d * d + d, sizeof *buf);
    if (!buf)
        return TS_ENOMEM;
    c.A = buf, c.G = c.A + d * d, c.K = c.G + d * d;
    double *V = c.K + d * d, *w[4] = {V + d * d, V + 2 * d * d, V + 3 * d * d, V + 4 * d * d};
    double *v = V + 5 * d * d;
    c3_setup(f, p, &c);
    double M[2 * TSF_ETS_MAX_M], t1[2 * TSF_ETS_MAX_M], t2[2 * TSF_ETS_MAX_M], t3[2 * TSF_ETS_MAX_M];
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < m; j++)
            M[i * m + j] = x[i] * x[k + j];
    for (size_t i = 0; i < h; i++) {
        double mu = 0, hv = 0;
        for (size_t a = 0; a < k; a++)
            mu += c.H1[a] * M[a * m + (m - 1)];
        for (size_t a = 0; a < k; a++)
            for (size_t b = 0; b < k; b++)
                hv += c.H1[a] * c.H1[b] * V[((m - 1) * k + a) * d + (m - 1) * k + b];
        mean[i] = mu;
        var[i] = (1 + s2) * hv + s2 * mu * mu;
        /* vec M is column-major: element (a, j) at j k + a. */
        for (size_t a = 0; a < k; a++)
            for (size_t j = 0; j < m; j++)
                v[j * k + a] = M[a * m + j];
        c3_var_step(&c, s2, v, V, w);
        /* E M_t = F1 M F2' + sigma2 G1 M G2'. */
        mul(c.F1, M, t1, k, k, m, 0);
        mul(t1, c.F2, t2, k, m, m, 1);
        mul(c.G1, M, t1, k, k, m, 0);
        mul(t1, c.G2, t3, k, m, m, 1);
        for (size_t r = 0; r < k * m; r++)
            M[r] = t2[r] + s2 * t3[r];
    }
    free(buf);
    return TS_OK;
}

int tsf_ets_moments(const tsf_ets_form *f, const tsf_ets_par *p, double sigma2, const double *x,
                    size_t h, double *mean, double *var, ts_error *err)
{
    if (f->error == 'M' && f->season == 'M') {
        if (class3(f, p, sigma2, x, h, mean, var))
            return ts_error_set(err, TS_ENOMEM, "out of memory");
        return TS_OK;
    }
    double *c = malloc(2 * h * sizeof *c);
    if (!c)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    class1_c(f, p, h, c);
    tsf_ets_point(f, p->phi, x, h, mean);
    if (f->error == 'A') {
        double s = 0;
        for (size_t j = 0; j < h; j++) {
            if (j > 0)
                s += c[j] * c[j];
            var[j] = sigma2 * (1 + s);
        }
    } else {
        class2(c, sigma2, h, mean, c + h, var);
    }
    free(c);
    return TS_OK;
}
