/* The ETS models themselves: their forms and codes, the recursion that
 * runs a model over a series (one-step errors, likelihood, last state),
 * the point forecasts, and the admissible region of the parameters
 * (Hyndman, Akram & Archibald 2008, Ann. Inst. Stat. Math. 60(2)). */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "forecast/ets.h"

size_t tsf_ets_nstate(const tsf_ets_form *f)
{
    return 1 + (f->trend != 'N') + (f->season != 'N' ? (size_t)f->m : 0);
}

size_t tsf_ets_nfree(const tsf_ets_form *f)
{
    size_t n = tsf_ets_nstate(f);
    return f->season != 'N' ? n - 1 : n;
}

size_t tsf_ets_nsmooth(const tsf_ets_form *f)
{
    return 1 + (f->trend != 'N') + (f->season != 'N') + (size_t)f->damped;
}

int tsf_ets_form_parse(const char *code, int m, tsf_ets_form *out, ts_error *err)
{
    tsf_ets_form f = {0, 0, 0, 0, 1};
    const char *p = code;
    if (*p == 'A' || *p == 'M')
        f.error = *p++;
    if (*p == 'N' || *p == 'A')
        f.trend = *p++;
    if (f.trend == 'A' && *p == 'd') {
        f.damped = 1;
        p++;
    }
    if (*p == 'N' || *p == 'A' || *p == 'M')
        f.season = *p++;
    if (!f.error || !f.trend || !f.season || *p)
        return ts_error_set(err, TS_EINVAL,
                            "'%s' is not an ETS model: error A or M, trend N, A or Ad, season N, A or M "
                            "(e.g. ANN, MAdM)", code);
    if (f.error == 'A' && f.season == 'M')
        return ts_error_set(err, TS_EINVAL,
                            "ETS %s is left out: additive errors with a multiplicative season have no "
                            "finite forecast variance", code);
    if (f.season != 'N') {
        if (m < 2 || m > TSF_ETS_MAX_M)
            return ts_error_set(err, TS_EINVAL,
                                "ETS %s has a season, but the series has %d observation%s a year", code, m,
                                m == 1 ? "" : "s");
        f.m = m;
    }
    *out = f;
    return TS_OK;
}

void tsf_ets_form_code(const tsf_ets_form *f, char *buf, size_t size)
{
    snprintf(buf, size, "%c%c%s%c", f->error, f->trend, f->damped ? "d" : "", f->season);
}

int tsf_ets_filter(const tsf_ets_form *f, const tsf_ets_par *p, const double *y, size_t n,
                   const double *x0, double *e, double *xn, double *lik)
{
    tsf_ets_run s;
    tsf_ets_load(f, x0, &s);
    double sse = 0, logf = 0;
    for (size_t t = 0; t < n; t++) {
        double fc = tsf_ets_step(f, p, &s, y[t]);
        if (!isfinite(fc))
            return -1;
        double et = f->error == 'A' ? y[t] - fc : (y[t] - fc) / fc;
        if (e)
            e[t] = et;
        sse += et * et;
        logf += log(fabs(fc));
    }
    if (xn)
        tsf_ets_store(f, &s, xn);
    if (lik)
        *lik = (double)n * log(sse) + (f->error == 'M' ? 2 * logf : 0);
    return 0;
}

void tsf_ets_point(const tsf_ets_form *f, double phi, const double *x, size_t h, double *mean)
{
    size_t ns = tsf_ets_nstate(f);
    double phistar = f->damped ? phi : 1, phipow = phistar;
    for (size_t i = 0; i < h; i++) {
        double v = x[0] + (f->trend != 'N' ? phistar * x[1] : 0);
        if (f->season != 'N') {
            /* Step i+1 takes the season m - 1 - (i mod m) places after
             * the newest. */
            double sv = x[ns - 1 - (i % (size_t)f->m)];
            v = f->season == 'A' ? v + sv : v * sv;
        }
        mean[i] = v;
        if (f->damped) {
            phipow *= phi;
            phistar += phipow;
        } else {
            phistar += 1;
        }
    }
}

void tsf_ets_char_poly(const tsf_ets_par *p, int m, double *c)
{
    double a = p->alpha, b = p->beta, g = p->gamma, phi = p->phi;
    c[0] = phi * (1 - a - g);
    c[1] = a + b - a * phi + g - 1;
    for (int k = 2; k < m; k++)
        c[k] = a + b - a * phi;
    c[m] = a + b - phi;
    c[m + 1] = 1;
}

/* All roots of the characteristic polynomial inside the unit circle,
 * within R's tolerance (|z| <= 1 + 1e-10).  The Schur-Cohn step-down test
 * decides it without finding the roots: every evaluation of a seasonal fit
 * asks, and a root finder on the companion matrix was a third of a
 * monthly fit's time.  The polynomial is taken at z (1 + 1e-10), so the
 * test's strict inequality is R's tolerance. */
static int roots_inside(const tsf_ets_par *p, int m)
{
    double c[TSF_ETS_MAX_M + 2];
    tsf_ets_char_poly(p, m, c);
    double r = 1 + 1e-10, rk = 1;
    for (int k = 0; k <= m + 1; k++, rk *= r)
        c[k] *= rk;
    /* Degree d with c[d] the leading coefficient: the reflection
     * coefficient is c[0] / c[d]; the polynomial of degree d - 1 whose
     * roots are inside exactly when the rest of p's are follows from it. */
    for (int d = m + 1; d > 0; d--) {
        double k = c[0] / c[d];
        if (!(fabs(k) < 1))
            return 0;
        double s = 1 - k * k, lo[TSF_ETS_MAX_M + 2];
        for (int i = 0; i < d; i++)
            lo[i] = (c[i + 1] - k * c[d - 1 - i]) / s;
        memcpy(c, lo, (size_t)d * sizeof *c);
    }
    return 1;
}

int tsf_ets_admissible(const tsf_ets_form *f, const tsf_ets_par *p)
{
    double a = p->alpha, phi = f->damped ? p->phi : 1;
    if (phi < 0 || phi > 1 + 1e-8)
        return 0;
    if (f->season == 'N') {
        if (a < 1 - 1 / phi || a > 1 + 1 / phi)
            return 0;
        if (f->trend != 'N' && (p->beta < a * (phi - 1) || p->beta > (1 + phi) * (2 - a)))
            return 0;
        return 1;
    }
    double b = f->trend != 'N' ? p->beta : 0, g = p->gamma;
    double m = (double)f->m;
    if (g < fmax(1 - 1 / phi - a, 0) || g > 1 + 1 / phi - a)
        return 0;
    if (a < 1 - 1 / phi - g * (1 - m + phi + phi * m) / (2 * phi * m))
        return 0;
    if (b < -(1 - phi) * (g / m + a))
        return 0;
    tsf_ets_par q = {a, b, g, phi};
    return roots_inside(&q, f->m);
}
