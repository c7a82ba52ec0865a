/* Trend regressions: a least-squares line in time (linear) and the same
 * on logarithms (loglinear, i.e. constant growth), with prediction
 * intervals from gsl_fit_linear_est plus the residual variance and
 * Student's t with n-2 degrees of freedom (FPP3 section 7.6, 7.9). */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include "forecast/forecast_impl.h"

int tsf_linear(const double *y, size_t n, size_t h, int log_y, tsf_path *p,
               ts_error *err)
{
    const char *name = log_y ? "loglinear" : "linear";
    if (n < 3)
        return ts_error_set(err, TS_EINVAL, "%s needs at least 3 observations, the series has %zu",
                            name, n);
    double *x = malloc(2 * n * sizeof *x);
    if (!x)
        return ts_error_set(err, TS_ENOMEM, "out of memory");
    double *z = x + n;
    for (size_t t = 0; t < n; t++) {
        x[t] = (double)t;
        if (log_y && !(y[t] > 0)) {
            free(x);
            return ts_error_set(err, TS_EINVAL,
                                "loglinear needs positive values, observation %zu is %g", t + 1, y[t]);
        }
        z[t] = log_y ? log(y[t]) : y[t];
    }
    double c0, c1, cov00, cov01, cov11, sumsq;
    int rc = gsl_fit_linear(x, 1, z, 1, n, &c0, &c1, &cov00, &cov01, &cov11, &sumsq);
    free(x);
    if (rc != GSL_SUCCESS)
        return ts_error_set(err, TS_ERANGE, "%s: least-squares fit failed: %s", name, gsl_strerror(rc));
    /* GSL scales the covariance by the residual variance s^2 = sumsq/(n-2),
     * so y_err below is the standard error of the fitted mean; a new
     * observation adds s^2 on top. */
    double s2 = sumsq / (double)(n - 2);
    for (size_t i = 0; i < h; i++) {
        double yf, yerr;
        rc = gsl_fit_linear_est((double)(n + i), c0, c1, cov00, cov01, cov11, &yf, &yerr);
        if (rc != GSL_SUCCESS)
            return ts_error_set(err, TS_ERANGE, "%s: prediction failed: %s", name, gsl_strerror(rc));
        p->mean[i] = yf;
        p->se[i] = sqrt(yerr * yerr + s2);
    }
    p->df = (double)(n - 2);
    p->log_scale = log_y;
    p->alpha = p->beta = p->phi = NAN;
    p->sigma = sqrt(s2);
    return TS_OK;
}
