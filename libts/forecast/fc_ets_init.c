/* Where the search for an ETS model's initial states starts: the
 * heuristic of Hyndman et al. (2008, section 2.6.1) as R's ets uses it.
 * Seasons from a classical decomposition of the series, level and slope
 * from a line through the first max(10, 2m) seasonally adjusted points.
 * The fit then estimates the states; this only has to be close. */
#include <math.h>
#include "forecast/ets.h"
#include "forecast/forecast_impl.h"

int tsf_ets_start(const tsf_ets_form *f, const double *y, size_t n, double *x0, ts_error *err)
{
    size_t m = f->season != 'N' ? (size_t)f->m : 1;
    double fig[TSF_ETS_MAX_M];
    int mult = f->season == 'M';
    if (f->season != 'N' && tsf_decompose(y, n, m, !mult, fig))
        return ts_error_set(err, TS_EINVAL, "ETS with a season needs at least %zu observations, the series has %zu",
                            2 * m, n);
    size_t j0 = 1 + (f->trend != 'N');
    if (f->season != 'N') {
        /* The newest initial season belongs to the cycle position just
         * before y[0], i.e. position m-1; the oldest to position 0. */
        double sum = 0;
        for (size_t j = 0; j + 1 < m; j++) {
            double v = fig[m - 1 - j];
            if (mult && v < 0.01)
                v = 0.01;
            x0[j0 + j] = v;
            sum += v;
        }
        x0[j0 + m - 1] = (mult ? (double)m : 0) - sum;
    }
    /* Level and slope from the adjusted start of the series. */
    size_t nn = 2 * m > 10 ? 2 * m : 10;
    if (nn > n)
        nn = n;
    double st = 0, sy = 0, stt = 0, sty = 0;
    for (size_t t = 0; t < nn; t++) {
        double s = f->season == 'N' ? 0 : fig[t % m];
        double a = f->season == 'A' ? y[t] - s : mult ? y[t] / fmax(s, 0.01) : y[t];
        double tt = (double)(t + 1);
        st += tt;
        sy += a;
        stt += tt * tt;
        sty += tt * a;
    }
    double k = (double)nn;
    if (f->trend == 'N') {
        x0[0] = sy / k;
    } else {
        double den = k * stt - st * st;
        double b = den > 0 ? (k * sty - st * sy) / den : 0;
        x0[0] = (sy - b * st) / k;
        x0[1] = b;
        /* A steep start can put the line's level at t = 0 below zero, where
         * a multiplicative season cannot start from: the first adjusted
         * value and no slope instead. */
        if (f->season == 'M' && !(x0[0] > 0)) {
            x0[0] = y[0] / fmax(fig[0], 0.01);
            x0[1] = 0;
        }
    }
    return TS_OK;
}
