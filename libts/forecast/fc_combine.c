/* auto's forecast: the exponential smoothing family (ETS(A,N,N), (A,A,N),
 * (A,Ad,N), on the seasonally adjusted series) combined with Akaike
 * weights, and the arithmetic of that combination.  The family and the
 * information criterion are those of FPP3 (Hyndman & Athanasopoulos, 3rd
 * ed.) sections 8.6-8.7; the weights follow Kolassa (2011). */
#include <float.h>
#include <math.h>
#include "forecast/forecast_impl.h"

/* Why a combination and why these weights:
 * - In the M4 competition (Makridakis, Spiliotis & Assimakopoulos 2020,
 *   IJF 36(1)) the mean of SES, Holt and damped Holt on the seasonally
 *   adjusted series ("Comb") beat every single statistical benchmark, and
 *   combinations were among the most accurate entries: averaging guards
 *   against picking the wrong model on a short, noisy history.
 * - Equal weights give SES a third of the weight on a strongly trended
 *   series; Akaike weights (Burnham & Anderson 2002, section 2.9) let the
 *   likelihood of each member decide, and Kolassa (2011, IJF 27(2),
 *   "Combining exponential smoothing forecasts using Akaike weights")
 *   found them more accurate than selecting the single best model by AIC
 *   or combining equally, on the M1 and M3 data.
 * - The criterion is AICc within one family fitted to the same data, as
 *   R's forecast::ets() selects (FPP3 8.6), not a backtest: the likelihood
 *   uses every observation, while a few backtest origins are noisy (the
 *   earlier auto, picking among eight methods by three origins, chose a
 *   straight line for most monthly series). */
const ts_fc_method tsf_comb_members[TSF_COMB_K] = {TS_FC_SES, TS_FC_HOLT, TS_FC_DAMPED};

double tsf_tss(const double *z, size_t n)
{
    double mean = 0, s = 0;
    for (size_t t = 0; t < n; t++)
        mean += z[t];
    mean /= (double)(n ? n : 1);
    for (size_t t = 0; t < n; t++)
        s += (z[t] - mean) * (z[t] - mean);
    return s;
}

double tsf_aicc(double sse, double tss, size_t n, size_t npar)
{
    double k = (double)npar + 1.0; /* sigma counts, as in FPP3 8.6 */
    if ((double)n <= k + 1.0)
        return NAN;
    /* A floor far above rounding (relative 1e-20) but below any real
     * misfit: an exact fit (a line for holt) must not win by log(0). */
    double floor = 1e-20 * tss;
    if (floor < DBL_MIN)
        floor = DBL_MIN;
    double s = sse > floor ? sse : floor;
    double nn = (double)n;
    return nn * log(s / nn) + 2.0 * k + 2.0 * k * (k + 1.0) / (nn - k - 1.0);
}

size_t tsf_comb_weights(const double *aicc, const int *fitted, size_t k, double *w)
{
    double best = HUGE_VAL;
    for (size_t i = 0; i < k; i++)
        if (fitted[i] && isfinite(aicc[i]) && aicc[i] < best)
            best = aicc[i];
    size_t used = 0;
    if (best < HUGE_VAL) {
        double sum = 0;
        for (size_t i = 0; i < k; i++) {
            /* Relative to the best, so the largest term is exp(0) = 1 and
             * the sum cannot overflow or vanish. */
            w[i] = fitted[i] && isfinite(aicc[i]) ? exp(-0.5 * (aicc[i] - best)) : 0.0;
            sum += w[i];
            used += fitted[i] && isfinite(aicc[i]);
        }
        for (size_t i = 0; i < k; i++)
            w[i] /= sum;
        return used;
    }
    /* No defined AICc (too few points for even SES's penalty): the first,
     * simplest member that fitted stands alone. */
    for (size_t i = 0; i < k; i++)
        w[i] = 0;
    for (size_t i = 0; i < k; i++)
        if (fitted[i]) {
            w[i] = 1;
            return 1;
        }
    return 0;
}

void tsf_comb_sum(const double *w, const double *const *x, size_t k, size_t h, double *out)
{
    for (size_t j = 0; j < h; j++)
        out[j] = 0;
    for (size_t i = 0; i < k; i++)
        if (w[i] > 0)
            for (size_t j = 0; j < h; j++)
                out[j] += w[i] * x[i][j];
}
